package pdf_test

import (
	"bytes"
	"io"
	"os"
	"strings"
	"testing"

	"marketbrief/internal/chart"
	"marketbrief/internal/pdf"
	"marketbrief/internal/pdf/pdftest"
)

// TestFile checks the file itself: fonts embedded, structure valid, metadata and outline present.
func TestFile(t *testing.T) {
	t.Parallel()
	p := save(t, "file", render(t, pdftest.Realistic("fr")))
	fonts := run(t, "pdffonts", p)
	if !strings.Contains(strings.ToLower(fonts), "liberationsans") || !strings.Contains(fonts, "Identity-H       yes") {
		t.Errorf("font not embedded:\n%s", fonts)
	}
	run(t, "qpdf", "--check", p) // fails the test on a non-zero exit
	info := run(t, "pdfinfo", p)
	for _, w := range []string{"Title:           Le marché du cloud, semaine 47", "Creator:         marketbrief",
		"Author:          marketbrief", "Keywords:        marché du cloud", "CreationDate:    Mon Nov 23 00:00:00 2026"} {
		if !strings.Contains(info, w) {
			t.Errorf("pdfinfo lacks %q:\n%s", w, info)
		}
	}
	outline := run(t, "qpdf", "--json", "--json-key=outlines", p)
	for _, w := range []string{`"title": "Synthèse"`, `"title": "Graphiques"`, `"title": "Sources"`} {
		if !strings.Contains(outline, w) {
			t.Errorf("outline lacks %s", w)
		}
	}
}

func TestDeterministic(t *testing.T) {
	t.Parallel()
	a := render(t, pdftest.Realistic("fr"))
	b := render(t, pdftest.Realistic("fr"))
	if !bytes.Equal(a, b) {
		t.Error("two renders of the same report differ")
	}
}

func BenchmarkBrief(b *testing.B) {
	r := pdftest.ManyDeals("en", 1000)
	for b.Loop() {
		render(b, r)
	}
}

// BenchmarkWrite measures the PDF alone, charts drawn beforehand.
func BenchmarkWrite(b *testing.B) {
	r := pdftest.ManyDeals("en", 1000)
	charts, err := chart.Render(r)
	if err != nil {
		b.Fatal(err)
	}
	templates := os.DirFS(templateDir)
	for b.Loop() {
		if err := pdf.Write(io.Discard, r, charts, templates); err != nil {
			b.Fatal(err)
		}
	}
}
