package xlsx

import (
	"os"
	"testing"

	"marketbrief/internal/model"
)

func TestSmokeWriteFiles(t *testing.T) {
	dir := os.Getenv("XLSX_SMOKE_DIR")
	if dir == "" {
		t.Skip("set XLSX_SMOKE_DIR")
	}
	for name, r := range map[string]any{"en": englishReport(), "fr": frenchReport(), "empty": emptyReport("en"), "one": oneVendorReport()} {
		f, err := os.Create(dir + "/" + name + ".xlsx")
		if err != nil {
			t.Fatal(err)
		}
		if err := Write(f, r.(*model.Report)); err != nil {
			t.Fatal(name, err)
		}
		f.Close()
	}
}
