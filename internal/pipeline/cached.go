package pipeline

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"hash/maphash"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"slices"

	"marketbrief/internal/cache"
	"marketbrief/internal/config"
	"marketbrief/internal/corpus"
	"marketbrief/internal/model"
)

// ExtractorVersion digests what extraction depends on: the running program (its rules, word
// lists and dictionary are compiled into it, so any change to them changes it), the vendors
// the config adds and the bytes of its word files (lexicon:). Any rebuild that changes the
// binary invalidates the cache, even one that does not touch extraction: a wasted re-run,
// never a wrong one.
func ExtractorVersion(cfg config.Config) (string, error) {
	exe, err := os.Executable()
	if err != nil {
		return "", fmt.Errorf("extractor version: %w", err)
	}
	f, err := os.Open(exe)
	if err != nil {
		return "", fmt.Errorf("extractor version: %w", err)
	}
	defer f.Close()
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return "", fmt.Errorf("extractor version: %w", err)
	}
	fmt.Fprintf(h, "\x00schema %d\x00", model.SchemaVersion)
	for _, v := range cfg.Vendors {
		fmt.Fprintf(h, "%q %q\n", v.Name, v.Aliases)
	}
	// The config's word files (lexicon:) change extraction as much as a rule: their bytes.
	for _, p := range cfg.Lexicon {
		b, err := os.ReadFile(cfg.Path(p))
		if err != nil {
			return "", fmt.Errorf("extractor version: %w", err)
		}
		fmt.Fprintf(h, "lexicon %q %d\n", p, len(b))
		h.Write(b)
	}
	return hex.EncodeToString(h.Sum(nil)), nil
}

// cacheUse is one run's use of the cache: what it read, what it writes, what it saw.
type cacheUse struct {
	c    *cache.Cache
	w    *cache.Writer
	seed maphash.Seed
	// seenDocs and seenFiles hash the keys and file ids this run used; Sweep forgets others.
	seenDocs, seenFiles []uint64
	// pending holds the keys of results whose file is not complete yet, by root<<40|seq.
	pending map[int][]byte
	files   []*fileMark // files read whole and not complete yet, in the order read
	hits    int
	fresh   int
}

// fileMark is a file read whole: its documents have Seqs First to First+N-1 in root Root.
type fileMark struct {
	Root      int
	File      corpus.Raw
	First, N  int
	got       int
	unchanged bool // not read: its cached documents were used
}

func newCacheUse(c *cache.Cache) *cacheUse {
	if c == nil {
		return nil
	}
	n := c.Count() // the last run's documents: lists sized at once
	return &cacheUse{c: c, w: c.Writer(), seed: maphash.MakeSeed(), pending: map[int][]byte{},
		seenDocs: make([]uint64, 0, withSlack(n)), seenFiles: make([]uint64, 0, n/256)}
}

// unchangedFile returns the job of a file whose size and modification time are those the
// cache recorded: its documents' cached entries, read together (one job, one result for the
// whole file, not one per document), or false when any is missing or damaged.
func (u *cacheUse) unchangedFile(root int, file corpus.Raw) (job, bool) {
	f, ok := u.c.LookupFile(file.ID)
	if !ok || f.Size != file.Size || f.ModTime != file.ModTime.UnixNano() || len(f.Keys) == 0 {
		return job{}, false
	}
	entries := u.c.GetFile(f.Keys)
	if entries == nil {
		return job{}, false
	}
	return job{Root: root, Raw: file, keys: f.Keys, entries: entries, fromCachedFile: true}, true
}

// cachedFile gives the results of an unchanged file's job, one per document, in one result.
func cachedFile(ctx context.Context, g *guard, j job, c *cache.Cache) (result, bool) {
	batch := make([]result, len(j.entries))
	var sh sharer
	for i, k := range j.keys {
		raw := j.Raw
		raw.Seq = j.Raw.Seq + i
		r, ok := cachedOrExtracted(ctx, g, job{Root: j.Root, Raw: raw, key: k, entry: j.entries[i], fromCachedFile: true, sharer: &sh}, c)
		if !ok {
			return result{}, false
		}
		batch[i] = r
	}
	return result{Root: j.Root, Seq: j.Raw.Seq, batch: batch}, true
}

