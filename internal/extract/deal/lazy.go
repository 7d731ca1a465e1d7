package deal

import (
	"regexp"
	"sync"
)

// lazyRegexp is a rule's expression, compiled on its first use rather than when the rules are
// built: a document reaches few of the rules, and every command that builds an extractor would
// otherwise pay for compiling two expressions per deal rule.
type lazyRegexp struct {
	pattern string
	once    sync.Once
	re      *regexp.Regexp
}

// lazyCompile returns pattern to be compiled on first use; an invalid pattern panics then, as
// regexp.MustCompile would (TestDealRulesCompile compiles the built-in ones; NewRules compiles
// those of an extra lexicon at once, with compile).
func lazyCompile(pattern string) *lazyRegexp {
	return &lazyRegexp{pattern: pattern}
}

// get returns the compiled expression, compiling it on the first call.
func (l *lazyRegexp) get() *regexp.Regexp {
	l.once.Do(func() { l.re = regexp.MustCompile(l.pattern) })
	return l.re
}

// compile compiles the expression now, returning its error instead of panicking later. It is
// called before the expression is shared.
func (l *lazyRegexp) compile() error {
	re, err := regexp.Compile(l.pattern)
	if err != nil {
		return err
	}
	l.once.Do(func() { l.re = re })
	return nil
}

// FindAllStringIndex is regexp.Regexp.FindAllStringIndex.
func (l *lazyRegexp) FindAllStringIndex(s string, n int) [][]int {
	return l.get().FindAllStringIndex(s, n)
}

// FindStringIndex is regexp.Regexp.FindStringIndex.
func (l *lazyRegexp) FindStringIndex(s string) []int { return l.get().FindStringIndex(s) }

// String returns the pattern, without compiling it.
func (l *lazyRegexp) String() string { return l.pattern }
