package pipeline

import (
	"runtime"
	"runtime/debug"

	"marketbrief/internal/config"
	"marketbrief/internal/model"
)

// manifest is manifest.json: how a run was made and what it read.
type manifest struct {
	Report      string `json:"report"`
	RunID       string `json:"run_id"`
	AsOf        string `json:"as_of"`
	Trigger     string `json:"trigger,omitempty"`
	Slot        string `json:"slot,omitempty"`
	StartedAt   string `json:"started_at"`
	FinishedAt  string `json:"finished_at"`
	PreviousRun string `json:"previous_run,omitempty"`
	// Window is the report period read; Outside counts the documents left out of it, by reason.
	Window     string             `json:"window"`
	Outside    map[string]int     `json:"outside_window,omitempty"`
	Corpus     string             `json:"corpus"`
	Config     config.Config      `json:"config"`
	Definition config.Report      `json:"report_definition"`
	Counts     map[string]int     `json:"counts"`
	Durations  map[string]float64 `json:"durations_seconds"`
	Outputs    []string           `json:"outputs"`
	Documents  []manifestDoc      `json:"documents"`
	Skipped    []model.Skipped    `json:"skipped"`
	Versions   map[string]string  `json:"versions"`
}

type manifestDoc struct {
	ID     string `json:"id"`
	SHA256 string `json:"sha256"`
	Bytes  int64  `json:"bytes"`
}

func (m *manifest) fill(r *model.Report) {
	f := r.Facts
	m.Counts = map[string]int{
		"documents": len(f.Documents), "skipped": len(f.Skipped), "vendors": len(f.Vendors),
		"deals": len(f.Deals), "market_shares": len(f.MarketShares), "group_shares": len(f.GroupShares),
		"deals_in_report": len(r.Deals), "market_shares_in_report": len(r.Shares),
	}
	m.Documents = make([]manifestDoc, len(f.Documents))
	for i, d := range f.Documents {
		m.Documents[i] = manifestDoc{ID: d.ID, SHA256: d.SHA256, Bytes: d.Bytes}
	}
	m.Skipped = f.Skipped
	if m.Skipped == nil {
		m.Skipped = []model.Skipped{}
	}
}

// versions reports the build: marketbrief's VCS revision, Go's version and the libraries'.
func versions() map[string]string {
	v := map[string]string{"go": runtime.Version()}
	bi, ok := debug.ReadBuildInfo()
	if !ok {
		return v
	}
	v["marketbrief"] = bi.Main.Version
	for _, s := range bi.Settings {
		if s.Key == "vcs.revision" {
			v["marketbrief"] = s.Value
		}
	}
	for _, d := range bi.Deps {
		switch d.Path {
		case "github.com/xuri/excelize/v2", "github.com/go-pdf/fpdf", "github.com/wcharczuk/go-chart/v2", "github.com/robfig/cron/v3":
			v[d.Path] = d.Version
		}
	}
	return v
}
