package deal

import (
	"testing"

	"marketbrief/internal/extract/text"
)

// TestDealEndingNeedsNoun checks the cheap gate of endedInStory: every sentence dealEnding
// matches holds one of dealEndingNouns, so skipping the expression where none is found changes
// nothing. A noun added to dealEnding must be added to dealEndingNouns too.
func TestDealEndingNeedsNoun(t *testing.T) {
	ended := []string{
		"Brandel said it ended its agreement to sell the Corvo unit.",
		"Talvia terminated the proposed merger with Ostrum.",
		"Kessler called off talks with Marbury about the takeover.",
		"Halden withdrew its letter of intent to buy Pomeroy.",
		"Grisby broke off negotiations with Tenwick.",
		"The termination of the Ardent sale was announced today.",
		"The acquisition of Vellum by Corbin was terminated on Monday.",
		"The proposed deal between Ferro and Lisk fell through.",
		"Astell a mis fin au projet de rachat de Norva.",
		"Castor renonce à la cession de sa filiale Dune.",
		"Perel a rompu les négociations avec Fando.",
	}
	for _, s := range ended {
		l := text.Lower(s)
		if !dealEnding.MatchString(l) {
			t.Errorf("dealEnding does not match %q: write a sentence it matches", s)
			continue
		}
		if !hasDealNoun(l) {
			t.Errorf("hasDealNoun(%q) = false, but dealEnding matches it", s)
		}
	}
	for _, s := range []string{"Brandel ended the quarter with higher revenue.", "Astell a mis fin à la grève."} {
		if hasDealNoun(text.Lower(s)) {
			t.Errorf("hasDealNoun(%q) = true, want false", s)
		}
	}
}
