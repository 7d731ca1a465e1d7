package corpus

import (
	"bufio"
	"bytes"
	"cmp"
	"compress/gzip"
	"context"
	"crypto/sha256"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"strconv"
	"strings"
	"unicode/utf8"

	"marketbrief/internal/model"
)

type jsonDoc struct {
	ID    json.RawMessage `json:"id"`
	Title string          `json:"title"`
	Date  string          `json:"date"`
	Text  string          `json:"text"`
}

// jsonl reads a JSON-lines file, one document a line; a bad, too long or repeated line is
// skipped and named by its number. Reading stops, and the file is listed, past
// MaxDecompressedBytes: a small .gz may expand to gigabytes.
func (r *reader) jsonl(ctx context.Context, path string, gz bool) error {
	f, _, reason := r.openRegular(path)
	if reason != "" {
		r.skipFile(path, reason)
		return nil
	}
	defer f.Close()
	var in io.Reader = f
	if gz {
		zr, err := gzip.NewReader(f)
		if err != nil {
			r.skipFile(path, fmt.Sprintf("not a gzip file: %v", err))
			return nil
		}
		defer zr.Close()
		in = zr
	}
	abs, _ := filepath.Abs(path)
	jf := jsonFile{r: r, path: path, abs: abs, fileID: r.id(path), seen: map[string]int{}}
	return jf.read(ctx, in)
}

// jsonFile is the state of one JSON-lines file being read.
type jsonFile struct {
	r            *reader
	path, abs    string
	fileID       string
	seen         map[string]int // document id → its line
	lineNo, docs int
	bad          int // lines skipped
	badRun       int // lines skipped since the last document
}

// maxListedLines is how many skipped lines of one file are listed one by one; the others are
// counted in one entry, so that a file of garbage lines does not make millions of entries.
const maxListedLines = 100

// maxBadRun is how many lines in a row may fail to be documents before the file is taken for
// something else than JSON lines and left.
const maxBadRun = 1000

func (jf *jsonFile) read(ctx context.Context, in io.Reader) error {
	total := jf.r.opts.maxDecompressed()
	lines := lineReader{r: bufio.NewReaderSize(io.LimitReader(in, total+1), 64<<10), max: jf.r.opts.maxFile()}
	for {
		line, err := lines.next()
		if lines.read > total {
			jf.r.skipFile(jf.path, fmt.Sprintf("stopped reading at line %d: more than %d bytes (max_decompressed_bytes in config.yaml); the %d documents before were read", jf.lineNo+1, total, jf.docs))
			return nil
		}
		if err == io.EOF {
			break
		}
		jf.lineNo++
		if jf.lineNo%1024 == 0 && ctx.Err() != nil {
			return ctx.Err()
		}
		switch {
		case errors.Is(err, errTooLarge):
			jf.skipLine(fmt.Sprintf("line longer than %d bytes (max_file_bytes in config.yaml): not read", lines.max))
		case err != nil:
			jf.r.skipFile(jf.path, fmt.Sprintf("stopped reading at line %d: %v", jf.lineNo, err))
			return nil
		case len(bytes.TrimSpace(line)) > 0:
			if err := jf.document(line); err != nil {
				return err
			}
		}
		if jf.badRun >= maxBadRun {
			jf.r.skipFile(jf.path, fmt.Sprintf("stopped reading at line %d: %d lines in a row are not documents (%d skipped lines in all, the first %d listed); is it a JSON-lines file?", jf.lineNo, maxBadRun, jf.bad, min(jf.bad, maxListedLines)))
			return nil
		}
	}
	if jf.docs == 0 && jf.lineNo == 0 {
		jf.r.skipFile(jf.path, "empty file")
	}
	if more := jf.bad - maxListedLines; more > 0 {
		jf.r.skipFile(jf.path, fmt.Sprintf("%d more lines skipped, not listed one by one (the first %d are)", more, maxListedLines))
	}
	return nil
}

