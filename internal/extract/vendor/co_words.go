package vendor

import "strings"

// CoNames derives each company name's identifying words once and compares names with them.
// Merging a million deals compares names millions of times; deriving the words at each
// comparison (coSame) cost more than everything else the merge does. A coNames is not safe for
// concurrent use.
type CoNames map[string]CoWords

// CoWords are a name's identifying words, each once, in the order they are written, and the
// words the merge index files the name under.
type CoWords struct {
	all []string
	// Keys are the words that are not generic, or all words when every word is generic, or the
	// single key "" for a name without identifying words. Two names that are the same company
	// (coNames.same) always share a key: the shorter's words are all in the longer's, and
	// either one of them is specific, or both names have the same, generic, words.
	Keys []string
}

// Get returns the words of name, deriving them on first use.
func (c CoNames) Get(name string) CoWords {
	if w, ok := c[name]; ok {
		return w
	}
	var w CoWords
	for _, s := range CoNameWords(name) {
		if !containsString(w.all, s) {
			w.all = append(w.all, s)
		}
	}
	generic := 0
	for _, s := range w.all {
		if coGenericWords[s] {
			generic++
		}
	}
	switch {
	case len(w.all) == 0:
		w.Keys = []string{""}
	case generic == 0 || generic == len(w.all):
		w.Keys = w.all
	default:
		for _, s := range w.all {
			if !coGenericWords[s] {
				w.Keys = append(w.Keys, s)
			}
		}
	}
	c[name] = w
	return w
}

// Same reports whether a and b denote the same company, as coSame does, except that a word
// written twice counts once ("Cloud Cloud" is not "Cloud Data").
func (c CoNames) Same(a, b string) bool {
	if a == b {
		return true
	}
	wa, wb := c.Get(a).all, c.Get(b).all
	if len(wa) == 0 || len(wb) == 0 {
		return strings.EqualFold(a, b)
	}
	if len(wa) > len(wb) {
		wa, wb = wb, wa
	}
	specific := false
	for _, w := range wa {
		if !containsString(wb, w) {
			return false
		}
		if !coGenericWords[w] {
			specific = true
		}
	}
	return specific || len(wa) == len(wb)
}

// Unique drops empty and repeated names, keeping the order (dealUnique with cached words).
func (c CoNames) Unique(names []string) []string {
	var out []string
	for _, n := range names {
		if n == "" {
			continue
		}
		dup := false
		for _, o := range out {
			if c.Same(o, n) {
				dup = true
				break
			}
		}
		if !dup {
			out = append(out, n)
		}
	}
	return out
}

// containsString reports whether list holds s; names have a handful of words, so a scan beats
// a map.
func containsString(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
