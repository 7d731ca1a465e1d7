package pipeline

import (
	"fmt"
	"os"
	"time"

	"marketbrief/internal/config"
	"marketbrief/internal/model"
	"marketbrief/internal/schedule"
	"marketbrief/internal/window"
)

// period is a run's report window: documents dated from start to asOf (both included) are read.
type period struct {
	w           window.Window
	start, asOf time.Time
	// outside counts the documents left out, by reason, for the log and the manifest.
	outside map[string]int
	// modTime caches file times: the undated documents of one JSON-lines file share it.
	modTime map[string]time.Time
	// newest is the latest date of a dated document seen, in the window or not.
	newest time.Time
}

// reportWindow returns the window of a run of def as of asOf: spec (the --window flag) when set,
// else the definition's window, else the schedule's interval (7 days for a weekly report), else
// the whole corpus. lastAsOf is the previous successful run's as-of date (zero when none).
func reportWindow(cfg config.Config, def config.Report, spec string, asOf, lastAsOf time.Time) (*period, error) {
	if spec == "" {
		spec = def.Window
	}
	w, err := window.Parse(spec)
	if err != nil {
		return nil, fmt.Errorf("window: %w", err)
	}
	if spec == "" && def.Schedule != "" {
		s, err := schedule.Parse(def.Schedule, def.Zone(cfg))
		if err != nil {
			return nil, fmt.Errorf("reports/%s: schedule: %w", def.File, err)
		}
		a := s.Next(asOf)
		b := s.Next(a.At)
		w = window.FromInterval(b.At.Sub(a.At))
	}
	return &period{w: w, start: w.Start(asOf, lastAsOf), asOf: asOf, outside: map[string]int{}, modTime: map[string]time.Time{}}, nil
}

// keep reports whether document d belongs to the window (called from the corpus walk only, one
// document at a time): its date, or for an undated document
// the modification time of its file, falls between start and asOf. Documents dated after asOf
// are always left out, so that a report as of a past day reads what was known that day. A report
// of the whole corpus reads every undated document, whatever its file's time (a checkout or a
// copy sets it to when the file was written, not to when the story appeared).
func (p *period) keep(d model.Document) bool {
	var t time.Time
	if d.Date != "" {
		t, _ = time.Parse(time.DateOnly, d.Date)
		if t.After(p.newest) {
			p.newest = t
		}
	}
	if t.IsZero() && p.w.IsAll() {
		return true
	}
	if t.IsZero() {
		mt, ok := p.modTime[d.Path]
		if !ok {
			info, err := os.Stat(d.Path)
			if err != nil {
				p.outside["undated"]++
				return false
			}
			mt = info.ModTime().UTC()
			p.modTime[d.Path] = mt
		}
		t = mt
	}
	switch {
	case t.After(p.asOf.AddDate(0, 0, 1).Add(-time.Nanosecond)):
		p.outside["after_as_of"]++
		return false
	case !window.Contains(p.start, p.asOf, t):
		p.outside["before_window"]++
		return false
	}
	return true
}
