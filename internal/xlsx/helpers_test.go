package xlsx

import (
	"bytes"
	"encoding/xml"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"marketbrief/internal/locale"
	"marketbrief/internal/model"
)

// written is a workbook written by Write and opened again.
type written struct {
	path string
	data []byte
	f    *excelize.File
	pkg  *pkg
}

// writeBook writes r with lim to a file in a temporary directory and reopens it.
func writeBook(t *testing.T, r *model.Report, lim limits) *written {
	t.Helper()
	var buf bytes.Buffer
	loc, err := locale.Load(nil, r.Language)
	if err != nil {
		t.Fatal(err)
	}
	if err := write(&buf, r, lim, loc); err != nil {
		t.Fatalf("write: %v", err)
	}
	p := filepath.Join(t.TempDir(), "report.xlsx")
	if err := os.WriteFile(p, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenFile(p)
	if err != nil {
		t.Fatalf("reopen: %v", err)
	}
	t.Cleanup(func() { f.Close() })
	return &written{path: p, data: buf.Bytes(), f: f, pkg: openPkg(t, buf.Bytes())}
}

func (w *written) cell(t *testing.T, sheet, cell string) string {
	t.Helper()
	v, err := w.f.GetCellValue(sheet, cell)
	if err != nil {
		t.Fatalf("%s!%s: %v", sheet, cell, err)
	}
	return v
}

func (w *written) raw(t *testing.T, sheet, cell string) string {
	t.Helper()
	v, err := w.f.GetCellValue(sheet, cell, excelize.Options{RawCellValue: true})
	if err != nil {
		t.Fatalf("%s!%s: %v", sheet, cell, err)
	}
	return v
}

// numFmt returns the custom number format of a cell ("" for a built-in one).
func (w *written) numFmt(t *testing.T, sheet, cell string) string {
	t.Helper()
	id, err := w.f.GetCellStyle(sheet, cell)
	if err != nil {
		t.Fatal(err)
	}
	st, err := w.f.GetStyle(id)
	if err != nil {
		t.Fatal(err)
	}
	if st.CustomNumFmt == nil {
		return ""
	}
	return *st.CustomNumFmt
}

// tables returns "name range" of each table on a sheet.
func (w *written) tables(t *testing.T, sheet string) []string {
	t.Helper()
	tbls, err := w.f.GetTables(sheet)
	if err != nil {
		t.Fatalf("tables of %s: %v", sheet, err)
	}
	var out []string
	for _, tb := range tbls {
		out = append(out, tb.Name+" "+tb.Range)
	}
	return out
}

// uniqueHeaders fails when a table's header cells are empty or repeat (ignoring case), which makes
// Excel repair the file.
func (w *written) uniqueHeaders(t *testing.T, sheet string) {
	t.Helper()
	tbls, _ := w.f.GetTables(sheet)
	for _, tb := range tbls {
		first, last, _ := strings.Cut(tb.Range, ":")
		c1, r1, _ := excelize.CellNameToCoordinates(first)
		c2, _, _ := excelize.CellNameToCoordinates(last)
		seen := map[string]bool{}
		for c := c1; c <= c2; c++ {
			name, _ := excelize.CoordinatesToCellName(c, r1)
			h := strings.ToLower(w.cell(t, sheet, name))
			if h == "" || seen[h] {
				t.Errorf("table %s: header %s is empty or repeated: %q", tb.Name, name, h)
			}
			seen[h] = true
		}
	}
}

// tableColumnsMatchHeaders fails when a table part's column names differ from the header cells on
// its sheet: Excel repairs such a file.
func (w *written) tableColumnsMatchHeaders(t *testing.T) {
	t.Helper()
	sheetOf := map[string]string{}
	for _, sheet := range w.f.GetSheetList() {
		tbls, _ := w.f.GetTables(sheet)
		for _, tb := range tbls {
			sheetOf[tb.Name] = sheet
		}
	}
	for name, data := range w.pkg.files {
		if !strings.HasPrefix(name, "xl/tables/") {
			continue
		}
		var tbl struct {
			Name    string `xml:"name,attr"`
			Ref     string `xml:"ref,attr"`
			Columns []struct {
				Name string `xml:"name,attr"`
			} `xml:"tableColumns>tableColumn"`
		}
		if err := xml.Unmarshal(data, &tbl); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		first, _, _ := strings.Cut(tbl.Ref, ":")
		col, row, _ := excelize.CellNameToCoordinates(first)
		for i, c := range tbl.Columns {
			cell, _ := excelize.CoordinatesToCellName(col+i, row)
			if got := w.cell(t, sheetOf[tbl.Name], cell); got != c.Name {
				t.Errorf("table %s column %d is %q, header cell %s is %q", tbl.Name, i+1, c.Name, cell, got)
			}
		}
	}
}
