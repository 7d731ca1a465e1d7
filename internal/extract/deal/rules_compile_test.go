package deal

import (
	"strings"
	"testing"

	"marketbrief/internal/extract/lexicon"
	"marketbrief/internal/extract/text"
)

// TestDealRulesCompile: the rules' expressions are compiled on first use, so a bad one would
// panic only on the first sentence that reaches it; compile those of the built-in lexicon here.
func TestDealRulesCompile(t *testing.T) {
	for _, r := range DefaultRules().rules {
		for _, l := range []*text.Regexp{r.re, r.atStem} {
			if l == nil {
				continue
			}
			if err := l.Compile(); err != nil {
				t.Errorf("rule %s: %v", r.name, err)
			}
		}
	}
}

// TestNewRulesCompilesNow: the rules of an extra lexicon are compiled when built, so that a bad
// word is reported at start, naming the rule, instead of panicking on the first sentence.
func TestNewRulesCompilesNow(t *testing.T) {
	lx, err := lexicon.Load(lexicon.File{Name: "short.txt", R: strings.NewReader("deal_verb.acquire en ab\n")})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := NewRules(lx); err == nil || !strings.Contains(err.Error(), `deal rule "acquire"`) {
		t.Errorf("a two-letter verb, which no pre-filter can find: err = %v", err)
	}
	rs, err := NewRules(lexicon.Default())
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range rs.rules {
		if !r.re.Compiled() || r.atStem != nil && !r.atStem.Compiled() {
			t.Errorf("rule %s: not compiled by NewRules", r.name)
		}
	}
}
