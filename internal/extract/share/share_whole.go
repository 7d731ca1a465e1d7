package share

import (
	"bytes"
	"unicode/utf8"

	"marketbrief/internal/extract/measure"
	"marketbrief/internal/extract/text"
	"marketbrief/internal/extract/vendor"
)

// What a percentage is of, beyond the words right around it: a stake told by a relative clause,
// a change that reaches a count, a share named right after the figure.

// relativeStake reports whether the percentage at toks[num] is what a relative clause says a
// holder owns of the thing named before it: "of which it holds 17.5 pct", "in which 98.3 pct
// was acquired", « dont l'État détient 15 % », « dans lequel l'État détient 50,63 % ».
func relativeStake(toks []text.Token, num int) bool {
	verb := false
	for j := num - 1; j >= 0 && j >= num-7; j-- {
		t := toks[j]
		if t.Text == "," && j < num-1 || t.Text == ";" || t.Kind == text.TokNumber {
			return false
		}
		switch w := t.Low; {
		case holdVerbs[w]:
			verb = true
		case text.OneOf(w, "dont", "lequel", "laquelle", "lesquels", "lesquelles"):
			return verb
		case text.OneOf(w, "which", "whom"):
			return verb && j > 0 && text.OneOf(toks[j-1].Low, "of", "in")
		}
	}
	return false
}

// holdVerbs say that someone owns part of a company or of an asset.
var holdVerbs = text.VendorWordSet("holds", "hold", "held", "owns", "own", "owned", "acquired", "bought",
	"detient", "detiennent", "detenait", "possede", "possedent", "controle", "acquis", "rachete")

// changeToCount reports whether a percentage is followed by "to" / "à" and a number that is no
// percentage: the change of a count ("up 5% to 3,399 units", « une hausse de 11 % à 42 562
// immatriculations »), not a share.
func changeToCount(toks []text.Token, end int) bool {
	if end+1 >= len(toks) || !text.OneOf(toks[end].Low, "to", "a") || toks[end+1].Kind != text.TokNumber {
		return false
	}
	if end+2 < len(toks) && text.PercentUnit(toks, end+2) > 0 {
		return false
	}
	_, isYear := measure.YearToken(toks[end+1].Text)
	return !isYear
}

// shareRightAfter reports whether a share word follows the percentage at once: "39% de part de
// marché", "a 31% share", "14,9 % de pda", "8.8 pct market share".
func shareRightAfter(toks []text.Token, end int) bool {
	for j := end; j < len(toks) && j < end+3; j++ {
		switch toks[j].Low {
		case "de", "d", "'", "market":
			continue
		case "share", "part", "parts", "pda", "marketshare":
			return true
		}
		return false
	}
	return false
}

// notMarketAfter are words after "market" / "marché" that make it a price or a place of
// trading, not the market a share is of: "fair market value", "le prix du marché".
var notMarketAfter = text.VendorWordSet("financiers", "financier", "boursier", "boursiers", "obligataire",
	"value", "values", "price", "prices", "capitalization",
	"capitalisation", "cap", "rate", "rates", "valeur", "prix",
	// people and opinions about a market, not a market: "market analysts expected", "recent
	// market estimates", "market sources said"
	"analyst", "analysts", "estimate", "estimates", "expectations", "sources", "source", "observers",
	"participants", "watchers", "experts", "sentiment", "conditions", "rumours", "rumors", "talk",
	"makers", "maker", "research", "researchers", "economists", "professionals")

// notMarketBefore are words before "market" / "marché" that make it a place of trading.
var notMarketBefore = text.VendorWordSet("stock", "share", "capital", "bond", "money", "financial",
	"boursier", "financiers", "financier", "capitaux", "obligataire", "fair", "open", "grey", "gray")

// hasStake reports whether a sentence gives a stake or a part of a company's own whole: its
// other percentages are then shares only when a market follows them ("held 20 pct of the new
// company and Thomson the remaining 80 pct").
func hasStake(pcts []percent) bool {
	for _, p := range pcts {
		if p.kind == pctStake {
			return true
		}
	}
	return false
}

