package lexicon

import (
	"fmt"
	"regexp"
	"regexp/syntax"
	"slices"
	"sort"
	"strings"
	"unicode/utf8"
)

// slotRe finds the slots of an expression: {kind} names a list of the lexicon, {kind/lang} its
// words of one language.
var slotRe = regexp.MustCompile(`\{([a-z_]+(?:\.[a-z_]+)*)(?:/(en|fr))?\}`)

// Expand returns expr with each slot {kind} (or {kind/lang}) replaced by an alternation of the
// kind's entries in every language (in lang): quoted, longest first, an apostrophe matching
// both ' and ’, a final "*" matching any ending (\w*). A slot naming an unknown or empty kind
// is an error.
func (lx *Lexicon) Expand(expr string) (string, error) {
	var err error
	out := slotRe.ReplaceAllStringFunc(expr, func(m string) string {
		sub := slotRe.FindStringSubmatch(m)
		kind := sub[1]
		if _, ok := lx.words[kind]; !ok {
			err = fmt.Errorf("expression %q: unknown lexicon kind %q", expr, kind)
			return m
		}
		var ws []string
		if sub[2] != "" {
			ws = slices.Clone(lx.Words(kind, sub[2]))
		} else {
			ws = slices.Clone(lx.Words(kind))
		}
		if len(ws) == 0 {
			err = fmt.Errorf("expression %q: lexicon kind %q has no words", expr, m)
			return m
		}
		sort.SliceStable(ws, func(i, j int) bool { return len(ws[i]) > len(ws[j]) })
		for i, w := range ws {
			prefix, any := strings.CutSuffix(w, "*")
			w = regexp.QuoteMeta(prefix)
			w = strings.NewReplacer("'", "['’]", "’", "['’]").Replace(w)
			if any {
				w += `\w*`
			}
			ws[i] = w
		}
		return "(?:" + strings.Join(ws, "|") + ")"
	})
	return out, err
}

// maxPrefixes bounds the literal prefixes followed through an expression; past it the shorter
// prefixes found so far stand.
const maxPrefixes = 512

// Stems returns literal word beginnings of at least minLen bytes one of which every match of
// expr contains, for a cheap pre-filter: those of the first part of the expression whose
// matches all begin with such literals. atStart reports that every match begins with one of
// them (the expression may be tried anchored where a stem is); otherwise a match contains one
// after its start. A stem that begins with another stem is left out. An expression with no such
// part is an error: it could not be pre-filtered.
func Stems(expr string, minLen int) (stems []string, atStart bool, err error) {
	re, err := syntax.Parse(expr, syntax.Perl)
	if err != nil {
		return nil, false, err
	}
	re = re.Simplify()
	parts := []*syntax.Regexp{re}
	if re.Op == syntax.OpConcat {
		parts = re.Sub
	}
	first := true
	for i := range parts {
		if emptyWidth(parts[i]) {
			continue
		}
		set, _ := prefixes(parts[i:])
		if len(set) > 0 && !slices.ContainsFunc(set, func(s string) bool { return len(s) < minLen }) {
			return minimal(set), first, nil
		}
		first = false
	}
	return nil, false, fmt.Errorf("expression %q: no literal word of %d bytes or more that every match holds", expr, minLen)
}

// emptyWidth reports whether re matches no text (\b, ^, $).
func emptyWidth(re *syntax.Regexp) bool {
	switch re.Op {
	case syntax.OpWordBoundary, syntax.OpBeginText, syntax.OpBeginLine, syntax.OpEmptyMatch:
		return true
	case syntax.OpCapture:
		return emptyWidth(re.Sub[0])
	}
	return false
}

// prefixes returns the literal texts one of which begins every match of the concatenation of
// parts, and whether they are the whole matches (exact). nil means unknown.
func prefixes(parts []*syntax.Regexp) (set []string, exact bool) {
	set, exact = []string{""}, true
	for _, p := range parts {
		if emptyWidth(p) {
			continue
		}
		next, ex := prefixesOf(p)
		if next == nil {
			return trimEmpty(set), false
		}
		if len(set)*len(next) > maxPrefixes {
			return trimEmpty(set), false
		}
		var prod []string
		for _, a := range set {
			for _, b := range next {
				prod = append(prod, a+b)
			}
		}
		set = prod
		if !ex {
			return trimEmpty(set), false
		}
	}
	return trimEmpty(set), exact
}

// trimEmpty returns nil when set holds the empty prefix, which says nothing.
func trimEmpty(set []string) []string {
	if slices.Contains(set, "") {
		return nil
	}
	return set
}

// prefixesOf is prefixes for one part.
func prefixesOf(re *syntax.Regexp) ([]string, bool) {
	switch re.Op {
	case syntax.OpLiteral:
		if re.Flags&syntax.FoldCase != 0 {
			return nil, false
		}
		return []string{string(re.Rune)}, true
	case syntax.OpCharClass:
		var out []string
		for i := 0; i+1 < len(re.Rune); i += 2 {
			if len(out)+int(re.Rune[i+1]-re.Rune[i]) >= 4 { // a few spellings ([eè], ['’]), not \s or [a-z]
				return nil, false
			}
			for r := re.Rune[i]; r <= re.Rune[i+1]; r++ {
				if !utf8.ValidRune(r) {
					return nil, false
				}
				out = append(out, string(r))
			}
		}
		return out, true
	case syntax.OpCapture:
		return prefixesOf(re.Sub[0])
	case syntax.OpConcat:
		set, exact := prefixes(re.Sub)
		return set, exact
	case syntax.OpAlternate:
		var out []string
		exact := true
		for _, s := range re.Sub {
			set, ex := prefixesOf(s)
			if set == nil {
				return nil, false
			}
			out, exact = append(out, set...), exact && ex
		}
		return out, exact
	case syntax.OpQuest:
		set, ex := prefixesOf(re.Sub[0])
		if set == nil || !ex {
			return nil, false
		}
		return append([]string{""}, set...), true
	}
	return nil, false
}

// minimal returns the texts of set that begin with no other text of set, sorted.
func minimal(set []string) []string {
	sort.Strings(set)
	set = slices.Compact(set)
	var out []string
	for _, s := range set {
		if len(out) == 0 || !strings.HasPrefix(s, out[len(out)-1]) {
			out = append(out, s)
		}
	}
	return out
}
