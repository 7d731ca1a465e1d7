// Package pipeline runs one report end to end: read the corpus, extract and merge facts,
// compare with the previous run, build the report model, render the workbook, the brief and
// facts.json, and publish them atomically. It is the only package, with cmd/, that sees every
// stage.
package pipeline

import (
	"cmp"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"os"
	"path/filepath"
	"time"

	"marketbrief/internal/aggregate"
	"marketbrief/internal/config"
	"marketbrief/internal/corpus"
	"marketbrief/internal/extract"
	"marketbrief/internal/extract/lexicon"
	"marketbrief/internal/history"
	"marketbrief/internal/lock"
	"marketbrief/internal/model"
	"marketbrief/internal/output"
)

// Options are the parts of a run that do not come from the configuration.
type Options struct {
	// AsOf is the report's date; zero means today (UTC). facts.json depends only on the corpus
	// and AsOf.
	AsOf time.Time
	// Corpus and Output override the configuration's folders when set.
	Corpus, Output string
	// Window overrides the report definition's window when set ("7d", "1mo", "all"…).
	Window string
	// Templates holds brief.LANG.tmpl files (required).
	Templates fs.FS
	// Trigger is "manual" or "scheduled"; Slot is the scheduled slot's key and SlotTime its
	// instant, if any; CatchUp marks a slot missed while serve was down; Attempt counts from 1.
	Trigger, Slot string
	SlotTime      time.Time
	CatchUp       bool
	Attempt       int
	// Deliver sends the run to the report's recipients (deliver:) once it is published, or a
	// failure notice when it failed and LastAttempt is set (a scheduled slot's last try).
	Deliver, LastAttempt bool
	// Now is the clock for run ids and durations; nil means time.Now.
	Now    func() time.Time
	Logger *slog.Logger
	// Jobs is the number of extraction workers; 0 means one per core (GOMAXPROCS).
	Jobs int
	// Facts, when set, are folders of facts per document written by extract --shard: the run
	// builds its report from them instead of reading the corpus.
	Facts []string
	// NoCache reads and extracts every document, ignoring and not writing the cache of
	// facts per document (OUTPUT/REPORT/facts-cache.db).
	NoCache bool
}

// Result describes a finished run.
type Result struct {
	RunID     string
	Dir       string // the run's folder
	Documents int
	Skipped   int
	Facts     model.Facts
	// Report is the report model the workbook and the brief were drawn from.
	Report  *model.Report
	Outputs []string // files written, relative to the report's folder
	// Delivery is the history entry of the run's delivery; nil when nothing was sent.
	Delivery *history.Entry
}

// maxHistoryDocs caps the document ids a history entry lists; a larger corpus is summarised
// by its manifest.json instead.
const maxHistoryDocs = 1000

// DocumentIDs lists the ids of the documents read, or nil past maxHistoryDocs.
func (r Result) DocumentIDs() []string {
	if len(r.Facts.Documents) > maxHistoryDocs {
		return nil
	}
	ids := make([]string, len(r.Facts.Documents))
	for i, d := range r.Facts.Documents {
		ids[i] = d.ID
	}
	return ids
}

// ErrSlotDone is returned by Run when opts.Slot already ran successfully: another process ran
// it while this one waited. Nothing is written, not even a history entry.
var ErrSlotDone = errors.New("slot already ran")

// Run runs report def now. It holds the lock on the report's output folder while it runs (a
// *lock.HeldError when another process holds it) and appends the run, whatever its outcome, to
// the report's history; a panic is recorded as a failure and re-raised. It returns the run's
// folder, or an error; on error nothing is published and earlier runs are untouched. A missing
// or empty corpus writes nothing (not even the lock file) for a manual run, and only the
// history entry for a scheduled one.
func Run(ctx context.Context, cfg config.Config, def config.Report, opts Options) (res Result, err error) {
	now := opts.Now
	if now == nil {
		now = time.Now
	}
	trigger := firstNonEmpty(opts.Trigger, history.TriggerManual)
	reportDir := filepath.Join(cfg.Path(firstNonEmpty(opts.Output, cfg.Output)), def.Name)
	// A corpus that is not there is the user's mistake, not a run: nothing is written for it.
	corpusDir := cfg.Path(firstNonEmpty(opts.Corpus, cfg.Corpus))
	if err := corpus.Check(corpusDir); err != nil && trigger == history.TriggerManual && opts.Facts == nil {
		return res, err
	}
	if trigger == history.TriggerManual && opts.Facts == nil && corpus.Empty(corpusDir) { // nor for an empty one
		return res, fmt.Errorf("corpus folder %s: %w; add .txt, .md, .html or .jsonl articles", corpusDir, corpus.ErrEmpty)
	}
	lk, err := lock.Acquire(reportDir, now())
	if err != nil {
		return res, err
	}
	defer lk.Release()
	if opts.Slot != "" { // checked under the lock, so that two schedulers never both run a slot
		if ran, err := history.SlotRan(reportDir, opts.Slot); err != nil || ran {
			return res, cmp.Or(err, ErrSlotDone)
		}
	}
	res, err = recorded(ctx, cfg, def, opts, reportDir, trigger)
	res.Delivery = afterRun(ctx, cfg, def, opts, reportDir, res, err)
	return res, err
}

