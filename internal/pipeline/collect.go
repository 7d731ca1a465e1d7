package pipeline

import (
	"cmp"
	"context"
	"io"
	"log/slog"
	"runtime"
	"slices"
	"sort"
	"sync"
	"time"
	"unique"

	"marketbrief/internal/cache"
	"marketbrief/internal/corpus"
	"marketbrief/internal/extract"
	"marketbrief/internal/model"
)

// progressEvery is how often a long read logs its progress.
const progressEvery = 5 * time.Second

// Input says what Collect reads, and with how many workers.
type Input struct {
	// Paths are folders or files of documents.
	Paths []string
	// Jobs is the number of extraction workers; 0 means GOMAXPROCS (every core).
	Jobs int
	// Limits bound what one document may cost: how much is read, how long it is extracted.
	Limits Limits
	// Keep, when set, says which documents to read (the report's window), before extraction
	// so that facts and mentions count only those; it is called one document at a time.
	Keep func(model.Document) bool
	// Cache, when set, gives the facts of documents seen before and takes those of the others;
	// Collect closes it.
	Cache *cache.Cache
	// Shard, when its N is above 1, limits the run to one part of the documents.
	Shard Shard
	// Records, when set, receives each document's facts as a JSON line (a Record) instead of
	// their being merged: the map step of a corpus split into shards (ReadFacts reduces).
	Records io.Writer
}

// Collect reads every document under in.Paths, extracts facts from them and merges them, as a
// pipeline: one reader (this goroutine) reads files and JSON lines, in.Jobs workers decode,
// detect the language, hash and extract each document (extractOne), and one reducer merges
// the results as they arrive and keeps documents without their text. The result depends only
// on the files, not on timing or the number of workers: documents sorted by id, skipped ones in
// the order read, then those whose extraction failed or outlived in.Limits.Timeout, by id. An
// unreadable path, or a path holding no document, is an error; a bad file is listed in
// Facts.Skipped.
func Collect(ctx context.Context, in Input, ex *extract.Extractor, log *slog.Logger) (model.Facts, corpus.Stats, error) {
	cu := newCacheUse(in.Cache)
	jobs := make(chan job, 256)
	results := make(chan result, 256)
	var workers sync.WaitGroup
	g := newGuard(ex, in.Limits.Timeout, log)
	if keep := in.Keep; keep != nil {
		var mu sync.Mutex // Keep counts what it leaves out: one document at a time
		g.keep = func(d model.Document) bool {
			mu.Lock()
			defer mu.Unlock()
			return keep(d)
		}
	}
	n := cmp.Or(in.Jobs, runtime.GOMAXPROCS(0))
	budget := newByteBudget(int64(n) * queueBytesPerWorker)
	for range n {
		workers.Go(func() {
			for j := range jobs {
				r, ok := cachedOrExtracted(ctx, g, j, in.Cache)
				if ok && r.batch != nil {
					// A whole file's documents: their bytes stay counted until the reducer has
					// taken them, so that decoded files do not pile up in the results' queue
					// (256 results of a thousand documents each) when it lags.
					r.cost = j.cost()
				} else {
					budget.release(j.cost())
				}
				if ok {
					results <- r
				} // else the run is cancelled: drain the jobs
			}
		})
	}
	red := newReducer(len(in.Paths), log, cu)
	if in.Cache != nil && in.Records == nil {
		// Sized for the last run's documents and a few more: a million documents' list grown
		// by doubling costs seconds of copying on the reducer's one goroutine, and holds two
		// copies while it grows.
		n := withSlack(in.Cache.Count())
		red.docs = readDocs{docs: make([]model.Document, 0, n), at: make([]int, 0, n)}
	}
	var flush func() error
	if in.Records != nil {
		red.emit, flush = writeRecords(in.Records)
	}
	reduced := make(chan struct{})
	go func() {
		defer close(reduced)
		for r := range results {
			red.add(r)
			if r.cost > 0 {
				budget.release(r.cost)
			}
		}
	}()
	st, walkErr := read(ctx, in, jobs, results, cu, budget, log)
	close(jobs)
	workers.Wait()
	close(results)
	<-reduced
	st.Add(red.stats)
	if cu != nil {
		cu.close(red.cache != nil && walkErr == nil, log)
	}
	if walkErr == nil && flush != nil {
		walkErr = cmp.Or(red.emitErr, flush())
	}
	walkErr = cmp.Or(walkErr, ctx.Err())
	if walkErr != nil {
		return model.Facts{}, st, walkErr
	}
	for i, root := range in.Paths {
		if in.Shard.N > 1 {
			break // a shard may hold no document of a root
		}
		if err := corpus.EmptyError(root, red.perRoot[i]); err != nil {
			return model.Facts{}, st, err
		}
	}
	return red.facts(), st, nil
}

