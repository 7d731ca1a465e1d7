package text

import (
	"strings"
	"unicode/utf8"
)

// Defaults of Limits. The longest sentence of the benchmark corpora (57,000 news stories) is
// about 2,100 bytes; the rules look back from each trigger to the start of its sentence, so their
// work grows with the square of a sentence's length and must be bounded.
const (
	DefaultMaxSentence = 3000 // bytes
	DefaultMaxEvidence = 1000 // characters
)

// Limits bound the work and the output of extraction for one document.
type Limits struct {
	// MaxSentence is the longest sentence, in bytes, handed to the rules; a longer one (a dump,
	// a minified export with no sentence end) is cut at word boundaries into pieces no longer.
	// 0 means DefaultMaxSentence.
	MaxSentence int
	// MaxEvidence is the longest evidence kept with a fact, in characters; longer evidence is
	// cut at a word boundary and ends with "…". 0 means DefaultMaxEvidence.
	MaxEvidence int
}

// Sentence is the longest sentence in bytes, MaxSentence or its default.
func (l Limits) Sentence() int { return cmpOr(l.MaxSentence, DefaultMaxSentence) }

// Evidence is the longest evidence in characters, MaxEvidence or its default.
func (l Limits) Evidence() int { return cmpOr(l.MaxEvidence, DefaultMaxEvidence) }

func cmpOr(v, def int) int {
	if v > 0 {
		return v
	}
	return def
}

// CapSentences returns texts with every sentence longer than max bytes cut into pieces of at
// most max bytes, at the last space before the limit (or at a character boundary when a
// "word" is longer). texts is returned as is when no sentence is too long.
func CapSentences(texts []string, max int) []string {
	long := false
	for _, s := range texts {
		if len(s) > max {
			long = true
			break
		}
	}
	if !long {
		return texts
	}
	out := make([]string, 0, len(texts)+1)
	for _, s := range texts {
		for len(s) > max {
			cut := cutAt(s, max)
			if piece := strings.TrimSpace(s[:cut]); piece != "" {
				out = append(out, piece)
			}
			s = strings.TrimLeft(s[cut:], " ")
		}
		if s != "" {
			out = append(out, s)
		}
	}
	return out
}

// cutAt returns where to cut s (len(s) > max) so that s[:cut] holds at most max bytes: after
// the last space in the second half of the window, else at the last character boundary.
func cutAt(s string, max int) int {
	if i := strings.LastIndexByte(s[:max], ' '); i > max/2 {
		return i
	}
	cut := max
	for cut > 0 && !utf8.RuneStart(s[cut]) {
		cut--
	}
	if cut == 0 { // max is smaller than one character: take that character whole
		_, n := utf8.DecodeRuneInString(s)
		return n
	}
	return cut
}

// Clip returns s cut to at most max characters at a word boundary, with "…" appended when cut.
func Clip(s string, max int) string {
	if len(s) <= max || utf8.RuneCountInString(s) <= max {
		return s
	}
	n, i := 0, 0
	for i = range s {
		if n == max-1 {
			break
		}
		n++
	}
	head := s[:i]
	if j := strings.LastIndexByte(head, ' '); j > len(head)/2 {
		head = head[:j]
	}
	return strings.TrimRight(head, " ,;:") + "…"
}
