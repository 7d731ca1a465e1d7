package chart

import (
	"bytes"
	"image/png"
	"os"
	"path/filepath"
	"testing"

	"marketbrief/internal/model"
	"marketbrief/internal/pdf/pdftest"
)

func TestRender(t *testing.T) {
	t.Parallel()
	all := []string{"share_of_voice", "market_shares", "deals_by_year", "deals_by_type"}
	tests := []struct {
		name   string
		report *model.Report
		want   []string
	}{
		{"realistic en", pdftest.Realistic("en"), all},
		{"realistic fr", pdftest.Realistic("fr"), all},
		{"empty", pdftest.Empty("en"), nil},
		// One year of deals gets no "deals per year" chart; the one-bar charts still draw.
		{"single values", pdftest.Single("fr"), []string{"share_of_voice", "market_shares", "deals_by_type"}},
		{"equal values", pdftest.Equal("en"), all},
		{"zero values", pdftest.Zero("en"), nil},
		{"long names and emoji", pdftest.Awkward("en"), all},
		{"many deals", pdftest.ManyDeals("en", 1000), all},
		{"no market shares", pdftest.NoShares("en"), []string{"share_of_voice", "deals_by_year", "deals_by_type"}},
		{"zero report", &model.Report{}, nil},
		{"nil report", nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			charts, err := Render(tt.report)
			if err != nil {
				t.Fatal(err)
			}
			var names []string
			for _, c := range charts {
				names = append(names, c.Name)
				checkPNG(t, c)
				if dir := os.Getenv("CHART_OUT"); dir != "" {
					_ = os.WriteFile(filepath.Join(dir, filepath.Base(t.Name())+"_"+c.Name+".png"), c.PNG, 0o644)
				}
			}
			if !equal(names, tt.want) {
				t.Errorf("charts %v, want %v", names, tt.want)
			}
		})
	}
}

// checkPNG decodes c's bytes and compares the image size with the one recorded.
func checkPNG(t *testing.T, c model.Chart) {
	t.Helper()
	img, err := png.Decode(bytes.NewReader(c.PNG))
	if err != nil {
		t.Fatalf("%s: decode: %v", c.Name, err)
	}
	if b := img.Bounds(); b.Dx() != c.Width || b.Dy() != c.Height {
		t.Errorf("%s: image %dx%d, recorded %dx%d", c.Name, b.Dx(), b.Dy(), c.Width, c.Height)
	}
	if c.Width < 1000 || c.Height < 150 {
		t.Errorf("%s: %dx%d is too small for print", c.Name, c.Width, c.Height)
	}
}

func TestRenderDeterministic(t *testing.T) {
	t.Parallel()
	a, err := Render(pdftest.Realistic("fr"))
	if err != nil {
		t.Fatal(err)
	}
	b, err := Render(pdftest.Realistic("fr"))
	if err != nil {
		t.Fatal(err)
	}
	for i := range a {
		if !bytes.Equal(a[i].PNG, b[i].PNG) {
			t.Errorf("%s: two renders differ", a[i].Name)
		}
	}
}

func TestAxis(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name            string
		max             float64
		counts, percent bool
		top, step       float64
	}{
		{"zero", 0, true, false, 1, 1},
		{"one count", 1, true, false, 1, 1},
		{"seven counts", 7, true, false, 8, 2},
		{"percent 40", 40, false, true, 40, 10},
		{"percent 100", 100, false, true, 100, 50},
		{"percent 97", 97, false, true, 100, 50},
		{"small share", 0.4, false, true, 0.4, 0.1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			top, step := axis(tt.max, tt.counts, tt.percent)
			if top != tt.top || step != tt.step {
				t.Errorf("axis(%v) = %v, %v; want %v, %v", tt.max, top, step, tt.top, tt.step)
			}
		})
	}
}

func equal(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func TestRenderWithLabels(t *testing.T) {
	t.Parallel()
	r := pdftest.Realistic("de")
	labels := Labels{"chart.deals_by_type": "Transaktionen nach Art", "type.merger": "Fusion",
		"decimal": ",", "quarter": "Q{n}/{y}"}
	charts, err := RenderWith(r, labels)
	if err != nil {
		t.Fatal(err)
	}
	titles := map[string]string{}
	for _, c := range charts {
		titles[c.Name] = c.Title
	}
	if got := titles["deals_by_type"]; got != "Transaktionen nach Art" {
		t.Errorf("deals_by_type title %q, want the label", got)
	}
	if got := titles["share_of_voice"]; got != "Share of voice" {
		t.Errorf("share_of_voice title %q, want the English fallback", got)
	}
	loc := defaultLabels("de").merge(labels)
	for in, want := range map[string]string{"2026-Q3": "Q3/2026", "2026": "2026", "Q2": "Q2/"} {
		if got := loc.period(in); got != want {
			t.Errorf("period(%q) = %q, want %q", in, got, want)
		}
	}
	if got := loc.percent(4.5); got != "4,5%" {
		t.Errorf("percent(4.5) = %q, want 4,5%%", got)
	}
}
