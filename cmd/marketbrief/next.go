package main

import (
	"context"
	"fmt"
	"io"
	"strings"
	"time"

	"marketbrief/internal/config"
	"marketbrief/internal/schedule"
)

func cmdNext(ctx context.Context, e *env, args []string) error {
	fs := e.flags("next", "[--config FILE] [--report NAME | --schedule SPEC [--zone ZONE]] [-n N] [--from TIME]", `
Print the next N runs of a report's schedule, or of a cron spec, in the schedule's zone and in
UTC: the same instants serve uses. A run whose time is skipped by a daylight-saving change runs
at the first valid instant after it; a time that occurs twice runs once, at its first occurrence.
SPEC is 5 fields (minute hour day month weekday), 6 with seconds first, or @hourly, @daily,
@weekly, @monthly, @yearly, optionally prefixed by CRON_TZ=ZONE. TIME is YYYY-MM-DD,
YYYY-MM-DDTHH:MM[:SS] (in the schedule's zone) or RFC 3339.`)
	cfgPath := fs.String("config", "", "config file (default: ./config.yaml when present)")
	report := fs.String("report", "", "report whose schedule to show (default: every scheduled report)")
	spec := fs.String("schedule", "", "cron spec to show instead of a report's")
	zone := fs.String("zone", "", "time zone of --schedule (default: CRON_TZ in SPEC, else the config's timezone, else UTC)")
	n := fs.Int("n", 5, "number of runs")
	from := fs.String("from", "", "show runs after TIME (default: now)")
	if err := e.parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usageErr(fmt.Errorf("next takes no arguments, got %q (quote the spec: --schedule '30 2 * * 0')", fs.Args()))
	}
	if *n < 1 || *n > 1000 {
		return usageErr(fmt.Errorf("-n %d: expected 1 to 1000", *n))
	}
	if *spec != "" && *report != "" {
		return usageErr(fmt.Errorf("give --report or --schedule, not both"))
	}
	if *spec != "" {
		sch, err := schedule.Parse(*spec, firstSet(*zone, defaultZone(*cfgPath)))
		if err != nil {
			return usageErr(fmt.Errorf("--schedule: %w", err))
		}
		return printNext(e.stdout, "schedule", sch, *n, *from, e.now())
	}
	s, err := load(*cfgPath)
	if err != nil {
		return err
	}
	return nextOfReports(e.stdout, s, *report, *n, *from, e.now())
}

// nextOfReports prints the next runs of the report named name, or of every scheduled report.
func nextOfReports(w io.Writer, s setup, name string, n int, from string, now time.Time) error {
	reports := s.reports
	if name != "" {
		r, err := s.report(name)
		if err != nil {
			return err
		}
		if r.Schedule == "" {
			return usageErr(fmt.Errorf("report %s has no schedule: it runs only by hand", r.Name))
		}
		reports = []config.Report{r}
	}
	shown := 0
	for _, r := range reports {
		if r.Schedule == "" {
			continue
		}
		sch, err := schedule.Parse(r.Schedule, r.Zone(s.cfg))
		if err != nil { // load checked it
			return err
		}
		if shown > 0 {
			fmt.Fprintln(w)
		}
		if err := printNext(w, "report "+r.Name+": schedule", sch, n, from, now); err != nil {
			return err
		}
		shown++
	}
	if shown == 0 {
		return usageErr(fmt.Errorf("no report has a schedule; add schedule: to a report definition or use --schedule"))
	}
	return nil
}

// printNext prints n runs of sch after from (now when empty).
func printNext(w io.Writer, what string, sch schedule.Schedule, n int, from string, now time.Time) error {
	start := now
	if from != "" {
		t, err := parseTime(from, sch.Location())
		if err != nil {
			return usageErr(err)
		}
		start = t
	}
	fmt.Fprintf(w, "%s %q in %s, after %s:\n", what, sch.String(), sch.Location(), start.In(sch.Location()).Format("2006-01-02 15:04:05 MST"))
	slots := sch.Upcoming(n, start)
	if len(slots) == 0 {
		fmt.Fprintln(w, "  no runs in the next five years")
	}
	for _, slot := range slots {
		fmt.Fprintf(w, "  %s   %s%s\n", slot.At.Format("Mon 2006-01-02 15:04:05 MST"),
			slot.At.UTC().Format("2006-01-02 15:04:05 UTC"), dstNote(slot))
	}
	return nil
}

// dstNote explains a slot moved or kept single by a daylight-saving change.
func dstNote(slot schedule.Slot) string {
	wall := strings.Fields(slot.Key)[0]
	wall = strings.Replace(wall, "T", " ", 1)
	switch slot.DST() {
	case "skipped":
		return fmt.Sprintf("   (%s does not exist: clocks move forward; runs at the first valid time after it)", wall)
	case "repeated":
		return fmt.Sprintf("   (%s occurs twice: clocks move back; runs once, the first time)", wall)
	}
	return ""
}

// parseTime reads TIME as RFC 3339, or as a date or date and time in loc.
func parseTime(s string, loc *time.Location) (time.Time, error) {
	if t, err := time.Parse(time.RFC3339, s); err == nil {
		return t, nil
	}
	for _, layout := range []string{"2006-01-02T15:04:05", "2006-01-02T15:04", "2006-01-02 15:04:05", "2006-01-02 15:04", time.DateOnly} {
		if t, err := time.ParseInLocation(layout, s, loc); err == nil {
			return t, nil
		}
	}
	return time.Time{}, fmt.Errorf("--from %q: expected YYYY-MM-DD, YYYY-MM-DDTHH:MM or RFC 3339", s)
}

// defaultZone returns the config's timezone when the config loads, else "" (UTC): a spec given on the
// command line should not fail because of an unrelated problem in config.yaml.
func defaultZone(path string) string {
	cfg, err := config.Load(path)
	if err != nil {
		return ""
	}
	if _, err := time.LoadLocation(cfg.Timezone); err != nil {
		return ""
	}
	return cfg.Timezone
}