// recorded runs def and appends the run to the history in reportDir, whatever its outcome.
func recorded(ctx context.Context, cfg config.Config, def config.Report, opts Options, reportDir, trigger string) (res Result, err error) {
	now := opts.Now
	if now == nil {
		now = time.Now
	}
	entry := history.Entry{Report: def.Name, Trigger: trigger, Slot: opts.Slot, SlotTime: opts.SlotTime,
		CatchUp: opts.CatchUp, Attempt: opts.Attempt, Start: now().UTC()}
	defer func() {
		if p := recover(); p != nil {
			entry.End, entry.Status, entry.Error = now().UTC(), history.StatusFailed, fmt.Sprint("panic: ", p)
			_ = history.Append(reportDir, entry) // best effort: the panic is what matters
			panic(p)
		}
		entry.End, entry.RunID = now().UTC(), res.RunID
		entry.Status = history.StatusOK
		switch {
		case err != nil && ctx.Err() != nil:
			entry.Status, entry.Error = history.StatusCancelled, err.Error()
		case err != nil:
			entry.Status, entry.Error = history.StatusFailed, err.Error()
		default:
			entry.Outputs = res.Outputs
			entry.Documents = res.DocumentIDs()
			entry.DocumentCount = len(res.Facts.Documents)
		}
		if herr := history.Append(reportDir, entry); herr != nil && err == nil {
			err = herr
		}
	}()
	return run(ctx, cfg, def, opts)
}

