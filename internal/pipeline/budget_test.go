package pipeline

import (
	"context"
	"errors"
	"testing"
	"time"
)

// TestByteBudgetBoundsBytes checks that what does not fit waits for a release, that a document
// larger than the whole budget passes alone, and that a cancelled run stops waiting.
func TestByteBudgetBoundsBytes(t *testing.T) {
	ctx := context.Background()
	b := newByteBudget(10)
	if err := b.acquire(ctx, 6); err != nil {
		t.Fatal(err)
	}
	got := make(chan error, 1)
	go func() { got <- b.acquire(ctx, 6) }()
	select {
	case <-got:
		t.Fatal("12 bytes of a 10-byte budget were let through")
	case <-time.After(50 * time.Millisecond):
	}
	b.release(6)
	if err := <-got; err != nil {
		t.Fatal(err)
	}
	b.release(6)

	if err := b.acquire(ctx, 100); err != nil { // larger than the budget, the queue empty
		t.Fatal(err)
	}
	cctx, cancel := context.WithCancel(ctx)
	go func() { got <- b.acquire(cctx, 1) }()
	cancel()
	if err := <-got; !errors.Is(err, context.Canceled) {
		t.Fatalf("a cancelled wait returned %v, want context.Canceled", err)
	}
	b.release(100)
	if b.used != 0 {
		t.Fatalf("%d bytes still held after every release", b.used)
	}
}
