package deal

import (
	"strconv"
	"strings"

	"marketbrief/internal/extract/text"
	"marketbrief/internal/extract/vendor"
	"marketbrief/internal/model"
)

// Stakes: buying part of a company is an investment; buying control of it (more than half, a
// majority or controlling stake) is an acquisition. "acquired a 20 pct stake in X", « a pris une
// participation de 15 % dans X », "buy 51 pct of X", « l'acquisition d'une participation
// majoritaire du constructeur X ».

// Kinds of stake read in an object.
const (
	stakeNone     = iota
	stakeMinority // a part, or a part of unknown size
	stakeMajority // control
)

// stakeNouns name a part of a company.
var stakeNouns = map[string]bool{"stake": true, "stakes": true, "interest": true, "holding": true,
	"shareholding": true, "participation": true, "part": true, "parts": true, "position": true}

// stakeControl are the words that make a stake a controlling one.
var stakeControl = map[string]bool{"majority": true, "controlling": true, "majoritaire": true,
	"contrôle": true, "control": true, "all": true, "entire": true, "whole": true, "remaining": true,
	"rest": true, "outstanding": true, "totalité": true, "intégralité": true, "tout": true, "toutes": true, "tous": true}

// stakeMinorWords make a stake explicitly a minority one.
var stakeMinorWords = map[string]bool{"minority": true, "minoritaire": true, "small": true, "petite": true}

// stakePrepositions end a stake phrase before the company's name.
var stakePrepositions = map[string]bool{"in": true, "of": true, "dans": true, "du": true, "de": true,
	"d'": true, "d’": true, "des": true, "into": true}

// stakePhrase reads a stake phrase from word o ("a 20 pct stake in", "une participation
// majoritaire du", "51 pct of"): the word where the company's phrase starts and the stake's kind,
// or (o, stakeNone) when the words at o are no stake.
func stakePhrase(ws []vendor.Dword, o int) (int, int) {
	pct, control, minor, noun := -1.0, false, false, false
	k := o
	for ; k < len(ws) && k < o+9; k++ {
		w := ws[k]
		switch {
		case stakeControl[w.Lower]:
			control = true
		case vendor.CoQtyWord(w) || strings.HasSuffix(w.Lower, "%"):
			if !strings.HasSuffix(w.Lower, "%") && !(k+1 < len(ws) && text.OneOf(ws[k+1].Lower, "pct", "percent", "%", "pour", "per")) {
				break // "210,000 shares": a count, not a percentage
			}
			if v, ok := stakePercent(w); ok {
				pct = v
			}
		case text.OneOf(w.Lower, "pct", "percent", "%", "pour", "cent", "per", "cent.", "mln", "million", "shares", "actions", "common", "issued", "ordinary", "voting"):
			// units and counts: "12 pct", "2,455,000 shares" (shares alone weigh nothing)
		case stakeMinorWords[w.Lower]:
			minor = true
		case stakeNouns[w.Lower]:
			noun = true
		case (w.Lower == "de" || w.Lower == "of") && k+1 < len(ws) && vendor.CoQtyWord(ws[k+1]):
			// « une participation de 15 % dans »: the size, not yet the company
		case stakePrepositions[w.Lower] || w.Lower == "au" && k+2 < len(ws) && ws[k+1].Lower == "capital":
			if w.Lower == "au" {
				k += 2 // « au capital de »
			}
			if !noun && pct < 0 {
				// "acquired 2,455,000 shares of X", "the outstanding shares of X": shares of
				// unknown weight are read as before, a purchase of the company
				return o, stakeNone
			}
			if k+1 < len(ws) && text.OneOf(ws[k+1].Lower, "la", "l'", "l’") {
				k++
			}
			kind := stakeMinority
			if pct > 50 || pct < 0 && control && !minor {
				kind = stakeMajority
			}
			return k + 1, kind
		case vendor.CoSkippable[w.Lower] || text.OneOf(w.Lower, "a", "an", "un", "une", "additional", "further", "new", "nouvelle", "equity", "capital"):
			// an article or a word of the stake's description ("a further equity interest")
		default:
			return o, stakeNone
		}
	}
	return o, stakeNone
}

// stakePurchaseIsInvestment types the purchase of a stated minority stake ("acquired a 20 pct
// stake in X") as an investment, as issue 11 and FACTS.md ask (an acquisition only above half).
// The Reuters acquisitions keys count such purchases as acquisitions, so turning it on took that
// set's F1 from 0.744 to 0.718; its floors in TestAcquisitions and .ci/check-scores.py were lowered
// for it. A stake raised or held ("raised its stake in X to 6.2 pct") is an investment either way.
const stakePurchaseIsInvestment = true

