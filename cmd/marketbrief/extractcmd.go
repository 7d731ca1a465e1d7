package main

import (
	"context"
	"encoding/json"
	"fmt"

	"marketbrief/internal/model"
	"marketbrief/internal/pipeline"
)

func cmdExtract(ctx context.Context, e *env, args []string) error {
	fs := e.flags("extract", "[--config FILE] PATH...", `
Print the facts of some files or folders as JSON, in the shape of facts.json, without writing a
report. Folders are read recursively like a corpus; document ids are relative to each PATH (a
file's id is its name). Useful with ../shared/tools/score and score-acquisitions.`)
	cfgPath := fs.String("config", "", "config file, for its vendors (default: ./config.yaml when present)")
	logFormat := fs.String("log-format", "text", "log format on stderr: text or json")
	if err := e.parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		return usageErr(fmt.Errorf("extract needs at least one file or folder (see marketbrief extract --help)"))
	}
	s, err := load(*cfgPath)
	if err != nil {
		return err
	}
	facts, _, err := pipeline.Collect(ctx, fs.Args(), pipeline.NewExtractor(s.cfg), pipeline.LimitsOf(s.cfg), e.logger(*logFormat, false))
	if err != nil {
		return err
	}
	facts.SchemaVersion = model.SchemaVersion
	facts.Report = "extract"
	enc := json.NewEncoder(e.stdout)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(facts)
}
