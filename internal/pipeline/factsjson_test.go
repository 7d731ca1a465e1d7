package pipeline

import (
	"bytes"
	"testing"

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
	for name, v := range map[string]any{"sample": full, "empty": empty, "other struct": extra} {
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
	if len(full.Deals) == 0 || len(full.Documents) == 0 {
		t.Fatal("the sample gave no deals: the comparison proves little")
	}
}
