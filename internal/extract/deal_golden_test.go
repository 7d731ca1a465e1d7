package extract

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"marketbrief/internal/model"
)

// goldenDeal is the part of a deal that the golden files pin down (evidence and confidence are
// left out so that wording and tuning can change without rewriting every file).
type goldenDeal struct {
	Type     string       `json:"type"`
	Acquirer string       `json:"acquirer,omitempty"`
	Target   string       `json:"target,omitempty"`
	Seller   string       `json:"seller,omitempty"`
	Parties  []string     `json:"parties"`
	Value    *model.Money `json:"value,omitempty"`
	Date     string       `json:"date,omitempty"`
}

// TestDealGolden runs the deal development set: testdata/deal_*.txt, one construction each in
// English and French (negatives included), against deal_*.golden.json. Run go test -update to
// rewrite the golden files after a deliberate change, then review the diff.
func TestDealGolden(t *testing.T) {
	files, err := filepath.Glob("testdata/deal_*.txt")
	if err != nil {
		t.Fatal(err)
	}
	if len(files) == 0 {
		t.Fatal("no testdata/deal_*.txt cases")
	}
	x := New(nil)
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), ".txt")
		t.Run(name, func(t *testing.T) {
			doc := readCase(t, f)
			got := []goldenDeal{}
			for _, d := range x.Extract(doc).Deals {
				got = append(got, goldenDeal{d.Type, d.Acquirer, d.Target, d.Seller, d.Parties, d.Value, d.Date})
			}
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
				t.Fatalf("%v (run go test -run TestDealGolden -update to create it)", err)
			}
			if !bytes.Equal(b, want) {
				t.Errorf("deals differ from %s\ngot:\n%s\nwant:\n%s", gf, b, want)
			}
		})
	}
}
