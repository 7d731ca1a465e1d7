package deal

import (
	"unicode"

	"marketbrief/internal/model"
)

// describedOnlyFactor is how much a purchase whose target is only described lowers its
// confidence: "acquired three regional radio stations", "the acquisition of the new stations",
// "to buy the hotel companies". With no name in the description,
// no seller and no owner, the fact points to nothing a reader could find without the article;
// on the bench corpus most such facts were a plan, a strategy, an anaphor for what the story
// named elsewhere, or goods and rights. They stay in facts.json below the report's default
// threshold. A described business with its owner ("Marlow's Ohio plant", "the three stations of
// Marlow Corp") is a seller's asset and keeps its confidence; so does a divestiture, whose seller
// owns what it sells. (The French readers of purchases take no described target.)
func describedOnlyFactor(kind string, rs *roles) float64 {
	if !rs.descr || kind != model.Acquisition || rs.seller != "" {
		return 1
	}
	for _, r := range rs.target {
		if unicode.IsUpper(r) || unicode.IsDigit(r) {
			return 1
		}
	}
	return 0.6
}
