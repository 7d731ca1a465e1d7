package corpus

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"marketbrief/internal/model"
)

const article = "Acme buys Widget\n\nAcme Corp said it will acquire Widget Inc for the sum of $10 million.\n"

// readWith reads dir with opts and returns the documents by id and the skip reasons by id.
func readWith(t *testing.T, dir string, opts Options) (map[string]model.Document, map[string]string) {
	t.Helper()
	docs := map[string]model.Document{}
	skipped := map[string]string{}
	_, err := WalkWith(context.Background(), dir, opts, func(d model.Document) error {
		docs[d.ID] = d
		return nil
	}, func(s model.Skipped) { skipped[s.ID] = s.Reason })
	if err != nil {
		t.Fatal(err)
	}
	return docs, skipped
}

// TestNotRegularFiles: pipes, devices and links out of the corpus are listed with a reason and
// never opened (opening the pipe would block this test for ever).
func TestNotRegularFiles(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "ok.txt", []byte(article))
	if err := syscall.Mkfifo(filepath.Join(dir, "pipe.txt"), 0o644); err != nil {
		t.Skip("no named pipes here:", err)
	}
	if err := syscall.Mkfifo(filepath.Join(dir, "other.fifo"), 0o644); err != nil {
		t.Fatal(err)
	}
	outside := t.TempDir()
	write(t, outside, "secret.txt", []byte("root:x:0:0:root:/root:/bin/bash\n"))
	links := map[string]string{
		"to-pipe.txt":   filepath.Join(dir, "pipe.txt"),
		"zero.txt":      "/dev/zero",
		"passwd.txt":    filepath.Join(outside, "secret.txt"),
		"inside.txt":    filepath.Join(dir, "ok.txt"),
		"dangling.txt":  filepath.Join(dir, "missing.txt"),
		"folder.txt":    outside,
		"relative.html": "ok.txt",
	}
	for name, target := range links {
		if err := os.Symlink(target, filepath.Join(dir, name)); err != nil {
			t.Fatal(err)
		}
	}
	docs, skipped := readWith(t, dir, Options{})
	want := map[string]string{
		"pipe.txt":     "named pipe",
		"other.fifo":   "named pipe",
		"to-pipe.txt":  "named pipe",
		"zero.txt":     "outside the corpus folder",
		"passwd.txt":   "outside the corpus folder",
		"dangling.txt": "leads nowhere",
		"folder.txt":   "outside the corpus folder",
	}
	for id, reason := range want {
		if !strings.Contains(skipped[id], reason) {
			t.Errorf("%s: skipped for %q, want %q", id, skipped[id], reason)
		}
	}
	for _, id := range []string{"ok.txt", "inside.txt", "relative.html"} {
		if _, ok := docs[id]; !ok {
			t.Errorf("%s not read (skipped: %q)", id, skipped[id])
		}
	}

	docs, skipped = readWith(t, dir, Options{FollowLinksOutside: true})
	if _, ok := docs["passwd.txt"]; !ok {
		t.Errorf("follow_links_outside: passwd.txt not read (%q)", skipped["passwd.txt"])
	}
	if !strings.Contains(skipped["zero.txt"], "device") || !strings.Contains(skipped["folder.txt"], "folder") {
		t.Errorf("followed links: zero.txt %q, folder.txt %q", skipped["zero.txt"], skipped["folder.txt"])
	}
}

func TestFileLimits(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "small.txt", []byte(article))
	write(t, dir, "big.txt", []byte("Title\n\n"+strings.Repeat("word ", 400)))
	long := `{"id":"long","title":"T","text":"` + strings.Repeat("x", 3000) + `"}`
	write(t, dir, "feed.jsonl", []byte(`{"id":"a","title":"A","text":"First story."}`+"\n"+long+"\n"+`{"id":"b","title":"B","text":"Last story."}`+"\n"))
	docs, skipped := readWith(t, dir, Options{MaxFileBytes: 1000})
	if !strings.Contains(skipped["big.txt"], "too large") || !strings.Contains(skipped["big.txt"], "max_file_bytes") {
		t.Errorf("big.txt: %q", skipped["big.txt"])
	}
	if !strings.Contains(skipped["feed.jsonl#line2"], "longer than 1000 bytes") {
		t.Errorf("long line: %q (skipped %v)", skipped["feed.jsonl#line2"], skipped)
	}
	for _, id := range []string{"small.txt", "feed.jsonl#a", "feed.jsonl#b"} {
		if _, ok := docs[id]; !ok {
			t.Errorf("%s not read", id)
		}
	}
}