// ownWholeSentence reports whether a sentence speaks of a company's revenue, sales or spending
// ratios ("accounted for 17 pct of MHI's sales, shipbuilding 17 pct"): without "market share"
// its percentages are parts of that whole.
func ownWholeSentence(toks []text.Token) bool {
	for i, t := range toks {
		if t.Kind != text.TokWord || t.Upper {
			continue
		}
		switch t.Low {
		case "revenue", "revenues", "turnover", "earnings", "profit", "profits", "activite":
			return true
		case "affaires":
			return i >= 3 && (toks[i-2].Low == "chiffre" || toks[i-3].Low == "chiffre")
		}
	}
	return false
}

// marketDocument reports whether a document speaks of a market or of shares of one anywhere:
// "market", « marché », "market share", "part de", "shipments"… A story about stakes and
// earnings that never does gives no market share.
func marketDocument(sents []text.Sentence) bool {
	var f []byte
	for _, s := range sents {
		found, share, ascii := marketDocASCII(s.Text)
		if found {
			return true
		}
		if ascii && !share {
			continue
		}
		if f == nil {
			f = make([]byte, 0, 512)
		}
		f = appendFolded(f[:0], s.Text)
		if containsMarketDocWord(f) || shareNoun(f) {
			return true
		}
	}
	return false
}

// marketDocASCII reads an ASCII sentence as marketDocument reads its folded form (for ASCII,
// its lower-case form) without making it: found when it holds one of marketDocWords, share
// when it holds a "share" that shareNoun must judge (not inside a longer word: "shares",
// "marketshare"). ascii is false, and nothing known, when s has a byte outside ASCII.
func marketDocASCII(s string) (found, share, ascii bool) {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return false, false, false
		}
		c = lowerASCII[c]
		if !marketDocStart[c] {
			continue
		}
		for _, w := range marketDocFirst[c] {
			if len(s)-i >= len(w) && equalLowerASCII(s[i:i+len(w)], w) {
				return true, false, true
			}
		}
		if c == 's' && len(s)-i >= 5 && equalLowerASCII(s[i:i+5], "share") &&
			!(i+5 < len(s) && isLowerLetter(lowerASCII[s[i+5]])) && !(i > 0 && isLowerLetter(lowerASCII[s[i-1]])) {
			share = true
		}
	}
	return false, share, true
}

// equalLowerASCII reports whether the lower-case form of the ASCII text s is w.
func equalLowerASCII(s, w string) bool {
	for j := 0; j < len(w); j++ {
		if lowerASCII[s[j]] != w[j] {
			return false
		}
	}
	return true
}

func isLowerLetter(c byte) bool { return 'a' <= c && c <= 'z' }

// lowerASCII maps each ASCII capital to its small letter and every other byte to itself.
var lowerASCII = func() (t [256]byte) {
	for c := range t {
		t[c] = byte(c)
		if 'A' <= c && c <= 'Z' {
			t[c] = byte(c) + 'a' - 'A'
		}
	}
	return t
}()

// marketDocStart marks the first bytes of marketDocWords and of "share".
var marketDocStart = func() (t [256]bool) {
	for _, w := range marketDocWords {
		t[w[0]] = true
	}
	t['s'] = true
	return t
}()

// appendFolded appends text.Fold(s) to b. An ASCII text is lower-cased here, byte by byte, which
// is what Fold does to it, without the string Fold would make (marketDocument folds every
// sentence of most documents).
func appendFolded(b []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return text.AppendFold(b, s)
		}
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b = append(b, c)
	}
	return b
}

// marketDocWords are the words marketDocument looks for (two bytes or more), lower case without
// accents; the text is folded first.
var marketDocWords = []string{"market", "marche", "share of", "part de", "parts de", "shipments", "livraisons", "spending", "depenses"}

