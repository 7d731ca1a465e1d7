package status

import (
	"embed"
	"encoding/json"
	"fmt"
	"html/template"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"time"

	"marketbrief/internal/history"
)

//go:embed page.html.tmpl
var pageFS embed.FS

var pageTmpl = template.Must(template.ParseFS(pageFS, "page.html.tmpl"))

// pendingFor is how long after its end the newest run may still be being delivered (retries
// with backoff included) before the page calls it not sent.
const pendingFor = 15 * time.Minute

// maxRuns is how many of a report's last runs the page lists.
const maxRuns = 10

// pageData is what the page shows.
type pageData struct {
	Now     string
	Started string // report started by "Run now", for the notice on top
	Refresh bool   // a report runs: reload the page by itself
	Reports []reportView
}

type reportView struct {
	Report
	Schedule string // the cron spec and its zone
	Next     []string
	Running  string // since when it runs, empty when it does not
	Runs     []runView
	Error    string // the history could not be read
}

type runView struct {
	ID, Trigger, Status, Start, Duration string
	// Period is the report's as-of date and window, from the run's manifest: two runs of one
	// report may cover different weeks.
	Period                  string
	Documents, Facts        string
	Delivery, DeliveryClass string
	Files                   []link
	Error                   string
}

type link struct{ Label, Href string }

