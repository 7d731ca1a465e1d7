package pipeline

import (
	"crypto/sha256"
	"encoding/hex"
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
	Documents  manifestDocs       `json:"documents"`
	// Skipped lists the files and lines skipped, with the reason, up to maxManifestSkipped;
	// SkippedNotListed counts the rest.
	Skipped          []model.Skipped   `json:"skipped"`
	SkippedNotListed int               `json:"skipped_not_listed,omitempty"`
	Versions         map[string]string `json:"versions"`
}

// manifestDocs summarises the documents read: facts.json lists each one with its SHA-256, and
// a manifest listing a million of them again would be as large as the facts.
type manifestDocs struct {
	Count     int            `json:"count"`
	Bytes     int64          `json:"bytes"`
	Languages map[string]int `json:"languages"`
	// SHA256 digests the documents' ids and SHA-256s in facts.json's order: equal digests, the
	// same documents.
	SHA256 string `json:"sha256"`
}

// maxManifestSkipped caps the skipped entries the manifest lists.
const maxManifestSkipped = 10000

func (m *manifest) fill(r *model.Report) {
	f := r.Facts
	m.Counts = map[string]int{
		"documents": len(f.Documents), "skipped": len(f.Skipped), "vendors": len(f.Vendors),
		"deals": len(f.Deals), "market_shares": len(f.MarketShares), "group_shares": len(f.GroupShares),
		"deals_in_report": len(r.Deals), "market_shares_in_report": len(r.Shares),
	}
	m.Documents = manifestDocs{Count: len(f.Documents), Languages: map[string]int{}}
	h := sha256.New()
	var line []byte
	for _, d := range f.Documents {
		m.Documents.Bytes += d.Bytes
		m.Documents.Languages[d.Language]++
		// "ID\x00SHA256-in-hex\n", appended rather than formatted: a million documents.
		line = append(append(line[:0], d.ID...), 0)
		if d.SHA256 != (model.SHA256{}) {
			line = hex.AppendEncode(line, d.SHA256[:])
		}
		h.Write(append(line, '\n'))
	}
	m.Documents.SHA256 = hex.EncodeToString(h.Sum(nil))
	m.Skipped = f.Skipped[:min(len(f.Skipped), maxManifestSkipped)]
	m.SkippedNotListed = len(f.Skipped) - len(m.Skipped)
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
