package pipeline

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"os"
	"path/filepath"
	"regexp"
	"time"

	"marketbrief/internal/aggregate"
	"marketbrief/internal/config"
	"marketbrief/internal/deliver"
	"marketbrief/internal/history"
	"marketbrief/internal/lock"
	"marketbrief/internal/model"
	"marketbrief/internal/output"
	"marketbrief/internal/pdf"
)

// afterRun delivers a finished run when opts.Deliver asks for it and the report has recipients:
// the report once it is published (a notice instead when it found nothing, per deliver.on_empty),
// or a failure notice after a scheduled slot's last attempt failed (deliver.on_failure). The
// caller holds the report's lock, so that two processes never send the same run. It returns the
// delivery's history entry, or nil when nothing was sent.
func afterRun(ctx context.Context, cfg config.Config, def config.Report, opts Options, reportDir string, res Result, runErr error) *history.Entry {
	if !opts.Deliver || !def.Deliver.Enabled() || ctx.Err() != nil {
		return nil
	}
	now := opts.Now
	if now == nil {
		now = time.Now
	}
	log := logger(opts.Logger).With("report", def.Name)
	var r deliver.Run
	switch {
	case runErr != nil:
		if !opts.LastAttempt || def.Deliver.Failure() != "notice" {
			return nil
		}
		r = deliver.Run{Report: def.Name, Title: def.Title, Language: def.Language,
			Message: history.MessageFailure, Error: runErr.Error(), When: now()}
	default:
		var err error
		if r, err = loadRun(cfg, def, reportDir, res.RunID, opts.Templates); err != nil {
			r = deliver.Run{Report: def.Name, Title: def.Title, Language: def.Language, RunID: res.RunID,
				Message: history.MessageFailure, Error: "the run was published but could not be read back for delivery: " + err.Error(), When: now()}
		}
		if r.Message == history.MessageEmpty && def.Deliver.Empty() == "none" {
			return nil
		}
	}
	e, err := send(ctx, cfg, def, r, firstNonEmpty(opts.Trigger, history.TriggerManual), reportDir, now, log)
	if err != nil {
		log.Error("delivery not recorded in the history", "error", err)
	}
	return &e
}

// DeliverOptions are the parts of a delivery by hand that do not come from the configuration.
type DeliverOptions struct {
	// RunID is the run to send; empty means the latest successful one.
	RunID string
	// Output overrides the configuration's output folder when set.
	Output    string
	Templates fs.FS
	Now       func() time.Time
	Logger    *slog.Logger
}

var runIDPattern = regexp.MustCompile(`^[0-9]{8}T[0-9]{6}Z(-[0-9]+)?$`)

// ErrNoRecipients is returned by Deliver for a report without deliver: settings.
var ErrNoRecipients = errors.New("the report has no recipients")

// Deliver sends a published run of def again, by hand, and records it in the history. It holds
// the report's lock while it sends (a *lock.HeldError when a run is in progress). The error is
// non-nil when any message failed; the entry says which.
func Deliver(ctx context.Context, cfg config.Config, def config.Report, opts DeliverOptions) (history.Entry, error) {
	if !def.Deliver.Enabled() {
		return history.Entry{}, fmt.Errorf("report %s: %w: add deliver: email or webhook to reports/%s", def.Name, ErrNoRecipients, def.File)
	}
	now := opts.Now
	if now == nil {
		now = time.Now
	}
	reportDir := filepath.Join(cfg.Path(firstNonEmpty(opts.Output, cfg.Output)), def.Name)
	id := opts.RunID
	if id == "" {
		target, err := os.Readlink(filepath.Join(reportDir, output.Latest))
		if err != nil {
			return history.Entry{}, fmt.Errorf("report %s has no successful run in %s yet: run it first (marketbrief run --report %s)", def.Name, reportDir, def.Name)
		}
		id = filepath.Base(target)
	}
	if !runIDPattern.MatchString(id) {
		return history.Entry{}, fmt.Errorf("--run %q: a run id looks like 20251124T070000Z (see marketbrief history --report %s)", id, def.Name)
	}
	lk, err := lock.Acquire(reportDir, now())
	if err != nil {
		return history.Entry{}, err
	}
	defer lk.Release()
	r, err := loadRun(cfg, def, reportDir, id, opts.Templates)
	if err != nil {
		return history.Entry{}, err
	}
	e, err := send(ctx, cfg, def, r, history.TriggerManual, reportDir, now, logger(opts.Logger).With("report", def.Name))
	if err != nil {
		return e, err
	}
	if e.Status != history.StatusSent {
		return e, fmt.Errorf("report %s run %s: %s", def.Name, id, e.Error)
	}
	return e, nil
}