// page renders the status page.
func (s *server) page(w http.ResponseWriter, r *http.Request) {
	data := pageData{Now: s.o.Now().UTC().Format("2006-01-02 15:04:05 UTC"), Started: r.URL.Query().Get("started")}
	for _, rep := range s.o.Reports() {
		v := s.reportView(rep)
		data.Refresh = data.Refresh || v.Running != ""
		data.Reports = append(data.Reports, v)
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'")
	w.Header().Set("Cache-Control", "no-store")
	if err := pageTmpl.Execute(w, data); err != nil {
		s.o.Log.Error("status page not rendered", "error", err)
	}
}

func (s *server) reportView(rep Report) reportView {
	zone := rep.Zone
	if zone == nil {
		zone = time.UTC
	}
	v := reportView{Report: rep, Schedule: "by hand only"}
	if rep.Schedule != "" {
		v.Schedule = rep.Schedule + " (" + zone.String() + ")"
	}
	for _, t := range rep.Next {
		v.Next = append(v.Next, t.In(zone).Format("Mon 2 Jan 2006 15:04 MST"))
	}
	if s.o.Running != nil {
		if since, ok := s.o.Running(rep.Name); ok {
			v.Running = since.In(zone).Format("15:04:05 MST")
		}
	}
	dir := filepath.Join(s.o.Output, rep.Name)
	entries, err := history.Read(dir)
	if err != nil {
		v.Error = err.Error()
		return v
	}
	for i := len(entries) - 1; i >= 0 && len(v.Runs) < maxRuns; i-- {
		e := entries[i]
		if e.IsDelivery() {
			continue
		}
		row := runRow(dir, rep.Name, e, entries, zone, s.o.Now())
		if row.Delivery == "–" && rep.Delivers != "" && e.Status == history.StatusOK {
			switch {
			case i == len(entries)-1 && s.o.Now().Sub(e.End) < pendingFor:
				row.Delivery = "sending…"
			default:
				// Published but never delivered: the process stopped between the two. Say so; a
				// re-send is one command away.
				row.Delivery, row.DeliveryClass = "not sent (marketbrief deliver --report "+rep.Name+" --run "+e.RunID+")", "failed"
			}
		}
		v.Runs = append(v.Runs, row)
	}
	return v
}

// runRow describes run e of report, its delivery found among entries.
func runRow(dir, report string, e history.Entry, entries []history.Entry, zone *time.Location, now time.Time) runView {
	rv := runView{ID: e.RunID, Trigger: e.Trigger, Status: e.Status, Error: e.Error, Documents: "–", Facts: "–",
		Start: e.Start.In(zone).Format("2 Jan 2006 15:04 MST"), Duration: "–", Delivery: "–"}
	if !e.End.IsZero() {
		rv.Duration = fmt.Sprintf("%.1f s", e.End.Sub(e.Start).Seconds())
	}
	if e.RunID != "" && runID.MatchString(e.RunID) {
		if m, ok := readManifest(filepath.Join(dir, e.RunID)); ok {
			counts := m.Counts
			rv.Documents = thousands(counts["documents"])
			// The brief's and the workbook's counts: facts at the report's confidence, joint
			// shares included, as the brief's key figures state them (facts.json keeps all).
			deals, shares := counts["deals"], counts["market_shares"]
			if n, ok := counts["deals_in_report"]; ok {
				deals = n
			}
			if n, ok := counts["market_shares_in_report"]; ok {
				shares = n + counts["group_shares"]
			}
			rv.Facts = thousands(counts["vendors"]) + " vendors, " + thousands(deals) + " deals, " + thousands(shares) + " shares"
			rv.Period = m.period()
			names := fileNames(report)
			for _, kind := range []string{"workbook", "brief", "facts"} {
				rv.Files = append(rv.Files, link{Label: map[string]string{"workbook": "Workbook", "brief": "Brief (PDF)", "facts": "facts.json"}[kind],
					Href: "/runs/" + report + "/" + e.RunID + "/" + names[kind]})
			}
		}
	}
	rv.Delivery, rv.DeliveryClass = deliverySummary(e, entries, now)
	return rv
}

// deliverySummary says how run e was delivered: by the last delivery entry of its run id, or of the
// failure notice that follows a failed run.
func deliverySummary(e history.Entry, entries []history.Entry, now time.Time) (string, string) {
	var last *history.Entry
	for i, d := range entries {
		if !d.IsDelivery() || (d.Status == history.StatusSending && history.Settled(entries, d)) {
			continue
		}
		if (e.RunID != "" && d.RunID == e.RunID) || (e.RunID == "" && d.RunID == "" && !d.Start.Before(e.End) && d.Start.Sub(e.End) < time.Minute) {
			last = &entries[i]
		}
	}
	if last == nil {
		return "–", ""
	}
	if last.Status == history.StatusSending && !history.Settled(entries, *last) {
		if now.Sub(last.Start) < pendingFor { // retries and their backoff may take minutes
			return "sending…", ""
		}
		return "interrupted while sending: check with the readers before re-sending (marketbrief deliver --report " +
			last.Report + " --run " + last.RunID + ")", "failed"
	}
	var parts []string
	for _, d := range last.Deliveries {
		what := d.Channel
		if len(d.To) > 0 {
			what += " to " + strings.Join(d.To, ", ")
		}
		if d.Message != history.MessageReport {
			what += " (" + strings.ReplaceAll(d.Message, "_", " ") + ")"
		}
		if d.Status != history.StatusSent {
			attempts := " attempts: "
			if d.Attempts == 1 {
				attempts = " attempt: "
			}
			what += ": FAILED after " + fmt.Sprint(d.Attempts) + attempts + d.Error
		} else {
			what += ": sent"
		}
		parts = append(parts, what)
	}
	class := "ok"
	if last.Status != history.StatusSent {
		class = "failed"
	}
	return strings.Join(parts, "; "), class
}

// runManifest is what the page reads of a run's manifest.json.
type runManifest struct {
	Counts map[string]int `json:"counts"`
	AsOf   string         `json:"as_of"`
	Window string         `json:"window"`
}

// readManifest reads a run's manifest.json.
func readManifest(dir string) (runManifest, bool) {
	var m runManifest
	b, err := os.ReadFile(filepath.Join(dir, "manifest.json"))
	if err != nil {
		return m, false
	}
	if json.Unmarshal(b, &m) != nil {
		return m, false
	}
	return m, true
}

// period says what a run reported on: "as of 30 Jun 2020 · 7d", "as of 2 Dec 2026 · whole
// corpus", or "" when the manifest does not say.
func (m runManifest) period() string {
	t, err := time.Parse(time.DateOnly, m.AsOf)
	if err != nil {
		return ""
	}
	s := "as of " + t.Format("2 Jan 2006")
	switch m.Window {
	case "":
	case "all":
		s += " · whole corpus"
	default:
		s += " · " + m.Window
	}
	return s
}

// thousands writes n with commas between thousands, as the page's other numbers read: 56,893.
func thousands(n int) string {
	s := fmt.Sprint(n)
	if n < 0 {
		return "-" + thousands(-n)
	}
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}
