// Package corpus reads a folder of articles: .txt, .md, .html/.htm and JSON-lines files
// (.jsonl, .jsonl.gz, one {"id","title","date","text"} document per line). Files that cannot be
// read as text are reported as skipped, with the reason, and the walk goes on.
package corpus

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"marketbrief/internal/model"
)

// ErrEmpty is returned by Walk when the corpus holds no document at all.
var ErrEmpty = errors.New("the corpus holds no readable document")

// Extensions lists the file endings Walk reads.
var Extensions = []string{".txt", ".md", ".html", ".htm", ".jsonl", ".jsonl.gz"}

// Stats counts what a walk saw.
type Stats struct {
	Files     int
	Documents int
	Skipped   int
	Bytes     int64
	// Ignored lists the files that are not articles (a README, files the corpus's
	// .marketbriefignore names), relative to the corpus folder: not read, not skipped.
	Ignored []string
}

// Add adds o's counts to s.
func (s *Stats) Add(o Stats) {
	s.Files += o.Files
	s.Documents += o.Documents
	s.Skipped += o.Skipped
	s.Bytes += o.Bytes
	s.Ignored = append(s.Ignored, o.Ignored...)
}

// ErrNotFound is wrapped by the errors of Check and Walk when the corpus path does not exist.
var ErrNotFound = errors.New("does not exist")

// Check returns an error naming root when it does not exist or cannot be read.
func Check(root string) error {
	if _, err := os.Stat(root); err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return fmt.Errorf("corpus folder %s %w: set corpus in config.yaml or pass --corpus", root, ErrNotFound)
		}
		return fmt.Errorf("corpus folder %s: %w", root, unwrapPath(err))
	}
	return nil
}

// Walk reads every document under root in lexical order of paths and calls doc for each one and
// skip for each file or line that is not a document. It stops early when ctx is done or a
// callback returns an error. It returns an error when root does not exist or is not a folder, or
// ErrEmpty (wrapped) when nothing under it could be read; a single path may also be a file.
func Walk(ctx context.Context, root string, doc func(model.Document) error, skip func(model.Skipped)) (Stats, error) {
	return WalkWith(ctx, root, Options{}, doc, skip)
}

// WalkWith is Walk within the limits of opts. It decodes on the calling goroutine; WalkRaw
// leaves decoding (Decode) to the caller.
func WalkWith(ctx context.Context, root string, opts Options, doc func(model.Document) error, skip func(model.Skipped)) (Stats, error) {
	var decoded Stats
	st, err := WalkRaw(ctx, root, opts, Hooks{Raw: func(raw Raw) error {
		d, skipped := Decode(raw)
		if skipped != nil {
			decoded.Skipped++
			skip(*skipped)
			return nil
		}
		decoded.Documents++
		decoded.Bytes += d.Bytes
		return doc(d)
	}, Skip: func(_ int, s model.Skipped) { skip(s) }})
	st.Add(decoded)
	if err != nil {
		return st, err
	}
	return st, EmptyError(root, st)
}

// EmptyError returns ErrEmpty (wrapped, naming root) when st counts no document, else nil.
func EmptyError(root string, st Stats) error {
	if st.Documents == 0 {
		return fmt.Errorf("corpus folder %s: %w (%d files, %d skipped); add .txt, .md, .html or .jsonl articles", root, ErrEmpty, st.Files, st.Skipped)
	}
	return nil
}

// Hooks are what WalkRaw calls.
type Hooks struct {
	// Raw is called for each document read, not yet decoded; an error stops the walk.
	Raw func(Raw) error
	// Skip is called for each file or line that cannot be read, with the Seq it holds in the
	// walk.
	Skip func(seq int, s model.Skipped)
	// Unchanged, when set, is called for each regular file before it is read, with a Raw
	// holding no Data and the Seq its first document would get; when it returns ok, the file
	// is not read and its n documents are the caller's to produce (from a cache), with the n
	// Seqs after.
	Unchanged func(file Raw) (n int, ok bool)
	// Read, when set, is called after a file was read, with the Seq of its first document and
	// how many documents and skipped lines it gave.
	Read func(file Raw, n int)
}

// WalkRaw reads every file under root in lexical order of paths, within the limits of opts,
// and calls the hooks. Stats count files and what the walk skipped; the caller counts the
// documents it decodes, and checks that there is one (EmptyError).
func WalkRaw(ctx context.Context, root string, opts Options, h Hooks) (Stats, error) {
	var st Stats
	if err := Check(root); err != nil {
		return st, err
	}
	info, err := os.Stat(root)
	if err != nil {
		return st, err
	}
	base := root
	if !info.IsDir() {
		base = filepath.Dir(root)
	}
	realRoot, err := filepath.EvalSymlinks(base)
	if err != nil {
		return st, fmt.Errorf("corpus folder %s: %w", root, unwrapPath(err))
	}
	if info.IsDir() {
		// A corpus folder reached through a link is walked where it is: WalkDir does not
		// enter a link, even the root. Ids stay relative to the folder.
		root, base = realRoot, realRoot
	}
	r := reader{base: base, realRoot: realRoot, opts: opts, hooks: h, stats: &st}
	ig := loadIgnore(base)
	walkErr := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if ctxErr := ctx.Err(); ctxErr != nil {
			return ctxErr
		}
		if err != nil {
			r.skipFile(path, fmt.Sprintf("cannot be read: %v", unwrapPath(err)))
			if d != nil && d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		name := d.Name()
		if path != root && strings.HasPrefix(name, ".") {
			if d.IsDir() {
				return fs.SkipDir
			}
			return nil // hidden files (.DS_Store, .gitkeep) are not articles
		}
		if d.IsDir() {
			return nil
		}
		if id := r.id(path); path != root && ig.ignored(id) {
			st.Ignored = append(st.Ignored, id)
			return nil
		}
		return r.file(ctx, path) // pipes, devices and sockets too: they are listed as skipped
	})
	return st, walkErr
}

// ReadAll reads every document under root into memory; for small corpora and tests.
func ReadAll(ctx context.Context, root string) ([]model.Document, []model.Skipped, error) {
	var docs []model.Document
	var skipped []model.Skipped
	_, err := Walk(ctx, root, func(d model.Document) error {
		docs = append(docs, d)
		return nil
	}, func(s model.Skipped) { skipped = append(skipped, s) })
	sort.SliceStable(docs, func(i, j int) bool { return docs[i].ID < docs[j].ID })
	return docs, skipped, err
}

func unwrapPath(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// kind returns the supported ending of name, or "" when the file is not read.
func kind(name string) string {
	lower := strings.ToLower(name)
	for _, ext := range []string{".jsonl.gz", ".jsonl", ".html", ".htm", ".txt", ".md"} {
		if strings.HasSuffix(lower, ext) {
			return ext
		}
	}
	return ""
}

// Empty reports whether root, a folder, holds no file Walk could read a document from: no
// file of a supported type with something in it (hidden files and folders aside). It is cheap,
// a walk with no file opened, so that a run on an empty folder can write nothing at all.
func Empty(root string) bool {
	if real, err := filepath.EvalSymlinks(root); err == nil {
		root = real
	}
	empty := true
	_ = filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			empty = false // a folder it cannot read: let the walk name it
			return fs.SkipAll
		}
		if path != root && strings.HasPrefix(d.Name(), ".") {
			if d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if d.IsDir() || kind(d.Name()) == "" {
			return nil
		}
		if info, err := os.Stat(path); err == nil && (info.Size() > 0 || !info.Mode().IsRegular()) {
			empty = false
			return fs.SkipAll
		}
		return nil
	})
	return empty
}
