package xlsx

import (
	"os"
	"path/filepath"
	"testing"

	"marketbrief/internal/model"
)

// TestWriteSamples writes sample workbooks to the directory named by XLSX_SAMPLES, for looking at
// them by hand (LibreOffice, Excel); it is skipped otherwise.
func TestWriteSamples(t *testing.T) {
	dir := os.Getenv("XLSX_SAMPLES")
	if dir == "" {
		t.Skip("set XLSX_SAMPLES=DIR to write sample workbooks")
	}
	samples := map[string]*model.Report{
		"en": englishReport(), "fr": frenchReport(), "empty": emptyReport("en"), "one": oneVendorReport(),
	}
	if os.Getenv("XLSX_SAMPLES_BIG") != "" {
		samples["big"] = bigReport(100_000)
	}
	for name, r := range samples {
		f, err := os.Create(filepath.Join(dir, name+".xlsx"))
		if err != nil {
			t.Fatal(err)
		}
		if err := Write(f, r); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if err := f.Close(); err != nil {
			t.Fatal(err)
		}
	}
}
