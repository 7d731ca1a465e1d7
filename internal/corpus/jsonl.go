package corpus

import (
	"bufio"
	"compress/gzip"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"unicode/utf8"

	"marketbrief/internal/model"
)

// maxLine is the longest JSON line read; a longer one is skipped.
const maxLine = 16 << 20

type jsonDoc struct {
	ID    json.RawMessage `json:"id"`
	Title string          `json:"title"`
	Date  string          `json:"date"`
	Text  string          `json:"text"`
}

// jsonl reads a JSON-lines file, one document a line; a bad line is skipped and named by its
// number.
func (r *reader) jsonl(ctx context.Context, path string, gz bool) error {
	f, err := os.Open(path)
	if err != nil {
		r.skipFile(path, fmt.Sprintf("cannot be read: %v", unwrapPath(err)))
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
	fileID := r.id(path)
	sc := bufio.NewScanner(in)
	sc.Buffer(make([]byte, 0, 64<<10), maxLine)
	n := 0
	for sc.Scan() {
		n++
		if n%1024 == 0 && ctx.Err() != nil {
			return ctx.Err()
		}
		line := sc.Bytes()
		if len(strings.TrimSpace(string(line))) == 0 {
			continue
		}
		// The scanner reuses its buffer: the line is copied for the goroutine that decodes it.
		raw := Raw{ID: fileID, Path: abs, Kind: ".jsonl", Line: n, Data: append([]byte(nil), line...)}
		if err := r.emit(raw); err != nil {
			return err
		}
	}
	if err := sc.Err(); err != nil {
		r.skipFile(path, fmt.Sprintf("stopped reading at line %d: %v", n+1, err))
	} else if n == 0 {
		r.skipFile(path, "empty file")
	}
	return nil
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
	id := strings.Trim(string(j.ID), `"`)
	if id == "" || id == "null" {
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
		SHA256:   hex.EncodeToString(sum[:]),
		Text:     text,
	}, ""
}
