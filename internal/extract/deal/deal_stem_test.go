package deal

import (
	"fmt"
	"strings"
	"testing"

	"marketbrief/internal/model"
)

// TestStemIndexHasNoCap builds the pre-filter of far more rules and stems than the built-in ones
// (a language's worth of verb forms) and checks that each sentence finds exactly its stems and
// the rules that use them: adding verbs must never hit a size limit.
func TestStemIndexHasNoCap(t *testing.T) {
	const n = 1500
	var rules []dealRule
	for i := 0; i < n; i += 3 {
		stems := []string{fmt.Sprintf("qv%04dx", i), fmt.Sprintf("qv%04dx", i+1), fmt.Sprintf("qv%04dx", i+2)}
		r := dealRuleOf(fmt.Sprint("rule ", i), model.Acquisition, roleAcquirer, roleTarget, 0.9, `\bqv`)
		r.stems = stems
		rules = append(rules, r)
	}
	ix, sets := newStemIndex(rules)
	if len(ix.stems) != n {
		t.Fatalf("indexed %d stems, want %d", len(ix.stems), n)
	}
	for _, id := range []int{0, 255, 256, 257, 1000, n - 1} {
		sentence := fmt.Sprintf("acme qv%04dxes beta and nothing else", id)
		found, hits := ix.find(sentence, nil, nil)
		if len(hits) != 1 || hits[0].pos != 5 || !found.has(hits[0].id) || ix.stems[hits[0].id] != fmt.Sprintf("qv%04dx", id) {
			t.Fatalf("stem %d: hits %v", id, hits)
		}
		for r, set := range sets {
			if want := r == id/3; set.meets(found) != want {
				t.Errorf("stem %d: rule %d meets = %v, want %v", id, r, !want, want)
			}
		}
	}
	if found, hits := ix.find("qv9999x is no stem of these rules", nil, nil); !found.empty() || len(hits) != 0 {
		t.Errorf("unknown word found stems %v", hits)
	}
}

// TestDealRuleWordsAreWords keeps words that exist only to match a misspelling in one story out
// of the rules: every trigger alternative of the built-in rules is checked against known typos.
func TestDealRuleWordsAreWords(t *testing.T) {
	typos := []string{"mergewr", "acquistion", "aquire", "aquisition", "acquisiton", "purchse", "mergr", "takeovr"}
	for _, r := range DefaultRules().rules {
		for _, typo := range typos {
			if strings.Contains(r.re.String(), typo) || strings.Contains(strings.Join(r.stems, " "), typo) {
				t.Errorf("rule %q holds the misspelling %q", r.name, typo)
			}
		}
	}
}
