package xlsx

import (
	"bytes"
	"fmt"
	"slices"
	"strings"
	"testing"

	"marketbrief/internal/model"
)

func TestWriteSheetsTablesCharts(t *testing.T) {
	t.Parallel()
	en, fr := labelsFor("en"), labelsFor("fr")
	tests := []struct {
		name   string
		report *model.Report
		sheets []string
		tables map[string][]string
		charts map[string][]string
	}{
		{"english", englishReport(),
			[]string{"Summary", "Vendors", "Deals", "Market shares", "Group shares", "Share trends", "Sources", "Chart data"},
			map[string][]string{en.Vendors: {"Vendors A3:M7"}, en.Deals: {"Deals A3:Q7"}, en.Shares: {"MarketShares A3:J7"},
				en.Groups: {"GroupShares A3:H4"}, en.Trends: {"Trend1 A4:C6", "Trend2 A23:B24"}, en.Sources: {"Sources A3:G7"}},
			map[string][]string{en.Summary: {"bar", "bar", "bar", "col"}, en.Trends: {"line"}}},
		{"french with changes", frenchReport(),
			[]string{"Synthèse", "Fournisseurs", "Transactions", "Parts de marché", "Parts groupées", "Tendances", "Sources", "Changements", "Données graphiques"},
			map[string][]string{fr.Vendors: {"Vendors A3:N7"}, fr.Deals: {"Deals A3:R7"}, fr.Shares: {"MarketShares A3:K7"},
				fr.Sources: {"Sources A3:H7"}, fr.Changes: {"NewDocuments A8:A9", "NewVendors A13:A14", "ShareChanges A18:F20"}},
			map[string][]string{fr.Summary: {"bar", "bar", "bar", "col"}, fr.Trends: {"line"}}},
		{"empty", emptyReport("en"),
			[]string{"Summary", "Vendors", "Deals", "Market shares", "Group shares", "Share trends", "Sources", "Chart data"},
			map[string][]string{en.Vendors: nil, en.Deals: nil, en.Shares: nil, en.Groups: nil, en.Trends: nil, en.Sources: nil},
			map[string][]string{en.Summary: nil, en.Trends: nil}},
		{"one vendor", oneVendorReport(),
			[]string{"Summary", "Vendors", "Deals", "Market shares", "Group shares", "Share trends", "Sources", "Chart data"},
			map[string][]string{en.Vendors: {"Vendors A3:M4"}, en.Deals: nil, en.Sources: {"Sources A3:G4"}},
			map[string][]string{en.Summary: {"bar"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			w := writeBook(t, tt.report, defaultLimits())
			if got := w.f.GetSheetList(); !slices.Equal(got, tt.sheets) {
				t.Errorf("sheets = %q, want %q", got, tt.sheets)
			}
			for sheet, want := range tt.tables {
				if got := w.tables(t, sheet); !slices.Equal(got, want) {
					t.Errorf("tables of %s = %q, want %q", sheet, got, want)
				}
				w.uniqueHeaders(t, sheet)
				if want == nil && sheet != labelsFor(tt.report.Language).Trends {
					if got := w.cell(t, sheet, "A3"); got != labelsFor(tt.report.Language).NoneFound {
						t.Errorf("%s!A3 = %q, want the none-found note", sheet, got)
					}
				}
			}
			w.tableColumnsMatchHeaders(t)
			for sheet, want := range tt.charts {
				if got := w.pkg.charts(t, sheet); !slices.Equal(got, want) {
					t.Errorf("charts of %s = %q, want %q", sheet, got, want)
				}
			}
			last := tt.sheets[len(tt.sheets)-1]
			if vis, _ := w.f.GetSheetVisible(last); vis {
				t.Errorf("chart data sheet %q is visible", last)
			}
		})
	}
}

func TestWriteCells(t *testing.T) {
	t.Parallel()
	w := writeBook(t, englishReport(), defaultLimits())
	tests := []struct {
		name, sheet, cell string
		// raw value and value as excelize formats it ("" to skip: excelize does not apply the
		// conditional sections and thousands scaling of amounts; LibreOffice shows "$19.7 bn").
		raw, shown string
		numFmt     string
	}{
		{"deal value in billions", "Deals", "J4", "19700000000", "", `[>=1000000000]"$"#,##0.0,,," bn";[>=1000000]"$"#,##0.0,," M";"$"#,##0`},
		{"deal value in millions", "Deals", "J7", "250000000", "", `[>=1000000000]"CHF "#,##0.0,,," bn";[>=1000000]"CHF "#,##0.0,," M";"CHF "#,##0`},
		{"full date is a date", "Deals", "A4", "44298", "2021-04-12", "yyyy-mm-dd"},
		{"partial date is its period's first day", "Deals", "A5", "44013", "2020-07-01", "yyyy-mm-dd"},
		{"date precision", "Deals", "B5", "quarter", "quarter", ""},
		{"date as stated", "Deals", "C5", "2020-Q3", "2020-Q3", ""},
		{"news or background", "Deals", "D4", "new this period", "", ""},
		{"share is a fraction", "Market shares", "B4", "0.4", "40.0%", "0.0%"},
		{"share of voice", "Vendors", "D4", "0.4", "40.0%", "0.0%"},
		{"group share", "Group shares", "B4", "0.63", "63.0%", "0.0%"},
		{"trend value", "Share trends", "B5", "0.33", "33.0%", ""},
		{"deal type", "Deals", "E4", "acquisition", "acquisition", ""},
		{"other parties", "Deals", "I7", "Amazon", "Amazon", ""},
		{"control character dropped", "Market shares", "H4", "Alibaba over 40%.", "", ""},
		{"formula-like title is text", "Sources", "B4", `=HYPERLINK("http://evil","x")`, "", ""},
		{"formula-like evidence is text", "Deals", "P4", "=SUM(1,2) Microsoft agreed to buy Nuance for $19.7 billion.", "", ""},
		{"plus title is text", "Sources", "B5", "+Cloud market Q3: AWS leads", "", ""},
		{"at title is text", "Sources", "B6", "@Microsoft buys -Nuance", "", ""},
		{"skipped status", "Sources", "G7", "skipped: not UTF-8 text", "", ""},
		{"summary as-of", "Summary", "B3", "46349", "2026-11-23", "yyyy-mm-dd"},
		{"summary disclosed USD", "Summary", "B20", "19700000000", "", `[>=1000000000]"$"#,##0.0,,," bn";[>=1000000]"$"#,##0.0,," M";"$"#,##0`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := w.raw(t, tt.sheet, tt.cell); got != tt.raw {
				t.Errorf("%s!%s raw = %q, want %q", tt.sheet, tt.cell, got, tt.raw)
			}
			if tt.shown != "" {
				if got := w.cell(t, tt.sheet, tt.cell); got != tt.shown {
					t.Errorf("%s!%s shown = %q, want %q", tt.sheet, tt.cell, got, tt.shown)
				}
			}
			if tt.numFmt != "" {
				if got := w.numFmt(t, tt.sheet, tt.cell); got != tt.numFmt {
					t.Errorf("%s!%s format = %q, want %q", tt.sheet, tt.cell, got, tt.numFmt)
				}
			}
			if f, _ := w.f.GetCellFormula(tt.sheet, tt.cell); f != "" {
				t.Errorf("%s!%s has formula %q", tt.sheet, tt.cell, f)
			}
		})
	}
	for name, data := range w.pkg.files {
		if strings.HasPrefix(name, "xl/worksheets/") && bytes.Contains(data, []byte("<f>")) {
			t.Errorf("%s contains a formula", name)
		}
	}
}

