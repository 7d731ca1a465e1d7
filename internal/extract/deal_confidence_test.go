package extract

import (
	"testing"

	"marketbrief/internal/model"
)

// TestDealConfidenceBands checks that confidence separates deals made from offers, plans and
// holdings, so that min_confidence (0.5 by default) hides the latter from the report.
func TestDealConfidenceBands(t *testing.T) {
	x := New(nil)
	cases := []struct {
		text     string
		min, max float64
	}{
		{"Harlow Corp said it acquired Denby Tools Inc for 40 mln dlrs.", 0.85, 1},
		{"Corvan SA a racheté la société Delmar pour 20 millions d'euros.", 0.85, 1},
		{"Harlow Corp said it has offered to acquire Denby Tools Inc for 40 mln dlrs.", 0, 0.5},
		{"Harlow Corp began a cash offer for all shares of Denby Tools Inc.", 0, 0.5},
		{"Harlow Corp said it still plans to sell its Denby Tools Inc unit to Marlow Corp.", 0, 0.5},
		{"Corvan SA propose de racheter la société Delmar.", 0, 0.5},
		{"Harlow Corp said it holds 12 pct of Denby Tools Inc.", 0, 0.5},
		{"Harlow Corp said it acquired 12 pct of Denby Tools Inc.", 0.5, 0.9},
		{"Harlow Corp said it is discussing the sale of its Denby Tools Inc unit to Marlow Corp.", 0, 0.5},
		{"Harlow Corp said it was looking to sell its Denby Tools Inc unit to Marlow Corp.", 0, 0.5},
		{"Le groupe Corvan étudie la cession de sa filiale Delmar au groupe Ostra.", 0, 0.5},
		{"Harlow Corp said it sold its Denby Tools Inc unit to Marlow Corp.", 0.7, 1},
		{"Harlow Corp said it bought 640,200 Denby Tools Inc common shares on the market.", 0, 0.5},
		{"Harlow Corp said it bought 1.2 mln shares of Denby Tools Inc.", 0, 0.5},
		{"Harlow Corp said it bought all the outstanding shares of Denby Tools Inc.", 0.5, 1},
		{"Marlow Corp, said to be eager to sell Denby Tools Inc to Harlow Corp, declined comment.", 0, 0.5},
		{"Marlow Corp expects to sell its Denby Tools Inc unit to Harlow Corp within weeks.", 0, 0.5},
		{"Marlow Corp is under pressure from its banks to sell Denby Tools Inc to Harlow Corp.", 0, 0.5},
		{"Le groupe Corvan doit céder sa filiale Delmar au groupe Ostra.", 0, 0.5},
		{"The court prohibited Harlow Corp from acquiring Denby Tools Inc.", 0, 0.5},
		{"Marlow Corp said the sale was part of its policy of divesting Denby Tools Inc.", 0, 0.5},
		{"Harlow Corp will buy the 12.5 mln Denby Tools Inc shares held by Marlow Corp.", 0, 0.5},
		{"Harlow Corp will buy from Marlow Corp 640,000 Denby Tools Inc shares.", 0, 0.5},
		{"A federal court ordered Harlow Corp to sell Denby Tools Inc.", 0, 0.5},
		{"Le tribunal a ordonné au groupe Corvan de céder sa filiale Delmar.", 0, 0.5},
		{"Marlow Corp sued Harlow Corp over the sale of Denby Tools Inc.", 0, 0.5},
		{"Harlow Corp formed a new company to buy Denby Tools Inc.", 0, 0.5},
		{"Le groupe Corvan a créé une société pour racheter la société Delmar.", 0, 0.5},
		// a lost bidder, a doubtful or dependent sale, a decision with no buyer, a search
		{"Last year Harlow Corp competed against Marlow Corp to acquire Denby Tools Inc.", 0, 0.5},
		{"Le groupe Corvan était en lice pour racheter la société Delmar.", 0, 0.5},
		{"Marlow Corp said it was unlikely that the sale of its Denby Tools Inc unit could be completed.", 0, 0.5},
		{"Marlow Corp said the sale of its Denby Tools Inc unit to Harlow Corp depends on financing.", 0, 0.5},
		{"Le groupe Corvan a précisé que la cession de sa filiale Delmar au groupe Ostra dépend de ses banques.", 0, 0.5},
		{"Marlow Corp said it decided to divest its Denby Tools Inc unit.", 0, 0.5},
		{"Le groupe Corvan a décidé de céder sa filiale Delmar.", 0, 0.5},
		{"Marlow Corp decided to sell its Denby Tools Inc unit to Harlow Corp.", 0.7, 1},
		{"Harlow Corp said it would look for opportunities to acquire Denby Tools Inc.", 0, 0.5},
		{"Marlow Corp decided yesterday to sell its Denby Tools Inc unit.", 0, 0.5},
		{"Marlow Corp objected to a requirement that Harlow Corp sell off its Denby Tools Inc unit.", 0, 0.5},
		// a sale announced in the future, with no buyer and no agreement: a plan
		{"Marlow Corp said it will sell its Denby Tools Inc unit.", 0, 0.5},
		{"Le groupe Corvan va céder sa filiale Delmar.", 0, 0.5},
		{"Marlow Corp said it has signed an agreement by which it will sell its Denby Tools Inc unit.", 0.5, 1},
		// a target that names nothing: no name, no owner, no seller
		{"Harlow Corp said it acquired three community radio stations for 4 mln dlrs.", 0, 0.5},
		{"Harlow Corp said its acquisition of the regional radio stations closed last week.", 0, 0.5},
		{"Harlow Corp said it acquired three radio stations from Marlow Corp for 4 mln dlrs.", 0.5, 1},
		{"Harlow Corp said it acquired the Ohio radio stations of Marlow Corp for 4 mln dlrs.", 0.5, 1},
	}
	for _, c := range cases {
		doc := model.Document{ID: "c.txt", Title: "Deals", Text: c.text, Date: "2020-01-10"}
		ds := x.Extract(doc).Deals
		if len(ds) != 1 {
			t.Errorf("%q: %d deals, want 1", c.text, len(ds))
			continue
		}
		if conf := ds[0].Confidence; conf < c.min || conf >= c.max && c.max < 1 || conf > c.max {
			t.Errorf("%q: confidence %.2f, want in [%.2f, %.2f)", c.text, conf, c.min, c.max)
		}
	}
}

