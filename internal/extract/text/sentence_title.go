package text

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// StripTickers removes newswire markup around names: stock tickers ("<FLT>", "<LEXL.L>") go, and
// the brackets that mark a private company ("<Groupe Videotron Ltd>") are dropped.
func StripTickers(s string) string {
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

// wrapEnds are words that end a wrapped line but never a headline.
var wrapEnds = map[string]bool{
	"it": true, "its": true, "has": true, "and": true, "a": true, "an": true, "the": true,
	"to": true, "in": true, "of": true, "will": true, "was": true, "by": true, "that": true,
	"for": true, "with": true, "from": true, "on": true, "at": true, "is": true, "are": true,
	"were": true, "had": true, "have": true, "would": true, "said": true, "says": true,
	"agreed": true, "completed": true, "reached": true, "signed": true, "he": true, "they": true,
	"their": true, "his": true, "board": true, "le": true, "la": true, "les": true, "de": true,
	"du": true, "des": true, "et": true, "à": true, "un": true, "une": true, "qui": true, "que": true,
	"chairman": true, "unit": true, "subsidiary": true, "including": true, "led": true, "vice": true,
}

// titleContinues reports whether title is the first wrapped line of a newswire story rather than
// a headline: it does not end a sentence, the text goes on without a blank line, and the line
// reads as a lead ("X said…"), ends where no headline ends (a function word, a comma, an
// initial, a corporate suffix), is a bare run of name words, or the text goes on in lower case.
func titleContinues(title, text string) bool {
	if title == "" || text == "" || strings.ContainsAny(title[len(title)-1:], ".!?:;") || strings.HasPrefix(text, "\n") || strings.HasPrefix(text, "\r\n") {
		return false
	}
	text = strings.TrimLeft(text, " \t")
	if allUpper(title) {
		return false // "VIDEOTRON BUYS INTO EXHIBIT COMPANY": a newswire headline
	}
	if strings.HasSuffix(title, ",") || strings.Contains(title, " said ") || strings.Contains(title, " told ") ||
		strings.Contains(title, " is ") || strings.Contains(title, " was ") || strings.Contains(title, " has ") {
		return true // a newswire lead: "X said it agreed to buy"
	}
	last := title[strings.LastIndexByte(title, ' ')+1:]
	l := strings.ToLower(strings.TrimSuffix(last, "."))
	if wrapEnds[l] || CoSuffixes[l] || (strings.HasSuffix(last, ".") && utf8.RuneCountInString(last) == 2) {
		return true
	}
	first, _, _ := strings.Cut(text, " ")
	if CoSuffixes[strings.ToLower(strings.Trim(first, ",.;:"))] {
		return true // "…Rank Xerox" + "Ltd, said it agreed"
	}
	r, _ := utf8.DecodeRuneInString(text)
	return unicode.IsLower(r) || r == '(' || r == ',' || nameRun(title)
}

// headlineWords are title-case words that make a line a headline rather than the start of a
// company name ("Tarn Networks Buys Oakline Software").
var headlineWords = map[string]bool{
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

// nameRun reports whether a line is nothing but a run of name words ("Meridian Energy Inc
// and Castone"): capitalized words joined by "and", "of", "the", with no headline word.
func nameRun(title string) bool {
	n := 0 // fewer than three words make a headline: "Partenariats", "Oracle Results"
	for w := range strings.FieldsSeq(title) {
		n++
		l := strings.ToLower(strings.Trim(w, ",.'’"))
		if headlineWords[l] {
			return false
		}
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) && l != "and" && l != "of" && l != "the" && l != "&" && l != "de" {
			return false
		}
	}
	return n >= 3
}

// allUpper reports whether strings.ToUpper(s) == s, without building the upper-cased copy:
// ToUpper changes a rune that has an upper case and a byte that is not UTF-8.
func allUpper(s string) bool {
	for i, r := range s {
		if r == utf8.RuneError {
			if _, size := utf8.DecodeRuneInString(s[i:]); size == 1 {
				return false
			}
			continue
		}
		if unicode.ToUpper(r) != r {
			return false
		}
	}
	return true
}
