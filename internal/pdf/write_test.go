package pdf_test

import (
	"bytes"
	"io"
	"io/fs"
	"os"
	"strings"
	"testing"
	"testing/fstest"

	"marketbrief"
	"marketbrief/internal/model"
	"marketbrief/internal/pdf"
	"marketbrief/internal/pdf/pdftest"
)

// TestThirdLanguage shows that a language is a template file: a German report with a
// brief.de.tmpl (here the English one with a few words changed) is written in it.
// A third language is a locale file and a template: a German locale gives a German brief (and,
// through pdf.Locale, a German workbook).
func TestThirdLanguage(t *testing.T) {
	t.Parallel()
	en, err := os.ReadFile(templateDir + "/brief.en.tmpl")
	if err != nil {
		t.Fatal(err)
	}
	words, err := os.ReadFile("../locale/en.txt")
	if err != nil {
		t.Fatal(err)
	}
	de := strings.NewReplacer("section.summary = Summary", "section.summary = Zusammenfassung",
		"page = Page {n} of {total}", "page = Seite {n} von {total}", "decimal = .", "decimal = ,",
		"wb.Summary = Summary", "wb.Summary = Übersicht").Replace(string(words))
	fsys := fstest.MapFS{"brief.de.tmpl": {Data: en}, "brief.en.tmpl": {Data: en}, "locale.de.txt": {Data: []byte(de)}}
	r := pdftest.Realistic("de")
	var buf bytes.Buffer
	if err := pdf.Write(&buf, r, nil, fsys); err != nil {
		t.Fatal(err)
	}
	got := text(t, save(t, "german", buf.Bytes()))
	for _, w := range []string{"Zusammenfassung", "Seite 1 von", "$41,4 billion"} {
		if !strings.Contains(got, w) {
			t.Errorf("text lacks %q", w)
		}
	}
	loc, err := pdf.Locale(fsys, "de")
	if err != nil || loc.Get("wb.Summary") != "Übersicht" {
		t.Errorf("the workbook's locale: %v, %q", err, loc.Get("wb.Summary"))
	}
}

func TestWriteErrors(t *testing.T) {
	t.Parallel()
	broken := fstest.MapFS{"brief.en.tmpl": {Data: []byte(`{{define "summary"}}{{end}}`)}, "locale.en.txt": {Data: []byte("decimal = .\n")}}
	badSyntax := fstest.MapFS{"brief.en.tmpl": {Data: []byte(`{{define "locale"}}`)}}
	tests := []struct {
		name   string
		report *model.Report
		fsys   fstest.MapFS
		want   string
	}{
		{"no report", nil, nil, "no report"},
		{"no template", pdftest.Realistic("fr"), fstest.MapFS{}, "brief.en.tmpl"},
		{"missing locale keys", pdftest.Realistic("en"), broken, "missing keys thousands, and,"},
		{"bad template", pdftest.Realistic("en"), badSyntax, "parse brief.en.tmpl"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			var buf bytes.Buffer
			err := pdf.Write(&buf, tt.report, nil, tt.fsys)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("error %v, want one containing %q", err, tt.want)
			}
			if buf.Len() != 0 {
				t.Errorf("%d bytes written on error", buf.Len())
			}
		})
	}
}

// TestBadChart checks that a chart whose bytes are not a PNG is left out, not fatal.
func TestBadChart(t *testing.T) {
	t.Parallel()
	charts := []model.Chart{{Name: "broken", PNG: []byte("not a png"), Width: 1600, Height: 900}}
	err := pdf.Write(io.Discard, pdftest.Realistic("en"), charts, os.DirFS(templateDir))
	if err != nil {
		t.Fatal(err)
	}
}

// TestEmbeddedTemplates renders with the templates the binary embeds.
func TestEmbeddedTemplates(t *testing.T) {
	t.Parallel()
	sub, err := fs.Sub(marketbrief.Assets, "templates")
	if err != nil {
		t.Fatal(err)
	}
	for _, lang := range []string{"en", "fr"} {
		if err := pdf.Write(io.Discard, pdftest.Realistic(lang), nil, sub); err != nil {
			t.Errorf("%s: %v", lang, err)
		}
	}
}