func TestWriteHyperlinks(t *testing.T) {
	t.Parallel()
	w := writeBook(t, englishReport(), defaultLimits())
	tests := []struct {
		name, sheet, cell string
		ok                bool
		target, linked    string // the link target and the value of the linked Sources cell
	}{
		{"deal to its first document", "Deals", "O4", true, "'Sources'!A6", "news/002_c.txt"},
		{"deal to a document", "Deals", "O5", true, "'Sources'!A5", "news/001_b.txt"},
		{"deal citing an unknown document", "Deals", "O6", false, "", ""},
		{"share to its document", "Market shares", "G4", true, "'Sources'!A4", "news/000_a.txt"},
		{"group share to its document", "Group shares", "G4", true, "'Sources'!A5", "news/001_b.txt"},
		{"source to its file", "Sources", "A5", true, "file:///corpus/news/001%20b.txt", ""},
		{"source without a path", "Sources", "A6", false, "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ok, target, err := w.f.GetCellHyperLink(tt.sheet, tt.cell)
			if err != nil || ok != tt.ok || target != tt.target {
				t.Fatalf("link %s!%s = %v %q %v, want %v %q", tt.sheet, tt.cell, ok, target, err, tt.ok, tt.target)
			}
			if tt.linked != "" {
				cell := target[strings.Index(target, "!")+1:]
				if got := w.cell(t, "Sources", cell); got != tt.linked {
					t.Errorf("linked cell Sources!%s = %q, want %q", cell, got, tt.linked)
				}
			}
		})
	}
}

