package text

import (
	"strings"
	"unicode/utf8"
)

// SentenceTexts cuts a document into sentences: the title first (always, even when empty), then
// the sentences of the text. Line breaks end a sentence at blank lines, before bullets and indented
// lines, after lines that end with punctuation and after title-like lines (short, no final
// punctuation, followed by a capitalised line); other line breaks are wrapping and are joined.
// Every sentence is normalised (see normalizeText) and has its white space folded.
//
// A title that holds several sentences (a lead paragraph taken for a title) is split too: its
// first sentence stays sentence 0. A title that is only the first wrapped line of a newswire
// story (see titleContinues) is joined with the text, and sentence 0 is then empty.
func SentenceTexts(title, text string) []string {
	title, text = NormalizeText(title), NormalizeText(text)
	goesOn := titleContinues(StripTickers(strings.TrimSpace(title)), StripTickers(text))
	blocks := textBlocks(text, goesOn)
	if goesOn {
		// A newswire story whose first wrapped line was taken for its title: that line starts
		// the first paragraph, and the document has no title.
		if len(blocks) == 0 {
			blocks = []string{""}
		}
		blocks[0] = strings.TrimSpace(strings.TrimSpace(title) + " " + blocks[0])
		title = ""
	}
	out := []string{foldSpace(title)}
	if parts := splitBlock(out[0]); len(parts) > 1 {
		out = out[:0]
		for _, p := range parts {
			out = append(out, strings.TrimSpace(p))
		}
	}
	for _, block := range blocks {
		for _, s := range splitBlock(block) {
			if s = foldSpace(stripBullet(s)); s != "" {
				out = append(out, s)
			}
		}
	}
	return out
}

// textBlocks joins wrapped lines and splits text at hard line breaks. A block of one line is
// that line, not a copy. goesOn tells that text's first line goes on from the title.
func textBlocks(text string, goesOn bool) []string {
	lines := strings.Split(text, "\n")
	width := wrapWidth(lines)
	var out []string
	var cur strings.Builder
	one := "" // the block's only line so far, before cur is needed
	flush := func() {
		if cur.Len() > 0 {
			out = append(out, cur.String())
			cur.Reset()
		} else if one != "" {
			out = append(out, one)
		}
		one = ""
	}
	for i, line := range lines {
		trimmed := strings.TrimSpace(line)
		if trimmed == "" {
			flush()
			continue
		}
		switch {
		case one == "" && cur.Len() == 0:
			one = trimmed
		case one != "":
			cur.WriteString(one)
			one = ""
			fallthrough
		default:
			cur.WriteByte(' ')
			cur.WriteString(trimmed)
		}
		next := ""
		if i+1 < len(lines) {
			next = lines[i+1]
		}
		if hardBreak(trimmed, next, width, one != "" && !(goesOn && len(out) == 0)) {
			flush()
		}
	}
	flush()
	return out
}

// wrapWidth returns the width text was wrapped at, or 0 when it was not: most lines are then
// about as long as the longest (under 100 bytes).
func wrapWidth(lines []string) int {
	longest, n := 0, 0
	for _, l := range lines {
		if l = strings.TrimSpace(l); l != "" {
			longest = max(longest, len(l))
			n++
		}
	}
	if n < 4 || longest > 100 {
		return 0
	}
	near := 0
	for _, l := range lines {
		if len(strings.TrimSpace(l))*10 >= longest*7 {
			near++
		}
	}
	if near*2 < n {
		return 0
	}
	return longest
}

