package pipeline

import (
	"context"
	"errors"
	"log/slog"
	"strings"
	"testing"
	"time"

	"marketbrief/internal/config"
	"marketbrief/internal/extract"
	"marketbrief/internal/model"
)

func TestExtractDocBudget(t *testing.T) {
	// A document far longer than a nanosecond of work: the budget's timer has fired long before
	// the rules reach its end, and they check it between sentences.
	d := model.Document{ID: "slow.txt", Text: strings.Repeat("Amazon acquired Nimbus Systems Inc for $2 billion. ", 50000)}
	_, skip, err := extractDoc(context.Background(), extract.New(nil), d, time.Nanosecond, slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatal(err)
	}
	if skip == nil || skip.ID != "slow.txt" || !strings.Contains(skip.Reason, "document_timeout") {
		t.Fatalf("skip = %+v, want the document listed for its time budget", skip)
	}
}

func TestExtractDocCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, skip, err := extractDoc(ctx, extract.New(nil), model.Document{ID: "a", Text: "Text."}, time.Minute, slog.New(slog.DiscardHandler))
	if !errors.Is(err, context.Canceled) || skip != nil {
		t.Errorf("skip %v, err %v: a cancelled run is no fault of the document", skip, err)
	}
}

func TestLimitsOf(t *testing.T) {
	cfg := config.Default()
	cfg.FollowLinksOutside = true
	lim := LimitsOf(cfg)
	if lim.Corpus.MaxFileBytes != 4<<20 || !lim.Corpus.FollowLinksOutside || lim.Timeout != cfg.Limits.DocumentTimeout {
		t.Errorf("LimitsOf = %+v", lim)
	}
}

// TestGuardBigDocumentsOneAtATime: while a big document is extracted, another waits; a small
// one does not.
func TestGuardBigDocumentsOneAtATime(t *testing.T) {
	g := newGuard(extract.New(nil), time.Minute, slog.New(slog.DiscardHandler))
	g.big <- struct{}{} // a big document is being extracted
	ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel()
	big := model.Document{ID: "big", Text: strings.Repeat("x ", bigDocument)}
	if _, _, err := g.extract(ctx, big); !errors.Is(err, context.DeadlineExceeded) {
		t.Errorf("a second big document did not wait: %v", err)
	}
	if _, skip, err := g.extract(context.Background(), model.Document{ID: "small", Text: "Amazon bought Nimbus."}); err != nil || skip != nil {
		t.Errorf("a small document waited or failed: %v %v", skip, err)
	}
}

// secondCallPanics is a context whose second Err call panics: it makes the rules panic in the
// middle of a document (the budget's first check), and behaves otherwise.
type secondCallPanics struct {
	context.Context
	calls *int
}

func (c secondCallPanics) Err() error {
	if *c.calls++; *c.calls == 2 {
		panic("boom")
	}
	return nil
}

func TestExtractDocPanicListed(t *testing.T) {
	var logs strings.Builder
	log := slog.New(slog.NewTextHandler(&logs, nil))
	calls := 0
	ctx := secondCallPanics{context.Background(), &calls}
	d := model.Document{ID: "bad.txt", Path: "/c/bad.txt", Text: "Amazon acquired Nimbus."}
	_, skip, err := extractDoc(ctx, extract.New(nil), d, 0, log)
	if err != nil {
		t.Fatal(err)
	}
	if skip == nil || skip.ID != "bad.txt" || !strings.HasPrefix(skip.Reason, "extraction failed: boom") {
		t.Fatalf("skip = %+v", skip)
	}
	if !strings.Contains(logs.String(), "document=bad.txt") || !strings.Contains(logs.String(), "stack=") {
		t.Errorf("the log does not name the document with its stack: %s", logs.String())
	}
}
