package pipeline

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"marketbrief/internal/pdf"
)

// sampleSummary runs the report of lang over the repository's sample corpus as of asOf with
// window and returns its summary's paragraphs.
func sampleSummary(t *testing.T, lang, asOf, window string) []string {
	t.Helper()
	cfg, def, opts := setup(t)
	cfg.Corpus = filepath.Join("..", "..", "corpus")
	if abs, err := filepath.Abs(cfg.Corpus); err == nil {
		cfg.Corpus = abs
	}
	def.Language = lang
	def.Schedule = "0 7 * * 1" // weekly: the default window is 7 days
	opts.Window = window
	opts.AsOf, _ = time.Parse(time.DateOnly, asOf)
	opts.Templates = os.DirFS(filepath.Join("..", "..", "templates"))
	res, err := Run(context.Background(), cfg, def, opts)
	if err != nil {
		t.Fatal(err)
	}
	ps, err := pdf.Summary(res.Report, opts.Templates)
	if err != nil {
		t.Fatal(err)
	}
	return ps
}

// A weekly brief as of the sample's last weeks tells that week's story: its first paragraph names
// the week's deals and figures and nothing older; deals the week's articles recall are background.
func TestWeeklySummaryTellsTheWeek(t *testing.T) {
	older := []string{"VMware", "Red Hat", "GitHub", "Northwind", "Verdance", "Sylvéa", "Cloud Technology Partners", "2017", "2018", "2019", "2023"}
	tests := []struct {
		name, lang, asOf string
		want, wantNot    []string
	}{
		{"en deals week", "en", "2025-09-09",
			[]string{"In the week of 3–9 September 2025", "OVHcloud’s acquisition of Tessera Cloud (€180 million, about $204 million)",
				"Baltic Rail Authority’s contract with OVHcloud", "In France, Amazon led the cloud market with about 34% (H1 2025)"},
			append(older, "Alibaba", "Q3 2025")},
		{"fr deals week", "fr", "2025-09-09",
			[]string{"Dans la semaine du 3 au 9 septembre 2025", "le rachat de Tessera Cloud par OVHcloud (180 millions d’euros)",
				"Baltic Rail Authority", "En France, Amazon domine le marché du cloud avec environ 34\u202f% (S1 2025)"},
			append(older, "Alibaba", "T3 2025")},
		{"en last week", "en", "2025-11-18",
			[]string{"In the week of 12–18 November 2025, no deal was reported.", "In China, Alibaba led the cloud market with more than 35% (Q3 2025)"},
			append(older, "OVHcloud", "Tessera", "H1 2025")},
		{"fr last week", "fr", "2025-11-18",
			[]string{"Dans la semaine du 12 au 18 novembre 2025, aucune opération n’a été annoncée.", "En Chine, Alibaba domine le marché du cloud avec plus de 35\u202f% (T3 2025)"},
			append(older, "OVHcloud", "Tessera", "S1 2025")},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ps := sampleSummary(t, tt.lang, tt.asOf, "")
			first := strings.ReplaceAll(ps[0], "\u00a0", " ")
			t.Log(first)
			for _, w := range tt.want {
				if !strings.Contains(first, w) {
					t.Errorf("first paragraph lacks %q", w)
				}
			}
			for _, w := range tt.wantNot {
				if strings.Contains(first, w) {
					t.Errorf("first paragraph has %q, which is not this week's news", w)
				}
			}
		})
	}
}

// Over the whole corpus, the deals the articles recall from before their time (VMware 2023, Red
// Hat 2019, GitHub 2018, CTP 2017) are background: never in the first paragraph, named as such
// after it.
func TestWholeCorpusMarksBackground(t *testing.T) {
	for lang, marker := range map[string]string{"en": "background, marked as such", "fr": "c’est du contexte"} {
		t.Run(lang, func(t *testing.T) {
			ps := sampleSummary(t, lang, "2025-11-24", "all")
			text := strings.ReplaceAll(strings.Join(ps, "\n"), "\u00a0", " ")
			t.Log(text)
			for _, w := range []string{"VMware", "Red Hat", "GitHub"} {
				if strings.Contains(ps[0], w) {
					t.Errorf("first paragraph names %s, a background deal", w)
				}
				if !strings.Contains(text, w) {
					t.Errorf("summary does not recall %s as background", w)
				}
			}
			if !strings.Contains(text, marker) {
				t.Errorf("background deals not marked (%q)", marker)
			}
			if !strings.Contains(ps[0], "Northwind Data Systems") {
				t.Error("first paragraph lacks the corpus's biggest news deal, HPE–Northwind")
			}
		})
	}
}

// since-last-run reads the documents dated after the previous run's as-of date; an undated
// document counts by its file's time; a document dated after the as-of date is left out.
func TestSinceLastRunWindow(t *testing.T) {
	cfg, def, opts := setup(t) // a.txt is dated 2025-10-01
	corpus := filepath.Join(cfg.Dir, "corpus")
	write := func(name, text string) string {
		p := filepath.Join(corpus, name)
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	write("b.txt", "Second\nDate: 2025-11-20\n\nOracle said it would buy Fabrikam Inc.\n")
	write("late.txt", "Later\nDate: 2025-12-05\n\nIBM bought Northwind Traders Ltd.\n")
	undated := write("c.txt", "Undated note\n\nAmazon signed a contract with Contoso Ltd.\n")
	stamp := time.Date(2025, 11, 22, 12, 0, 0, 0, time.UTC)
	if err := os.Chtimes(undated, stamp, stamp); err != nil {
		t.Fatal(err)
	}
	def.Window = "since-last-run"
	ids := func(asOf string) []string {
		opts.AsOf, _ = time.Parse(time.DateOnly, asOf)
		res, err := Run(context.Background(), cfg, def, opts)
		if err != nil {
			t.Fatal(err)
		}
		var out []string
		for _, d := range res.Facts.Documents {
			out = append(out, d.ID)
		}
		return out
	}
	if got := ids("2025-11-01"); strings.Join(got, " ") != "a.txt" {
		t.Errorf("first run read %v, want a.txt (no previous run: everything up to the as-of date, undated c.txt's file is later)", got)
	}
	if got := ids("2025-11-24"); strings.Join(got, " ") != "b.txt c.txt" {
		t.Errorf("second run read %v, want b.txt and the undated c.txt (file time 22 November)", got)
	}
}

// A run by hand with no --as-of over a corpus whose newest article is older than the window (an
// archive, the sample corpus) reports on the window ending at that article, not on an empty week;
// a scheduled run, or one with --as-of, keeps its date.
func TestManualRunEndsAtNewestDocument(t *testing.T) {
	for _, tc := range []struct {
		name, trigger string
		asOf          time.Time
		wantAsOf      string
		wantDocs      int
	}{
		{"by hand", "manual", time.Time{}, "2025-10-01", 1},
		{"scheduled", "scheduled", time.Time{}, "2025-11-24", 0},
		{"by hand with --as-of", "manual", time.Date(2025, 11, 24, 0, 0, 0, 0, time.UTC), "2025-11-24", 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			cfg, def, opts := setup(t)
			def.Window = "7d"
			opts.Trigger, opts.AsOf = tc.trigger, tc.asOf
			res, err := Run(context.Background(), cfg, def, opts)
			if err != nil {
				t.Fatal(err)
			}
			if got := res.Facts.GeneratedAt[:10]; got != tc.wantAsOf || len(res.Facts.Documents) != tc.wantDocs {
				t.Errorf("as of %s with %d documents, want %s with %d", got, len(res.Facts.Documents), tc.wantAsOf, tc.wantDocs)
			}
		})
	}
}
