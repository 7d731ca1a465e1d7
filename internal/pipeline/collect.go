package pipeline

import (
	"context"
	"log/slog"
	"runtime"
	"sort"
	"sync"
	"time"

	"marketbrief/internal/corpus"
	"marketbrief/internal/extract"
	"marketbrief/internal/model"
)

// progressEvery is how often a long read logs its progress.
const progressEvery = 5 * time.Second

// Collect reads every document under the paths (folders or files), extracts facts from them
// on all cores and merges them. Documents are returned without their text, sorted by id; the
// result depends only on the files, not on timing. An unreadable path, or paths holding no
// document, is an error; a bad file, or one whose extraction fails or outlives lim.Timeout, is
// listed in Facts.Skipped.
func Collect(ctx context.Context, paths []string, ex *extract.Extractor, lim Limits, log *slog.Logger) (model.Facts, corpus.Stats, error) {
	var f model.Facts
	var total corpus.Stats
	type result struct {
		doc   model.Document
		facts model.DocFacts
		skip  *model.Skipped
	}
	jobs := make(chan model.Document, 64)
	results := make(chan result, 64)
	var wg sync.WaitGroup
	g := newGuard(ex, lim.Timeout, log)
	for range runtime.GOMAXPROCS(0) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for d := range jobs {
				df, skip, err := g.extract(ctx, d)
				if err != nil {
					continue // the run is cancelled: drain the jobs
				}
				d.Text = "" // the text is not needed past extraction; large corpora stay small
				results <- result{d, df, skip}
			}
		}()
	}
	var per []model.DocFacts
	var failed []model.Skipped // kept apart: the walk appends to f.Skipped meanwhile
	done := make(chan struct{})
	go func() {
		defer close(done)
		for r := range results {
			if r.skip != nil {
				log.Warn("document skipped", "document", r.skip.ID, "reason", r.skip.Reason)
				failed = append(failed, *r.skip)
				continue
			}
			f.Documents = append(f.Documents, r.doc)
			per = append(per, r.facts)
		}
	}()
	var walkErr error
	for _, root := range paths {
		st, err := walk(ctx, root, lim.Corpus, jobs, &f, log, &total)
		total.Files += st.Files
		if err != nil {
			walkErr = err
			break
		}
	}
	close(jobs)
	wg.Wait()
	close(results)
	<-done
	if walkErr != nil {
		return f, total, walkErr
	}
	if err := ctx.Err(); err != nil {
		return f, total, err
	}
	sort.Slice(failed, func(i, j int) bool { return failed[i].ID < failed[j].ID })
	f.Skipped = append(f.Skipped, failed...)
	sort.Slice(f.Documents, func(i, j int) bool { return f.Documents[i].ID < f.Documents[j].ID })
	sort.Slice(per, func(i, j int) bool { return per[i].Document < per[j].Document })
	f.Vendors, f.Deals, f.MarketShares, f.GroupShares = extract.Merge(per)
	nonNil(&f)
	return f, total, nil
}

// walk reads one root, feeding jobs and logging progress.
func walk(ctx context.Context, root string, opts corpus.Options, jobs chan<- model.Document, f *model.Facts, log *slog.Logger, total *corpus.Stats) (corpus.Stats, error) {
	last := time.Now()
	st, err := corpus.WalkWith(ctx, root, opts, func(d model.Document) error {
		total.Documents++
		total.Bytes += d.Bytes
		if time.Since(last) > progressEvery {
			last = time.Now()
			log.Info("reading corpus", "documents", total.Documents, "mb", total.Bytes>>20, "skipped", total.Skipped)
		}
		select {
		case jobs <- d:
			return nil
		case <-ctx.Done():
			return ctx.Err()
		}
	}, func(s model.Skipped) {
		total.Skipped++
		log.Warn("document skipped", "document", s.ID, "reason", s.Reason)
		f.Skipped = append(f.Skipped, s)
	})
	return st, err
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
