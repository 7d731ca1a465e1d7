package deal

import "marketbrief/internal/model"

// RuleTrace is told, each time a deal rule builds deals from a sentence, the rule's name and
// those deals (before they are merged). Tests use it to check that every rule is exercised by a
// golden case; a Reader without one (the program's) pays one nil check per deal built.
type RuleTrace func(rule string, deals []model.Deal)

// Traced returns e, which tells f of each rule's deals from now on (f nil: tells nobody).
func (e *Reader) Traced(f RuleTrace) *Reader {
	e.trace = f
	return e
}

// RuleNames returns the names of the deal rules, in the order they are tried.
func RuleNames() []string {
	out := make([]string, len(dealRules))
	for i, r := range dealRules {
		out[i] = r.name
	}
	return out
}
