package xlsx

import (
	"fmt"
	"strings"

	"github.com/xuri/excelize/v2"
)

// tableStyle is the built-in style of every Excel table in the workbook.
const tableStyle = "TableStyleMedium2"

// styles holds the cell style ids of one workbook.
type styles struct {
	f       *excelize.File
	billion string // suffix of amounts in billions
	million string

	Title, WrapTitle, Heading, Note, Label, Header, Text, Wrap, Int, Pct, Date, Conf, Link int
	money                                                                                  map[string]int
}

// newStyles registers the workbook's cell styles.
func newStyles(f *excelize.File, l labels) (*styles, error) {
	s := &styles{f: f, billion: l.Billions, million: l.Millions, money: map[string]int{}}
	top := &excelize.Alignment{Vertical: "top"}
	wrap := &excelize.Alignment{Vertical: "top", WrapText: true}
	defs := []struct {
		id    *int
		style excelize.Style
	}{
		{&s.Title, excelize.Style{Font: &excelize.Font{Family: "Calibri", Bold: true, Size: 16, Color: "1F3864"}}},
		{&s.WrapTitle, excelize.Style{Font: &excelize.Font{Family: "Calibri", Bold: true, Size: 16, Color: "1F3864"},
			Alignment: &excelize.Alignment{Vertical: "top", WrapText: true}}},
		{&s.Heading, excelize.Style{Font: &excelize.Font{Family: "Calibri", Bold: true, Size: 12, Color: "1F3864"}}},
		{&s.Note, excelize.Style{Font: &excelize.Font{Family: "Calibri", Italic: true, Color: "595959"}}},
		{&s.Label, excelize.Style{Font: &excelize.Font{Family: "Calibri", Bold: true}, Alignment: top}},
		// The header has its own fill: LibreOffice does not draw table styles.
		{&s.Header, excelize.Style{Font: &excelize.Font{Family: "Calibri", Bold: true, Color: "FFFFFF"},
			Fill:      excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"1F4E79"}},
			Alignment: &excelize.Alignment{Vertical: "center", WrapText: true}}},
		{&s.Text, excelize.Style{Alignment: top}},
		{&s.Wrap, excelize.Style{Alignment: wrap}},
		{&s.Int, excelize.Style{NumFmt: 3, Alignment: top}}, // #,##0
		{&s.Pct, excelize.Style{CustomNumFmt: ptr("0.0%"), Alignment: top}},
		// Dates align left like the partial dates ("2014", "2020-Q3") that stay text in the same column.
		{&s.Date, excelize.Style{CustomNumFmt: ptr("yyyy-mm-dd"), Alignment: &excelize.Alignment{Vertical: "top", Horizontal: "left"}}},
		{&s.Conf, excelize.Style{NumFmt: 2, Alignment: top}}, // 0.00
		{&s.Link, excelize.Style{Font: &excelize.Font{Family: "Calibri", Color: "0563C1", Underline: "single"}, Alignment: top}},
	}
	for _, d := range defs {
		id, err := f.NewStyle(&d.style)
		if err != nil {
			return nil, fmt.Errorf("new style: %w", err)
		}
		*d.id = id
	}
	return s, nil
}

// Money returns the style of an amount in currency (ISO 4217), shown in billions or millions with
// the currency's symbol, e.g. "$19.0 bn"; the cell keeps the full amount.
func (s *styles) Money(currency string) (int, error) {
	if id, ok := s.money[currency]; ok {
		return id, nil
	}
	format := moneyFormat(currency, s.billion, s.million)
	id, err := s.f.NewStyle(&excelize.Style{CustomNumFmt: &format, Alignment: &excelize.Alignment{Vertical: "top"}})
	if err != nil {
		return 0, fmt.Errorf("money style %q: %w", currency, err)
	}
	s.money[currency] = id
	return id, nil
}

// moneyFormat builds a number format with conditional sections for billions and millions.
func moneyFormat(currency, billion, million string) string {
	sym := map[string]string{"USD": "$", "EUR": "€", "GBP": "£", "JPY": "¥", "CNY": "CN¥", "INR": "₹"}[currency]
	if sym == "" {
		code := strings.Map(func(r rune) rune {
			if r >= 'A' && r <= 'Z' {
				return r
			}
			return -1
		}, strings.ToUpper(currency))
		sym = strings.TrimSpace(code + " ")
		if sym != "" {
			sym += " "
		}
	}
	q := ""
	if sym != "" {
		q = `"` + sym + `"`
	}
	return fmt.Sprintf(`[>=1000000000]%s#,##0.0,,," %s";[>=1000000]%s#,##0.0,," %s";%s#,##0`,
		q, billion, q, million, q)
}

func ptr[T any](v T) *T { return &v }
