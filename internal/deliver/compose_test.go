package deliver

import (
	"strings"
	"testing"
	"time"

	"marketbrief/internal/history"
	"marketbrief/internal/model"
)

// sampleRun is a published run with a 300 KB brief and a 2 MB workbook.
func sampleRun(lang string) Run {
	return Run{
		Report: "weekly", Title: "Weekly", Language: lang, Message: history.MessageReport,
		RunID: "20251124T070000Z", Dir: "/srv/out/weekly/20251124T070000Z",
		Digest: model.Digest{Title: "Weekly", AsOf: "As of 24 November 2025", Period: "1–20 November 2025",
			Summary: "Contoso <was> the most-mentioned vendor.", FiguresHeading: "Key figures",
			Figures: []string{"4 documents read", "2 deals"}, SinceHeading: "Since the last report"},
		Files: []File{
			{Kind: "workbook", Name: "weekly.xlsx", Path: "/srv/out/weekly/20251124T070000Z/weekly.xlsx", Size: 2 << 20},
			{Kind: "brief", Name: "weekly.pdf", Path: "/srv/out/weekly/20251124T070000Z/weekly.pdf", Size: 300 << 10},
			{Kind: "facts", Name: "facts.json", Path: "/srv/out/weekly/20251124T070000Z/facts.json", Size: 1 << 10},
		},
		Counts: map[string]int{"documents": 4, "deals": 2},
		When:   time.Date(2025, 11, 24, 7, 0, 0, 0, time.UTC),
	}
}

func TestCompose(t *testing.T) {
	tests := []struct {
		name     string
		run      func() Run
		limit    int64
		subject  string
		attach   []string
		omitted  []string
		contains []string
		absent   []string
	}{
		{
			name: "report with both files", run: func() Run { return sampleRun("en") }, limit: 10 << 20,
			subject: "Weekly — 1–20 November 2025", attach: []string{"weekly.pdf", "weekly.xlsx"},
			contains: []string{"Contoso <was> the most-mentioned", "Key figures", "- 2 deals", "This is the first report",
				"Attached: weekly.pdf (300 KB), weekly.xlsx (2 MB)."},
			absent: []string{"facts.json (", "not attached"},
		},
		{
			name: "workbook over the limit is named with its path", run: func() Run { return sampleRun("en") }, limit: 1 << 20,
			subject: "Weekly — 1–20 November 2025", attach: []string{"weekly.pdf"}, omitted: []string{"weekly.xlsx"},
			contains: []string{"weekly.xlsx (2 MB) is not attached: it would take the message over the 1 MB limit. It is on the server at /srv/out/weekly/20251124T070000Z/weekly.xlsx"},
		},
		{
			name: "French, with what changed", limit: 10 << 20,
			run: func() Run {
				r := sampleRun("fr")
				r.Digest.Period, r.Digest.Since = "du 1er au 20 novembre 2025", []string{"Depuis le rapport du 17 novembre 2025 : 2 nouveaux documents."}
				r.Files[0].Size = 15 << 20
				return r
			},
			subject: "Weekly — du 1er au 20 novembre 2025", attach: []string{"weekly.pdf"}, omitted: []string{"weekly.xlsx"},
			contains: []string{"Depuis le rapport du 17 novembre", "En pièces jointes : weekly.pdf (300 ko).", "weekly.xlsx (15 Mo) n’est pas joint", "limite de 10 Mo"},
			absent:   []string{"premier rapport"},
		},
		{
			name: "failure notice", limit: 10 << 20,
			run: func() Run {
				return Run{Report: "hebdo", Title: "Hebdo", Language: "fr", Message: history.MessageFailure,
					Error: "corpus /data: no such folder", When: time.Date(2025, 11, 24, 6, 30, 0, 0, time.UTC)}
			},
			subject:  "Échec : Hebdo — 2025-11-24 06:30 UTC",
			contains: []string{"n’a pas pu être produit", "corpus /data: no such folder", "marketbrief history --report hebdo"},
			absent:   []string{"pièces jointes"},
		},
		{
			name: "empty run notice", limit: 10 << 20,
			run: func() Run {
				r := sampleRun("en")
				r.Message, r.Counts = history.MessageEmpty, map[string]int{"documents": 0}
				return r
			},
			subject:  "Nothing found: Weekly — 1–20 November 2025",
			contains: []string{"read 0 document(s) and found no vendor", r0},
			absent:   []string{"Attached:", "Key figures"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m, err := Compose(tt.run(), tt.limit)
			if err != nil {
				t.Fatal(err)
			}
			if m.Subject != tt.subject {
				t.Errorf("subject = %q, want %q", m.Subject, tt.subject)
			}
			if got := names(m.Attach); strings.Join(got, ",") != strings.Join(tt.attach, ",") {
				t.Errorf("attached %v, want %v", got, tt.attach)
			}
			if got := names(m.Omitted); strings.Join(got, ",") != strings.Join(tt.omitted, ",") {
				t.Errorf("omitted %v, want %v", got, tt.omitted)
			}
			for _, c := range tt.contains {
				if !strings.Contains(m.Text, c) {
					t.Errorf("text lacks %q:\n%s", c, m.Text)
				}
			}
			for _, a := range tt.absent {
				if strings.Contains(m.Text, a) {
					t.Errorf("text has %q:\n%s", a, m.Text)
				}
			}
			if strings.Contains(m.HTML, "<was>") || (strings.Contains(m.Text, "<was>") && !strings.Contains(m.HTML, "&lt;was&gt;")) {
				t.Errorf("HTML does not escape the summary: %s", m.HTML)
			}
		})
	}
}

// r0 is the run folder every sample run names.
const r0 = "/srv/out/weekly/20251124T070000Z"

func names(fs []File) []string {
	var out []string
	for _, f := range fs {
		out = append(out, f.Name)
	}
	return out
}
