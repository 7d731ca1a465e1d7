package corpus

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"marketbrief/internal/model"
)

func write(t *testing.T, dir, name string, data []byte) {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
}

func gz(t *testing.T, s string) []byte {
	var b bytes.Buffer
	w := gzip.NewWriter(&b)
	w.Write([]byte(s))
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func TestReadAllFormats(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "en/a.txt", []byte("Acme buys Widget\nDate: 2025-10-02\n\nAcme Corp said it will acquire Widget Inc for the sum of $10 million.\n"))
	write(t, dir, "fr/b.md", []byte("---\ntitle: Rachat d’Outscale\ndate: 2 octobre 2025\n---\n\n# Ignoré\n\nLe groupe a annoncé le **rachat** de la société pour 40 millions d’euros.\n"))
	write(t, dir, "c.html", []byte(`<html><head><title>Le cloud &eacute;conomique</title><meta name="date" content="2025-09-30T10:00:00Z">
<style>p{color:red}</style><script>var x = "not text";</script></head>
<body><h1>Heading</h1><p>La soci&eacute;t&eacute; a lev&eacute; 5&nbsp;M&euro; aupr&egrave;s de ses partenaires.</p><p>Second paragraph &amp; more.</p></body></html>`))
	write(t, dir, "wire/d.jsonl", []byte(`{"id":"w1","title":"First","date":"26-FEB-1987 15:01:01.79","text":"The company said it agreed to buy the unit."}
not json
{"id":"w2","title":"","date":"","text":"Headline from text\nBody of the second story and the rest of it."}
`))
	write(t, dir, "wire/e.jsonl.gz", gz(t, `{"id":7,"title":"Zipped","date":"2020-07-02","text":"Le texte de la dépêche est en français et il est court."}`+"\n"))
	write(t, dir, ".hidden.txt", []byte("not an article"))

	docs, skipped, err := ReadAll(context.Background(), dir)
	if err != nil {
		t.Fatal(err)
	}
	byID := map[string]model.Document{}
	for _, d := range docs {
		byID[d.ID] = d
	}
	tests := []struct {
		id, title, date, lang, contains, absent string
	}{
		{"en/a.txt", "Acme buys Widget", "2025-10-02", "en", "acquire Widget Inc", "Date:"},
		{"fr/b.md", "Rachat d’Outscale", "2025-10-02", "fr", "rachat de la société", "**"},
		{"c.html", "Le cloud économique", "2025-09-30", "fr", "levé 5\u00a0M€ auprès", "not text"},
		{"wire/d.jsonl#w1", "First", "1987-02-26", "en", "agreed to buy", ""},
		{"wire/d.jsonl#w2", "Headline from text", "", "en", "Body of the second", "Headline"},
		{"wire/e.jsonl.gz#7", "Zipped", "2020-07-02", "fr", "dépêche", ""},
	}
	for _, tt := range tests {
		t.Run(tt.id, func(t *testing.T) {
			d, ok := byID[tt.id]
			if !ok {
				t.Fatalf("document %s not read; got %v", tt.id, keys(byID))
			}
			if d.Title != tt.title || d.Date != tt.date || d.Language != tt.lang {
				t.Errorf("title %q date %q lang %q; want %q %q %q", d.Title, d.Date, d.Language, tt.title, tt.date, tt.lang)
			}
			if !strings.Contains(d.Text, tt.contains) {
				t.Errorf("text %q lacks %q", d.Text, tt.contains)
			}
			if tt.absent != "" && strings.Contains(d.Text, tt.absent) {
				t.Errorf("text %q has %q", d.Text, tt.absent)
			}
			if d.SHA256 == (model.SHA256{}) || d.Bytes == 0 || d.Path == "" {
				t.Errorf("missing sha256/bytes/path: %+v", d)
			}
		})
	}
	if len(docs) != len(tests) {
		t.Errorf("read %d documents, want %d: %v", len(docs), len(tests), keys(byID))
	}
	if len(skipped) != 1 || skipped[0].ID != "wire/d.jsonl#line2" {
		t.Errorf("skipped = %+v, want the bad JSON line", skipped)
	}
}

func TestBadFilesAreSkippedAndNamed(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "good.txt", []byte("Title\nSome text about the cloud."))
	write(t, dir, "image.txt", []byte{0x89, 'P', 'N', 'G', 0, 0, 0, 13, 1, 2})
	write(t, dir, "latin1.txt", []byte("Soci\xe9t\xe9 g\xe9n\xe9rale"))
	write(t, dir, "empty.txt", nil)
	write(t, dir, "doc.pdf", []byte("%PDF-1.4"))
	docs, skipped, err := ReadAll(context.Background(), dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) != 1 {
		t.Fatalf("read %d documents, want 1", len(docs))
	}
	want := map[string]string{"image.txt": "binary", "latin1.txt": "UTF-8", "empty.txt": "empty", "doc.pdf": "unsupported"}
	for _, s := range skipped {
		if w, ok := want[s.ID]; !ok || !strings.Contains(s.Reason, w) {
			t.Errorf("skipped %s: %q, want a reason with %q", s.ID, s.Reason, w)
		}
		delete(want, s.ID)
	}
	if len(want) > 0 {
		t.Errorf("not listed as skipped: %v", want)
	}
}