// hardBreak reports whether the line break after line (trimmed) ends a sentence, next being the
// following line as written and width the wrapping width of the text (0 when not wrapped): a
// line as long as the others is wrapped, not a heading. first tells that line starts its block:
// a line that goes on from a wrapped one is inside a paragraph, not a heading.
func hardBreak(line, next string, width int, first bool) bool {
	nt := strings.TrimSpace(next)
	switch {
	case nt == "":
		return true
	case dashGoesOn(line, nt):
		return false
	case isBullet(nt) || next[0] == ' ' || next[0] == '\t':
		return true
	case strings.HasSuffix(line, ".") && !strings.HasSuffix(line, ".."):
		// "…au sein de l'administration.\nles données…": a period that ends a sentence ends
		// it whatever case follows; "Dennis A.\nLevine" and "U.S.\ncompanies" go on.
		return periodEndsSentence(line[:len(line)-1], nt)
	case IsLowerStart(nt):
		return false
	case len(line) > 100:
		return true // one paragraph per line: a wrapped line is never this long
	}
	last, _ := utf8.DecodeLastRuneInString(line)
	if strings.ContainsRune(".!?:;»\"”…", last) {
		return true
	}
	if strings.IndexByte(line, '|') >= 0 && strings.IndexByte(nt, '|') >= 0 {
		return true // rows of a table with bars between cells
	}
	if width > 0 && len(line)*10 >= width*7 {
		return false
	}
	if strings.Count(line, "<") > strings.Count(line, ">") || strings.Count(line, "(") > strings.Count(line, ")") {
		return false // "<Societa Finanziaria" then "Telefonica Spa>": a name in brackets goes on
	}
	words := strings.Fields(line)
	// A heading is followed by a capitalised line: "…said it will sell" then "13.2 billion…" is
	// a wrapped sentence.
	// A heading ends in no comma ("Bryson Oil Plc, a Belfast," / "Northern Ireland, oil…").
	return first && len(words) <= 10 && (len(line) < longHeading || capitalised(words)) && IsUpperStart(nt) && !strings.HasSuffix(line, ",") && !functionWords[Fold(strings.Trim(words[len(words)-1], ",'"))]
}

// longHeading is the length from which a line is a heading only when most of its words are
// capitalised: "NOTE: Results reflected pooled acquisition of First" then "Community Bancshares…"
// is wrapping, "Nimbus Cloud buys Tessera Storage from Halden Industrie" a headline.
const longHeading = 50

// capitalised reports whether at least half of words start with a capital.
func capitalised(words []string) bool {
	n := 0
	for _, w := range words {
		if IsUpperStart(w) {
			n++
		}
	}
	return n*2 >= len(words)
}

// functionWords end a wrapped line but never a heading.
var functionWords = map[string]bool{
	"the": true, "a": true, "an": true, "of": true, "to": true, "in": true, "and": true, "or": true,
	"for": true, "with": true, "its": true, "their": true, "by": true, "at": true, "on": true,
	"from": true, "that": true, "said": true, "is": true, "was": true, "as": true, "le": true,
	"la": true, "les": true, "de": true, "du": true, "des": true, "et": true, "en": true, "un": true,
	"une": true, "sur": true, "par": true, "pour": true, "dans": true, "au": true, "aux": true,
}

// dashGoesOn reports whether the next line, nt, starts with a dash that goes on with the
// sentence of line rather than a list item: "…from four factors" then "- higher prices, …". A
// list follows a colon or a finished sentence, and its items do not start in lower case.
func dashGoesOn(line, nt string) bool {
	if !strings.HasPrefix(nt, "- ") && !strings.HasPrefix(nt, "– ") {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(line)
	_, n := utf8.DecodeRuneInString(nt)
	return !strings.ContainsRune(".!?:;", last) && IsLowerStart(nt[n+1:])
}

// isBullet reports whether a line starts with a list marker ("•", "-", "*", "1.", "2)").
func isBullet(s string) bool {
	r, n := utf8.DecodeRuneInString(s)
	switch r {
	case '•', '·', '▪', '◦', '‣', '–', '—', '*', '-', '>':
		return n < len(s) && s[n] == ' '
	}
	i := 0
	for i < len(s) && i < 3 && IsDigitByte(s[i]) {
		i++
	}
	return i > 0 && i+1 < len(s) && (s[i] == '.' || s[i] == ')') && s[i+1] == ' '
}

// stripBullet removes a list marker from the start of s.
func stripBullet(s string) string {
	s = strings.TrimSpace(s)
	if !isBullet(s) {
		return s
	}
	if i := strings.IndexByte(s, ' '); i >= 0 {
		return s[i+1:]
	}
	return s
}
