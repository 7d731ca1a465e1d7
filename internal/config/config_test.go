package config

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"
)

func TestLoadAndValidate(t *testing.T) {
	tests := []struct {
		name string
		yaml string
		want []string // substrings of the error; none: valid
	}{
		{"empty file is the defaults", "", nil},
		{"valid", "corpus: news\ntimezone: Europe/Paris\nserve:\n  backoff: 30s\n  overlap: wait\n", nil},
		{"unknown key", "corpus: news\ncorpsu: x\n", []string{"line 2", "unknown key corpsu"}},
		{"wrong type", "keep: many\n", []string{`line 1: keep: expected a whole number, got "many"`}},
		{"list for a value", "output: out\ncorpus: [a, b]\n", []string{"line 2: corpus: expected text, got a list"}},
		{"bad duration", "serve:\n  grace: soon\n", []string{`line 2: grace: expected a duration such as 90s or 2m, got "soon"`}},
		{"every problem at once", "timezone: Mars/Olympus\nlog_format: xml\nmin_confidence: 2\nserve:\n  overlap: queue\n  attempts: 0\n  listen: 0.0.0.0:9464\nvendors:\n  - aliases: [X]\n",
			[]string{`timezone: unknown time zone`, `"Mars/Olympus"`, `log_format: must be text or json (got "xml")`, "min_confidence", `serve.overlap: must be skip or wait (got "queue")`, "serve.attempts", "serve.listen: must be a loopback", "vendors[0].name"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := filepath.Join(t.TempDir(), "config.yaml")
			if err := os.WriteFile(p, []byte(tt.yaml), 0o644); err != nil {
				t.Fatal(err)
			}
			cfg, err := Load(p)
			if err == nil {
				err = cfg.Validate()
			}
			if len(tt.want) == 0 {
				if err != nil {
					t.Fatalf("unexpected error: %v", err)
				}
				if cfg.Dir != filepath.Dir(p) {
					t.Errorf("Dir = %s, want %s", cfg.Dir, filepath.Dir(p))
				}
				return
			}
			if err == nil {
				t.Fatalf("no error, want %v", tt.want)
			}
			for _, w := range tt.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q lacks %q", err, w)
				}
			}
		})
	}
}

func TestLoadReports(t *testing.T) {
	tmpl := fstest.MapFS{"brief.en.tmpl": {Data: []byte("x")}, "brief.fr.tmpl": {Data: []byte("x")}}
	good := fstest.MapFS{
		"weekly.yaml":  {Data: []byte("title: Weekly\nschedule: '0 7 * * 1'\n")},
		"mensuel.yaml": {Data: []byte("name: mensuel\nlanguage: fr\n")},
	}
	reps, err := LoadReports(Default(), good, tmpl)
	if err != nil {
		t.Fatal(err)
	}
	if len(reps) != 2 || reps[0].Name != "mensuel" || reps[1].Name != "weekly" || reps[1].TopVendors != 10 {
		t.Errorf("reports = %+v", reps)
	}
	if reps[0].ReportCurrency() != "EUR" || reps[1].ReportCurrency() != "USD" {
		t.Errorf("currencies %s, %s: want EUR for a French report, USD otherwise", reps[0].ReportCurrency(), reps[1].ReportCurrency())
	}
	bad := fstest.MapFS{
		"a.yaml": {Data: []byte("name: Bad Name\nlanguage: de\ntop_vendors: 0\ntimezone: Nowhere\nwindow: fortnight\ncurrency: XYZ\n")},
		"b.yaml": {Data: []byte("titel: oops\n")},
	}
	_, err = LoadReports(Default(), bad, tmpl)
	for _, w := range []string{"reports/a.yaml: name", "reports/a.yaml: language", "brief.de.tmpl", "top_vendors", "reports/a.yaml: timezone", "reports/a.yaml: window", "reports/a.yaml: currency", "reports/b.yaml", "unknown key titel"} {
		if err == nil || !strings.Contains(err.Error(), w) {
			t.Errorf("error %v lacks %q", err, w)
		}
	}
	if _, err := LoadReports(Default(), fstest.MapFS{}, tmpl); err == nil {
		t.Error("no error for a folder without definitions")
	}
}
