package deal

import (
	"strings"
	"sync"

	"marketbrief/internal/extract/lexicon"
	"marketbrief/internal/extract/text"
)

// dealPlaceLists are the lexicon's place.country and place.people (lexicon/data/place.txt), each
// a set of folded entries, built on first use.
var dealPlaceLists = sync.OnceValue(func() map[string]map[string]bool {
	lx := lexicon.Default()
	return map[string]map[string]bool{
		"countries": lx.Set("place.country", text.Fold),
		"peoples":   lx.Set("place.people", text.Fold),
	}
})

// dealPlaceKey folds a name and drops an article before it ("the Netherlands", « la Finlande »,
// « l'Allemagne ») and a full stop after it.
func dealPlaceKey(l string) string {
	l = text.Fold(strings.TrimSpace(l))
	for _, a := range []string{"the ", "la ", "le ", "les ", "l'", "l’"} {
		l = strings.TrimPrefix(l, a)
	}
	return strings.TrimRight(l, ".,;:")
}

// dealCountry reports whether l names only a country or a region of the world ("Finland",
// « la Finlande », "West Germany", "Latin America").
func dealCountry(l string) bool {
	return dealPlaceLists()["countries"][dealPlaceKey(l)]
}

// dealPeople reports whether l is only the adjective or noun of a people ("Finnish", « finlandaise »,
// "West German", "Britons").
func dealPeople(l string) bool {
	return dealPlaceLists()["peoples"][dealPlaceKey(l)]
}