func TestWriteFrench(t *testing.T) {
	t.Parallel()
	r := frenchReport()
	w := writeBook(t, r, defaultLimits())
	l := labelsFor("fr")
	checks := map[string]string{
		l.Summary + "!A1":  r.Title,
		l.Summary + "!A2":  "Période couverte",
		l.Summary + "!A4":  "Fenêtre du rapport",
		l.Summary + "!B4":  "tout le corpus",
		l.Summary + "!B8":  "fr 2, en 1",
		l.Summary + "!A14": "    fusion",
		l.Summary + "!A20": "Montant total annoncé, USD",
		l.Summary + "!A25": "Changements",
		l.Summary + "!B29": "2",
		l.Vendors + "!A6":  "Société Générale à Nîmes",
		l.Vendors + "!N3":  "Nouveau",
		l.Vendors + "!N4":  "oui",
		l.Vendors + "!N5":  "",
		l.Deals + "!F3":    "Acquéreur / client",
		l.Deals + "!P4":    r.Deals[0].Evidence[0].Text,
		l.Deals + "!E5":    "partenariat",
		l.Deals + "!R5":    "oui",
		l.Deals + "!D4":    "nouveau sur la période",
		l.Deals + "!M3":    "Devise du rapport",
		l.Shares + "!C4":   "plus de",
		l.Shares + "!F3":   "Période",
		l.Groups + "!C4":   "exacte",
		l.Trends + "!A4":   "Fournisseur",
		l.Sources + "!B4":  r.Sources[0].Title,
		l.Sources + "!G4":  "lu",
		l.Sources + "!G7":  "ignoré: not UTF-8 text",
		l.Sources + "!H5":  "oui",
		l.Changes + "!A3":  "Exécution précédente",
		l.Changes + "!B4":  "2026-11-16",
		l.Changes + "!A9":  "news/001_b.txt",
		l.Changes + "!A14": "Société Générale à Nîmes",
		l.Changes + "!F18": "Nouvelle part",
		l.Changes + "!E19": "30.0%",
		l.Changes + "!E20": "",
	}
	for ref, want := range checks {
		sheet, cell, _ := strings.Cut(ref, "!")
		if got := w.cell(t, sheet, cell); got != want {
			t.Errorf("%s = %q, want %q", ref, got, want)
		}
	}
}

// TestSourcesSaysWhatItLeftOut checks that the Sources sheet counts the documents read that it
// does not list, in the report's language.
func TestSourcesSaysWhatItLeftOut(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct {
		name string
		r    *model.Report
		want string
	}{
		{"english", englishReport(), "7 of the"},
		{"french", frenchReport(), "7 des"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			tt.r.SourcesLeftOut = 7
			w := writeBook(t, tt.r, defaultLimits())
			if got := w.cell(t, "Sources", "A2"); !strings.HasPrefix(got, tt.want) || !strings.Contains(got, "facts.json") {
				t.Errorf("Sources!A2 = %q, want a note starting %q that points at facts.json", got, tt.want)
			}
		})
	}
}

// A deal dated after its article says so in the news-or-background column, and a report with
// background deals counts them on the Summary apart from the value lines, which total the
// period's news only.
func TestExpectedAndBackgroundDeals(t *testing.T) {
	t.Parallel()
	r := englishReport()
	r.Deals[0].Expected = true
	r.Figures.BackgroundDeals = 2
	w := writeBook(t, r, defaultLimits())
	if got := w.cell(t, "Deals", "D4"); got != "new this period, dated after its article" {
		t.Errorf("Deals!D4 = %q, want the expected-date status", got)
	}
	found := false
	for row := 1; row < 40; row++ {
		label := w.cell(t, "Summary", fmt.Sprintf("A%d", row))
		if label == "Background deals, not in the total" {
			found = w.cell(t, "Summary", fmt.Sprintf("B%d", row)) == "2"
		}
	}
	if !found {
		t.Error("the Summary does not count the 2 background deals")
	}
}
