package corpus

import (
	"crypto/sha256"
	"fmt"
	"strings"
	"time"

	"marketbrief/internal/model"
)

// Raw is one document as read from the corpus, before it is decoded: a whole file, or one line
// of a JSON-lines file. Reading is sequential; decoding (Decode: UTF-8 and binary checks,
// parsing, language detection, hashing) is the costly part and can run on any goroutine.
type Raw struct {
	// Seq numbers the documents and skipped files of one walk in the order read.
	Seq int
	// ID is the file's id (relative path, "/" separators); a JSON line's document id is
	// "ID#…" once decoded.
	ID   string
	Path string // absolute
	Kind string // ".txt", ".md", ".html", ".htm", or ".jsonl" for a line of a JSON-lines file
	Line int    // line number in a JSON-lines file, else 0
	Data []byte
	// Size and ModTime are the file's, for a whole file (zero for a JSON line): a cache may
	// trust them to know an unchanged file without reading it.
	Size    int64
	ModTime time.Time
}

// Decode turns raw into a document, or says why it is no document (skipped). It is pure and
// safe for concurrent use.
func Decode(raw Raw) (doc model.Document, skipped *model.Skipped) {
	if raw.Kind == ".jsonl" {
		d, reason := jsonDocument(raw.Data, raw.ID, raw.Line)
		if reason != "" {
			return d, &model.Skipped{ID: fmt.Sprintf("%s#line%d", raw.ID, raw.Line), Path: raw.Path, Reason: reason}
		}
		d.Path = raw.Path
		return d, nil
	}
	skip := func(reason string) (model.Document, *model.Skipped) {
		return model.Document{}, &model.Skipped{ID: raw.ID, Path: raw.Path, Reason: reason}
	}
	if reason := notText(raw.Data); reason != "" {
		return skip(reason)
	}
	var title, date, text string
	var lead bool
	switch raw.Kind {
	case ".html", ".htm":
		title, date, text = parseHTML(raw.Data)
	case ".md":
		title, date, text, lead = parseText(string(raw.Data), true)
	default:
		title, date, text, lead = parseText(string(raw.Data), false)
	}
	if strings.TrimSpace(title+text) == "" {
		return skip("no text (only markup or white space)")
	}
	sum := sha256.Sum256(raw.Data)
	return model.Document{
		ID:       raw.ID,
		Title:    title,
		Language: Language(title + "\n" + text),
		Date:     date,
		Bytes:    int64(len(raw.Data)),
		SHA256:   sum,
		Path:     raw.Path,
		Text:     text,
		Lead:     lead,
	}, nil
}
