package pipeline

import (
	"bufio"
	"encoding/json"
	"fmt"
	"hash/fnv"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"marketbrief/internal/corpus"
	"marketbrief/internal/model"
)

// Shard is one of N parts of a corpus: the documents whose file id and line number hash to I.
// Every shard walks the whole corpus (reading is cheap, extraction is not), so that documents
// keep the numbers (Seq) a whole run gives them, and shards merge into the same facts.
type Shard struct{ I, N int }

// ParseShard reads "i/n" (0 ≤ i < n).
func ParseShard(s string) (Shard, error) {
	a, b, ok := strings.Cut(s, "/")
	i, err1 := strconv.Atoi(a)
	n, err2 := strconv.Atoi(b)
	if !ok || err1 != nil || err2 != nil || n < 1 || i < 0 || i >= n {
		return Shard{}, fmt.Errorf("shard %q: expected i/n with 0 ≤ i < n, such as 0/4", s)
	}
	return Shard{I: i, N: n}, nil
}

// holds reports whether the document of file id at line (0 for a whole file) is this shard's.
func (s Shard) holds(id string, line int) bool {
	if s.N <= 1 {
		return true
	}
	h := fnv.New64a()
	fmt.Fprintf(h, "%s\x00%d", id, line)
	return int(h.Sum64()%uint64(s.N)) == s.I
}

// Record is one line of a shard's facts file: a document (without text) and its facts, or a
// file or line skipped, with its place in the walk.
type Record struct {
	Root    int             `json:"root"`
	Seq     int             `json:"seq"`
	Path    string          `json:"path,omitempty"`
	Doc     *model.Document `json:"doc,omitempty"`
	Facts   *model.DocFacts `json:"facts,omitempty"`
	Skipped *model.Skipped  `json:"skipped,omitempty"`
}

// record turns a result into a Record.
func record(r result) Record {
	rec := Record{Root: r.Root, Seq: r.Seq}
	if r.Skipped != nil {
		rec.Skipped, rec.Path = r.Skipped, r.Skipped.Path
		return rec
	}
	doc, facts := r.Doc, r.Facts
	rec.Doc, rec.Facts, rec.Path = &doc, &facts, doc.Path
	return rec
}

// ReadFacts reads the records of every *.jsonl file in dirs (written by extract --shard) and
// merges them as Collect merges documents: the same corpus gives the same facts, whatever the
// number of shards. keep, when not nil, says which documents are in the report's window, as
// Input.Keep does for a corpus: a week's report from the facts of a whole corpus reads that
// week's documents only.
func ReadFacts(dirs []string, keep func(model.Document) bool) (model.Facts, corpus.Stats, error) {
	var files []string
	for _, d := range dirs {
		m, err := filepath.Glob(filepath.Join(d, "*.jsonl"))
		if err != nil {
			return model.Facts{}, corpus.Stats{}, err
		}
		if len(m) == 0 {
			return model.Facts{}, corpus.Stats{}, fmt.Errorf("facts folder %s holds no .jsonl file: write one with marketbrief extract --shard i/n --out %s", d, d)
		}
		files = append(files, m...)
	}
	sort.Strings(files)
	red := newReducer(0, discardLogger(), nil)
	read := 0
	for _, name := range files {
		n, err := readRecords(name, red, keep)
		if err != nil {
			return model.Facts{}, red.stats, err
		}
		read += n
	}
	if read == 0 {
		return model.Facts{}, red.stats, fmt.Errorf("facts folders %s: %w", strings.Join(dirs, ", "), corpus.ErrEmpty)
	}
	return red.facts(), red.stats, nil
}

// readRecords feeds the records of one file to red, the documents keep leaves out marked as
// outside the window, and returns how many documents and skipped files it read.
func readRecords(name string, red *reducer, keep func(model.Document) bool) (int, error) {
	f, err := os.Open(name)
	if err != nil {
		return 0, fmt.Errorf("facts file %s: %w", name, err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 1<<20), 256<<20)
	n := 0
	for ; sc.Scan(); n++ {
		var rec Record
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil || (rec.Doc == nil || rec.Facts == nil) && rec.Skipped == nil {
			return n, fmt.Errorf("facts file %s line %d: not a record of marketbrief extract --shard (%v): write the folder again", name, n+1, err)
		}
		r := result{Root: rec.Root, Seq: rec.Seq, Skipped: rec.Skipped}
		if rec.Skipped != nil {
			r.Skipped.Path = rec.Path
		} else {
			r.Doc, r.Facts = *rec.Doc, *rec.Facts
			r.Doc.Path = rec.Path
			r.outside = keep != nil && !keep(r.Doc)
		}
		red.add(r)
	}
	if err := sc.Err(); err != nil {
		return n, fmt.Errorf("facts file %s: %w", name, err)
	}
	return n, nil
}

// writeRecords writes each result as one JSON line to w.
func writeRecords(w io.Writer) (add func(result) error, flush func() error) {
	bw := bufio.NewWriterSize(w, 1<<20)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	return func(r result) error { return enc.Encode(record(r)) }, bw.Flush
}

func discardLogger() *slog.Logger { return slog.New(slog.DiscardHandler) }
