package main

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"

	"marketbrief/internal/extract"
	"marketbrief/internal/output"

	"marketbrief/internal/model"
	"marketbrief/internal/pipeline"
)

func cmdExtract(ctx context.Context, e *env, args []string) error {
	fs := e.flags("extract", "[--config FILE] [--jobs N] [--shard I/N --out DIR] PATH...", `
Print the facts of some files or folders as JSON, in the shape of facts.json, without writing a
report. Folders are read recursively like a corpus; document ids are relative to each PATH (a
file's id is its name). Useful with ../shared/tools/score and score-acquisitions.`)
	cfgPath := fs.String("config", "", "config file, for its vendors (default: ./config.yaml when present)")
	logFormat := fs.String("log-format", "text", "log format on stderr: text or json")
	jobs := fs.Int("jobs", 0, "extraction workers (default: one per core)")
	shard := fs.String("shard", "", "i/n: extract only the i-th of n parts of the documents (with --out)")
	outDir := fs.String("out", "", "write each document's facts as JSON lines to DIR/facts-I-of-N.jsonl, for run --facts")
	if err := e.parse(fs, args); err != nil {
		return err
	}
	if *jobs < 0 {
		return usageErr(fmt.Errorf("--jobs %d: expected 0 (one per core) or more", *jobs))
	}
	if fs.NArg() == 0 {
		return usageErr(fmt.Errorf("extract needs at least one file or folder (see marketbrief extract --help)"))
	}
	s, err := load(*cfgPath)
	if err != nil {
		return err
	}
	in := pipeline.Input{Paths: fs.Args(), Jobs: *jobs, Limits: pipeline.LimitsOf(s.cfg)}
	ex, err := pipeline.NewExtractor(s.cfg)
	if err != nil {
		return err
	}
	if *shard != "" || *outDir != "" {
		return extractShard(ctx, e, in, *shard, *outDir, ex, e.logger(*logFormat, false))
	}
	facts, _, err := pipeline.Collect(ctx, in, ex, e.logger(*logFormat, false))
	if err != nil {
		return err
	}
	facts.SchemaVersion = model.SchemaVersion
	facts.Report = "extract"
	return pipeline.WriteFacts(e.stdout, facts)
}

// extractShard writes the facts of one shard of the documents as JSON lines into outDir.
func extractShard(ctx context.Context, e *env, in pipeline.Input, shard, outDir string, ex *extract.Extractor, log *slog.Logger) error {
	if outDir == "" {
		return usageErr(fmt.Errorf("--shard needs --out DIR, the folder run --facts reads"))
	}
	in.Shard = pipeline.Shard{I: 0, N: 1}
	if shard != "" {
		sh, err := pipeline.ParseShard(shard)
		if err != nil {
			return usageErr(err)
		}
		in.Shard = sh
	}
	if err := os.MkdirAll(outDir, 0o755); err != nil {
		return err
	}
	name := filepath.Join(outDir, fmt.Sprintf("facts-%d-of-%d.jsonl", in.Shard.I, in.Shard.N))
	// Written to a temporary file and renamed: a killed shard leaves no half file to reduce.
	err := output.WriteFile(name, func(w io.Writer) error {
		in.Records = w
		_, _, err := pipeline.Collect(ctx, in, ex, log)
		return err
	})
	if err != nil {
		return err
	}
	fmt.Fprintln(e.stdout, name)
	return nil
}
