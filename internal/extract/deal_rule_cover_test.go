package extract

import (
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"marketbrief/internal/extract/deal"
	"marketbrief/internal/model"
)

// TestEveryDealRuleHasGoldenCase fails, naming them, when a deal rule (deal/deal_rule.go) is
// exercised by no golden case: it runs the documents of TestDealGolden (testdata/deal_*.txt)
// with each rule's deals traced, and counts a rule when a deal it built is one its document's
// golden file expects (same type, its companies among the expected deal's parties). A rule that
// fires only in negative cases, or whose deal is dropped later, is not covered: the golden case
// must show what the rule is for. A new rule needs a positive case in testdata/.
func TestEveryDealRuleHasGoldenCase(t *testing.T) {
	files, err := filepath.Glob("testdata/deal_*.txt")
	if err != nil {
		t.Fatal(err)
	}
	type built struct {
		rule string
		d    model.Deal
	}
	var cur []built
	x := *New(nil)
	x.dealTrace = func(rule string, ds []model.Deal) {
		for _, d := range ds {
			cur = append(cur, built{rule, d})
		}
	}
	covered := map[string][]string{} // rule → the golden cases that exercise it
	fired := map[string]bool{}       // rules that built a deal in some case
	for _, f := range files {
		cur = cur[:0]
		x.Extract(readCase(t, f))
		b, err := os.ReadFile(strings.TrimSuffix(f, ".txt") + ".golden.json")
		if err != nil {
			t.Fatal(err)
		}
		var want []goldenDeal
		if err := json.Unmarshal(b, &want); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		name := strings.TrimSuffix(filepath.Base(f), ".txt")
		for _, h := range cur {
			fired[h.rule] = true
			if slices.ContainsFunc(want, func(g goldenDeal) bool { return expects(g, h.d) }) && !slices.Contains(covered[h.rule], name) {
				covered[h.rule] = append(covered[h.rule], name)
			}
		}
	}
	names := deal.RuleNames()
	seen := map[string]bool{}
	for _, r := range names {
		if r == "" || seen[r] {
			t.Errorf("deal rule name %q is empty or given twice: names must tell the rules apart", r)
		}
		seen[r] = true
		switch {
		case len(covered[r]) > 0:
			if testing.Verbose() {
				t.Logf("rule %q: %d cases, e.g. %s", r, len(covered[r]), covered[r][0])
			}
		case fired[r]:
			t.Errorf("deal rule %q builds deals, but in no golden case that expects them: add a positive case to testdata/deal_*.txt", r)
		default:
			t.Errorf("deal rule %q is exercised by no golden case: add a case to testdata/deal_*.txt, or remove the rule", r)
		}
	}
	for r := range covered {
		if !seen[r] {
			t.Errorf("traced rule %q is not in deal.RuleNames", r)
		}
	}
}

// expects reports whether golden deal g is deal d as built by a rule: the same type, and d's
// companies among g's parties (a deal merged with another told in the same document may have
// gained a party, a value or a date).
func expects(g goldenDeal, d model.Deal) bool {
	if g.Type != d.Type || len(d.Parties) == 0 {
		return false
	}
	for _, p := range d.Parties {
		if !slices.Contains(g.Parties, p) {
			return false
		}
	}
	return true
}