// marketDocFirst lists the marketDocWords by their first byte, for containsMarketDocWord.
var marketDocFirst = func() (t [256][]string) {
	for _, w := range marketDocWords {
		t[w[0]] = append(t[w[0]], w)
	}
	return t
}()

// containsMarketDocWord reports whether f contains one of marketDocWords: one pass over f that
// compares only where a word's first byte is, instead of one search per word.
func containsMarketDocWord(f []byte) bool {
	for i := 0; i < len(f); i++ {
		if !marketDocStart[f[i]] {
			continue // most bytes: one load, not the list's
		}
		for _, w := range marketDocFirst[f[i]] {
			// The second byte first: most candidates fail there, without a call to compare.
			if len(f)-i >= len(w) && f[i+1] == w[1] && string(f[i:i+len(w)]) == w {
				return true
			}
		}
	}
	return false
}

// shareNoun reports whether folded text says "share" as a noun of a part ("its share rose"),
// not as stock ("a share", "per share", "shares").
func shareNoun(f []byte) bool {
	for i := 0; ; {
		k := bytes.Index(f[i:], []byte("share"))
		if k < 0 {
			return false
		}
		k += i
		i = k + 5
		if i < len(f) && f[i] >= 'a' && f[i] <= 'z' || k > 0 && f[k-1] >= 'a' && f[k-1] <= 'z' {
			continue // "shares", "shared", "marketshare" (found already)
		}
		before := bytes.TrimRight(f[:k], " ")
		if !bytes.HasSuffix(before, []byte(" a")) && !bytes.HasSuffix(before, []byte("per")) && !bytes.HasSuffix(before, []byte("each")) {
			return true
		}
	}
}

// ownershipPhrase reports whether toks[i] opens words about owning a company: "sous le contrôle
// d'EDF", "prise de contrôle", "under the control of", "Swire's share of Cathay".
func ownershipPhrase(toks []text.Token, i int) bool {
	w := toks[i].Low
	switch {
	case w == "controle" && i >= 2:
		return toks[i-1].Low == "le" && toks[i-2].Low == "sous" || toks[i-1].Low == "de" && toks[i-2].Low == "prise"
	case w == "control" && i >= 2:
		return toks[i-1].Low == "the" && toks[i-2].Low == "under" || text.OneOf(toks[i-1].Low, "took", "taking", "take", "gain", "gained")
	case w == "share" && i+2 < len(toks) && toks[i+1].Low == "of":
		return vendor.OfCompanyAt(toks, i+2)
	}
	return false
}

// forecastWords say that a level is foreseen, not reached: "he sees its share increasing to 42
// pct in fiscal 1988".
var forecastWords = text.VendorWordSet("sees", "expects", "expected", "forecast", "forecasts", "projects",
	"projected", "predicts", "predicted", "prevoit", "anticipe", "table")

// goalBefore reports whether the clause before toks[num] states a goal: "aims to", "is on
// target to", « vise », « a pour objectif de ».
func goalBefore(toks []text.Token, num int) bool {
	for j := num - 1; j >= 0; j-- {
		t := toks[j]
		if t.Text == ";" || t.Text == "." || t.Kind == text.TokNumber {
			return false
		}
		if !t.Upper && (targetWords[t.Low] || forecastWords[t.Low]) && t.Low != "limit" && t.Low != "threshold" && t.Low != "seuil" {
			return true
		}
	}
	return false
}

// pairedMeasure reports whether a percentage in parentheses shares them with another quantity
// that is no change in points: "(32%, 156 heures)", "(34% et 151 heures)".
func pairedMeasure(toks []text.Token, num, end int) bool {
	if num == 0 || toks[num-1].Text != "(" {
		return false
	}
	for j := end; j+1 < len(toks) && toks[j].Text != ")"; j++ {
		if toks[j].Kind == text.TokNumber && toks[j+1].Kind == text.TokWord && text.PercentUnit(toks, j+1) == 0 &&
			!text.OneOf(toks[j+1].Low, "point", "points", "pt", "pts", "pp") {
			return true
		}
	}
	return false
}