func TestCorpusErrors(t *testing.T) {
	ctx := context.Background()
	if _, _, err := ReadAll(ctx, filepath.Join(t.TempDir(), "nope")); err == nil || !strings.Contains(err.Error(), "does not exist") {
		t.Errorf("missing folder: err = %v", err)
	}
	empty := t.TempDir()
	write(t, empty, "only.bin", []byte{0, 1, 2})
	if _, _, err := ReadAll(ctx, empty); !errors.Is(err, ErrEmpty) {
		t.Errorf("empty corpus: err = %v, want ErrEmpty", err)
	}
}

func TestLanguage(t *testing.T) {
	for _, tt := range []struct{ text, want string }{
		{"The company said it will buy the unit for cash.", "en"},
		{"La société a annoncé le rachat de la start-up pour un montant non divulgué.", "fr"},
		{"", "en"},
	} {
		if got := Language(tt.text); got != tt.want {
			t.Errorf("Language(%q) = %s, want %s", tt.text, got, tt.want)
		}
	}
}

func TestNormalizeDate(t *testing.T) {
	for in, want := range map[string]string{
		"2025-10-02": "2025-10-02", "26-FEB-1987 15:01:01.79": "1987-02-26", "2 octobre 2025": "2025-10-02",
		"October 2, 2025": "2025-10-02", "2025-10-02T08:00:00+02:00": "2025-10-02", "soon": "", "1er mai 2024": "2024-05-01",
		"3-APR-1987 11:02:09.15": "1987-04-03", "14-MAY-1987 09:30:00.07E": "1987-05-14", "5-XYZ-1987 10:00:00.00": "",
	} {
		if got := NormalizeDate(in); got != want {
			t.Errorf("NormalizeDate(%q) = %q, want %q", in, got, want)
		}
	}
}

func keys(m map[string]model.Document) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	return out
}

func TestLeadParagraphIsNotLost(t *testing.T) {
	dir := t.TempDir()
	long := "Contoso et Fabrikam ont conclu un partenariat élargi : le premier vendra désormais ses logiciels sur le cloud de son partenaire. " +
		strings.Repeat("La suite du paragraphe reste dans le texte et compte pour l’extraction. ", 4)
	write(t, dir, "lead.txt", []byte(long+"\nSecond paragraph.\n"))
	docs, _, err := ReadAll(context.Background(), dir)
	if err != nil {
		t.Fatal(err)
	}
	d := docs[0]
	if !d.Lead || len(d.Title) > maxTitle || !strings.HasSuffix(d.Title, "partenaire.") {
		t.Errorf("title %q (lead %v): want the first sentence", d.Title, d.Lead)
	}
	if !strings.HasPrefix(d.Text, long[:40]) || !strings.Contains(d.Text, "Second paragraph") || !strings.Contains(d.Text, "compte pour") {
		t.Errorf("text lost part of the lead paragraph: %q", d.Text)
	}
}

// A corpus folder's own README, licence and the files its .marketbriefignore lists are not news.
func TestWalkIgnoresNonArticles(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"README.md":          "# About this corpus\n\nIt holds news. Amazon bought nothing here.\n",
		"LICENSE.txt":        "Licensed under the terms below.\n",
		"notes.txt":          "Notes\n\nto self\n",
		"drafts/d1.txt":      "Draft\n\nnot published\n",
		"news/a.txt":         "Cloud news\nDate: 2025-11-03\n\nGoogle signed a contract.\n",
		"news/README.txt":    "Readme of the news folder\n",
		".marketbriefignore": "# not articles\nnotes.txt\ndrafts/\n",
	}
	for name, text := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	var ids []string
	st, err := Walk(context.Background(), dir, func(d model.Document) error {
		ids = append(ids, d.ID)
		return nil
	}, func(s model.Skipped) { t.Errorf("skipped %s: %s", s.ID, s.Reason) })
	if err != nil {
		t.Fatal(err)
	}
	if len(ids) != 1 || ids[0] != "news/a.txt" {
		t.Errorf("read %v, want only news/a.txt", ids)
	}
	if len(st.Ignored) != 5 {
		t.Errorf("ignored %v, want the README, licence, notes, draft and news README", st.Ignored)
	}
}
