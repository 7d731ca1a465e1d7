package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"marketbrief/internal/model"
)

// dealSentences cuts a document into the sentences the deal rules read. It keeps the structure
// that deal rules need and that line-based input loses: newswire paragraphs wrapped at a fixed
// width are joined, and a "title" that is only the first wrapped line of a newswire story (see
// dealTitleContinues) is joined with the text.
func dealSentences(doc model.Document) []string {
	var paras []string
	title := dealStripTickers(strings.TrimSpace(doc.Title))
	text := dealStripTickers(doc.Text)
	if dealTitleContinues(title, text) {
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

// dealStripTickers removes newswire markup around names: stock tickers ("<FLT>", "<LEXL.L>") go, and
// the brackets that mark a private company ("<Groupe Videotron Ltd>") are dropped.
func dealStripTickers(s string) string {
	if !strings.Contains(s, "<") {
		return s
	}
	var b strings.Builder
	for {
		i := strings.IndexByte(s, '<')
		if i < 0 {
			break
		}
		j := strings.IndexByte(s[i:], '>')
		if j < 0 {
			break
		}
		inner := strings.TrimSpace(s[i+1 : i+j])
		b.WriteString(s[:i])
		if strings.ContainsAny(inner, "abcdefghijklmnopqrstuvwxyz") {
			b.WriteString(inner) // a company's name
		}
		s = s[i+j+1:]
	}
	b.WriteString(s)
	return b.String()
}

// dealWrapEnds are words that end a wrapped line but never a headline.
var dealWrapEnds = map[string]bool{
	"it": true, "its": true, "has": true, "and": true, "a": true, "an": true, "the": true,
	"to": true, "in": true, "of": true, "will": true, "was": true, "by": true, "that": true,
	"for": true, "with": true, "from": true, "on": true, "at": true, "is": true, "are": true,
	"were": true, "had": true, "have": true, "would": true, "said": true, "says": true,
	"agreed": true, "completed": true, "reached": true, "signed": true, "he": true, "they": true,
	"their": true, "his": true, "board": true, "le": true, "la": true, "les": true, "de": true,
	"du": true, "des": true, "et": true, "à": true, "un": true, "une": true, "qui": true, "que": true,
	"chairman": true, "unit": true, "subsidiary": true, "including": true, "led": true, "vice": true,
}

// dealTitleContinues reports whether title is the first wrapped line of a newswire story rather than
// a headline: it does not end a sentence, the text goes on without a blank line, and the line
// reads as a lead ("X said…"), ends where no headline ends (a function word, a comma, an
// initial, a corporate suffix), is a bare run of name words, or the text goes on in lower case.
func dealTitleContinues(title, text string) bool {
	if title == "" || text == "" || strings.ContainsAny(title[len(title)-1:], ".!?:;") || strings.HasPrefix(text, "\n") || strings.HasPrefix(text, "\r\n") {
		return false
	}
	text = strings.TrimLeft(text, " \t")
	if strings.ToUpper(title) == title {
		return false // "VIDEOTRON BUYS INTO EXHIBIT COMPANY": a newswire headline
	}
	if strings.HasSuffix(title, ",") || strings.Contains(title, " said ") || strings.Contains(title, " told ") ||
		strings.Contains(title, " is ") || strings.Contains(title, " was ") || strings.Contains(title, " has ") {
		return true // a newswire lead: "X said it agreed to buy"
	}
	last := title[strings.LastIndexByte(title, ' ')+1:]
	l := strings.ToLower(strings.TrimSuffix(last, "."))
	if dealWrapEnds[l] || coSuffixes[l] || (strings.HasSuffix(last, ".") && utf8.RuneCountInString(last) == 2) {
		return true
	}
	first, _, _ := strings.Cut(text, " ")
	if coSuffixes[strings.ToLower(strings.Trim(first, ",.;:"))] {
		return true // "…Rank Xerox" + "Ltd, said it agreed"
	}
	r, _ := utf8.DecodeRuneInString(text)
	return unicode.IsLower(r) || r == '(' || r == ',' || dealNameRun(title)
}

// dealHeadlineWords are title-case words that make a line a headline rather than the start of a
// company name ("Tarn Networks Buys Oakline Software").
var dealHeadlineWords = map[string]bool{
	"to": true, "buy": true, "buys": true, "acquire": true, "acquires": true, "sell": true,
	"sells": true, "agree": true, "agrees": true, "merge": true, "merges": true, "win": true,
	"wins": true, "take": true, "takes": true, "eye": true, "eyes": true, "bid": true, "bids": true,
	"plan": true, "plans": true, "say": true, "says": true, "launch": true, "launches": true,
	"complete": true, "completes": true, "sign": true, "signs": true, "get": true, "gets": true,
	"join": true, "joins": true, "invest": true, "invests": true, "raise": true, "raises": true,
	"is": true, "are": true, "will": true, "set": true, "sets": true, "seek": true, "seeks": true,
	"in": true, "on": true, "for": true, "with": true, "after": true, "over": true, "as": true,
	"at": true, "by": true, "from": true, "up": true, "new": true, "deal": true, "rachète": true,
	"acquiert": true, "cède": true, "pour": true, "sur": true, "avec": true, "dans": true,
}

// dealNameRun reports whether a line is nothing but a run of name words ("Meridian Energy Inc
// and Castone"): capitalized words joined by "and", "of", "the", with no headline word.
func dealNameRun(title string) bool {
	if len(strings.Fields(title)) < 3 {
		return false // "Partenariats", "Oracle Results": headlines
	}
	for _, w := range strings.Fields(title) {
		l := strings.ToLower(strings.Trim(w, ",.'’"))
		if dealHeadlineWords[l] {
			return false
		}
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) && l != "and" && l != "of" && l != "the" && l != "&" && l != "de" {
			return false
		}
	}
	return true
}

// dealEndsSentence reports whether s ends with sentence punctuation.
func dealEndsSentence(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	return strings.ContainsRune(".!?:;\"»”)", r)
}

// dealParagraphs splits text at blank lines, at indented lines (newswire paragraph starts) and after
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
		case indented, prev != "" && (dealLineEnds(prev, trimmed) || dealHeading(prev, trimmed)):
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

// dealSuffixAbbrev are corporate suffixes: after one, a period and a capital end a sentence.
var dealSuffixAbbrev = map[string]bool{"inc": true, "corp": true, "ltd": true, "plc": true}

// dealStarters are words that begin a new sentence after an abbreviation-like word.
var dealStarters = map[string]bool{
	"The": true, "It": true, "He": true, "She": true, "They": true, "In": true, "Its": true,
	"This": true, "That": true, "A": true, "An": true, "Terms": true, "But": true, "Reuter": true,
	"Le": true, "La": true, "Les": true, "Il": true, "Elle": true, "Ce": true, "Cette": true,
}

// dealSplit splits a paragraph after . ! ? followed by a space and a capital letter, a
// digit or a quote, except after abbreviations and initials.
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
		if dealGlued(p, i, j) {
			// "…après-midi.Paris a confirmé": sentences dealGlued without a space.
			if s := strings.TrimSpace(p[start:j]); s != "" {
				out = append(out, s)
			}
			start = j
			continue
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

// dealGlued reports whether the punctuation at p[i] ends a sentence that the next one follows
// without a space: a lower-case letter (two or more in a row) before it, a capital after it.
func dealGlued(p string, i, j int) bool {
	if j+1 >= len(p) || i < 2 {
		return false
	}
	before, _ := utf8.DecodeLastRuneInString(p[:i])
	before2, _ := utf8.DecodeLastRuneInString(p[:i-utf8.RuneLen(before)])
	r, n := utf8.DecodeRuneInString(p[j:])
	r2, _ := utf8.DecodeRuneInString(p[j+n:])
	// "…communiqué.\"Ce sera", "…de STX.Le ministre"; not "U.S." nor "Inc.,".
	if before == ')' || before == '»' || before == '"' {
		// "…(sur console ou PC).Le rachat": a closing mark, then a glued sentence.
		return unicode.IsUpper(r) && (unicode.IsLower(r2) || r2 == '\'' || r2 == '’')
	}
	if (r == 'A' || r == 'À') && r2 == ' ' && unicode.IsLower(before) && unicode.IsLower(before2) {
		return true // "…de la compagnie.A Wall Street": a French "À" opens the next sentence
	}
	return unicode.IsUpper(r) && (unicode.IsLower(r2) || r2 == '\'' || r2 == '’') && unicode.IsLetter(before2) &&
		(unicode.IsLower(before) || unicode.IsUpper(before) && unicode.IsUpper(before2) && p[i-1] != '.')
}

// dealPeriodEnds decides whether the period after before ends the sentence, given the text after.
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
	if dealSuffixAbbrev[strings.ToLower(w)] {
		return true // "…Fortune Savings Inc. Tarrow Ltd said": a name ends the sentence
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

// dealLineEnds reports whether line ends a sentence before next ("U.S." at the end of a
// wrapped line does not).
func dealLineEnds(line, next string) bool {
	if !dealEndsSentence(line) {
		return false
	}
	if strings.HasSuffix(line, ".") {
		return dealPeriodEnds(line[:len(line)-1], next)
	}
	return true
}

// dealHeading reports whether line, followed by next, is a heading rather than a wrapped line:
// short, not ending in a comma or a function word, and followed by a capitalized line.
func dealHeading(line, next string) bool {
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
