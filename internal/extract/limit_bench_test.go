package extract

import (
	"fmt"
	"strings"
	"testing"

	"marketbrief/internal/model"
)

// BenchmarkNoSentenceEnd extracts texts with no sentence end and a deal trigger every few words
// (a dump, a minified export): with sentences cut at Limits.MaxSentence the time grows linearly
// with the size; uncut, it grew with its square (256 KB took 28 s).
func BenchmarkNoSentenceEnd(b *testing.B) {
	x := New(nil)
	for _, size := range []int{64 << 10, 256 << 10, 1 << 20} {
		text := strings.Repeat("word Amazon acquires 3% of cloud, ", size/34)
		b.Run(fmt.Sprintf("%dKB", size>>10), func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			for b.Loop() {
				x.Extract(model.Document{ID: "dump", Text: text})
			}
		})
	}
}
