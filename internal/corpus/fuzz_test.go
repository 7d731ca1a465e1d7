package corpus

import (
	"bufio"
	"bytes"
	"errors"
	"io"
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzParse: no file content makes the text, Markdown, HTML or JSON-lines readers panic, and
// what they return from valid UTF-8 is valid UTF-8.
func FuzzParse(f *testing.F) {
	for _, s := range []string{
		"Acme buys Widget\nDate: 2025-10-02\n\nAcme Corp said it will acquire Widget Inc.\n",
		"---\ntitle: Rachat\ndate: 2 octobre 2025\n---\n\n# Titre\n\nLe **rachat** de la société.\n",
		`<html><head><title>T &eacute;</title><meta name="date" content="2025-09-30"></head><body><p>a<script>x</script></p></body></html>`,
		`{"id":"caf\u00e9","title":"A","date":"26-FEB-1987 15:01:01.79","text":"One."}`,
		"<<<<div><p></div>&#xFFFFFFFF;&#0;", "\ufeff\r\n\r\nDate: 31/02/2025\n",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, raw []byte) {
		valid := utf8.Valid(raw)
		s := string(raw)
		for _, md := range []bool{false, true} {
			title, _, text, _ := parseText(s, md)
			if valid && (!utf8.ValidString(title) || !utf8.ValidString(text)) {
				t.Fatalf("parseText(%q) gave invalid UTF-8", s)
			}
		}
		if title, _, text := parseHTML(raw); valid && (!utf8.ValidString(title) || !utf8.ValidString(text)) {
			t.Fatalf("parseHTML(%q) gave invalid UTF-8", s)
		}
		_ = notText(raw)
		if d, reason := jsonDocument(raw, "f.jsonl", 1); reason == "" && (!utf8.ValidString(d.ID) || !strings.HasPrefix(d.ID, "f.jsonl#")) {
			t.Fatalf("jsonDocument(%q) gave id %q", s, d.ID)
		}
	})
}

// FuzzLines: the line reader gives back every line no longer than its limit, in order, and
// reports each longer one once, whatever the line ends and the buffer size.
func FuzzLines(f *testing.F) {
	f.Add([]byte("a\nbb\r\nccc\n\n"), uint8(2))
	f.Add([]byte(strings.Repeat("x", 100)+"\nshort"), uint8(10))
	f.Fuzz(func(t *testing.T, data []byte, max uint8) {
		limit := int64(max)
		lr := lineReader{r: bufio.NewReaderSize(bytes.NewReader(data), 16), max: limit}
		var want []string
		if len(data) > 0 {
			want = strings.Split(strings.TrimSuffix(string(data), "\n"), "\n")
		}
		for i := 0; ; i++ {
			line, err := lr.next()
			if err == io.EOF {
				if i != len(want) {
					t.Fatalf("%d lines, want %d", i, len(want))
				}
				return
			}
			if i >= len(want) {
				t.Fatalf("more lines than %d", len(want))
			}
			exp := strings.TrimSuffix(want[i], "\r")
			switch {
			case errors.Is(err, errTooLarge):
				if int64(len(exp)) <= limit {
					t.Fatalf("line %d (%d bytes) reported too large for %d", i, len(exp), limit)
				}
			case err != nil:
				t.Fatal(err)
			case string(line) != exp:
				t.Fatalf("line %d = %q, want %q", i, line, exp)
			}
		}
	})
}
