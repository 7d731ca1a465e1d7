package text

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Token kinds.
const (
	TokWord   = 'w' // starts with a letter: "Huawei", "U.S", "T-Systems", "AT&T"
	TokNumber = 'n' // starts with a digit: "2020", "17,9", "3.5", "1,000"
	TokPunct  = 'p' // one other character: "%", "(", "'", "«"
)

// Token is a word, number or punctuation mark of a sentence, with its byte offsets.
type Token struct {
	Start, End int
	Text       string
	Low        string // text folded (see fold), computed once
	Kind       byte
	Upper      bool // a word that starts with a capital (isUpperStart), computed once
}

// Tokenize cuts s into tokens. Words keep inner hyphens, ampersands and dots ("Amazon.com",
// "U.S"; a final dot is punctuation); numbers keep inner dots and commas between digits. An
// apostrophe is a token of its own, so "Huawei's" is "Huawei", "'", "s" and "l'Orange" is "l",
// "'", "Orange".
//
// The folded forms that differ from the text are written back to back into one buffer, made a
// string once: a sentence costs a few allocations, not one per capitalised word.
func Tokenize(s string) []Token {
	var sc FoldScratch
	return AppendTokens(make([]Token, 0, len(s)/4+2), s, &sc)
}

// FoldScratch is the memory appendTokens writes folded words to before making them one string;
// reused from sentence to sentence.
type FoldScratch struct {
	lows []byte // folded words that differ from their text
	ends []int  // where each of them ends in lows
	// words and caps count the words of 4 bytes or more of the last sentence, and those of
	// them that start with a capital (see titleCase).
	words, caps int
	period      bool // the last sentence ends with a period
}

// TitleCase reports whether the last sentence was written in Title Case or in capitals (a
// headline): capitalisation then says nothing about names. Counted while tokenizing, as
// isTitleCase would. A sentence that ends with a period is a headline only with no lower-case
// word of 4 letters or more: "SFR en capte 25 %, Bouygues Telecom 22 % et Free 16 %." is
// mostly names, not a headline.
func (sc *FoldScratch) TitleCase() bool {
	if sc.period && sc.caps < sc.words {
		return false
	}
	return sc.words >= 3 && sc.words <= 20 && sc.caps*10 >= sc.words*7
}

// AppendTokens appends the tokens of s (see tokenize) to toks.
func AppendTokens(toks []Token, s string, sc *FoldScratch) []Token {
	first := len(toks)
	lows, ends := sc.lows[:0], sc.ends[:0]
	sc.words, sc.caps = 0, 0
	sc.period = len(s) > 0 && s[len(s)-1] == '.'
	for i := 0; i < len(s); {
		c := s[i]
		n, word := 1, false
		switch {
		case c == ' ' || '\t' <= c && c <= '\r':
			i++
			continue
		case c < utf8.RuneSelf:
			word = isASCIIAlnum(c)
		default:
			var r rune
			r, n = utf8.DecodeRuneInString(s[i:])
			if unicode.IsSpace(r) {
				i += n
				continue
			}
			word = isWordRune(r)
		}
		if !word {
			toks = append(toks, Token{Start: i, End: i + n, Text: s[i : i+n], Low: s[i : i+n], Kind: TokPunct})
			i += n
			continue
		}
		j := scanWord(s, i+n)
		w := s[i:j]
		t := Token{Start: i, End: j, Text: w, Low: w, Kind: TokWord}
		if IsDigitByte(c) {
			t.Kind = TokNumber
		} else if c < utf8.RuneSelf {
			t.Upper = 'A' <= c && c <= 'Z'
		} else {
			t.Upper = IsUpperStart(w)
		}
		if t.Kind == TokWord && len(w) >= 4 {
			sc.words++
			if t.Upper {
				sc.caps++
			}
		}
		if needsFold(w) || isMarche(w) {
			lows = appendLowWord(lows, w)
			ends = append(ends, len(lows))
			t.Low = ""
		}
		toks = append(toks, t)
		i = j
	}
	if len(ends) > 0 {
		all, k, from := string(lows), 0, 0
		for i := first; i < len(toks); i++ {
			if toks[i].Low == "" {
				toks[i].Low = all[from:ends[k]]
				from = ends[k]
				k++
			}
		}
	}
	sc.lows, sc.ends = lows, ends
	return toks
}

// scanWord returns the end of the word or number that continues at i.
func scanWord(s string, i int) int {
	for i < len(s) {
		for i < len(s) && asciiAlnum[s[i]] {
			i++ // most bytes: a tight loop
		}
		if i == len(s) {
			break
		}
		if c := s[i]; c < utf8.RuneSelf && c != '-' && c != '&' && c != '.' && c != ',' && c != '_' {
			break
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if isWordRune(r) {
			i += n
			continue
		}
		// Joiners stay inside a word when a word character follows them.
		if (r == '-' || r == '&' || r == '.' || r == ',' || r == '_') && i+n < len(s) {
			next, _ := utf8.DecodeRuneInString(s[i+n:])
			if r == ',' && !(IsDigitByte(s[i-1]) && IsDigitByte(s[i+n])) {
				break
			}
			if r == '.' && IsDigitByte(s[i-1]) != IsDigitByte(s[i+n]) {
				break
			}
			// "Amazon.com", "U.S" stay whole; "Twitter.Sur" (a lost space) does not.
			if r == '.' && unicode.IsUpper(next) && !singleLetterBefore(s, i) {
				break
			}
			if isWordRune(next) {
				i += n
				continue
			}
		}
		break
	}
	return i
}

// isASCIIAlnum reports whether c is an ASCII letter or digit.
func isASCIIAlnum(c byte) bool { return asciiAlnum[c] }

// asciiAlnum marks the ASCII letters and digits, one load per byte in the tokenizer's loops.
var asciiAlnum = func() (t [256]bool) {
	for c := 0; c < 256; c++ {
		t[c] = 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
	}
	return t
}()

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return ('a' <= r && r <= 'z') || ('A' <= r && r <= 'Z') || ('0' <= r && r <= '9')
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// IsDigitByte reports whether c is an ASCII digit.
func IsDigitByte(c byte) bool { return '0' <= c && c <= '9' }

// singleLetterBefore reports whether s[:i] ends with a one-letter word, as in "U.S" or "S.A".
func singleLetterBefore(s string, i int) bool {
	_, n := utf8.DecodeLastRuneInString(s[:i])
	if i-n == 0 {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(s[:i-n])
	return !isWordRune(r)
}

// appendLowWord appends the folded form of a word to b, keeping apart the one pair where the
// accent carries the meaning the share rules need: "marché" (market) folds to "marche",
// "marche" (walk, "La République en marche") to "marche~".
func appendLowWord(b []byte, w string) []byte {
	from := len(b)
	b = appendFold(b, w)
	if f := b[from:]; (string(f) == "marche" || string(f) == "marches") && !strings.ContainsAny(w, "éÉ") {
		b = append(b, '~')
	}
	return b
}

// isMarche reports whether w is "marche" or "marches" as written, whose folded form is marked
// (see appendLowWord).
func isMarche(w string) bool {
	return w == "marche" || w == "marches"
}
