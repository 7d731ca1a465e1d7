package xlsx

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode/utf16"

	"marketbrief/internal/model"
)

func TestClean(t *testing.T) {
	t.Parallel()
	long := strings.Repeat("é", maxCellChars+10)
	emoji := strings.Repeat("😀", maxCellChars) // two UTF-16 units each
	tests := []struct {
		name, in, want string
		units          int // expected UTF-16 length when want is ""
	}{
		{"plain", "Amazon Web Services", "Amazon Web Services", 0},
		{"french", "« Société » à l’été — 3 €", "« Société » à l’été — 3 €", 0},
		{"formula-like text unchanged", "=SUM(A1)", "=SUM(A1)", 0},
		{"control characters dropped", "a\x00b\x01c\x1fd", "abcd", 0},
		{"tab newline kept", "a\tb\nc\r", "a\tb\nc\r", 0},
		{"invalid UTF-8 dropped", "a\xffb", "ab", 0},
		{"noncharacter dropped", "a\uFFFEb", "ab", 0},
		{"long text cut with ellipsis", long, "", maxCellChars},
		{"long emoji text cut on a rune", emoji, "", maxCellChars},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := clean(tt.in)
			if tt.want != "" && got != tt.want {
				t.Errorf("clean = %q, want %q", got, tt.want)
			}
			if tt.units > 0 {
				if n := len(utf16.Encode([]rune(got))); n != tt.units {
					t.Errorf("UTF-16 length = %d, want %d", n, tt.units)
				}
				if !strings.HasSuffix(got, "…") {
					t.Errorf("cut text does not end with an ellipsis")
				}
			}
		})
	}
}

func TestWriteLongAndControlText(t *testing.T) {
	t.Parallel()
	r := englishReport()
	r.Deals[0].Evidence[0].Text = strings.Repeat("x", 40000) + "\x02"
	r.Sources[1].Title = "bell\x07 and null\x00 in a title"
	w := writeBook(t, r, defaultLimits())
	if got := w.cell(t, "Deals", "P4"); len(utf16.Encode([]rune(got))) != maxCellChars || !strings.HasSuffix(got, "…") {
		t.Errorf("long evidence: %d UTF-16 units, want %d ending with …", len(utf16.Encode([]rune(got))), maxCellChars)
	}
	if got := w.cell(t, "Sources", "B5"); got != "bell and null in a title" {
		t.Errorf("title = %q", got)
	}
}

func TestWriteRowAndLinkLimits(t *testing.T) {
	t.Parallel()
	r := bigReport(50) // 50 deals, 50 shares, 5 sources
	w := writeBook(t, r, limits{maxRows: 20, maxLinks: 6})
	shown := 20 - headerRow
	tests := []struct {
		sheet, table string
		rows         int
	}{
		{"Deals", "Deals", 50},
		{"Market shares", "MarketShares", 50},
	}
	for _, tt := range tests {
		t.Run(tt.sheet, func(t *testing.T) {
			want := []string{fmt.Sprintf("%s A3:%s20", tt.table, map[string]string{"Deals": "Q", "MarketShares": "J"}[tt.table])}
			if got := w.tables(t, tt.sheet); strings.Join(got, ",") != strings.Join(want, ",") {
				t.Errorf("tables = %q, want %q", got, want)
			}
			note := w.cell(t, tt.sheet, "A2")
			for _, part := range []string{fmt.Sprintf("first %d of %d rows", shown, tt.rows), "first 6 rows"} {
				if !strings.Contains(note, part) {
					t.Errorf("note %q does not say %q", note, part)
				}
			}
			links, err := w.f.GetHyperLinkCells(tt.sheet, "")
			if err != nil || len(links) != 6 {
				t.Errorf("%d links (%v), want 6", len(links), err)
			}
		})
	}
}

func TestWriteDocProps(t *testing.T) {
	t.Parallel()
	r := frenchReport()
	w := writeBook(t, r, defaultLimits())
	p, err := w.f.GetDocProps()
	if err != nil {
		t.Fatal(err)
	}
	want := map[string][2]string{
		"title":    {p.Title, r.Title},
		"subject":  {p.Subject, r.Subject},
		"creator":  {p.Creator, "marketbrief"},
		"language": {p.Language, "fr"},
		"created":  {p.Created, r.AsOf.Format(time.RFC3339)},
	}
	for name, got := range want {
		if got[0] != got[1] {
			t.Errorf("%s = %q, want %q", name, got[0], got[1])
		}
	}
}

func TestWriteWideTrendAndLongNames(t *testing.T) {
	t.Parallel()
	r := englishReport()
	long := "International Business Machines Corporation of Armonk"
	tr := model.Trend{Region: "Europe", Vendors: []string{long, "SAP"}}
	for i := range 12 {
		tr.Periods = append(tr.Periods, fmt.Sprintf("20%02d", 10+i))
	}
	tr.Values = make([][]*float64, 2)
	for i := range tr.Values {
		for j := range tr.Periods {
			tr.Values[i] = append(tr.Values[i], f64(float64(10+i+j)))
		}
	}
	r.Trends = []model.Trend{tr}
	w := writeBook(t, r, defaultLimits())
	if got := w.tables(t, "Share trends"); len(got) != 1 || got[0] != "Trend1 A4:M6" {
		t.Fatalf("tables = %q", got)
	}
	// The table is wider than maxTrendColsBeside columns: the chart is anchored under it.
	drawing := string(w.pkg.files["xl/drawings/drawing2.xml"])
	if !strings.Contains(drawing, "<xdr:from><xdr:col>0</xdr:col>") {
		t.Errorf("trend chart not anchored in column A:\n%.300s", drawing)
	}
	if got := w.cell(t, "Share trends", "A5"); got != long {
		t.Errorf("table keeps the full name: got %q", got)
	}
	if !strings.Contains(w.pkg.chartXML(), "Chart data&#39;!$B$") {
		t.Errorf("charts do not refer to the chart data sheet")
	}
	found := false
	rows, _ := w.f.GetRows("Chart data")
	for _, row := range rows {
		found = found || slices.Contains(row, shorten(long, maxLabel))
	}
	if !found {
		t.Logf("chart data rows: %q", rows)
	}
	if !found || len([]rune(shorten(long, maxLabel))) != maxLabel {
		t.Errorf("chart label of %q not shortened to %d characters", long, maxLabel)
	}
}