// seenFile records that file id is still in the corpus.
func (u *cacheUse) seenFile(id string) {
	u.seenFiles = append(u.seenFiles, maphash.String(u.seed, id))
}

// add records a result: its key as seen, its entry when it was extracted now, and the file
// it completes.
func (u *cacheUse) add(r result) error {
	if r.key == nil {
		return nil
	}
	u.seenDocs = append(u.seenDocs, maphash.Bytes(u.seed, r.key))
	if !r.fresh {
		u.hits++
	} else {
		u.fresh++
		e := cache.Entry{Doc: r.Doc, Facts: r.Facts, Skipped: r.Skipped}
		e.Doc.Path = ""
		if err := u.w.Put(r.key, e); err != nil {
			return err
		}
	}
	if r.fromCachedFile { // its file is recorded already
		return nil
	}
	u.pending[r.Root<<40|r.Seq] = r.key
	i, ok := slices.BinarySearchFunc(u.files, r, func(m *fileMark, r result) int {
		if m.Root != r.Root {
			return m.Root - r.Root
		}
		return m.First - r.Seq
	})
	if !ok { // r is not its file's first document
		i--
	}
	if i >= 0 && i < len(u.files) && u.files[i].holds(r.Root, r.Seq) {
		u.files[i].got++
		return u.complete(i)
	}
	return nil // its file's mark comes later
}

// holds reports whether the document numbered seq in root belongs to m.
func (m *fileMark) holds(root, seq int) bool {
	return m.Root == root && seq >= m.First && seq < m.First+m.N
}

// fileRead records a file read whole; it is written to the cache once all its documents are.
func (u *cacheUse) fileRead(m fileMark) error {
	u.seenFile(m.File.ID)
	if m.unchanged {
		return nil
	}
	for s := m.First; s < m.First+m.N; s++ {
		if _, ok := u.pending[m.Root<<40|s]; ok {
			m.got++
		}
	}
	u.files = append(u.files, &m)
	return u.complete(len(u.files) - 1)
}

// complete writes file i when all its documents have a result, and forgets it.
func (u *cacheUse) complete(i int) error {
	m := u.files[i]
	if m.got < m.N {
		return nil
	}
	keys := make([][]byte, 0, m.N)
	for s := m.First; s < m.First+m.N; s++ {
		k, ok := u.pending[m.Root<<40|s]
		if !ok { // a file-level skip (read error): such a file is read again next time
			keys = nil
			break
		}
		keys = append(keys, k)
		delete(u.pending, m.Root<<40|s)
	}
	u.files = slices.Delete(u.files, i, i+1)
	if keys == nil {
		return nil
	}
	return u.w.PutFile(m.File.ID, cache.File{Size: m.File.Size, ModTime: m.File.ModTime.UnixNano(), Keys: keys})
}

// close writes what is left and, when the run saw the whole corpus (complete), forgets the
// documents and files it did not see; then it closes the cache.
func (u *cacheUse) close(complete bool, log *slog.Logger) {
	deleted, err := 0, error(nil)
	if complete {
		deleted, err = u.finish()
	}
	if err != nil {
		log.Warn("cache not updated: the next run reads more", "err", err)
	}
	if err := u.c.Close(); err != nil {
		log.Warn("cache not closed", "err", err)
	}
	log.Info("cache used", "hits", u.hits, "extracted", u.fresh, "forgotten", deleted)
}

