package pipeline

import (
	"context"
	"sync"
)

// queueBytesPerWorker is how many bytes of raw documents the job queue and the workers may hold
// per worker. The queue counts jobs too (its channel's capacity), but a count alone does not
// bound memory: 256 documents of max_file_bytes (4 MB) are a gigabyte read before extraction
// takes them. Bytes do: tiny documents still queue by the hundred, big ones a few at a time.
const queueBytesPerWorker = 4 << 20

// byteBudget bounds the bytes of the documents read and not yet extracted. A document larger
// than the whole budget is let through alone, so that nothing waits for ever.
type byteBudget struct {
	mu    sync.Mutex
	max   int64
	used  int64
	freed chan struct{} // closed (and replaced) when bytes are given back
}

func newByteBudget(max int64) *byteBudget {
	return &byteBudget{max: max, freed: make(chan struct{})}
}

// acquire waits until n bytes fit in the budget, or ctx is done.
func (b *byteBudget) acquire(ctx context.Context, n int64) error {
	n = min(n, b.max)
	for {
		b.mu.Lock()
		if b.used+n <= b.max || b.used == 0 {
			b.used += n
			b.mu.Unlock()
			return nil
		}
		freed := b.freed
		b.mu.Unlock()
		select {
		case <-freed:
		case <-ctx.Done():
			return ctx.Err()
		}
	}
}

// release gives back n bytes acquired before.
func (b *byteBudget) release(n int64) {
	n = min(n, b.max)
	if n == 0 {
		return
	}
	b.mu.Lock()
	b.used -= n
	close(b.freed)
	b.freed = make(chan struct{})
	b.mu.Unlock()
}

// cost is what a job holds in memory until it is extracted: its raw bytes, or its cached value.
func (j job) cost() int64 {
	n := len(j.Raw.Data) + len(j.entry)
	for _, e := range j.entries {
		n += len(e)
	}
	return int64(n)
}
