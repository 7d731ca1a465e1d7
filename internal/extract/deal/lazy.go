package deal

import (
	"regexp"
	"sync"
)

// lazyRegexp is a rule's expression, compiled on its first use rather than when the program
// starts: every command (marketbrief help included) would otherwise pay for compiling two
// expressions per deal rule.
type lazyRegexp struct {
	pattern string
	get     func() *regexp.Regexp
}

// lazyCompile returns pattern to be compiled on first use; an invalid pattern panics then, as
// regexp.MustCompile would (TestDealRulesCompile compiles them all).
func lazyCompile(pattern string) *lazyRegexp {
	return &lazyRegexp{pattern: pattern, get: sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(pattern) })}
}

// FindAllStringIndex is regexp.Regexp.FindAllStringIndex.
func (l *lazyRegexp) FindAllStringIndex(s string, n int) [][]int {
	return l.get().FindAllStringIndex(s, n)
}

// FindStringIndex is regexp.Regexp.FindStringIndex.
func (l *lazyRegexp) FindStringIndex(s string) []int { return l.get().FindStringIndex(s) }

// String returns the pattern, without compiling it.
func (l *lazyRegexp) String() string { return l.pattern }
