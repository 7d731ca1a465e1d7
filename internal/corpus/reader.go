package corpus

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"unicode/utf8"

	"marketbrief/internal/model"
)

// reader reads files into raw documents for one walk.
type reader struct {
	base     string
	realRoot string // base with its links resolved: links must stay under it
	opts     Options
	hooks    Hooks
	stats    *Stats
	seq      int
}

func (r *reader) id(path string) string {
	rel, err := filepath.Rel(r.base, path)
	if err != nil {
		rel = filepath.Base(path)
	}
	return filepath.ToSlash(rel)
}

func (r *reader) skipFile(path, reason string) {
	abs, _ := filepath.Abs(path)
	r.skipAt(model.Skipped{ID: r.id(path), Path: abs, Reason: reason})
}

// skipAt lists s as skipped, with the next Seq.
func (r *reader) skipAt(s model.Skipped) {
	r.stats.Skipped++
	r.seq++
	r.hooks.Skip(r.seq, s)
}

func (r *reader) emit(raw Raw) error {
	r.seq++
	raw.Seq = r.seq
	return r.hooks.Raw(raw)
}

// unchanged asks the caller whether file (stat'ed, not read) is one it knows; if so, the
// documents it gave are the caller's and the walk moves past their Seqs.
func (r *reader) unchanged(file Raw) bool {
	if r.hooks.Unchanged == nil {
		return false
	}
	file.Seq = r.seq + 1
	n, ok := r.hooks.Unchanged(file)
	if ok {
		r.seq += n
	}
	return ok
}

// readWhole tells the caller that file was read whole, from Seq first on.
func (r *reader) readWhole(file Raw, first int) {
	if r.hooks.Read != nil {
		file.Seq = first
		r.hooks.Read(file, r.seq-first+1)
	}
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
	abs, _ := filepath.Abs(path)
	file := Raw{ID: r.id(path), Path: abs, Kind: k}
	if info, err := os.Stat(path); err == nil && info.Mode().IsRegular() {
		file.Size, file.ModTime = info.Size(), info.ModTime()
		if r.unchanged(file) {
			return nil
		}
	}
	first := r.seq + 1
	if k == ".jsonl" || k == ".jsonl.gz" {
		if err := r.jsonl(ctx, path, k == ".jsonl.gz"); err != nil {
			return err
		}
		r.readWhole(file, first)
		return nil
	}
	data, reason := r.read(path)
	if reason != "" {
		r.skipFile(path, reason)
		return nil
	}
	file.Data = data
	if err := r.emit(file); err != nil {
		return err
	}
	r.readWhole(file, first)
	return nil
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
