package pipeline

import (
	"context"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"time"

	"marketbrief/internal/chart"
	"marketbrief/internal/model"
	"marketbrief/internal/output"
	"marketbrief/internal/pdf"
	"marketbrief/internal/xlsx"
)

// writer renders a report into a run folder.
type writer struct {
	rep       *model.Report
	templates fs.FS
	log       *slog.Logger
	now       func() time.Time
}

// publish writes facts.json, changes.json, the workbook, the brief and the manifest into a
// staging folder and publishes it. It returns the run's folder.
func (w writer) publish(ctx context.Context, out string, man *manifest, readDur time.Duration) (string, error) {
	rep := w.rep
	run, err := output.Begin(out, rep.Name, rep.RunID)
	if err != nil {
		return "", err
	}
	defer run.Abort()
	man.Durations = map[string]float64{"read_extract": readDur.Seconds()}
	step := func(name, file string, fill func(io.Writer) error) error {
		if err := ctx.Err(); err != nil {
			return err
		}
		t := w.now()
		if err := run.Write(file, fill); err != nil {
			return err
		}
		man.Durations[name] = w.now().Sub(t).Seconds()
		man.Outputs = append(man.Outputs, file)
		w.log.Debug("file written", "file", file)
		return nil
	}
	if err := step("facts", "facts.json", func(wr io.Writer) error { return writeStreamJSON(wr, rep.Facts) }); err != nil {
		return "", err
	}
	if err := step("compare", compareFile, func(wr io.Writer) error { return writeCompare(wr, rep.Facts) }); err != nil {
		return "", err
	}
	if rep.Facts.Changes != nil {
		if err := step("changes", "changes.json", func(wr io.Writer) error { return writeJSON(wr, rep.Facts.Changes) }); err != nil {
			return "", err
		}
	}
	// The workbook speaks the brief's language, in the same words (one locale for both).
	loc, err := pdf.Locale(w.templates, rep.Language)
	if err != nil {
		return "", err
	}
	if err := step("workbook", rep.Name+".xlsx", func(wr io.Writer) error { return xlsx.WriteWith(wr, rep, loc) }); err != nil {
		return "", err
	}
	charts := w.charts()
	if err := step("brief", rep.Name+".pdf", func(wr io.Writer) error { return pdf.Write(wr, rep, charts, w.templates) }); err != nil {
		return "", err
	}
	man.fill(rep)
	man.FinishedAt = w.now().UTC().Format(time.RFC3339)
	if err := step("manifest", "manifest.json", func(wr io.Writer) error { return writeJSON(wr, man) }); err != nil {
		return "", err
	}
	if err := ctx.Err(); err != nil {
		return "", err
	}
	if err := run.Commit(); err != nil {
		return "", err
	}
	return run.Dir(), nil
}

// charts renders the brief's charts, in the words of the report's template; a chart that cannot be drawn is logged and left out
// rather than failing the whole run.
func (w writer) charts() []model.Chart {
	labels, err := pdf.Labels(w.templates, w.rep.Language)
	if err != nil {
		w.log.Warn("chart labels not read from the template", "err", err)
	}
	cs, err := chart.RenderWith(w.rep, labels)
	if err != nil {
		w.log.Warn("charts incomplete", "err", fmt.Sprint(err))
	}
	return cs
}