// send delivers r to def's recipients, recording it in reportDir's history: an entry marked
// sending before the first message goes out, then the outcome. Nothing is sent when the first
// cannot be written, so that a message never goes out unrecorded. It returns the outcome.
func send(ctx context.Context, cfg config.Config, def config.Report, r deliver.Run, trigger, reportDir string, now func() time.Time, log *slog.Logger) (history.Entry, error) {
	t := deliver.Targets{Limit: int64(cfg.SMTP.MaxAttachmentMB * (1 << 20))}
	if e := def.Deliver.Email; e != nil {
		s := cfg.SMTP
		t.SMTP = &deliver.SMTP{Host: s.Host, Port: s.Port, Username: s.Username, Password: s.Password(), From: s.From, StartTLS: s.StartTLS}
		t.To, t.Cc = e.To, e.Cc
	}
	if w := def.Deliver.Webhook; w != nil {
		t.Webhook = &deliver.Webhook{URL: w.URL, Format: w.Kind()}
	}
	e := history.Entry{Kind: history.KindDelivery, Report: def.Name, RunID: r.RunID, Trigger: trigger, Start: now().UTC(), Status: history.StatusSending}
	if err := history.Append(reportDir, e); err != nil {
		e.Status, e.Error = history.StatusFailed, "not sent: "+err.Error()
		return e, err
	}
	e.Deliveries = deliver.Send(ctx, r, t, deliver.Retry{Attempts: cfg.Delivery.Attempts, Backoff: cfg.Delivery.Backoff}, log)
	e.End, e.Status = now().UTC(), history.StatusSent
	var errs []error
	for _, d := range e.Deliveries {
		if d.Status != history.StatusSent {
			e.Status = history.StatusFailed
			errs = append(errs, fmt.Errorf("%s: %s", d.Channel, d.Error))
		}
	}
	if err := errors.Join(errs...); err != nil {
		e.Error = err.Error()
	}
	return e, history.Append(reportDir, e)
}

// loadRun reads published run id of def back from reportDir: its facts, what changed and its
// date, rebuilt into the brief's digest, with the paths and sizes of its files.
func loadRun(cfg config.Config, def config.Report, reportDir, id string, templates fs.FS) (deliver.Run, error) {
	dir := filepath.Join(reportDir, id)
	var man manifest
	if err := readJSON(filepath.Join(dir, "manifest.json"), &man); err != nil {
		return deliver.Run{}, fmt.Errorf("run %s of report %s: %w", id, def.Name, err)
	}
	var facts model.Facts
	if err := readJSON(filepath.Join(dir, "facts.json"), &facts); err != nil {
		return deliver.Run{}, fmt.Errorf("run %s of report %s: %w", id, def.Name, err)
	}
	if _, err := os.Stat(filepath.Join(dir, "changes.json")); err == nil {
		facts.Changes = &model.Changes{}
		if err := readJSON(filepath.Join(dir, "changes.json"), facts.Changes); err != nil {
			return deliver.Run{}, fmt.Errorf("run %s of report %s: %w", id, def.Name, err)
		}
	}
	asOf, _ := time.Parse(time.DateOnly, man.AsOf)
	started, _ := time.Parse(time.RFC3339, man.StartedAt)
	rep := aggregate.Build(facts, aggregate.Options{Name: def.Name, Title: def.Title, Subject: def.Subject,
		Language: def.Language, RunID: id, AsOf: asOf, MinConfidence: def.Confidence(cfg)})
	digest, err := pdf.MakeDigest(rep, templates)
	if err != nil {
		return deliver.Run{}, err
	}
	r := deliver.Run{Report: def.Name, Title: def.Title, Language: def.Language, Message: history.MessageReport,
		RunID: id, Dir: dir, Digest: digest, Counts: man.Counts, When: started}
	for _, f := range []struct{ kind, name string }{{"workbook", def.Name + ".xlsx"}, {"brief", def.Name + ".pdf"}, {"facts", "facts.json"}} {
		info, err := os.Stat(filepath.Join(dir, f.name))
		if err != nil {
			return deliver.Run{}, fmt.Errorf("run %s of report %s: %w", id, def.Name, err)
		}
		r.Files = append(r.Files, deliver.File{Kind: f.kind, Name: f.name, Path: filepath.Join(dir, f.name), Size: info.Size()})
	}
	if man.Counts["documents"] == 0 || man.Counts["vendors"]+man.Counts["deals"]+man.Counts["market_shares"] == 0 {
		if def.Deliver.Empty() != "report" {
			r.Message = history.MessageEmpty
		}
	}
	return r, nil
}

func readJSON(path string, v any) error {
	b, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	if err := json.Unmarshal(b, v); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	return nil
}

func logger(l *slog.Logger) *slog.Logger {
	if l == nil {
		return slog.New(slog.DiscardHandler)
	}
	return l
}
