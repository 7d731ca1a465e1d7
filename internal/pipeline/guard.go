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
