package main

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"strings"
	"time"

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
		win := r.Window
		if win == "" {
			win = "the schedule's interval"
			if r.Schedule == "" {
				win = "all"
			}
		}
		fmt.Fprintf(e.stdout, "\nreport %s (%s, language %s, window %s, currency %s)\n", r.Name, r.File, r.Language, win, r.ReportCurrency())
		if d := describeDelivery(r.Deliver); d != "" {
			fmt.Fprintf(e.stdout, "  delivered by %s\n", d)
		}
		if r.Schedule == "" {
			fmt.Fprintln(e.stdout, "  no schedule: runs only by hand")
			continue
		}
		sch, _ := schedule.Parse(r.Schedule, r.Zone(s.cfg)) // checked by load
		if err := printNext(e.stdout, "  schedule", sch, 3, "", e.now()); err != nil {
			return err
		}
	}
	return nil
}

// checkReports checks what config cannot: schedules and templates.
func checkReports(cfg config.Config, reports []config.Report, templates fs.FS) []error {
	var errs []error
	for _, r := range reports {
		if _, zoneErr := time.LoadLocation(r.Zone(cfg)); r.Schedule == "" || zoneErr != nil {
			continue // a bad zone is reported once, by config
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
