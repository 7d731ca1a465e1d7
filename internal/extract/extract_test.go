package extract

import (
	"encoding/json"
	"path/filepath"
	"sync"
	"testing"

	"marketbrief/internal/model"
)

// TestMergeDeterministic checks that the facts do not depend on the order of the documents nor
// on extraction running concurrently.
func TestMergeDeterministic(t *testing.T) {
	t.Parallel()
	files, err := filepath.Glob("testdata/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("no testdata: %v", err)
	}
	var docs []model.Document
	for _, f := range files {
		docs = append(docs, readCase(t, f))
	}
	x := New(nil)
	forward := make([]model.DocFacts, len(docs))
	var wg sync.WaitGroup
	for i, d := range docs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			forward[i] = x.Extract(d)
		}()
	}
	wg.Wait()
	backward := make([]model.DocFacts, 0, len(docs))
	for i := len(docs) - 1; i >= 0; i-- {
		backward = append(backward, x.Extract(docs[i]))
	}
	encode := func(per []model.DocFacts) string {
		var f model.Facts
		f.Vendors, f.Deals, f.MarketShares, f.GroupShares = Merge(per)
		b, err := json.Marshal(f)
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	if a, b := encode(forward), encode(backward); a != b {
		t.Errorf("facts depend on document order:\n%s\n%s", a, b)
	}
}

func TestMergeVendors(t *testing.T) {
	t.Parallel()
	per := []model.DocFacts{
		{Document: "b.txt", Mentions: map[string]int{"Amazon": 2}, Aliases: map[string][]string{"Amazon": {"AWS"}}},
		{Document: "a.txt", Mentions: map[string]int{"Amazon": 1, "Orange": 3},
			Aliases: map[string][]string{"Amazon": {"Amazon Web Services", "AWS"}, "Orange": {"Orange"}}},
	}
	vendors, _, _, _ := Merge(per)
	if len(vendors) != 2 || vendors[0].Name != "Amazon" || vendors[1].Name != "Orange" {
		t.Fatalf("vendors = %+v, want Amazon then Orange", vendors)
	}
	a := vendors[0]
	if a.Mentions != 3 || len(a.Documents) != 2 || a.Documents[0] != "a.txt" || len(a.Aliases) != 2 {
		t.Errorf("Amazon = %+v, want 3 mentions in a.txt and b.txt with 2 aliases", a)
	}
}
