package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"path/filepath"
	"strings"
	"text/tabwriter"
	"time"

	"marketbrief/internal/history"
)

func cmdHistory(ctx context.Context, e *env, args []string) error {
	fs := e.flags("history", "[--config FILE] [--report NAME] [--out DIR] [-n N] [--json]", `
Print the run history of each report (or of one): every run, scheduled or by hand, with its slot,
start, duration, status, documents read, run folder and error, oldest first. The history is
OUT/REPORT/history.jsonl.`)
	cfgPath := fs.String("config", "", "config file (default: ./config.yaml when present)")
	report := fs.String("report", "", "report to show (default: every report)")
	out := fs.String("out", "", "output folder (default: output from the config)")
	n := fs.Int("n", 20, "show the last N runs of each report (0: all)")
	asJSON := fs.Bool("json", false, "print the entries as JSON lines")
	if err := e.parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usageErr(fmt.Errorf("history takes no arguments, got %q", fs.Args()))
	}
	if *n < 0 {
		return usageErr(fmt.Errorf("-n %d: expected 0 or more", *n))
	}
	s, err := load(*cfgPath)
	if err != nil {
		return err
	}
	outDir := s.cfg.Path(firstSet(*out, s.cfg.Output))
	names := make([]string, 0, len(s.reports))
	if *report != "" {
		def, err := s.report(*report)
		if err != nil {
			return err
		}
		names = append(names, def.Name)
	} else {
		for _, r := range s.reports {
			names = append(names, r.Name)
		}
	}
	for i, name := range names {
		entries, err := history.Read(filepath.Join(outDir, name))
		if err != nil {
			return err
		}
		total := len(entries)
		if *n > 0 && total > *n {
			entries = entries[total-*n:]
		}
		if *asJSON {
			if err := printHistoryJSON(e.stdout, entries); err != nil {
				return err
			}
			continue
		}
		if i > 0 {
			fmt.Fprintln(e.stdout)
		}
		printHistory(e.stdout, name, entries, total)
	}
	return nil
}

// printHistory prints entries, the last of total, of report as a table.
func printHistory(w io.Writer, report string, entries []history.Entry, total int) {
	switch {
	case total == 0:
		fmt.Fprintf(w, "report %s: no runs yet\n", report)
		return
	case len(entries) < total:
		fmt.Fprintf(w, "report %s: last %d of %d entries (runs and deliveries)\n", report, len(entries), total)
	default:
		fmt.Fprintf(w, "report %s: %d %s (runs and deliveries)\n", report, total, plural(total, "entry", "entries"))
	}
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "START (UTC)\tTRIGGER\tSLOT\tSTATUS\tSECONDS\tDOCS\tRUN\tERROR")
	for _, h := range entries {
		if h.Status == history.StatusSending && history.Settled(entries, h) {
			continue // its outcome follows
		}
		trigger := h.Trigger
		if h.CatchUp {
			trigger += " (catch-up)"
		}
		if h.Attempt > 1 {
			trigger += fmt.Sprintf(" #%d", h.Attempt)
		}
		docs, detail := fmt.Sprint(h.DocCount()), h.Error
		if h.IsDelivery() {
			trigger, docs, detail = "delivery ("+h.Trigger+")", "-", deliveryDetail(h)
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n", stamp(h.Start), trigger, dash(h.Slot), h.Status,
			seconds(h.Start, h.End), docs, dash(h.RunID), oneLine(detail))
	}
	tw.Flush()
}

// deliveryDetail says where a delivery went and, for each failed message, why.
func deliveryDetail(h history.Entry) string {
	var parts []string
	for _, d := range h.Deliveries {
		p := d.Channel + " " + strings.ReplaceAll(d.Message, "_", " ") + " to " + strings.Join(d.To, ", ")
		if d.Error != "" {
			p += ": " + d.Error
		}
		parts = append(parts, p)
	}
	return strings.Join(parts, "; ")
}

// printHistoryJSON prints entries as JSON lines, as stored.
func printHistoryJSON(w io.Writer, entries []history.Entry) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for _, h := range entries {
		if err := enc.Encode(h); err != nil {
			return err
		}
	}
	return nil
}

func stamp(t time.Time) string {
	if t.IsZero() {
		return "-"
	}
	return t.UTC().Format("2006-01-02 15:04:05")
}

func seconds(start, end time.Time) string {
	if start.IsZero() || end.IsZero() {
		return "-"
	}
	return fmt.Sprintf("%.1f", end.Sub(start).Seconds())
}

func dash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

// oneLine keeps a table row on one line and of reasonable width.
func oneLine(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if r := []rune(s); len(r) > 160 {
		s = string(r[:159]) + "…"
	}
	return s
}

// plural returns one or many according to n.
func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}
