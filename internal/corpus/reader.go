package corpus

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"unicode/utf8"

	"marketbrief/internal/model"
)

// reader turns files into documents for one walk.
type reader struct {
	base     string
	realRoot string // base with its links resolved: links must stay under it
	opts     Options
	doc      func(model.Document) error
	skip     func(model.Skipped)
	stats    *Stats
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
	r.skip(model.Skipped{ID: r.id(path), Path: abs, Reason: reason})
}

func (r *reader) emit(d model.Document) error {
	r.stats.Documents++
	r.stats.Bytes += d.Bytes
	return r.doc(d)
}

// file reads one file of the corpus.
func (r *reader) file(ctx context.Context, path string) error {
	r.stats.Files++
	k := kind(path)
	if k == "" {
		if info, err := os.Lstat(path); err == nil && !info.Mode().IsRegular() && info.Mode()&fs.ModeSymlink == 0 {
			r.skipFile(path, notRegular(info.Mode()))
			return nil
		}
		r.skipFile(path, fmt.Sprintf("unsupported file type %q (read: %s)", filepath.Ext(path), strings.Join(Extensions, " ")))
		return nil
	}
	if k == ".jsonl" || k == ".jsonl.gz" {
		return r.jsonl(ctx, path, k == ".jsonl.gz")
	}
	raw, reason := r.read(path)
	if reason != "" {
		r.skipFile(path, reason)
		return nil
	}
	if reason := notText(raw); reason != "" {
		r.skipFile(path, reason)
		return nil
	}
	var title, date, text string
	var lead bool
	switch k {
	case ".html", ".htm":
		title, date, text = parseHTML(raw)
	case ".md":
		title, date, text, lead = parseText(string(raw), true)
	default:
		title, date, text, lead = parseText(string(raw), false)
	}
	if strings.TrimSpace(title+text) == "" {
		r.skipFile(path, "no text (only markup or white space)")
		return nil
	}
	sum := sha256.Sum256(raw)
	abs, _ := filepath.Abs(path)
	return r.emit(model.Document{
		ID:       r.id(path),
		Title:    title,
		Language: Language(title + "\n" + text),
		Date:     date,
		Bytes:    int64(len(raw)),
		SHA256:   hex.EncodeToString(sum[:]),
		Path:     abs,
		Text:     text,
		Lead:     lead,
	})
}

// read returns the content of the regular file at path, or why it is not read.
func (r *reader) read(path string) ([]byte, string) {
	f, info, reason := r.openRegular(path)
	if reason != "" {
		return nil, reason
	}
	defer f.Close()
	limit := r.opts.maxFile()
	if info.Size() > limit {
		return nil, fmt.Sprintf("too large (%d bytes, limit %d: max_file_bytes in config.yaml)", info.Size(), limit)
	}
	raw, err := readLimited(f, limit)
	if errors.Is(err, errTooLarge) {
		return nil, fmt.Sprintf("too large (over %d bytes: max_file_bytes in config.yaml)", limit)
	}
	if err != nil {
		return nil, fmt.Sprintf("cannot be read: %v", unwrapPath(err))
	}
	return raw, ""
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
