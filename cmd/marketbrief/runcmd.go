package main

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"time"

	"marketbrief/internal/corpus"
	"marketbrief/internal/pipeline"
	"marketbrief/internal/window"
)

func cmdRun(ctx context.Context, e *env, args []string) error {
	fs := e.flags("run", "[--config FILE] [--report NAME] [--corpus DIR | --facts DIR...] [--out DIR] [--as-of YYYY-MM-DD] [--window 7d|1mo|since-last-run|all] [--jobs N] [--no-cache] [--no-deliver]", `
Run one report now: read the corpus, extract vendors, deals and market shares, and write
OUT/REPORT/RUN-ID/ with REPORT.xlsx, REPORT.pdf, facts.json and manifest.json. OUT/REPORT/latest
points at the newest successful run. Prints the folder written. Flags override config.yaml.
A report with deliver: is then sent to its recipients (a failure notice if the run failed), unless
--no-deliver.`)
	cfgPath := fs.String("config", "", "config file (default: ./config.yaml when present)")
	report := fs.String("report", "", "report definition to run (default: weekly, else the first)")
	corpusDir := fs.String("corpus", "", "folder of articles (default: corpus from the config)")
	out := fs.String("out", "", "output folder (default: output from the config)")
	asOf := fs.String("as-of", "", "report date, YYYY-MM-DD (default: today, UTC; when no document is that recent, the newest document's date)")
	win := fs.String("window", "", "report period: documents dated in (as-of − window, as-of]: 7d, 2w, 1mo, since-last-run or all (default: the report's window, else its schedule's interval)")
	logFormat := fs.String("log-format", "", "log format on stderr: text or json (default: from the config)")
	verbose := fs.Bool("v", false, "log more detail")
	noDeliver := fs.Bool("no-deliver", false, "do not send the run to the report's recipients (deliver:)")
	jobs := fs.Int("jobs", 0, "extraction workers (default: one per core)")
	noCache := fs.Bool("no-cache", false, "read and extract every document, not using OUT/REPORT/facts-cache.db")
	var factsDirs []string
	fs.Func("facts", "build the report from a folder written by extract --shard --out (repeat for several)", func(s string) error {
		abs, err := filepath.Abs(s)
		factsDirs = append(factsDirs, abs)
		return err
	})
	if err := e.parse(fs, args); err != nil {
		return err
	}
	if *jobs < 0 {
		return usageErr(fmt.Errorf("--jobs %d: expected 0 (one per core) or more", *jobs))
	}
	if fs.NArg() > 0 {
		return usageErr(fmt.Errorf("run takes no arguments, got %q (use --corpus DIR for a folder)", fs.Args()))
	}
	var date time.Time
	if *asOf != "" {
		d, err := time.Parse(time.DateOnly, *asOf)
		if err != nil {
			return usageErr(fmt.Errorf("--as-of %q: expected a date as YYYY-MM-DD", *asOf))
		}
		date = d
	}
	if _, err := window.Parse(*win); err != nil {
		return usageErr(fmt.Errorf("--window: %w", err))
	}
	if *logFormat != "" && *logFormat != "text" && *logFormat != "json" {
		return usageErr(fmt.Errorf("--log-format %q: expected text or json", *logFormat))
	}
	s, err := load(*cfgPath)
	if err != nil {
		return err
	}
	// Paths on the command line are relative to where the user is, not to config.yaml.
	for _, p := range []*string{corpusDir, out} {
		if *p != "" {
			if *p, err = filepath.Abs(*p); err != nil {
				return usageErr(err)
			}
		}
	}
	def, err := s.report(*report)
	if err != nil {
		return err
	}
	res, err := pipeline.Run(ctx, s.cfg, def, pipeline.Options{
		AsOf: date, Window: *win, Corpus: *corpusDir, Output: *out, Templates: s.templates, Trigger: "manual",
		Deliver: !*noDeliver, LastAttempt: true, Jobs: *jobs, NoCache: *noCache, Facts: factsDirs,
		Now: e.now, Logger: e.logger(firstSet(*logFormat, s.cfg.LogFormat), *verbose),
	})
	if errors.Is(err, corpus.ErrNotFound) {
		return usageErr(err) // a wrong path is a config error: nothing was written
	}
	if errors.Is(err, context.Canceled) {
		return fmt.Errorf("report %s: interrupted; nothing was written and earlier runs are unchanged", def.Name)
	}
	if err != nil {
		return fmt.Errorf("report %s: %w", def.Name, err)
	}
	fmt.Fprintln(e.stdout, res.Dir)
	return nil
}

func firstSet(a, b string) string {
	if a != "" {
		return a
	}
	return b
}
