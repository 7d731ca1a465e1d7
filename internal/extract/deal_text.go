package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"marketbrief/internal/model"
)

// dealSentences cuts a document into the sentences the deal rules read. It keeps the structure
// that deal rules need and that line-based input loses: newswire paragraphs wrapped at a fixed
// width are joined, and a title that is only the first wrapped line of the first paragraph (the
// text goes on without a blank line) is joined with it.
func dealSentences(doc model.Document) []string {
	var paras []string
	title := strings.TrimSpace(doc.Title)
	text := doc.Text
	if title != "" && !dealEndsSentence(title) && text != "" && !unicode.IsSpace(rune(text[0])) {
		text = title + " " + text
		title = ""
	}
	if title != "" {
		paras = append(paras, title)
	}
	paras = append(paras, dealParagraphs(text)...)
	var out []string
	for _, p := range paras {
		out = append(out, dealSplit(p)...)
	}
	return out
}

// endsSentence reports whether s ends with sentence punctuation.
func dealEndsSentence(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	return strings.ContainsRune(".!?:;\"»”)", r)
}

// paragraphs splits text at blank lines, at indented lines (newswire paragraph starts) and after
// lines that end a sentence or look like headings; other line breaks are wrapping and are joined.
func dealParagraphs(text string) []string {
	var out []string
	var cur strings.Builder
	flush := func() {
		if s := strings.TrimSpace(cur.String()); s != "" {
			out = append(out, s)
		}
		cur.Reset()
	}
	prev := ""
	for _, line := range strings.Split(text, "\n") {
		trimmed := strings.TrimSpace(line)
		indented := len(line) > 0 && (line[0] == ' ' || line[0] == '\t')
		switch {
		case trimmed == "":
			flush()
		case indented, prev != "" && (lineEndsSentence(prev, trimmed) || headingLine(prev, trimmed)):
			flush()
		}
		if trimmed != "" {
			cur.WriteString(trimmed)
			cur.WriteByte(' ')
		}
		prev = trimmed
	}
	flush()
	return out
}

// dealAbbrev end with a period without ending a sentence (compared lower-cased, no period).
var dealAbbrev = map[string]bool{
	"inc": true, "corp": true, "co": true, "ltd": true, "mr": true, "mrs": true, "ms": true,
	"dr": true, "st": true, "jan": true, "feb": true, "mar": true, "apr": true, "aug": true,
	"sept": true, "sep": true, "oct": true, "nov": true, "dec": true, "no": true, "vs": true,
	"fla": true, "calif": true, "mich": true, "ore": true, "va": true, "ill": true, "ariz": true,
	"mass": true, "conn": true, "tenn": true, "ky": true, "wash": true, "tex": true, "jr": true,
	"bros": true, "cos": true, "plc": true, "etc": true, "approx": true, "m": true, "mme": true,
}

// dealStarters are words that begin a new sentence after an abbreviation-like word.
var dealStarters = map[string]bool{
	"The": true, "It": true, "He": true, "She": true, "They": true, "In": true, "Its": true,
	"This": true, "That": true, "A": true, "An": true, "Terms": true, "But": true, "Reuter": true,
	"Le": true, "La": true, "Les": true, "Il": true, "Elle": true, "Ce": true, "Cette": true,
}

// splitSentences splits a paragraph after . ! ? followed by a space and a capital letter, a
// digit or a quote, except after dealAbbrev and initials.
func dealSplit(p string) []string {
	var out []string
	start := 0
	for i := 0; i < len(p); i++ {
		c := p[i]
		if c != '.' && c != '!' && c != '?' {
			continue
		}
		j := i + 1
		for j < len(p) && (p[j] == '"' || p[j] == ')' || p[j] == '\'') {
			j++
		}
		if j >= len(p) || p[j] != ' ' {
			continue
		}
		next, _ := utf8.DecodeRuneInString(p[j+1:])
		if !(unicode.IsUpper(next) || unicode.IsDigit(next) || next == '"' || next == '«' || next == '“') {
			continue
		}
		if c == '.' && !dealPeriodEnds(p[start:i], p[j+1:]) {
			continue
		}
		if s := strings.TrimSpace(p[start:j]); s != "" {
			out = append(out, s)
		}
		start = j + 1
	}
	if s := strings.TrimSpace(p[start:]); s != "" {
		out = append(out, s)
	}
	return out
}

// periodEnds decides whether the period after before ends the sentence, given the text after.
func dealPeriodEnds(before, after string) bool {
	w := before[strings.LastIndexAny(before, " (")+1:]
	if i := strings.LastIndexByte(w, '.'); i >= 0 {
		w = w[i+1:] // "U.S." / "G.D." style initials
		if len(w) <= 1 {
			return false
		}
	}
	if utf8.RuneCountInString(w) == 1 && unicode.IsUpper([]rune(w)[0]) {
		return false
	}
	if dealAbbrev[strings.ToLower(w)] {
		nextWord := after
		if k := strings.IndexByte(after, ' '); k >= 0 {
			nextWord = after[:k]
		}
		return dealStarters[nextWord]
	}
	return true
}

// lineEndsSentence reports whether line ends a sentence before next ("U.S." at the end of a
// wrapped line does not).
func lineEndsSentence(line, next string) bool {
	if !dealEndsSentence(line) {
		return false
	}
	if strings.HasSuffix(line, ".") {
		return dealPeriodEnds(line[:len(line)-1], next)
	}
	return true
}

// headingLine reports whether line, followed by next, is a heading rather than a wrapped line:
// short, not ending in a comma or a function word, and followed by a capitalized line.
func headingLine(line, next string) bool {
	if len(line) >= 50 || strings.HasSuffix(line, ",") {
		return false
	}
	r, _ := utf8.DecodeRuneInString(next)
	if !unicode.IsUpper(r) {
		return false
	}
	last := strings.ToLower(line[strings.LastIndexByte(line, ' ')+1:])
	switch last {
	case "a", "an", "the", "of", "to", "and", "in", "for", "with", "by", "on", "at", "or",
		"de", "la", "le", "les", "et", "du", "des", "à", "un", "une", "pour", "par", "sur":
		return false
	}
	return true
}
