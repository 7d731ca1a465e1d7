package pdf

import (
	"fmt"
	"io/fs"
	"strings"

	"marketbrief/internal/model"
)

// moneyFigure is the index of the disclosed-value box among keyFigures.
const moneyFigure = 3

// MakeDigest returns the digest of r with the language's brief template from templates (the
// English one when the language has none).
func MakeDigest(r *model.Report, templates fs.FS) (model.Digest, error) {
	b, err := loadBrief(templates, r.Language)
	if err != nil {
		return model.Digest{}, fmt.Errorf("digest: %w", err)
	}
	v := newView(r)
	period, err := b.exec("period", v)
	if err != nil {
		return model.Digest{}, fmt.Errorf("digest: %w", err)
	}
	d := model.Digest{
		Title: strings.TrimSpace(r.Title), Period: squeeze(period),
		AsOf:           b.loc.Fill("as_of", "date", b.loc.Date(r.AsOf)),
		FiguresHeading: b.loc.Get("section.figures"), SinceHeading: b.loc.Get("section.since"),
	}
	if summary, err := b.paragraphs("summary", v); err != nil {
		return model.Digest{}, fmt.Errorf("digest: %w", err)
	} else if len(summary) > 0 {
		d.Summary = summary[0]
	}
	colon, ok := b.loc.Lookup("colon")
	if !ok {
		colon = ": "
	}
	for i, f := range keyFigures(r.Figures, b.loc) {
		line := f.value + " " + f.label
		if i == moneyFigure { // a sum reads as "label: value"; a count as "14 documents"
			line = upFirst(f.label) + colon + f.value
		}
		if f.note != "" {
			line += " (" + f.note + ")"
		}
		d.Figures = append(d.Figures, line)
	}
	if v.Changes != nil {
		if d.Since, err = b.paragraphs("since", v); err != nil {
			return model.Digest{}, fmt.Errorf("digest: %w", err)
		}
	}
	return d, nil
}