// document passes on the line of one document, not decoded (Decode does that on a worker), or
// lists the line as skipped when its id repeats an earlier line's. Only the id is read here.
func (jf *jsonFile) document(line []byte) error {
	id, ok := lineID(line, jf.lineNo)
	if !ok { // no JSON at all: said here, so that a file of garbage is counted and left
		_, reason := jsonDocument(line, jf.fileID, jf.lineNo)
		jf.skipLine(cmp.Or(reason, "not a JSON object with id, title, date, text"))
		return nil
	}
	if first, dup := jf.seen[id]; dup {
		jf.skipLine(fmt.Sprintf("duplicate id %q (first on line %d): not read twice; give each document its own id", id, first))
		return nil
	}
	jf.seen[id] = jf.lineNo
	jf.docs++
	jf.badRun = 0
	// The line reader reuses its buffer: the line is copied for the goroutine that decodes it.
	return jf.r.emit(Raw{ID: jf.fileID, Path: jf.abs, Kind: ".jsonl", Line: jf.lineNo, Data: bytes.Clone(line)})
}

func (jf *jsonFile) skipLine(reason string) {
	jf.badRun++
	if jf.bad++; jf.bad > maxListedLines {
		return
	}
	jf.r.skipAt(model.Skipped{ID: fmt.Sprintf("%s#line%d", jf.fileID, jf.lineNo), Path: jf.abs, Reason: reason})
}

// lineID returns the id a line's document gets (as jsonDocument gives it), reading no more of
// the line than its id when the line starts with it, as feeds write them; ok is false for a
// line that is no document (Decode says why).
func lineID(line []byte, n int) (string, bool) {
	rest := bytes.TrimLeft(line, " \t")
	var j struct {
		ID json.RawMessage `json:"id"`
	}
	if after, found := bytes.CutPrefix(rest, []byte(`{"id":`)); found {
		if id, ok := plainID(after); ok {
			return cmp.Or(id, "line"+strconv.Itoa(n)), true
		}
		dec := json.NewDecoder(bytes.NewReader(after))
		if dec.Decode(&j.ID) != nil {
			return "", false
		}
	} else if json.Unmarshal(line, &j) != nil {
		return "", false
	}
	id := jsonID(j.ID)
	if id == "" {
		id = "line" + strconv.Itoa(n)
	}
	return id, true
}

// plainID reads the id that starts b (what follows `{"id":`) when it is a string with no
// escape, no control character and valid UTF-8, as almost every feed writes it: what jsonID
// would return for it, without a JSON decoder per line. ok is false for any other id, which
// the decoder reads.
func plainID(b []byte) (string, bool) {
	b = bytes.TrimLeft(b, " \t\r\n")
	if len(b) == 0 || b[0] != '"' {
		return "", false
	}
	for i := 1; i < len(b); i++ {
		switch c := b[i]; {
		case c == '"':
			if !utf8.Valid(b[1:i]) {
				return "", false
			}
			return strings.TrimSpace(string(b[1:i])), true
		case c < 0x20 || c == '\\':
			return "", false
		}
	}
	return "", false
}

// jsonDocument decodes one line; it returns a reason when the line is not a document.
func jsonDocument(line []byte, fileID string, n int) (model.Document, string) {
	if !utf8.Valid(line) {
		return model.Document{}, "not valid UTF-8"
	}
	var j jsonDoc
	if err := json.Unmarshal(line, &j); err != nil {
		return model.Document{}, fmt.Sprintf("not a JSON object with id, title, date, text: %v", err)
	}
	if strings.TrimSpace(j.Title+j.Text) == "" {
		return model.Document{}, "no title and no text"
	}
	id := jsonID(j.ID)
	if id == "" {
		id = "line" + strconv.Itoa(n)
	}
	title := collapse(j.Title)
	text := strings.ReplaceAll(j.Text, "\r\n", "\n")
	lead := false
	if title == "" {
		title, _, text, lead = parseText(text, false)
	}
	sum := sha256.Sum256(line)
	return model.Document{
		ID:       fileID + "#" + id,
		Title:    clip(title, 300),
		Lead:     lead,
		Language: Language(title + "\n" + text),
		Date:     NormalizeDate(j.Date),
		Bytes:    int64(len(line)),
		SHA256:   sum,
		Text:     text,
	}, ""
}

// jsonID returns a document id as text: a JSON string decoded ("caf\u00e9" is café, as every
// feed written by Python's json module spells it), a number as written, "" for none or null.
func jsonID(raw json.RawMessage) string {
	var s string
	if json.Unmarshal(raw, &s) == nil {
		return strings.TrimSpace(s)
	}
	t := strings.TrimSpace(string(raw))
	if t == "null" {
		return ""
	}
	return t
}