// job is one raw document of root number Root; or, when entry is set, the cached entry of a
// document whose file did not change; or, when entries is set, those of all the documents of
// such a file (keys their keys, Raw the file with the Seq of its first document).
type job struct {
	Root           int
	Raw            corpus.Raw
	key            []byte
	entry          string
	keys           [][]byte
	entries        []string
	fromCachedFile bool
	sharer         *sharer // the languages and dates of the file's documents so far
}

// result is what became of one job (or of a file the reader skipped): a document and its facts,
// or a skipped entry.
type result struct {
	Root    int
	Seq     int
	Doc     model.Document
	Facts   model.DocFacts
	Skipped *model.Skipped
	// key is the document's cache key (when a cache is used); fresh says that it was extracted
	// now rather than found in the cache; fromCachedFile that its file was not read.
	key                   []byte
	fresh, fromCachedFile bool
	// mark, when set, is no document but a file read whole.
	mark *fileMark
	// batch, when set, are the results of the documents of an unchanged file, in order; cost
	// is what its job holds of the byte budget, given back once the reducer took it.
	batch []result
	cost  int64
	// failed says that extraction failed or ran out of time: listed after the others, never
	// cached. outside says that the document is outside the report's window (Input.Keep).
	failed, outside bool
}

// extractOne decodes and extracts one document, within the guard's time budget and under
// recover (guard.extract). ok is false when the run is cancelled.
func extractOne(ctx context.Context, g *guard, j job) (r result, ok bool) {
	r = result{Root: j.Root, Seq: j.Raw.Seq}
	doc, skipped := corpus.Decode(j.Raw)
	if skipped != nil {
		r.Skipped = skipped
		return r, true
	}
	if g.keep != nil && !g.keep(doc) {
		r.outside = true
		return r, true
	}
	df, failed, err := g.extract(ctx, doc)
	if err != nil {
		return r, false
	}
	if failed != nil {
		r.Skipped, r.failed = failed, true
		return r, true
	}
	r.Facts = df
	doc.Text = "" // the text is not needed past extraction: a large corpus stays small
	shareStrings(&doc)
	r.Doc = doc
	return r, true
}

// shareStrings makes d's language and date the one copy of each value that the run holds: a
// language is one of two, a date one of a few thousand days, and a million documents would
// otherwise hold a million copies of them.
func shareStrings(d *model.Document) {
	var s sharer
	s.share(d)
}

// sharer does what shareStrings does, remembering the last language and date it shared: the
// documents of one file mostly have the same, and a comparison costs less than unique.Make.
type sharer struct{ lang, date string }

func (s *sharer) share(d *model.Document) {
	if d.Language != s.lang {
		s.lang = unique.Make(d.Language).Value()
	}
	d.Language = s.lang
	if d.Date != "" {
		if d.Date != s.date {
			s.date = unique.Make(d.Date).Value()
		}
		d.Date = s.date
	}
}

// read walks each root in turn, sending raw documents (or the cached entries of unchanged
// files) to jobs, and skipped files and files read whole to results.
func read(ctx context.Context, in Input, jobs chan<- job, results chan<- result, cu *cacheUse, budget *byteBudget, log *slog.Logger) (corpus.Stats, error) {
	paths := in.Paths
	var total corpus.Stats
	last, sent := time.Now(), 0
	send := func(j job) error {
		if sent++; time.Since(last) > progressEvery {
			last = time.Now()
			log.Info("reading corpus", "documents", sent, "root", paths[j.Root])
		}
		if err := budget.acquire(ctx, j.cost()); err != nil {
			return err
		}
		select {
		case jobs <- j:
			return nil
		case <-ctx.Done():
			budget.release(j.cost())
			return ctx.Err()
		}
	}
	for i, root := range paths {
		h := corpus.Hooks{
			Raw: func(raw corpus.Raw) error {
				if !in.Shard.holds(raw.ID, raw.Line) {
					return nil
				}
				return send(job{Root: i, Raw: raw})
			},
			Skip: func(seq int, s model.Skipped) {
				if in.Shard.holds(s.ID, 0) {
					results <- result{Root: i, Seq: seq, Skipped: &s}
				}
			},
		}
		if cu != nil {
			h.Unchanged = func(file corpus.Raw) (int, bool) {
				j, ok := cu.unchangedFile(i, file)
				if !ok {
					return 0, false
				}
				_ = send(j) // on an error (ctx), the walk stops at its next file
				// The reducer owns the seen sets: the file is recorded through it.
				results <- result{Root: i, mark: &fileMark{Root: i, File: file, unchanged: true}}
				return len(j.keys), true
			}
			h.Read = func(file corpus.Raw, n int) {
				results <- result{Root: i, mark: &fileMark{Root: i, File: file, First: file.Seq, N: n}}
			}
		}
		st, err := corpus.WalkRaw(ctx, root, in.Limits.Corpus, h)
		// Skipped files are counted by the reducer, with the documents Decode skips.
		st.Skipped = 0
		total.Add(st)
		if err != nil {
			return total, err
		}
	}
	return total, nil
}

