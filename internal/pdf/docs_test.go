package pdf_test

import (
	"flag"
	"os"
	"path/filepath"
	"testing"

	"marketbrief/internal/pdf/pdftest"
)

var docs = flag.Bool("docs", false, "rewrite docs/brief-page1.png from the realistic English fixture")

// TestDocsImage rewrites the picture of the brief's first page shown in the docs:
// go test ./internal/pdf -run TestDocsImage -docs
func TestDocsImage(t *testing.T) {
	if !*docs {
		t.Skip("run with -docs to rewrite docs/brief-page1.png")
	}
	p := save(t, "docs", render(t, pdftest.Realistic("en")))
	out := filepath.Join("..", "..", "docs", "brief-page1")
	run(t, "pdftoppm", "-png", "-r", "80", "-f", "1", "-l", "1", "-singlefile", p, out)
	fi, err := os.Stat(out + ".png")
	if err != nil {
		t.Fatal(err)
	}
	if fi.Size() > 300<<10 {
		t.Errorf("docs image is %d bytes, want under 300 KB: lower the resolution", fi.Size())
	}
}