// stakeKind types a deal on a stake: raising a stake short of control is an investment, and so
// is buying a minority stake when stakePurchaseIsInvestment.
func stakeKind(kind string, stake int, raised bool) string {
	if kind == model.Acquisition && stake == stakeMinority && (raised || stakePurchaseIsInvestment) {
		return model.Investment
	}
	return kind
}

// stakeAfter reads the size a stake reaches, stated after the company ("raised its stake in X to
// 6.2 pct", « à 55 % »): majority above half, else minority.
func stakeAfter(ws []vendor.Dword, from int) int {
	for k := from; k+1 < len(ws) && k < from+10; k++ {
		if (ws[k].Lower == "to" || ws[k].Lower == "à") && vendor.CoQtyWord(ws[k+1]) {
			if v, ok := stakePercent(ws[k+1]); ok && v > 50 && v <= 100 {
				return stakeMajority
			}
			return stakeMinority
		}
	}
	return stakeMinority
}

// sharesBought reports whether the object from word o counts shares or states a stake ("2,455,000
// Cyclops shares", "44,600 shares of preferred stock in X", "a 20 pct stake in"): a purchase whose
// weight the words do not tell, less sure to be a takeover.
func sharesBought(ws []vendor.Dword, o int) bool {
	for k := o; k < len(ws) && k < o+8; k++ {
		switch ws[k].Lower {
		case "shares", "actions", "stock", "stake", "interest", "participation", "pct", "percent", "%":
			return true
		}
		if ws[k].Stop {
			return false
		}
	}
	return false
}

// stakePercent reads the number of a percentage, in figures or spelled out ("5.7", "15%",
// "seven").
func stakePercent(w vendor.Dword) (float64, bool) {
	if v, ok := text.SpelledNumbers[w.Lower]; ok {
		return v, true
	}
	v, err := strconv.ParseFloat(strings.ReplaceAll(strings.TrimSuffix(w.Lower, "%"), ",", "."), 64)
	return v, err == nil
}

// stakeLeads are the words that introduce the weight of shares bought, told after the company:
// "118,000 shares of X, or 5.7 pct of the total", "…, representing 9 pct", "…, bringing its
// stake to 16 pct", « soit 4 % du capital », « portant sa participation à 12 % ».
var stakeLeads = map[string]bool{"or": true, "representing": true, "représentant": true, "soit": true,
	"to": true, "à": true, "about": true, "some": true, "roughly": true, "approximately": true,
	"nearly": true, "environ": true, "près": true, "de": true}

// stakeWeightAfter reads the weight of shares bought, told after the company from word from
// ("…of X, or 5.7 pct of the outstanding stock", "…, taking its holding to 16.8 pct"): the kind
// of stake, or stakeNone when the words tell no percentage within the clause.
func stakeWeightAfter(ws []vendor.Dword, from int) int {
	for k := from; k+1 < len(ws) && k < from+14; k++ {
		if k > from && ws[k-1].Stop && !strings.HasSuffix(ws[k-1].Raw, ",") {
			return stakeNone // the sentence ends
		}
		if !stakeLeads[ws[k].Lower] || !vendor.CoQtyWord(ws[k+1]) {
			continue
		}
		q := ws[k+1]
		unit := strings.HasSuffix(q.Lower, "%") || k+2 < len(ws) && text.OneOf(ws[k+2].Lower, "pct", "percent", "%", "pour", "per")
		if !unit {
			continue
		}
		if v, ok := stakePercent(q); ok && v > 50 && v <= 100 {
			return stakeMajority
		}
		return stakeMinority
	}
	return stakeNone
}

// stakeCountAt reports whether the object at o counts shares ("870,100 X common shares",
// "403,600 shares of X", « 1,2 million d'actions de X »): a number of shares bought on the
// market, which makes no takeover unless the words tell a weight above half.
func stakeCountAt(ws []vendor.Dword, o int) bool {
	if o < len(ws) && text.OneOf(ws[o].Lower, "the", "its", "his", "their", "les", "ses") {
		o++ // "the 348.2 mln X shares held by Y"
	}
	if o < len(ws) && stakeQtyLeads[ws[o].Lower] {
		o++
	}
	if o >= len(ws) || !vendor.CoQtyWord(ws[o]) {
		return false
	}
	for k := o + 1; k < len(ws) && k <= o+6; k++ {
		switch ws[k].Lower {
		case "shares", "actions", "titres", "shrs":
			return true
		case "pct", "percent", "%", "pour", "dlrs", "mln", "million", "billion", "bln", "milliards", "millions":
			if ws[k].Lower == "mln" || ws[k].Lower == "million" || ws[k].Lower == "millions" {
				continue // "1.3 mln shares"
			}
			return false
		}
		if ws[k].Stop {
			return false
		}
	}
	return false
}