// finish writes what is left and forgets the documents and files this run did not see.
func (u *cacheUse) finish() (deleted int, err error) {
	if err := u.w.Flush(); err != nil {
		return 0, err
	}
	slices.Sort(u.seenDocs)
	slices.Sort(u.seenFiles)
	u.seenDocs, u.seenFiles = slices.Compact(u.seenDocs), slices.Compact(u.seenFiles)
	docs, files := u.c.Counts()
	if u.fresh == 0 && docs == len(u.seenDocs) && files == len(u.seenFiles) {
		// Nothing new and as many documents and files as the last complete run left, all of
		// them found: the cache holds just those, and sweeping (a walk over every key) would
		// forget nothing. (An entry left over by a run that failed to write would only be
		// forgotten later: entries are keyed by their bytes, so one is never wrong, only unused.)
		return 0, nil
	}
	in := func(set []uint64) func([]byte) bool {
		return func(k []byte) bool {
			_, ok := slices.BinarySearch(set, maphash.Bytes(u.seed, k))
			return ok
		}
	}
	deleted, err = u.c.Sweep(in(u.seenDocs), in(u.seenFiles))
	if err != nil {
		return deleted, err
	}
	return deleted, u.c.SetCounts(len(u.seenDocs), len(u.seenFiles))
}

// cachedOrExtracted gives the result of job j: its cached entry when it has one (a file that
// did not change, or a document whose bytes the cache knows), else extractOne's, keyed for the
// cache.
func cachedOrExtracted(ctx context.Context, g *guard, j job, c *cache.Cache) (result, bool) {
	if c == nil {
		return extractOne(ctx, g, j)
	}
	if j.entries != nil {
		return cachedFile(ctx, g, j, c)
	}
	var e cache.Entry
	found := false
	switch {
	case j.entry != "":
		e, found = cache.DecodeEntryString(j.entry)
	default:
		j.key = cache.Key(j.Raw.ID, sha256.Sum256(j.Raw.Data))
		if raw := c.Get(j.key); raw != nil {
			e, found = cache.DecodeEntry(raw)
		}
	}
	if found {
		r := result{Root: j.Root, Seq: j.Raw.Seq, Doc: e.Doc, Facts: e.Facts, Skipped: e.Skipped,
			key: j.key, fromCachedFile: j.fromCachedFile}
		if r.Skipped != nil {
			r.Skipped.Path = j.Raw.Path
		} else {
			r.Doc.Path = j.Raw.Path
			if j.sharer != nil {
				j.sharer.share(&r.Doc)
			} else {
				shareStrings(&r.Doc)
			}
			r.outside = g.keep != nil && !g.keep(r.Doc)
		}
		return r, true
	}
	if j.Raw.Data == nil { // an entry of an unchanged file that does not decode: read the file
		data, err := os.ReadFile(j.Raw.Path)
		if err != nil || j.Raw.Kind == ".jsonl" || j.Raw.Kind == ".jsonl.gz" {
			s := model.Skipped{ID: j.Raw.ID, Path: j.Raw.Path, Reason: "its cached facts are unreadable: run again with --no-cache"}
			return result{Root: j.Root, Seq: j.Raw.Seq, Skipped: &s}, true
		}
		j.Raw.Data = data
		j.key = cache.Key(j.Raw.ID, sha256.Sum256(data))
	}
	r, ok := extractOne(ctx, g, j)
	// A failure or a timeout may not happen again; a document outside the window was not
	// extracted: neither is cached.
	if !r.failed && !r.outside {
		r.key, r.fresh = j.key, true
	}
	return r, ok
}

// openCache opens the report's cache, or returns nil (logged) when there can be none: a run
// never fails for its cache.
func openCache(cfg config.Config, reportDir string, log *slog.Logger) *cache.Cache {
	version, err := ExtractorVersion(cfg)
	if err != nil {
		log.Warn("cache not used", "err", err)
		return nil
	}
	c, rebuilt, err := cache.Open(filepath.Join(reportDir, cache.FileName), version)
	if err != nil {
		log.Warn("cache not used", "err", err)
		return nil
	}
	if rebuilt != "" {
		log.Info("cache rebuilt", "reason", rebuilt)
	}
	return c
}
