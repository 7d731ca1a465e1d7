package xlsx

import (
	"fmt"
	"strings"

	"marketbrief/internal/model"
)

// writeSources writes the Sources sheet: the documents the report's facts cite and the files
// skipped, linked to their files, with a note counting the documents read and left out.
func (b *book) writeSources() error {
	l, st := b.l, b.st
	cols := []column{
		{l.DocID, 34, st.Text}, {l.Title, 48, st.Wrap}, {l.Language, 10, st.Text}, {l.Date, 11, st.Date},
		{l.Size, 12, st.Int}, {l.Facts, 11, st.Int}, {l.Status, 24, st.Wrap},
	}
	if b.changes {
		cols = append(cols, column{l.New, 9, st.Text})
	}
	src := b.r.Sources
	note := ""
	if n := b.r.SourcesLeftOut; n > 0 {
		note = fmt.Sprintf(l.SourcesLeftOut, n, b.r.Figures.Documents)
	}
	return b.writeTable(tableSpec{note: note,
		sheet: l.Sources, name: "Sources", title: l.Sources, cols: cols, rows: len(src),
		fill: func(i int, row []any) error {
			b.fillSource(src[i], row)
			return nil
		},
		links: func(i int) []link {
			if src[i].Path == "" {
				return nil
			}
			return []link{{col: 0, target: fileURL(src[i].Path), external: true}}
		},
	})
}

// fillSource sets the cells of one source row.
func (b *book) fillSource(s model.SourceRow, row []any) {
	row[0], row[1], row[2] = clean(s.ID), clean(s.Title), clean(s.Language)
	row[3], row[5] = dateCell(s.Date), s.Facts
	if s.Bytes > 0 {
		row[4] = s.Bytes
	}
	row[6] = b.status(s.Status)
	if b.changes {
		row[7] = b.l.yes(s.New)
	}
}

// status translates "read" and "skipped: REASON"; the reason stays as the corpus reader wrote it.
func (b *book) status(s string) string {
	switch {
	case s == "read":
		return b.l.Read
	case strings.HasPrefix(s, "skipped"):
		return b.l.Skipped + clean(strings.TrimPrefix(s, "skipped"))
	}
	return clean(s)
}
