package corpus

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"unicode/utf8"

	"marketbrief/internal/model"
)

// reader reads files into raw documents for one walk.
type reader struct {
	base  string
	raw   func(Raw) error
	skip  func(seq int, s model.Skipped)
	stats *Stats
	seq   int
}

func (r *reader) id(path string) string {
	rel, err := filepath.Rel(r.base, path)
	if err != nil {
		rel = filepath.Base(path)
	}
	return filepath.ToSlash(rel)
}

func (r *reader) skipFile(path, reason string) {
	r.stats.Skipped++
	abs, _ := filepath.Abs(path)
	r.seq++
	r.skip(r.seq, model.Skipped{ID: r.id(path), Path: abs, Reason: reason})
}

func (r *reader) emit(raw Raw) error {
	r.seq++
	raw.Seq = r.seq
	return r.raw(raw)
}

// file reads one file of the corpus.
func (r *reader) file(ctx context.Context, path string) error {
	r.stats.Files++
	k := kind(path)
	if k == "" {
		r.skipFile(path, fmt.Sprintf("unsupported file type %q (read: %s)", filepath.Ext(path), strings.Join(Extensions, " ")))
		return nil
	}
	if k == ".jsonl" || k == ".jsonl.gz" {
		return r.jsonl(ctx, path, k == ".jsonl.gz")
	}
	info, err := os.Stat(path)
	if err != nil {
		r.skipFile(path, fmt.Sprintf("cannot be read: %v", unwrapPath(err)))
		return nil
	}
	if info.Size() > MaxFileBytes {
		r.skipFile(path, fmt.Sprintf("too large (%d bytes, limit %d)", info.Size(), MaxFileBytes))
		return nil
	}
	data, err := os.ReadFile(path)
	if err != nil {
		r.skipFile(path, fmt.Sprintf("cannot be read: %v", unwrapPath(err)))
		return nil
	}
	abs, _ := filepath.Abs(path)
	return r.emit(Raw{ID: r.id(path), Path: abs, Kind: k, Data: data, Size: info.Size(), ModTime: info.ModTime()})
}

// notText says why raw is not a text document, or "" when it is one.
func notText(raw []byte) string {
	if len(bytes.TrimSpace(raw)) == 0 {
		return "empty file"
	}
	head := raw
	if len(head) > 8000 {
		head = head[:8000]
	}
	if bytes.IndexByte(head, 0) >= 0 {
		return "binary file (contains NUL bytes), not text"
	}
	ctrl := 0
	for _, b := range head {
		if b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f' {
			ctrl++
		}
	}
	if ctrl*20 > len(head) {
		return "binary file (control characters), not text"
	}
	if !utf8.Valid(raw) {
		off := invalidOffset(raw)
		return fmt.Sprintf("not valid UTF-8 (byte 0x%02X at offset %d): save the file as UTF-8", raw[off], off)
	}
	return ""
}

func invalidOffset(b []byte) int {
	for i := 0; i < len(b); {
		r, size := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && size <= 1 {
			return i
		}
		i += size
	}
	return 0
}
