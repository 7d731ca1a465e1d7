package main

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"strings"

	"marketbrief/internal/config"
	"marketbrief/internal/schedule"
)

func cmdValidate(ctx context.Context, e *env, args []string) error {
	fs := e.flags("validate", "[--config FILE]", `
Check config.yaml, the report definitions and the brief templates, and report every problem at
once with the field and the value. For each report, print its schedule's next three runs.`)
	cfgPath := fs.String("config", "", "config file (default: ./config.yaml when present)")
	if err := e.parse(fs, args); err != nil {
		return err
	}
	s, err := load(*cfgPath)
	if err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "%s: OK (%d reports)\n", s.cfg.Source(), len(s.reports))
	for _, r := range s.reports {
		fmt.Fprintf(e.stdout, "\nreport %s (%s, language %s)\n", r.Name, r.File, r.Language)
		if r.Schedule == "" {
			fmt.Fprintln(e.stdout, "  no schedule: runs only by hand")
			continue
		}
		sch, _ := schedule.Parse(r.Schedule, r.Zone(s.cfg)) // checked by load
		fmt.Fprintf(e.stdout, "  schedule %q in %s; next runs:\n", r.Schedule, sch.Location())
		for _, slot := range sch.Upcoming(3, e.now()) {
			fmt.Fprintf(e.stdout, "    %s  (%s)\n", slot.At.Format("Mon 2006-01-02 15:04 MST"), slot.At.UTC().Format("2006-01-02 15:04 UTC"))
		}
	}
	return nil
}

// checkReports checks what config cannot: schedules and templates.
func checkReports(cfg config.Config, reports []config.Report, templates fs.FS) []error {
	var errs []error
	for _, r := range reports {
		if r.Schedule == "" {
			continue
		}
		if _, err := schedule.Parse(r.Schedule, r.Zone(cfg)); err != nil {
			errs = append(errs, &config.FieldError{Field: "reports/" + r.File + ": schedule", Value: r.Schedule, Msg: err.Error()})
		}
	}
	return errs
}

// indent puts each error of a joined error on its own line, as a list.
func indent(err error) error {
	var lines []string
	for _, l := range strings.Split(err.Error(), "\n") {
		if l != "" {
			lines = append(lines, "  - "+l)
		}
	}
	return errors.New(strings.Join(lines, "\n"))
}
