package corpus

import (
	"bytes"
	"encoding/json"
	"strconv"
	"testing"
)

// TestLineIDShortCut checks that the ids read without a JSON decoder (plainID) are those the
// decoder reads, for plain ids and for every kind of id the short cut leaves to the decoder.
func TestLineIDShortCut(t *testing.T) {
	t.Parallel()
	lines := []string{
		`{"id": "wire/1", "title": "t", "text": "x"}`,
		`{"id":"  padded  ","text":"x"}`,
		`{"id": "", "text": "x"}`,
		`{"id": "   ", "text": "x"}`,
		`{"id": "é日本😀", "text": "x"}`,
		`{"id": "esc\"aped", "text": "x"}`,
		`{"id": "back\\slash", "text": "x"}`,
		`{"id": "uni\u00e9", "text": "x"}`,
		"{\"id\": \"bad \xff utf8\", \"text\": \"x\"}",
		"{\"id\": \"tab\there\", \"text\": \"x\"}",
		`{"id": 42, "text": "x"}`,
		`{"id": null, "text": "x"}`,
		`{"id": "unterminated`,
		"{\"id\":\n \"newline before\", \"text\": \"x\"}",
	}
	for n, line := range lines {
		want, wantOK := decoderID([]byte(line), n)
		got, ok := lineID([]byte(line), n)
		if got != want || ok != wantOK {
			t.Errorf("line %q: id %q, %v; the decoder reads %q, %v", line, got, ok, want, wantOK)
		}
	}
	if id, ok := plainID([]byte(` "plain", "text": ""}`)); !ok || id != "plain" {
		t.Errorf("a plain id is not read by the short cut: %q, %v", id, ok)
	}
}

// decoderID is lineID without the short cut.
func decoderID(line []byte, n int) (string, bool) {
	var raw json.RawMessage
	after, _ := bytes.CutPrefix(line, []byte(`{"id":`))
	if json.NewDecoder(bytes.NewReader(after)).Decode(&raw) != nil {
		return "", false
	}
	id := jsonID(raw)
	if id == "" {
		id = "line" + strconv.Itoa(n)
	}
	return id, true
}
