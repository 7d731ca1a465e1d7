package extract

import (
	"context"
	"errors"
	"fmt"
	"runtime/debug"

	"marketbrief/internal/extract/text"
	"marketbrief/internal/model"
)

// ErrBudget is returned by ExtractSafe when a document's extraction outlives its context (its
// time budget, or the run's cancellation).
var ErrBudget = errors.New("time budget exceeded")

// PanicError is a panic recovered while extracting one document, with the stack where it
// happened.
type PanicError struct {
	Value any
	Stack []byte
}

func (e *PanicError) Error() string { return fmt.Sprint("panic: ", e.Value) }

// ExtractSafe is Extract for untrusted input: it returns an error instead of facts when the
// extraction panics (a *PanicError with its stack) or when ctx is done before it ends
// (ErrBudget, wrapping ctx's error). Give ctx the document's time budget
// (context.WithTimeout); the rules check it between sentences.
func (e *Extractor) ExtractSafe(ctx context.Context, doc model.Document) (df model.DocFacts, err error) {
	if err := ctx.Err(); err != nil {
		return df, fmt.Errorf("%w: %w", ErrBudget, err)
	}
	c := *e // a copy per call: the Extractor is shared by concurrent workers
	c.budget = &text.Budget{Ctx: ctx}
	defer func() {
		p := recover()
		if p == nil {
			return
		}
		df = model.DocFacts{}
		if stop, ok := p.(text.BudgetStop); ok {
			err = fmt.Errorf("%w: %w", ErrBudget, stop.Err)
			return
		}
		err = &PanicError{Value: p, Stack: debug.Stack()}
	}()
	return c.Extract(doc), nil
}
