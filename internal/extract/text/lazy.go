package text

import (
	"regexp"
	"sync"
	"sync/atomic"
)

// Regexp is a regular expression compiled on its first use rather than when the program starts:
// a document reaches few of the rules' expressions, and every command (marketbrief help
// included) would otherwise pay for compiling all of them.
type Regexp struct {
	pattern string
	once    sync.Once
	re      atomic.Pointer[regexp.Regexp]
}

// Lazy returns pattern to be compiled on first use; an invalid pattern panics then, as
// regexp.MustCompile would (the packages' tests use every expression, and Compile checks one
// at once).
func Lazy(pattern string) *Regexp {
	return &Regexp{pattern: pattern}
}

// Re returns the compiled expression, compiling it on the first call.
func (l *Regexp) Re() *regexp.Regexp {
	l.once.Do(func() { l.re.Store(regexp.MustCompile(l.pattern)) })
	return l.re.Load()
}

// Compiled reports whether the expression has been compiled already.
func (l *Regexp) Compiled() bool { return l.re.Load() != nil }

// Compile compiles the expression now, returning its error instead of panicking later. It is
// called before the expression is shared.
func (l *Regexp) Compile() error {
	re, err := regexp.Compile(l.pattern)
	if err != nil {
		return err
	}
	l.once.Do(func() { l.re.Store(re) })
	return nil
}

// MatchString is regexp.Regexp.MatchString.
func (l *Regexp) MatchString(s string) bool { return l.Re().MatchString(s) }

// FindStringIndex is regexp.Regexp.FindStringIndex.
func (l *Regexp) FindStringIndex(s string) []int { return l.Re().FindStringIndex(s) }

// FindAllStringIndex is regexp.Regexp.FindAllStringIndex.
func (l *Regexp) FindAllStringIndex(s string, n int) [][]int {
	return l.Re().FindAllStringIndex(s, n)
}

// FindAllStringSubmatchIndex is regexp.Regexp.FindAllStringSubmatchIndex.
func (l *Regexp) FindAllStringSubmatchIndex(s string, n int) [][]int {
	return l.Re().FindAllStringSubmatchIndex(s, n)
}

// String returns the pattern, without compiling it.
func (l *Regexp) String() string { return l.pattern }
