package text

import (
	"context"
)

// Budget stops an extraction whose context is done. The rules are pure loops over sentences;
// rather than return an error through every one of them, Check unwinds with a BudgetStop
// panic that extract.ExtractSafe recovers (as encoding/json does with its own errors).
type Budget struct {
	Ctx context.Context
}

// BudgetStop is the panic value of Check: Err is the context's error.
type BudgetStop struct{ Err error }

// Check stops the extraction when the budget's context is done; a nil budget never stops.
func (b *Budget) Check() {
	if b == nil {
		return
	}
	if err := b.Ctx.Err(); err != nil {
		panic(BudgetStop{err})
	}
}
