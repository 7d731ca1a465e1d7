package xlsx

import (
	"encoding/json"
	"os"
	"os/exec"
	"slices"
	"testing"

	"marketbrief/internal/model"
)

// systemPython is Debian's interpreter, the one that sees python3-openpyxl.
const systemPython = "/usr/bin/python3"

// needOpenpyxl skips the test when openpyxl cannot run, except in CI, where it fails.
func needOpenpyxl(t *testing.T) {
	t.Helper()
	err := exec.Command(systemPython, "-c", "import openpyxl").Run()
	if err == nil {
		return
	}
	msg := "openpyxl check needs " + systemPython + " with openpyxl (apt-get install python3-openpyxl): " + err.Error()
	if os.Getenv("CI") != "" {
		t.Fatal(msg)
	}
	t.Skip(msg)
}

// openpyxlReport is what testdata/check_workbook.py prints.
type openpyxlReport struct {
	Sheets []string              `json:"sheets"`
	Hidden []string              `json:"hidden"`
	Tables map[string][][]string `json:"tables"`
	Charts map[string][]string   `json:"charts"`
}

func TestOpenpyxlLoadsWorkbook(t *testing.T) {
	needOpenpyxl(t)
	t.Parallel()
	tests := []struct {
		name   string
		report *model.Report
		tables int
		charts map[string]int
	}{
		{"english", englishReport(), 7, map[string]int{"Summary": 4, "Share trends": 1}},
		{"french with changes", frenchReport(), 10, map[string]int{"Synthèse": 4, "Tendances": 1}},
		{"empty", emptyReport("fr"), 0, map[string]int{}},
		{"one vendor", oneVendorReport(), 2, map[string]int{"Summary": 1}},
		{"rows and links cut", bigReport(40), 7, map[string]int{"Summary": 4, "Share trends": 1}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			w := writeBook(t, tt.report, limits{maxRows: 30, maxLinks: 10})
			out, err := exec.Command(systemPython, "testdata/check_workbook.py", w.path).Output()
			if err != nil {
				var stderr []byte
				if ee, ok := err.(*exec.ExitError); ok {
					stderr = ee.Stderr
				}
				t.Fatalf("check_workbook.py: %v\n%s", err, stderr)
			}
			var got openpyxlReport
			if err := json.Unmarshal(out, &got); err != nil {
				t.Fatalf("output %s: %v", out, err)
			}
			if want := w.f.GetSheetList(); !slices.Equal(got.Sheets, want) {
				t.Errorf("openpyxl sheets = %q, want %q", got.Sheets, want)
			}
			if len(got.Hidden) != 1 || got.Hidden[0] != got.Sheets[len(got.Sheets)-1] {
				t.Errorf("hidden sheets = %q, want the chart data sheet only", got.Hidden)
			}
			n := 0
			for _, ts := range got.Tables {
				n += len(ts)
			}
			if n != tt.tables {
				t.Errorf("openpyxl tables = %v, want %d", got.Tables, tt.tables)
			}
			for sheet, want := range tt.charts {
				if len(got.Charts[sheet]) != want {
					t.Errorf("openpyxl charts on %s = %q, want %d", sheet, got.Charts[sheet], want)
				}
			}
		})
	}
}
