package extract

import (
	"encoding/json"
	"strings"
	"testing"
)

const (
	dealSeedsDir  = "../../../shared/corpus/seeds"
	dealSeedsGold = "../../../shared/gold/seeds"
	dealScorer    = "../../../shared/tools/score"
)

// TestSeedDeals scores the deals of the seed corpus: every gold deal is found, and nothing else.
func TestSeedDeals(t *testing.T) {
	skipWithout(t, dealSeedsDir, dealSeedsGold, dealScorer)
	docs := readAcquisitionDocs(t, dealSeedsDir)
	for i := range docs {
		if frenchWords(docs[i].Title + " " + docs[i].Text) {
			docs[i].Language = "fr"
		}
	}
	out := scoreFacts(t, docs, dealScorer, dealSeedsGold, "--json")
	var res struct {
		Deals struct {
			P  float64 `json:"precision"`
			R  float64 `json:"recall"`
			F1 float64 `json:"f1"`
		} `json:"deals"`
		Direction *float64 `json:"direction_accuracy"`
		Value     *float64 `json:"value_accuracy"`
		Year      *float64 `json:"year_accuracy"`
	}
	if err := json.Unmarshal(out, &res); err != nil {
		t.Fatalf("scorer output: %v\n%s", err, out)
	}
	t.Logf("deals P=%.3f R=%.3f F1=%.3f", res.Deals.P, res.Deals.R, res.Deals.F1)
	if res.Deals.F1 < 1 {
		t.Errorf("seed deals F1 = %.3f, want 1", res.Deals.F1)
	}
	if res.Direction != nil && *res.Direction < 1 {
		t.Errorf("seed deals direction accuracy = %.3f, want 1", *res.Direction)
	}
}

// frenchWords reports whether French function words outnumber English ones in s.
func frenchWords(s string) bool {
	fr, en := 0, 0
	for _, w := range strings.Fields(strings.ToLower(s)) {
		switch w {
		case "le", "la", "les", "des", "est", "et", "du", "une":
			fr++
		case "the", "and", "is", "of", "to", "with":
			en++
		}
	}
	return fr > en
}
