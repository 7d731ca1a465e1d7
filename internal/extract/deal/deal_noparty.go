package deal

import (
	"strings"
	"unicode"
)

// Words that the name readers take for companies at the start of a clause or in a headline, and
// that are never a party to a deal: rating agencies that comment on others' deals ("S and P cited
// the acquisition of AMC"), sentence adverbs ("Elsewhere, …", "Prior year net includes gain on
// sale of …"), and headline words in capitals ("LIFTS STAKE").

// dealRaters are rating agencies, as the names readers write them.
var dealRaters = map[string]bool{"s and p": true, "s&p": true, "s & p": true, "standard and poor": true,
	"standard and poor's": true, "standard & poor's": true, "standard & poor": true, "moody": true,
	"moody's": true, "moody's investors service": true, "fitch": true, "fitch ratings": true}

// dealNotNames are capitalized words that open a clause and name no company.
var dealNotNames = map[string]bool{"elsewhere": true, "prior": true, "prior-period": true,
	"prior-year": true, "meanwhile": true, "separately": true, "previously": true, "earlier": true,
	"later": true, "however": true, "additionally": true, "moreover": true, "nevertheless": true,
	"note": true, "yesterday": true, "today": true, "analysts": true, "industry": true,
	"sources": true, "officials": true, "ailleurs": true, "auparavant": true, "cependant": true,
	"toutefois": true, "néanmoins": true, "entre-temps": true, "hier": true, "aujourd'hui": true,
	"net": true, "pourquoi": true, "comment": true, "why": true, "how": true, "what": true, "quand": true}

// dealHeadlineCaps are headline words that make a name in capitals a headline's words.
var dealHeadlineCaps = map[string]bool{"STAKE": true, "STAKES": true, "LIFTS": true, "RAISES": true,
	"UPS": true, "UP": true, "HAVE": true, "HAS": true, "TO": true, "SIGNS": true, "BOOSTS": true,
	"CUTS": true, "CUT": true, "BUYS": true, "BUY": true, "SELLS": true, "SELL": true, "SAYS": true,
	"PLANS": true, "BID": true, "OFFER": true, "DEAL": true, "FIRMS": true, "CONTRACT": true,
	"SEEKS": true, "GETS": true, "WINS": true, "TAKES": true, "IN": true, "FOR": true, "ON": true}

// dealNoParty reports whether name (as resolved) can be no party of a deal told in sentence.
func dealNoParty(name, sentence string) bool {
	l := strings.ToLower(strings.TrimSpace(name))
	if dealRaters[l] || dealRaters[strings.TrimSuffix(l, " corp")] {
		return true
	}
	if (l == "standard" || l == "poor" || l == "poor's") && (strings.Contains(sentence, "Standard and Poor") || strings.Contains(sentence, "Standard & Poor")) {
		return true // "Standard and Poor's said the merger…": not Standard merging with Poor
	}
	if len([]rune(l)) < 2 || l == "other" || l == "others" || l == "autres" || l == "autre" {
		return true // "'B' class shares", "Other gold interests to be acquired"
	}
	first, _, _ := strings.Cut(l, " ")
	if dealNotNames[first] || dealNotNames[l] {
		return true
	}
	return headlineCaps(name)
}

// headlineCaps reports whether name is words of a headline in capitals: two words or more, all in
// capitals, three or more of them or one a headline word ("LIFTS STAKE", "INVESTMENT FIRMS HAVE").
func headlineCaps(name string) bool {
	ws := strings.Fields(name)
	if len(ws) < 2 {
		return false
	}
	head := false
	for _, w := range ws {
		for _, r := range w {
			if unicode.IsLower(r) {
				return false
			}
		}
		if dealHeadlineCaps[strings.Trim(w, ",.:;")] {
			head = true
		}
	}
	return head || len(ws) >= 3
}