func run(ctx context.Context, cfg config.Config, def config.Report, opts Options) (Result, error) {
	var res Result
	now := opts.Now
	if now == nil {
		now = time.Now
	}
	log := opts.Logger
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	start := now()
	asOf := opts.AsOf
	if asOf.IsZero() {
		asOf = start.UTC()
	}
	asOf = time.Date(asOf.Year(), asOf.Month(), asOf.Day(), 0, 0, 0, 0, time.UTC)
	corpusDir := cfg.Path(firstNonEmpty(opts.Corpus, cfg.Corpus))
	outDir := cfg.Path(firstNonEmpty(opts.Output, cfg.Output))
	log = log.With("report", def.Name)

	// The previous run's facts are read while the corpus is; the window needs only their date.
	prevc := make(chan prevRun, 1)
	go func() { prevc <- previous(outDir, def.Name) }()
	var lastAsOf time.Time
	if at := previousAsOf(outDir, def.Name); at != "" {
		lastAsOf, _ = time.Parse(time.RFC3339, at)
	}
	win, err := reportWindow(cfg, def, opts.Window, asOf, lastAsOf)
	if err != nil {
		return res, err
	}
	log.Info("run started", "corpus", corpusDir, "as_of", asOf.Format(time.DateOnly), "window", win.w.String())
	ex, err := NewExtractor(cfg)
	if err != nil {
		return res, err
	}
	collect := func(keep func(model.Document) bool) (model.Facts, corpus.Stats, error) {
		if opts.Facts != nil {
			return ReadFacts(opts.Facts, keep)
		}
		in := Input{Paths: []string{corpusDir}, Jobs: opts.Jobs, Limits: LimitsOf(cfg), Keep: keep}
		if !opts.NoCache {
			in.Cache = openCache(cfg, filepath.Join(outDir, def.Name), log)
		}
		return Collect(ctx, in, ex, log)
	}
	facts, stats, err := collect(win.keep)
	if err != nil {
		return res, err
	}
	if opts.AsOf.IsZero() && opts.Trigger == "manual" && len(facts.Documents) == 0 && win.outside["before_window"] > 0 &&
		!win.newest.IsZero() && win.newest.Before(asOf) {
		// A run by hand over a corpus with nothing that recent (an archive, the sample corpus):
		// report on the window that ends at the newest document rather than on an empty one.
		log.Info("no document in the window ending today: the report ends at the newest document instead (pass --as-of to choose)",
			"newest", win.newest.Format(time.DateOnly), "window", win.w.String())
		asOf = win.newest
		if win, err = reportWindow(cfg, def, opts.Window, asOf, lastAsOf); err != nil {
			return res, err
		}
		if facts, stats, err = collect(win.keep); err != nil {
			return res, err
		}
	}
	if n := len(stats.Ignored); n > 0 {
		log.Info("files that are not articles ignored", "count", n, "first", stats.Ignored[:min(5, n)])
	}
	if n := len(win.outside); n > 0 {
		log.Info("documents outside the window", "before", win.outside["before_window"],
			"after_as_of", win.outside["after_as_of"], "undated", win.outside["undated"])
	}
	readDur := now().Sub(start)
	facts.SchemaVersion = model.SchemaVersion
	facts.GeneratedAt = asOf.Format(time.RFC3339)
	facts.Report = def.Name
	log.Info("corpus read", "documents", len(facts.Documents), "skipped", len(facts.Skipped),
		"mb", fmt.Sprintf("%.1f", float64(stats.Bytes)/(1<<20)), "deals", len(facts.Deals),
		"market_shares", len(facts.MarketShares), "seconds", readDur.Seconds())

	pr := <-prevc
	prevID, prev := pr.id, pr.facts
	switch {
	case prev != nil && pr.idHashes != nil:
		aggregate.MarkChangesSeen(prev, seenIn(pr.idHashes), &facts, prevID, prev.GeneratedAt)
	case prev != nil:
		aggregate.MarkChangesIDs(prev, pr.ids, &facts, prevID, prev.GeneratedAt)
	}

	res.RunID = runID(outDir, def.Name, start)
	rep := aggregate.Build(facts, aggregate.Options{
		Name: def.Name, Title: def.Title, Subject: def.Subject, Language: def.Language,
		RunID: res.RunID, AsOf: asOf, MinConfidence: def.Confidence(cfg),
		WindowStart: win.start, Window: win.w.String(), Currency: def.ReportCurrency(),
	})
	if err := ctx.Err(); err != nil {
		return res, err
	}
	w := writer{rep: rep, templates: opts.Templates, log: log, now: now}
	man := manifest{
		Report: def.Name, RunID: res.RunID, AsOf: asOf.Format(time.DateOnly), Trigger: opts.Trigger, Slot: opts.Slot,
		StartedAt: start.UTC().Format(time.RFC3339), Corpus: corpusDir, Config: cfg, Definition: def,
		Versions: versions(), PreviousRun: prevID, Window: win.w.String(), Outside: win.outside,
	}
	dir, err := w.publish(ctx, outDir, &man, readDur)
	for _, o := range man.Outputs {
		res.Outputs = append(res.Outputs, filepath.Join(res.RunID, o))
	}
	if err != nil {
		return res, err
	}
	if err := output.Prune(outDir, def.Name, cfg.Keep); err != nil {
		log.Warn("old runs not pruned", "err", err)
	}
	res.Dir, res.Documents, res.Skipped, res.Facts, res.Report = dir, len(facts.Documents), len(facts.Skipped), facts, rep
	log.Info("report written", "path", dir, "seconds", now().Sub(start).Seconds())
	return res, nil
}

// NewExtractor returns an extractor with the built-in dictionary extended by cfg.Vendors and
// the built-in lexicon by cfg.Lexicon's files.
func NewExtractor(cfg config.Config) (*extract.Extractor, error) {
	extra := make([]extract.Entry, len(cfg.Vendors))
	for i, v := range cfg.Vendors {
		extra[i] = extract.Entry{Name: v.Name, Aliases: v.Aliases}
	}
	ex := extract.New(extract.NewDictionary(extra)).WithLimits(extract.Limits{
		MaxSentence: cfg.Limits.MaxSentenceBytes, MaxEvidence: cfg.Limits.MaxEvidenceChars})
	if len(cfg.Lexicon) == 0 {
		return ex, nil
	}
	paths := make([]string, len(cfg.Lexicon))
	for i, p := range cfg.Lexicon {
		paths[i] = cfg.Path(p)
	}
	lx, err := lexicon.LoadFiles(paths...)
	if err != nil {
		return nil, fmt.Errorf("config lexicon: %w", err)
	}
	return ex.WithLexicon(lx)
}

func firstNonEmpty(a, b string) string {
	if a != "" {
		return a
	}
	return b
}

// runID names a run after its start time (UTC), unique within the report's folder.
func runID(out, report string, t time.Time) string {
	base := t.UTC().Format("20060102T150405Z")
	id := base
	for i := 2; ; i++ {
		if _, err := os.Stat(filepath.Join(out, report, id)); errors.Is(err, fs.ErrNotExist) {
			return id
		}
		id = fmt.Sprintf("%s-%d", base, i)
	}
}

// WriteFacts writes facts as facts.json, one element at a time through a buffered writer.
func WriteFacts(w io.Writer, f model.Facts) error {
	return writeStreamJSON(w, f)
}

func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}