// readDocs are the documents read, without their text, and their places in the walk
// (Root<<40|Seq), side by side: a million of them are what a run holds apart from the merged
// facts, and they become facts.json's documents in place, sorted, without a second copy.
type readDocs struct {
	docs []model.Document
	at   []int
}

func (d *readDocs) Len() int { return len(d.docs) }
func (d *readDocs) Less(i, j int) bool {
	a, b := &d.docs[i], &d.docs[j]
	if a.ID != b.ID {
		return a.ID < b.ID
	}
	return d.at[i] < d.at[j]
}
func (d *readDocs) Swap(i, j int) {
	d.docs[i], d.docs[j] = d.docs[j], d.docs[i]
	d.at[i], d.at[j] = d.at[j], d.at[i]
}

// withSlack is n and room for a few more (new documents since the last run).
func withSlack(n int) int { return n + n/32 }

// reducer gathers results on one goroutine.
type reducer struct {
	// emit, when set, takes each result instead of the merge; emitErr is its first error.
	emit    func(result) error
	emitErr error
	cache   *cacheUse // nil once writing it failed
	merger  *extract.Merger
	docs    readDocs
	skipped []result
	failed  []model.Skipped // extraction failed: listed after the rest, by id
	stats   corpus.Stats
	perRoot []corpus.Stats
	log     *slog.Logger
}

func newReducer(roots int, log *slog.Logger, cu *cacheUse) *reducer {
	return &reducer{merger: extract.NewMerger(), perRoot: make([]corpus.Stats, roots), log: log, cache: cu}
}

func (r *reducer) add(res result) {
	if res.batch != nil {
		for _, b := range res.batch {
			r.add(b)
		}
		return
	}
	if res.mark != nil {
		if r.cache != nil {
			r.cacheErr(r.cache.fileRead(*res.mark))
		}
		return
	}
	if r.cache != nil {
		r.cacheErr(r.cache.add(res))
	}
	for len(r.perRoot) <= res.Root {
		r.perRoot = append(r.perRoot, corpus.Stats{})
	}
	if res.outside { // read, so the corpus is not empty, but not the report's
		r.perRoot[res.Root].Documents++
		return
	}
	if res.Skipped != nil {
		r.log.Warn("document skipped", "document", res.Skipped.ID, "reason", res.Skipped.Reason)
		r.stats.Skipped++
		r.perRoot[res.Root].Skipped++
	} else {
		r.stats.Documents++
		r.stats.Bytes += res.Doc.Bytes
		r.perRoot[res.Root].Documents++
	}
	switch {
	case r.emit != nil:
		if err := r.emit(res); err != nil && r.emitErr == nil {
			r.emitErr = err
		}
	case res.failed:
		r.failed = append(r.failed, *res.Skipped)
	case res.Skipped != nil:
		r.skipped = append(r.skipped, res)
	default:
		r.merger.Add(res.Facts, res.Root<<40|res.Seq)
		r.docs.docs = append(r.docs.docs, res.Doc)
		r.docs.at = append(r.docs.at, res.Root<<40|res.Seq)
	}
}

// cacheErr logs the first error writing the cache and stops using it: a run does not fail
// for its cache, the next run just reads more.
func (r *reducer) cacheErr(err error) {
	if err != nil && r.cache != nil {
		r.log.Warn("cache not written: the next run reads more", "err", err)
		r.cache = nil
	}
}

// facts returns the merged facts: documents sorted by id (then by the order read, for ids a
// corpus repeats), skipped entries in the order read.
func (r *reducer) facts() model.Facts {
	var f model.Facts
	sort.Sort(&r.docs)
	f.Documents, r.docs = slices.Clip(r.docs.docs), readDocs{}
	slices.SortFunc(r.skipped, func(a, b result) int { return cmp.Or(cmp.Compare(a.Root, b.Root), cmp.Compare(a.Seq, b.Seq)) })
	for _, s := range r.skipped {
		f.Skipped = append(f.Skipped, *s.Skipped)
	}
	slices.SortFunc(r.failed, func(a, b model.Skipped) int { return cmp.Compare(a.ID, b.ID) })
	f.Skipped = append(f.Skipped, r.failed...)
	f.Vendors, f.Deals, f.MarketShares, f.GroupShares = r.merger.Result()
	nonNil(&f)
	return f
}

// nonNil makes empty lists [] rather than null in JSON.
func nonNil(f *model.Facts) {
	if f.Documents == nil {
		f.Documents = []model.Document{}
	}
	if f.Skipped == nil {
		f.Skipped = []model.Skipped{}
	}
	if f.Vendors == nil {
		f.Vendors = []model.Vendor{}
	}
	if f.Deals == nil {
		f.Deals = []model.Deal{}
	}
	if f.MarketShares == nil {
		f.MarketShares = []model.MarketShare{}
	}
	if f.GroupShares == nil {
		f.GroupShares = []model.GroupShare{}
	}
}
