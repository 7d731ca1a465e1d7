package deal

import "testing"

// TestDealRulesCompile: the rules' expressions are compiled on first use, so a bad one would
// panic only on the first sentence that reaches it; compile them all here.
func TestDealRulesCompile(t *testing.T) {
	for _, r := range dealRules {
		for _, l := range []*lazyRegexp{r.re, r.atStem} {
			if l == nil {
				continue
			}
			func() {
				defer func() {
					if p := recover(); p != nil {
						t.Errorf("rule %s: %v", r.name, p)
					}
				}()
				l.get()
			}()
		}
	}
}
