package pipeline

import (
	"context"
	"errors"
	"path/filepath"
	"time"

	"marketbrief/internal/config"
	"marketbrief/internal/history"
	"marketbrief/internal/lock"
)

// pendingWithin is how old a run never delivered may be for a starting serve to send it: older
// news is left to the next run (or to marketbrief deliver).
const pendingWithin = 24 * time.Hour

// DeliverPending sends the newest run of def when it was a scheduled run whose process stopped
// before starting its delivery, and it is less than a day old. A delivery that was started and not
// finished is not sent again: its readers may have it, and the history and the status page say so.
// It holds the report's lock; when another process holds it, that process is running the report
// and DeliverPending does nothing. It returns the delivery's entry, or nil when nothing was due.
func DeliverPending(ctx context.Context, cfg config.Config, def config.Report, opts DeliverOptions) (*history.Entry, error) {
	if !def.Deliver.Enabled() {
		return nil, nil
	}
	now := opts.Now
	if now == nil {
		now = time.Now
	}
	reportDir := filepath.Join(cfg.Path(firstNonEmpty(opts.Output, cfg.Output)), def.Name)
	lk, err := lock.Acquire(reportDir, now())
	if errors.Is(err, lock.ErrHeld) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	defer lk.Release()
	entries, err := history.Read(reportDir)
	if err != nil {
		return nil, err
	}
	var last *history.Entry
	for i := range entries {
		if !entries[i].IsDelivery() {
			last = &entries[i]
		}
	}
	// Only scheduled runs: a run by hand may have been meant to stay unsent (run --no-deliver).
	if last == nil || last.Status != history.StatusOK || last.RunID == "" || last.Trigger != history.TriggerScheduled ||
		history.Attempted(entries, last.RunID) || now().Sub(last.End) > pendingWithin {
		return nil, nil
	}
	r, err := loadRun(cfg, def, reportDir, last.RunID, opts.Templates)
	if err != nil {
		return nil, err
	}
	if r.Message == history.MessageEmpty && def.Deliver.Empty() == "none" {
		return nil, nil
	}
	log := logger(opts.Logger).With("report", def.Name)
	log.Info("delivering a run published before the last stop", "run", last.RunID)
	e, err := send(ctx, cfg, def, r, history.TriggerRecovery, reportDir, now, log)
	return &e, err
}
