package text

import (
	"context"
)

// budget stops an extraction whose context is done. The rules are pure loops over sentences;
// rather than return an error through every one of them, check unwinds with a private panic
// value that ExtractSafe recovers (as encoding/json does with its own errors).
type Budget struct {
	Ctx context.Context
}

type BudgetStop struct{ Err error }

// check stops the extraction when the budget's context is done; a nil budget never stops.
func (b *Budget) Check() {
	if b == nil {
		return
	}
	if err := b.Ctx.Err(); err != nil {
		panic(BudgetStop{err})
	}
}
