package extract

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"marketbrief/internal/extract/text"
	"marketbrief/internal/model"
)

// TestDealGluedInvalidByte is the regression test of a fuzzed input: an invalid UTF-8 byte
// before "!" made dealGlued slice before the start of the text.
func TestDealGluedInvalidByte(t *testing.T) {
	for _, text := range []string{"0\x94!00", "\x94.Ab", "a\xff?Bc", "\xe2\x82.Xy"} {
		New(nil).Extract(model.Document{ID: "x", Text: text})
		if _, err := New(nil).ExtractSafe(context.Background(), model.Document{ID: "x", Text: text}); err != nil {
			t.Errorf("%q: %v", text, err)
		}
	}
}

func TestCapSentences(t *testing.T) {
	tests := []struct {
		name string
		in   []string
		max  int
		want []string
	}{
		{"short kept", []string{"a b", "c"}, 10, []string{"a b", "c"}},
		{"cut at a space", []string{"aaaa bbbb cccc dddd"}, 10, []string{"aaaa bbbb", "cccc dddd"}},
		{"no space", []string{"abcdefghij"}, 4, []string{"abcd", "efgh", "ij"}},
		{"runes kept whole", []string{"ééééé"}, 3, []string{"é", "é", "é", "é", "é"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := text.CapSentences(tt.in, tt.max)
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("capSentences(%q, %d) = %q, want %q", tt.in, tt.max, got, tt.want)
			}
			for _, s := range got {
				if len(s) > tt.max && utf8.RuneCountInString(s) > 1 || !utf8.ValidString(s) {
					t.Errorf("piece %q longer than %d or cut inside a character", s, tt.max)
				}
			}
		})
	}
}

func TestClipEvidence(t *testing.T) {
	long := strings.Repeat("Amazon buys Nimbus for $2 billion, ", 100)
	got := text.Clip(long, 50)
	if n := utf8.RuneCountInString(got); n > 50 || !strings.HasSuffix(got, "…") {
		t.Errorf("clip gave %d characters: %q", n, got)
	}
	if text.Clip("short", 50) != "short" {
		t.Error("short evidence changed")
	}
}

// TestGiantSentence: a text with no sentence end still gives its facts, with evidence no longer
// than the limit.
func TestGiantSentence(t *testing.T) {
	long := strings.Repeat("filler words without any end ", 2000) + "Amazon acquired Nimbus Systems Inc for $2 billion " +
		strings.Repeat("and more filler words ", 2000)
	x := New(nil).WithLimits(text.Limits{MaxSentence: 400, MaxEvidence: 120})
	df := x.Extract(model.Document{ID: "d", Text: long})
	if len(df.Deals) == 0 {
		t.Fatal("the deal in the giant sentence was lost")
	}
	for _, d := range df.Deals {
		for _, ev := range d.Evidence {
			if utf8.RuneCountInString(ev.Text) > 120 {
				t.Errorf("evidence of %d characters", utf8.RuneCountInString(ev.Text))
			}
		}
	}
}

func TestExtractSafeBudget(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Nanosecond)
	defer cancel()
	<-ctx.Done()
	_, err := New(nil).ExtractSafe(ctx, model.Document{ID: "d", Text: "Amazon acquired Nimbus."})
	if !errors.Is(err, ErrBudget) || !errors.Is(err, context.DeadlineExceeded) {
		t.Errorf("err = %v, want ErrBudget wrapping the deadline", err)
	}
}

// TestBudgetStopsMidDocument cancels from inside the rules: the check between sentences unwinds.
func TestBudgetStopsMidDocument(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	x := New(nil)
	c := *x
	c.budget = &text.Budget{Ctx: ctx}
	cancel()
	defer func() {
		if p, ok := recover().(text.BudgetStop); !ok || !errors.Is(p.Err, context.Canceled) {
			t.Errorf("recovered %v, want a budget stop", p)
		}
	}()
	c.Extract(model.Document{ID: "d", Text: "One. Two. Three."})
	t.Error("extraction went on after its budget")
}

// TestExtractSafeRecovers: a panic inside the rules (here from the budget's context, the one
// thing a test can make panic mid-document) comes back as a *PanicError with its stack.
func TestExtractSafeRecovers(t *testing.T) {
	x := New(nil)
	var pe *PanicError
	// ExtractSafe checks ctx itself first: the context panics only from its second check.
	calls := 0
	_, err := x.ExtractSafe(countdown{context.Background(), &calls}, model.Document{ID: "d", Text: "One. Two. Three."})
	if !errors.As(err, &pe) || pe.Value != "boom" || !strings.Contains(string(pe.Stack), "budget") {
		t.Fatalf("err = %v, want a PanicError with the stack", err)
	}
}

// countdown is a context whose Err panics from its second call on.
type countdown struct {
	context.Context
	calls *int
}

func (c countdown) Err() error {
	if *c.calls++; *c.calls > 1 {
		panic("boom")
	}
	return nil
}
