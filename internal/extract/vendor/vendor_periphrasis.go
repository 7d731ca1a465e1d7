package vendor

import (
	"marketbrief/internal/extract/text"
)

// periphrasis returns the company that a periphrasis of the press names at toks[i], and the
// tokens it spans: "le géant de Redmond", "la firme de Mountain View", "the Cupertino giant",
// "l'hébergeur roubaisien". Only periphrases that name one company in any news are listed:
// "le fondeur" (Intel, TSMC, AMD…), "l'opérateur historique" (Orange in France, Deutsche
// Telekom in Germany), "le géant de Seattle" (Amazon, or Boeing) and "a Redmond-based
// start-up" are not. toks[i] is the place word; from is the first token of the periphrasis,
// to the one after it.
func periphrasis(toks []text.Token, i int) (name string, from, to int) {
	t := &toks[i]
	to = i + 1
	switch t.Low {
	case "redmond":
		name = "Microsoft"
	case "cupertino":
		name = "Apple"
	case "mountain":
		if to >= len(toks) || toks[to].Low != "view" {
			return "", 0, 0
		}
		name, to = "Google", to+1
	case "roubaisien":
		if i > 0 && toks[i-1].Low == "hebergeur" {
			return "OVHcloud", i - 1, to
		}
		return "", 0, 0
	default:
		return "", 0, 0
	}
	switch {
	case i >= 2 && (toks[i-1].Low == "de" || toks[i-1].Low == "of") && periphrasisHeads[toks[i-2].Low]:
		return name, i - 2, to // "le géant de Redmond", "la firme de Mountain View"
	case to < len(toks) && periphrasisHeads[toks[to].Low] && i > 0 && toks[i-1].Low == "the":
		return name, i, to + 1 // "the Redmond giant", "the Cupertino company"
	}
	return "", 0, 0
}

// periphrasisHeads are the nouns a place names a company with ("le géant de Redmond", "the
// Redmond giant"), folded.
var periphrasisHeads = text.VendorWordSet("geant", "firme", "groupe", "societe", "entreprise", "editeur",
	"giant", "company", "firm", "group")
