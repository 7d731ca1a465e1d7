package xlsx

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"io"
	"path"
	"regexp"
	"sort"
	"strings"
	"testing"
)

// pkg is an .xlsx package opened as a zip, for what excelize cannot read back (charts per sheet).
type pkg struct {
	files map[string][]byte
}

func openPkg(t *testing.T, data []byte) *pkg {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatalf("open zip: %v", err)
	}
	p := &pkg{files: map[string][]byte{}}
	for _, f := range zr.File {
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		b, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			t.Fatal(err)
		}
		p.files[f.Name] = b
	}
	return p
}

type rels struct {
	Rel []struct {
		ID     string `xml:"Id,attr"`
		Type   string `xml:"Type,attr"`
		Target string `xml:"Target,attr"`
	} `xml:"Relationship"`
}

// targets returns the parts that part's relationships of a type (suffix) point to.
func (p *pkg) targets(t *testing.T, part, typ string) map[string]string {
	t.Helper()
	relsPath := path.Join(path.Dir(part), "_rels", path.Base(part)+".rels")
	out := map[string]string{}
	data, ok := p.files[relsPath]
	if !ok {
		return out
	}
	var r rels
	if err := xml.Unmarshal(data, &r); err != nil {
		t.Fatalf("%s: %v", relsPath, err)
	}
	for _, rel := range r.Rel {
		if strings.HasSuffix(rel.Type, "/"+typ) {
			target := rel.Target
			if !strings.HasPrefix(target, "/") {
				target = path.Join(path.Dir(part), target)
			}
			out[rel.ID] = strings.TrimPrefix(target, "/")
		}
	}
	return out
}

// sheetPart returns the worksheet part of a sheet name.
func (p *pkg) sheetPart(t *testing.T, sheet string) string {
	t.Helper()
	var wb struct {
		Sheets []struct {
			Name string `xml:"name,attr"`
			RID  string `xml:"http://schemas.openxmlformats.org/officeDocument/2006/relationships id,attr"`
		} `xml:"sheets>sheet"`
	}
	if err := xml.Unmarshal(p.files["xl/workbook.xml"], &wb); err != nil {
		t.Fatal(err)
	}
	ws := p.targets(t, "xl/workbook.xml", "worksheet")
	for _, s := range wb.Sheets {
		if s.Name == sheet {
			return ws[s.RID]
		}
	}
	t.Fatalf("no sheet %q", sheet)
	return ""
}

var (
	chartKind = regexp.MustCompile(`<(?:c:)?(bar|line|pie|doughnut|area|scatter)Chart>`)
	barDir    = regexp.MustCompile(`<(?:c:)?barDir val="(bar|col)"`)
)

// charts returns the kinds of the charts drawn on a sheet: "bar" (horizontal), "col", "line", "pie"…
func (p *pkg) charts(t *testing.T, sheet string) []string {
	t.Helper()
	var kinds []string
	for _, drawing := range p.targets(t, p.sheetPart(t, sheet), "drawing") {
		for _, chart := range p.targets(t, drawing, "chart") {
			m := chartKind.FindStringSubmatch(string(p.files[chart]))
			if m == nil {
				t.Fatalf("%s: no chart type", chart)
			}
			kind := m[1]
			if d := barDir.FindStringSubmatch(string(p.files[chart])); kind == "bar" && d != nil {
				kind = d[1]
			}
			kinds = append(kinds, kind)
		}
	}
	sort.Strings(kinds)
	return kinds
}

// chartXML returns every chart part's XML joined, for checks on ranges.
func (p *pkg) chartXML() string {
	var b strings.Builder
	for name, data := range p.files {
		if strings.HasPrefix(name, "xl/charts/chart") {
			b.Write(data)
		}
	}
	return b.String()
}
