package vendor

import (
	"marketbrief/internal/extract/text"
	"strings"
)

// Compounds of company names joined by hyphens, as the press writes alliances and mergers:
// "l'alliance Renault-Nissan-Mitsubishi", "la fusion PSA-FCA". A compound whose every part is
// a company is read as those companies; a deal noun before it makes its parts companies.
// "Mercedes-Benz" or "Rolls-Royce" stay one name: nothing says their parts are companies.

// hyphenParts returns a mention per part of the hyphenated token t when every part is a name the
// dictionary or the document knows, else nil.
func (e *Reader) hyphenParts(s string, t *text.Token, local *docNames, tc, fr bool) []text.Mention {
	parts := strings.Split(t.Text, "-")
	ms := make([]text.Mention, 0, len(parts))
	off := t.Start
	for _, p := range parts {
		if len(p) < 2 || !text.IsUpperStart(p) {
			return nil
		}
		pt := []text.Token{{Start: off, End: off + len(p), Text: p, Low: text.Fold(p), Kind: text.TokWord, Upper: true}}
		name, n := e.dict.index.longest(pt, 0, pt[0].Low, tc, fr)
		known := n > 0
		if n == 0 && local != nil {
			name, n = local.index.longest(pt, 0, pt[0].Low, tc, fr)
		}
		if n == 0 {
			return nil
		}
		ms = append(ms, text.Mention{Start: off, End: off + len(p), Surface: s[off : off+len(p)], Name: name, Known: known})
		off += len(p) + 1
	}
	return ms
}

// learnHyphenParts learns the parts of the hyphenated names after a deal noun: "l'alliance
// Renault-Nissan-Mitsubishi", "la fusion Renault-Nissan".
func (e *Reader) learnHyphenParts(local *docNames, s string, toks []text.Token, covered []bool) {
	for i := 1; i < len(toks); i++ {
		t := toks[i]
		if !t.Upper || strings.IndexByte(t.Text, '-') <= 0 || covered[i] || !lexDealNoun.endsAt(toks, i-1) {
			continue
		}
		off := t.Start
		for _, p := range strings.Split(t.Text, "-") {
			if len(p) >= 2 && text.IsUpperStart(p) {
				pt := []text.Token{{Start: off, End: off + len(p), Text: p, Low: text.Fold(p), Kind: text.TokWord, Upper: true}}
				e.learnCandidate(local, s, pt, []bool{false}, 0, 1, false)
			}
			off += len(p) + 1
		}
	}
}
