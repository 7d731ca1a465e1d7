package pipeline

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"marketbrief/internal/aggregate"
	"marketbrief/internal/model"
)

// TestWriteStreamJSONMatchesEncoder checks that facts.json streamed element by element is the
// file encoding/json writes, byte for byte, for full, empty and nil lists and a field the
// model adds later (the writer reads the struct's fields, not a list of names).
func TestWriteStreamJSONMatchesEncoder(t *testing.T) {
	t.Parallel()
	f, _, _ := collectSample(t)
	full := f
	full.SchemaVersion, full.GeneratedAt, full.Report = 1, "2025-11-24T00:00:00Z", "weekly <&>"
	empty := model.Facts{Documents: []model.Document{}}
	extra := struct {
		A    int      `json:"a"`
		B    string   `json:"b,omitempty"`
		C    []string `json:"c"`
		Skip int      `json:"-"`
		D    []int
	}{A: 1, C: []string{"x", "<y>"}, D: []int{}}
	// Documents are written by appendDocument: strings that need every kind of escape, and
	// empty optional fields.
	odd := model.Facts{Documents: []model.Document{
		{ID: "a.jsonl#1", Title: "Quote \" back\\slash <b>&amp; tab\t nl\n cr\r bs\b ff\f nul\x00 del\x7f", Language: "en",
			Date: "2024-01-02", Bytes: 12, SHA256: model.SHA256{0xab, 1}, Warning: "invalid \xff UTF-8, sep \u2028 \u2029 é 日本 😀"},
		{ID: "b", Title: "", Language: "fr", Bytes: -1, New: true, Path: "/x", Text: "t", Lead: true},
	}}
	if !documentFast {
		t.Error("model.Document's JSON fields changed: update appendDocument and documentFields")
	}
	if !vendorFast {
		t.Error("model.Vendor's JSON fields changed: update appendVendor and vendorFields")
	}
	// Vendors are written by appendVendor: nil, empty and full lists, strings with escapes.
	vendors := model.Facts{Vendors: []model.Vendor{
		{Name: "Qorvane <Systems> & \"Co\"", Mentions: 3, Documents: []string{"a.txt", "feed.jsonl#2\t"}, Aliases: []string{"Qorvane"}, New: true},
		{Name: "", Mentions: -1, Documents: []string{}, Aliases: nil},
		{Name: "Nimbara \u2028 é", Documents: nil, Aliases: []string{}},
	}}
	for name, v := range map[string]any{"sample": full, "empty": empty, "other struct": extra, "odd documents": odd, "vendors": vendors} {
		var want, got bytes.Buffer
		if err := writeJSON(&want, v); err != nil {
			t.Fatal(err)
		}
		if err := writeStreamJSON(&got, v); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got.Bytes(), want.Bytes()) {
			t.Errorf("%s: streamed JSON differs from encoding/json's:\n%s\nwant:\n%s", name, got.String(), want.String())
		}
	}
	if len(full.Deals) == 0 || len(full.Documents) == 0 || len(full.Vendors) == 0 {
		t.Fatal("the sample gave no deals: the comparison proves little")
	}
}

// TestDecodePreviousMarksTheSameChanges checks that the slim reading of the previous run's
// facts marks the same changes as reading them whole.
func TestDecodePreviousMarksTheSameChanges(t *testing.T) {
	t.Parallel()
	prev, _, _ := collectSample(t)
	prev.GeneratedAt = "2025-11-17T00:00:00Z"
	prev.Documents = prev.Documents[2:]         // two documents are new
	prev.Vendors = prev.Vendors[1:]             // one vendor is new
	prev.Deals = prev.Deals[:len(prev.Deals)-1] // one deal is new
	prev.MarketShares[0].Share++                // one share changed
	var b bytes.Buffer
	if err := writeStreamJSON(&b, prev); err != nil {
		t.Fatal(err)
	}
	var whole model.Facts
	if err := json.Unmarshal(b.Bytes(), &whole); err != nil {
		t.Fatal(err)
	}
	slim, slimIDs, err := decodePrevious(bytes.NewReader(b.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	if slim.GeneratedAt != whole.GeneratedAt {
		t.Errorf("generated_at = %q, want %q", slim.GeneratedAt, whole.GeneratedAt)
	}
	a, _, _ := collectSample(t)
	c, _, _ := collectSample(t)
	aggregate.MarkChanges(&whole, &a, "r1", whole.GeneratedAt)
	aggregate.MarkChangesIDs(slim, slimIDs, &c, "r1", slim.GeneratedAt)
	if !reflect.DeepEqual(a, c) {
		t.Errorf("changes differ:\nwhole: %+v\nslim:  %+v", a.Changes, c.Changes)
	}
	// The compare file the previous run leaves marks them too.
	dir := t.TempDir()
	var cb bytes.Buffer
	if err := writeCompare(&cb, prev); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, compareFile), cb.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	cmpFacts, hashes, err := readCompare(dir)
	if err != nil {
		t.Fatal(err)
	}
	d, _, _ := collectSample(t)
	aggregate.MarkChangesSeen(cmpFacts, seenIn(hashes), &d, "r1", cmpFacts.GeneratedAt)
	if !reflect.DeepEqual(a, d) {
		t.Errorf("changes differ:\nwhole: %+v\ncompare file: %+v", a.Changes, d.Changes)
	}
	// A damaged compare file is not read.
	damaged := bytes.Clone(cb.Bytes())
	damaged[len(damaged)/2] ^= 1
	if err := os.WriteFile(filepath.Join(dir, compareFile), damaged, 0o644); err != nil {
		t.Fatal(err)
	}
	if _, _, err := readCompare(dir); err == nil {
		t.Error("a damaged compare file was read")
	}
	if a.Changes == nil || len(a.Changes.NewDocuments) != 2 || len(a.Changes.NewVendors) != 1 || a.Changes.NewDeals != 1 || len(a.Changes.ShareChanges) == 0 {
		t.Errorf("changes = %+v, want 2 documents, 1 vendor, 1 deal and a share", a.Changes)
	}
}
