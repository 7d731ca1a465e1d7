package deal

import (
	"marketbrief/internal/extract/text"

	_ "embed"
	"strings"
	"sync"
)

// dealPlacesText holds the countries and peoples that are never a party to a deal: data, so that
// a missing country is a line of text, not code.
//
//go:embed deal_places.txt
var dealPlacesText string

// dealPlaceLists are the sections of deal_places.txt, each a set of folded entries.
var dealPlaceLists = sync.OnceValue(func() map[string]map[string]bool {
	out := map[string]map[string]bool{}
	var cur map[string]bool
	for _, line := range strings.Split(dealPlacesText, "\n") {
		line = strings.TrimSpace(line)
		switch {
		case line == "" || strings.HasPrefix(line, "#"):
		case strings.HasPrefix(line, "[") && strings.HasSuffix(line, "]"):
			cur = map[string]bool{}
			out[strings.Trim(line, "[]")] = cur
		case cur != nil:
			cur[text.Fold(line)] = true
		}
	}
	return out
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
