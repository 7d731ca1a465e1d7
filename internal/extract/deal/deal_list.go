package deal

import (
	"strings"

	"marketbrief/internal/extract/measure"
	"marketbrief/internal/extract/text"
	"marketbrief/internal/extract/vendor"
	"marketbrief/internal/model"
)

// Lists of deals told in one clause: "avait déjà racheté A pour N en 2012, puis B pour M en
// 2015", "after buying A for $N and B for $M", « les rachats de A et de B ». Each item is a
// target of the same buyer; when every item states its own price or year, each deal gets its
// own, else the sentence's price goes to the first and its year to all.

// dealListLinks join the items of a list ("puis", "then", "and", "ainsi que").
var dealListLinks = map[string]bool{"puis": true, "then": true, "and": true, "et": true, "ainsi": true,
	"as": true, "plus": true}

// dealListFiller are the words of an item's price and date ("pour 20 millions d'euros en 2012",
// "for $2 billion in 2015"), which may stand between two items.
var dealListFiller = map[string]bool{"pour": true, "for": true, "en": true, "in": true, "about": true,
	"some": true, "environ": true, "près": true, "de": true, "d'": true, "d’": true, "euros": true,
	"dollars": true, "dlrs": true, "dlr": true, "mln": true, "bln": true, "billion": true, "million": true,
	"millions": true, "milliard": true, "milliards": true, "md": true, "stg": true, "yen": true,
	"francs": true, "livres": true, "que": true, "well": true, "also": true, "ensuite": true,
	"later": true, "plus": true, "tard": true, "dernier": true, "dernière": true, "year": true,
	"last": true, "the": true, "following": true, "suivante": true, "l'année": true, "l’année": true}

// listTargets reads the items after the first object, which ends at word end: their names, the
// span of words of each item (the first object's included) and the word where the list ends.
func listTargets(r dealRule, s string, ws []vendor.Dword, a dealArgs, o, end int) ([]vendor.Party, [][2]int, int) {
	if !a.hasObj || a.obj.Descr || a.obj.Pronoun || r.kind != model.Acquisition || r.obj != roleTarget {
		return nil, nil, end
	}
	var more []vendor.Party
	spans := [][2]int{{o, end}}
	for len(more) < 6 {
		k, priced := end, false
		for k < len(ws) && k < end+8 && dealListFill(ws[k]) {
			priced = priced || vendor.CoQtyWord(ws[k]) || strings.ContainsAny(ws[k].Core, "$€£")
			k++
			if ws[k-1].Stop {
				break // the filler's last word carries the comma ("en 2012, puis")
			}
		}
		comma := k > 0 && strings.HasSuffix(ws[k-1].Raw, ",")
		if k >= len(ws) || !dealListLinks[ws[k].Lower] {
			break
		}
		{
			if ws[k].Lower == "ainsi" || ws[k].Lower == "as" {
				if k+2 >= len(ws) || !text.OneOf(ws[k+1].Lower, "que", "well") {
					break
				}
				k += 2
				if ws[k-1].Lower == "well" {
					if k >= len(ws) || ws[k].Lower != "as" {
						break
					}
					k++
				}
			} else {
				k++
			}
		}
		nominal := false
		if k < len(ws) && text.OneOf(ws[k].Lower, "de", "d'", "d’", "of", "du") {
			k, nominal = k+1, true // « les rachats de A et de B »
		}
		if k >= len(ws) {
			break
		}
		q, ok := vendor.PhraseAt(s, ws, k, false)
		if !ok || q.Pronoun || q.Name == "" || q.Descr {
			break
		}
		// A bare "and" joins names as often as deals ("Rogers and Cowan Inc"): it lists deals
		// only after a price or a date, before "de"/"of", or between names with a legal form.
		if !priced && !comma && !nominal && !vendor.HasSuffixWord(q.Name) {
			break
		}
		if q.End < len(ws) && !ws[q.End-1].Stop && dealVerbLike(ws[q.End]) {
			break // ", and Nimbus inks a deal": a new clause with its own verb
		}
		spans[len(spans)-1][1] = k
		more = append(more, q)
		spans = append(spans, [2]int{k, q.End})
		end = q.End
	}
	// the last item's price and date follow its name
	last := &spans[len(spans)-1]
	for j := last[1]; j < len(ws) && j < last[1]+8 && dealListFill(ws[j]); j++ {
		last[1] = j + 1
		if ws[j].Stop {
			break
		}
	}
	return more, spans, end
}

// dealListFill reports whether w may be part of an item's price or date.
func dealListFill(w vendor.Dword) bool {
	return dealListFiller[w.Lower] || vendor.CoQtyWord(w) || measure.DealMonths[w.Lower] > 0 || strings.ContainsAny(w.Core, "$€£")
}

// itemTerms returns the price and date of each item of a list, when every item states one of
// its own; otherwise nil.
func (c *dealContext) itemTerms(spans [][2]int) ([]*model.Money, []string) {
	if len(spans) < 2 {
		return nil, nil
	}
	ws := c.wordsOf(c.cur)
	s := c.sents[c.cur]
	values := make([]*model.Money, len(spans))
	dates := make([]string, len(spans))
	for i, sp := range spans {
		if sp[0] >= len(ws) || sp[1] <= sp[0] {
			return nil, nil
		}
		from, to := ws[sp[0]].Start, len(s)
		if sp[1] < len(ws) {
			to = ws[sp[1]].Start
		}
		values[i] = measure.DealValueIn(s[from:to], c.lower[from:to], 0)
		if yearWord.MatchString(c.lower[from:to]) {
			dates[i] = measure.DealDate(c.sents[c.cur][from:to], c.doc.Date) // as written, for "May"
		}
		if values[i] == nil && dates[i] == "" {
			return nil, nil
		}
	}
	return values, dates
}

// dealAlongWith introduce further things bought in the same deal ("en même temps que A, B et C",
// "along with A and B").
var dealAlongWith = []string{"en même temps que", "along with", "together with", "as well as", "ainsi que", "de même que", "avec"}

// alongWith reads the names after "en même temps que", "along with" at word k: A, B and C.
func alongWith(s string, ws []vendor.Dword, k int) ([]vendor.Party, int) {
	n := 0
	for _, ph := range dealAlongWith {
		parts := strings.Fields(ph)
		if k+len(parts) > len(ws) {
			continue
		}
		ok := true
		for i, p := range parts {
			if ws[k+i].Lower != p {
				ok = false
				break
			}
		}
		if ok {
			n = len(parts)
			break
		}
	}
	if n == 0 {
		return nil, k
	}
	var out []vendor.Party
	j := k + n
	for len(out) < 8 && j < len(ws) {
		q, ok := vendor.PhraseAt(s, ws, j, false)
		if !ok || q.Name == "" || q.Pronoun || q.Descr {
			break
		}
		if parts := splitEt(q); len(parts) == 2 {
			out = append(out, parts...) // "L'Echo Vert et Midi Actu"
		} else {
			out = append(out, q)
		}
		j = q.End
		if j < len(ws) && (ws[j].Lower == "et" || ws[j].Lower == "and") && !strings.HasSuffix(ws[j-1].Raw, ",") {
			j++
			continue
		}
		if j-1 >= 0 && strings.HasSuffix(ws[j-1].Raw, ",") {
			if j < len(ws) && (ws[j].Lower == "et" || ws[j].Lower == "and") {
				j++
			}
			continue
		}
		break
	}
	return out, j
}
