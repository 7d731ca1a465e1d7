package pdf_test

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"marketbrief/internal/chart"
	"marketbrief/internal/model"
	"marketbrief/internal/pdf"
	"marketbrief/internal/pdf/pdftest"
)

// templateDir is the repository's templates folder.
const templateDir = "../../templates"

// tool returns the path of an outside program, skipping the test when it is missing, or failing
// when the CI variable is set (CI installs it).
func tool(t *testing.T, name string) string {
	t.Helper()
	p, err := exec.LookPath(name)
	if err != nil {
		if os.Getenv("CI") != "" {
			t.Fatalf("%s is required in CI: install poppler-utils and qpdf", name)
		}
		t.Skipf("%s not installed (apt-get install poppler-utils qpdf); skipping", name)
	}
	return p
}

// render draws r's charts with the template's labels and writes its brief, as the pipeline does.
func render(t testing.TB, r *model.Report) []byte {
	t.Helper()
	templates := os.DirFS(templateDir)
	labels, err := pdf.Labels(templates, r.Language)
	if err != nil {
		t.Fatal(err)
	}
	charts, err := chart.RenderWith(r, labels)
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := pdf.Write(&buf, r, charts, templates); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// save writes b to a file in a test folder (or $BRIEF_OUT when set, to look at the pages).
func save(t *testing.T, name string, b []byte) string {
	t.Helper()
	dir := os.Getenv("BRIEF_OUT")
	if dir == "" {
		dir = t.TempDir()
	}
	p := filepath.Join(dir, name+".pdf")
	if err := os.WriteFile(p, b, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// run runs an outside program and returns its standard output.
func run(t *testing.T, name string, args ...string) string {
	t.Helper()
	out, err := exec.Command(tool(t, name), args...).Output()
	if err != nil {
		t.Fatalf("%s %v: %v", name, args, err)
	}
	return string(out)
}

// text extracts a PDF's text with pdftotext, no-break spaces read as spaces.
func text(t *testing.T, path string) string {
	t.Helper()
	s := run(t, "pdftotext", "-enc", "UTF-8", path, "-")
	return strings.NewReplacer("\u00a0", " ", "\u202f", " ").Replace(s)
}

// briefCase is a report and what its brief's text must and must not hold.
type briefCase struct {
	name      string
	report    *model.Report
	want      []string
	wantNot   []string
	pages     [2]int // at least, at most
	wantCount map[string]int
}

// briefCases are the reports TestBrief renders.
func briefCases() []briefCase {
	return []briefCase{
		{"english", pdftest.Realistic("en"), []string{
			"Cloud market weekly", "17–22 November 2026", "Summary", "Key figures", "Charts",
			"Since the last report", "Top vendors", "Deals", "Market shares", "Sources", "Evidence",
			"Page 1 of 4", "As of 23 November 2026", "$41.4 billion", "€350 million",
			"Google’s acquisition of Wiz ($32 billion)", "27%", "more than 40%",
			"« OVHcloud accélère » : l’opérateur", "Société Générale", "Share of voice",
			"Deals per year", "Deals by type", "Market shares by market and region, latest period",
			"“Google completed its $32 billion", "Since the report of 16 November,",
		}, []string{"<no value>", "%!"}, [2]int{2, 6}, nil},
		{"french", pdftest.Realistic("fr"), []string{
			"Le marché du cloud, semaine 47", "Synthèse", "Chiffres clés", "Depuis le dernier rapport",
			"Principaux fournisseurs", "Opérations", "Parts de marché", "Page 1 sur 4",
			"Situation au 23 novembre 2026", "37,6 milliards d’euros", "350 millions d’euros",
			"le rachat de Wiz par", "27 %", "plus de 40 %", "Chine",
			"« Le fonds KKR investit", "du 17 au 22 novembre 2026", "T3 2026",
		}, []string{"<no value>", "%!", "27%"}, [2]int{2, 6}, nil},
		{"nothing found", pdftest.Empty("en"), []string{"Summary", "This brief covers 6 documents", "Sources"},
			[]string{"Charts", "Top vendors", "Since the last report", "Evidence", "Market shares"}, [2]int{1, 2}, nil},
		{"no market shares", pdftest.NoShares("en"), []string{"Share of voice", "Deals per year", "the biggest deals were"},
			[]string{"Market shares", "led the", "Before"}, [2]int{2, 6}, nil},
		{"one of each", pdftest.Single("fr"), []string{"Amazon est le fournisseur le plus cité (27 mentions).",
			"l’opération la plus importante est le rachat de Wiz par Google"}, nil, [2]int{2, 6}, nil},
		{"emoji and long names", pdftest.Awkward("en"), []string{"Cloud weekly — ???", "International Business Machines"},
			[]string{"🚀"}, [2]int{2, 6}, nil},
		{"many deals", pdftest.ManyDeals("en", 300), []string{"… and 275 more in the workbook."}, nil,
			[2]int{3, 7}, map[string]int{"Parties": 2}},
	}
}

func TestBrief(t *testing.T) {
	t.Parallel()
	for _, tt := range briefCases() {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			p := save(t, strings.ReplaceAll(tt.name, " ", "-"), render(t, tt.report))
			got := text(t, p)
			for _, w := range tt.want {
				if !strings.Contains(got, w) {
					t.Errorf("text lacks %q", w)
				}
			}
			for _, w := range tt.wantNot {
				if strings.Contains(got, w) {
					t.Errorf("text has %q", w)
				}
			}
			for w, n := range tt.wantCount {
				if c := strings.Count(got, w); c < n {
					t.Errorf("%q appears %d times, want at least %d (header repeated on each page)", w, c, n)
				}
			}
			pages := strings.Count(got, "\f")
			if pages < tt.pages[0] || pages > tt.pages[1] {
				t.Errorf("%d pages, want %d to %d", pages, tt.pages[0], tt.pages[1])
			}
			if m := regexp.MustCompile(`\s[.,]\s`).FindString(got); m != "" {
				t.Errorf("stray punctuation %q: an empty sentence?", m)
			}
		})
	}
}
