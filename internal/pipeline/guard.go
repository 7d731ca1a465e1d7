package pipeline

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"time"

	"marketbrief/internal/config"
	"marketbrief/internal/corpus"
	"marketbrief/internal/extract"
	"marketbrief/internal/model"
)

// Limits are what one document may cost a run: how much of a file is read (Corpus) and how
// long its extraction may take (Timeout, 0 for none).
type Limits struct {
	Corpus  corpus.Options
	Timeout time.Duration
}

// LimitsOf returns the per-document limits cfg states.
func LimitsOf(cfg config.Config) Limits {
	return Limits{
		Corpus: corpus.Options{
			MaxFileBytes:         int64(cfg.Limits.MaxFileBytes),
			MaxDecompressedBytes: int64(cfg.Limits.MaxDecompressedBytes),
			FollowLinksOutside:   cfg.FollowLinksOutside,
		},
		Timeout: cfg.Limits.DocumentTimeout,
	}
}

// bigDocument is the size past which a document is extracted alone: extraction holds about
// thirty times the text in memory, so a few multi-megabyte documents at once on many cores
// would take gigabytes.
const bigDocument = 1 << 20

// guard extracts documents one by one, safely; it is shared by a run's workers.
type guard struct {
	ex      *extract.Extractor
	timeout time.Duration
	log     *slog.Logger
	big     chan struct{} // held while a big document is extracted
	// keep, when set, says which documents to extract (Input.Keep, made safe for workers).
	keep func(model.Document) bool
}

func newGuard(ex *extract.Extractor, timeout time.Duration, log *slog.Logger) *guard {
	return &guard{ex: ex, timeout: timeout, log: log, big: make(chan struct{}, 1)}
}

// extract extracts d within the time budget; see extractDoc. A big document waits for the
// previous big one to end (the wait is not counted in its budget).
func (g *guard) extract(ctx context.Context, d model.Document) (model.DocFacts, *model.Skipped, error) {
	if len(d.Text) > bigDocument {
		select {
		case g.big <- struct{}{}:
			defer func() { <-g.big }()
		case <-ctx.Done():
			return model.DocFacts{}, nil, ctx.Err()
		}
	}
	return extractDoc(ctx, g.ex, d, g.timeout, g.log)
}

// extractDoc extracts one document within its time budget. A panic or an exhausted budget
// gives no facts but a skip naming the document and why, and the run goes on; a panic is
// logged with its stack. When the run itself is cancelled, the skip is nil and ctx's error is
// returned: the document was not at fault.
func extractDoc(ctx context.Context, ex *extract.Extractor, d model.Document, timeout time.Duration, log *slog.Logger) (model.DocFacts, *model.Skipped, error) {
	dctx := ctx
	if timeout > 0 {
		var cancel context.CancelFunc
		dctx, cancel = context.WithTimeout(ctx, timeout)
		defer cancel()
	}
	df, err := ex.ExtractSafe(dctx, d)
	if err == nil {
		return df, nil, nil
	}
	if ctx.Err() != nil {
		return df, nil, ctx.Err()
	}
	skip := &model.Skipped{ID: d.ID, Path: d.Path}
	var pe *extract.PanicError
	switch {
	case errors.As(err, &pe):
		log.Error("extraction failed", "document", d.ID, "err", pe.Error(), "stack", string(pe.Stack))
		skip.Reason = fmt.Sprintf("extraction failed: %v (a bug: please report it with this document)", pe.Value)
	case errors.Is(err, extract.ErrBudget):
		skip.Reason = fmt.Sprintf("extraction took longer than %s (document_timeout in config.yaml): skipped", timeout)
	default:
		skip.Reason = "extraction failed: " + err.Error()
	}
	return df, skip, nil
}
