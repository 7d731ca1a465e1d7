package deliver

import (
	"context"
	"log/slog"
	"time"

	"marketbrief/internal/history"
)

// Retry says how often a failing message is tried and how long to wait between tries.
type Retry struct {
	// Attempts is the number of tries in all; less than 1 means 1.
	Attempts int
	// Backoff is the wait before the second try; it doubles after each further failure.
	Backoff time.Duration
	// Sleep waits d or until ctx ends; nil uses a timer. Tests replace it to check the waits.
	Sleep func(ctx context.Context, d time.Duration) error
}

// do calls f until it succeeds, Attempts are spent or ctx ends, and returns its last result and
// the number of tries.
func (r Retry) do(ctx context.Context, f func(context.Context) (string, error)) (string, int, error) {
	sleep := r.Sleep
	if sleep == nil {
		sleep = wait
	}
	wait := r.Backoff
	for n := 1; ; n++ {
		id, err := f(ctx)
		if err == nil || n >= r.Attempts || ctx.Err() != nil {
			return id, n, err
		}
		if serr := sleep(ctx, wait); serr != nil {
			return id, n, err
		}
		wait *= 2
	}
}

func wait(ctx context.Context, d time.Duration) error {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-t.C:
		return nil
	}
}

// Targets are where a report goes. A nil SMTP or Webhook is not used.
type Targets struct {
	SMTP   *SMTP
	To, Cc []string
	// Limit is the most bytes of attachments per e-mail.
	Limit   int64
	Webhook *Webhook
}

// Send delivers r to every target, retrying each one on its own, and returns one record per
// target: sent with its message id, or failed with the last error.
func Send(ctx context.Context, r Run, t Targets, retry Retry, log *slog.Logger) []history.Delivery {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	var out []history.Delivery
	m, cerr := Compose(r, t.Limit)
	if t.SMTP != nil {
		rec := record("email", append(append([]string{}, t.To...), t.Cc...), r)
		rec.Omitted = m.omittedNames()
		send := func(ctx context.Context) (string, error) { return t.SMTP.Mail(ctx, m, t.To, t.Cc) }
		out = append(out, finish(ctx, rec, cerr, send, retry, log))
	}
	if t.Webhook != nil {
		rec := record("webhook", []string{t.Webhook.Host()}, r)
		send := func(ctx context.Context) (string, error) { return t.Webhook.Post(ctx, r, m) }
		out = append(out, finish(ctx, rec, cerr, send, retry, log))
	}
	return out
}

// finish tries send (unless the message could not be composed) and fills rec with the outcome.
func finish(ctx context.Context, rec history.Delivery, composeErr error, send func(context.Context) (string, error),
	retry Retry, log *slog.Logger) history.Delivery {
	var err error
	if composeErr != nil {
		err = composeErr
	} else {
		rec.MessageID, rec.Attempts, err = retry.do(ctx, send)
	}
	if err != nil {
		rec.Status, rec.Error = history.StatusFailed, err.Error()
		log.Error("delivery failed", "channel", rec.Channel, "to", rec.To, "message", rec.Message,
			"attempts", rec.Attempts, "error", err)
		return rec
	}
	rec.Status = history.StatusSent
	log.Info("delivered", "channel", rec.Channel, "to", rec.To, "message", rec.Message, "id", rec.MessageID,
		"attempts", rec.Attempts)
	return rec
}