// TestDealPeopleBelowThreshold checks that a person named as a deal's party (by initials, a title,
// a role before the name, a middle initial or "who") keeps the deal out of the report.
func TestDealPeopleBelowThreshold(t *testing.T) {
	x := New(nil)
	for _, text := range []string{
		"Financier Paul Vandermeer, who bought 6 pct of Denby Tools Inc last year, declined comment.",
		"Oilman R.J. Castellane acquired Denby Tools Inc last month.",
		"Denby Tools Inc signed an agreement with Oskar Rehnfeld, who holds 30 pct of its stock.",
		"L'homme d'affaires Paul Vandermeer a racheté la société Delmar.",
		"Le milliardaire Vandermeer a racheté la société Delmar.",
		"Mr Ostrander said Ostrander had sold Denby Tools Inc to Harlow Corp.",
		"In a filing with federal regulators, Oskar Rehnfeld, of Tulsa, Okla., said he had sold all 210,000 of his Denby Tools Inc shares.",
		"Media magnate Oskar Rehnfeld completed his acquisition of Denby Tools Inc.",
		"Marlow Corp agreed to sell its Denby Tools Inc unit to Oskar Rehnfeld, a Denver investor.",
		"Le groupe Corvan a cédé sa filiale Delmar à Oskar Rehnfeld, un homme d'affaires lyonnais.",
	} {
		doc := model.Document{ID: "p.txt", Title: "People", Text: text, Date: "2020-01-10"}
		for _, d := range x.Extract(doc).Deals {
			if d.Confidence >= 0.5 {
				t.Errorf("%q: %s %v at %.2f, want below 0.5", text, d.Type, d.Parties, d.Confidence)
			}
		}
	}
	doc := model.Document{ID: "p.txt", Title: "People", Text: "Harlow Corp, whose chairman is Mr Ostrander, acquired Denby Tools Inc.", Date: "2020-01-10"}
	if ds := x.Extract(doc).Deals; len(ds) != 1 || ds[0].Confidence < 0.5 {
		t.Errorf("a company whose chairman is named: %+v, want one deal at 0.5 or more", ds)
	}
}

// TestDealEndedInStory checks that a deal the story ends in another sentence falls below the
// report's threshold, and that an ending of another agreement between other parties does not.
func TestDealEndedInStory(t *testing.T) {
	x := New(nil)
	for _, c := range []struct {
		text string
		want bool // the sale to the buyer stays in the report
	}{
		{"Harlow Corp said it agreed to sell its Denby Tools Inc unit to Marlow Corp. On Monday, Marlow Corp said it had terminated the agreement with Harlow Corp because financing failed.", false},
		{"Le groupe Corvan a signé un accord pour céder sa filiale Delmar au groupe Ostra. Le groupe Ostra a finalement mis fin à cet accord avec Corvan.", false},
		{"Harlow Corp ended its merger agreement with Ossian Corp last month. Harlow Corp then agreed to sell its Denby Tools Inc unit to Marlow Corp.", true},
		{"Marlow Corp reported higher profits. Its chairman spoke of new stores. Harlow Corp terminated its agreement to sell its Denby Tools Inc unit to Marlow Corp in May. In June, Harlow Corp agreed again to sell its Denby Tools Inc unit to Marlow Corp for 30 mln dlrs.", true},
		{"Marlow Corp said it bought Denby Tools Inc on the market after it dropped its tender offer for Denby Tools Inc.", true},
	} {
		doc := model.Document{ID: "e.txt", Title: "Ended", Text: c.text, Date: "2020-01-10"}
		found := false
		for _, d := range x.Extract(doc).Deals {
			if d.Type == model.Acquisition && (d.Acquirer == "Marlow" || d.Acquirer == "Ostra") {
				found = true
				if got := d.Confidence >= 0.5; got != c.want {
					t.Errorf("%q: %s %v at %.2f, want in the report: %v", c.text, d.Type, d.Parties, d.Confidence, c.want)
				}
			}
		}
		if !found {
			t.Errorf("%q: no sale to the buyer found", c.text)
		}
	}
}