// TestDecompressedLimit: a .gz of blank lines (a small file, gigabytes expanded) stops at the
// limit, keeps the documents before it and is listed.
func TestDecompressedLimit(t *testing.T) {
	dir := t.TempDir()
	body := `{"id":"a","title":"A","text":"First story."}` + "\n" + strings.Repeat("\n", 1<<20) + `{"id":"z","title":"Z","text":"Never read."}` + "\n"
	write(t, dir, "bomb.jsonl.gz", gz(t, body))
	docs, skipped := readWith(t, dir, Options{MaxDecompressedBytes: 64 << 10})
	if _, ok := docs["bomb.jsonl.gz#a"]; !ok {
		t.Error("the document before the limit was lost")
	}
	if _, ok := docs["bomb.jsonl.gz#z"]; ok {
		t.Error("read past the limit")
	}
	if !strings.Contains(skipped["bomb.jsonl.gz"], "max_decompressed_bytes") {
		t.Errorf("bomb.jsonl.gz: %q", skipped["bomb.jsonl.gz"])
	}
}

func TestJSONLinesIDs(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "f.jsonl", []byte(`{"id":"caf\u00e9","title":"A","text":"One."}
{"id":"dup","title":"B","text":"Two."}
{"id":"dup","title":"C","text":"Three."}
{"id":12,"title":"D","text":"Four."}
{"id":null,"title":"E","text":"Five."}
`))
	docs, skipped := readWith(t, dir, Options{})
	for _, id := range []string{"f.jsonl#café", "f.jsonl#dup", "f.jsonl#12", "f.jsonl#line5"} {
		if _, ok := docs[id]; !ok {
			t.Errorf("%s not read; have %v", id, keys(docs))
		}
	}
	if docs["f.jsonl#dup"].Title != "B" {
		t.Errorf("the first of two documents with one id should be kept, got %q", docs["f.jsonl#dup"].Title)
	}
	if r := skipped["f.jsonl#line3"]; !strings.Contains(r, `duplicate id "dup"`) || !strings.Contains(r, "line 2") {
		t.Errorf("duplicate: %q", r)
	}
}

// TestLinkedCorpusFolder: a corpus folder named through a link is read, with the same ids.
func TestLinkedCorpusFolder(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "real/en/a.txt", []byte(article))
	link := filepath.Join(dir, "corpus")
	if err := os.Symlink(filepath.Join(dir, "real"), link); err != nil {
		t.Fatal(err)
	}
	docs, skipped := readWith(t, link, Options{})
	if _, ok := docs["en/a.txt"]; !ok || len(skipped) > 0 {
		t.Errorf("docs %v, skipped %v", keys(docs), skipped)
	}
	if Empty(link) {
		t.Error("Empty says a linked folder with an article is empty")
	}
}

// TestGarbageLines: past a hundred bad lines in one file the rest are counted in one entry, and
// a thousand bad lines in a row end the reading of the file; the documents among them are read.
func TestGarbageLines(t *testing.T) {
	dir := t.TempDir()
	var lines strings.Builder
	for i := range 10 { // bad lines, but never a thousand in a row
		fmt.Fprintf(&lines, `{"id":"d%d","title":"T","text":"A story."}`+"\n%s", i, strings.Repeat("x\n", 500))
	}
	write(t, dir, "junk.jsonl.gz", gz(t, lines.String()))
	write(t, dir, "garbage.jsonl", []byte(`{"id":"a","title":"A","text":"First story."}`+"\n"+strings.Repeat("x\n", 5000)))
	docs, skipped := readWith(t, dir, Options{})
	for i := range 10 {
		if _, ok := docs[fmt.Sprintf("junk.jsonl.gz#d%d", i)]; !ok {
			t.Errorf("d%d lost among the bad lines", i)
		}
	}
	if r := skipped["junk.jsonl.gz"]; !strings.Contains(r, "4900 more lines skipped") {
		t.Errorf("summary: %q", r)
	}
	if r := skipped["garbage.jsonl"]; !strings.Contains(r, "stopped reading at line 1001: 1000 lines in a row") {
		t.Errorf("garbage.jsonl: %q", r)
	}
	if _, ok := docs["garbage.jsonl#a"]; !ok {
		t.Error("the document before the garbage was lost")
	}
	if n := len(skipped); n != 2*maxListedLines+2 {
		t.Errorf("%d skipped entries, want %d listed lines and two summaries", n, 2*maxListedLines)
	}
}
