package extract

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"marketbrief/internal/model"
)

var update = flag.Bool("update", false, "rewrite the golden files of testdata/")

// goldenShare is the part of a market share that the golden files pin down.
type goldenShare struct {
	Vendor    string  `json:"vendor"`
	Share     float64 `json:"share"`
	Qualifier string  `json:"qualifier"`
	Market    string  `json:"market,omitempty"`
	Region    string  `json:"region"`
	Period    string  `json:"period"`
}

// goldenGroup is the part of a group share that the golden files pin down.
type goldenGroup struct {
	Vendors   []string `json:"vendors"`
	Share     float64  `json:"share"`
	Qualifier string   `json:"qualifier"`
	Region    string   `json:"region"`
	Period    string   `json:"period"`
}

// golden is what a testdata case expects.
type golden struct {
	Vendors []string      `json:"vendors"`
	Shares  []goldenShare `json:"market_shares"`
	Groups  []goldenGroup `json:"group_shares"`
}

// readCase reads a testdata case: optional "# lang: fr" and "# date: 2025-10-30" lines, then the
// title line, then the text.
func readCase(t *testing.T, path string) model.Document {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	doc := model.Document{ID: filepath.Base(path), Language: "en"}
	rest := string(b)
	for strings.HasPrefix(rest, "# ") {
		var line string
		line, rest, _ = strings.Cut(rest, "\n")
		k, v, _ := strings.Cut(strings.TrimPrefix(line, "# "), ":")
		switch strings.TrimSpace(k) {
		case "lang":
			doc.Language = strings.TrimSpace(v)
		case "date":
			doc.Date = strings.TrimSpace(v)
		}
	}
	doc.Title, doc.Text, _ = strings.Cut(strings.TrimLeft(rest, "\n"), "\n")
	return doc
}

func TestGolden(t *testing.T) {
	files, err := filepath.Glob("testdata/*.txt")
	if err != nil {
		t.Fatal(err)
	}
	x := New(nil)
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), ".txt")
		if !strings.HasPrefix(name, "share_") && !strings.HasPrefix(name, "vendor_") {
			continue
		}
		t.Run(name, func(t *testing.T) {
			got := toGolden(vendorsAndShares(x, readCase(t, f)))
			b, err := json.MarshalIndent(got, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			b = append(b, '\n')
			gf := strings.TrimSuffix(f, ".txt") + ".golden.json"
			if *update {
				if err := os.WriteFile(gf, b, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(gf)
			if err != nil {
				t.Fatalf("%v (run go test -update to create it)", err)
			}
			if !bytes.Equal(b, want) {
				t.Errorf("facts differ from %s\ngot:\n%s\nwant:\n%s", gf, b, want)
			}
		})
	}
}

// vendorsAndShares extracts a document without the deal rules, so that these golden files pin
// down the vendor and share rules alone (Extract adds deal parties; TestSeeds covers it).
func vendorsAndShares(x *Extractor, doc model.Document) model.DocFacts {
	vr, _, sr := x.readers()
	sents := vr.Sentences(doc)
	df := model.DocFacts{Document: doc.ID, Mentions: map[string]int{}, Aliases: map[string][]string{}}
	df.MarketShares, df.GroupShares = sr.Shares(doc, sents)
	vr.CountMentions(&df, sents)
	return df
}

func toGolden(df model.DocFacts) golden {
	g := golden{Vendors: []string{}, Shares: []goldenShare{}, Groups: []goldenGroup{}}
	for name := range df.Mentions {
		g.Vendors = append(g.Vendors, name)
	}
	sort.Strings(g.Vendors)
	for _, s := range df.MarketShares {
		g.Shares = append(g.Shares, goldenShare{s.Vendor, s.Share, s.Qualifier, s.Market, s.Region, s.Period})
	}
	for _, s := range df.GroupShares {
		g.Groups = append(g.Groups, goldenGroup{s.Vendors, s.Share, s.Qualifier, s.Region, s.Period})
	}
	return g
}
