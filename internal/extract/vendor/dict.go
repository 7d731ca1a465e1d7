package vendor

import (
	"marketbrief/internal/extract/text"

	"sort"
	"strings"
)

// Entry is one company of the dictionary: its canonical name and the other names it goes by.
// Strict marks a company named by an everyday word (Orange, Free, Apple): its names then match
// only when written exactly as listed (case included).
type Entry struct {
	Name    string   `yaml:"name" json:"name"`
	Aliases []string `yaml:"aliases" json:"aliases"`
	Strict  bool     `yaml:"strict,omitempty" json:"strict,omitempty"`
}

// Dictionary maps company names and aliases to canonical names. It is read-only once built and
// safe for concurrent use.
type Dictionary struct {
	byKey map[string]string // nameKey of a name or alias → canonical name
	index nameIndex
}

// dictAlias is one name of a company as a sequence of tokens.
type dictAlias struct {
	folded  []string // folded tokens, compared first
	surface []string // tokens as listed, compared when strict or all capitals
	name    string   // canonical name
	strict  bool
	// everyday marks a strict name of the dictionary (an everyday word: Orange, Apple), which
	// a following capitalised word may make part of another name.
	everyday bool
}

// nameIndex finds aliases by their first folded token; candidates are sorted longest first.
type nameIndex map[string][]dictAlias

// NewDictionary returns the built-in dictionary (see dict_data.go) extended by extra; an extra
// entry whose name is already known (ignoring case and accents) replaces the built-in one.
func NewDictionary(extra []Entry) *Dictionary {
	entries := builtinEntries()
	pos := map[string]int{}
	for i, e := range entries {
		pos[nameKey(e.Name)] = i
	}
	for _, e := range extra {
		if strings.TrimSpace(e.Name) == "" {
			continue
		}
		if i, ok := pos[nameKey(e.Name)]; ok {
			entries[i] = e
			continue
		}
		pos[nameKey(e.Name)] = len(entries)
		entries = append(entries, e)
	}
	d := &Dictionary{byKey: map[string]string{}, index: nameIndex{}}
	for _, e := range entries {
		for k, s := range append([]string{e.Name}, e.Aliases...) {
			d.add(s, e.Name, e.Strict, e.Strict && k == 0)
		}
	}
	d.index.sort()
	return d
}

// add registers surface as a name of the company canonical; everyday marks the name of a
// strict entry, an everyday word (see dictAlias).
func (d *Dictionary) add(surface, canonical string, strict, everyday bool) {
	k := nameKey(surface)
	if k == "" {
		return
	}
	if _, dup := d.byKey[k]; !dup {
		d.byKey[k] = canonical
	}
	d.index.add(surface, canonical, strict)
	if everyday {
		as := d.index[nameKeyFirst(surface)]
		as[len(as)-1].everyday = true
	}
}

// nameKeyFirst returns the key under which nameIndex files surface: its first folded token.
func nameKeyFirst(surface string) string {
	if toks := text.Tokenize(surface); len(toks) > 0 {
		return toks[0].Low
	}
	return ""
}

func (ix nameIndex) add(surface, canonical string, strict bool) {
	toks := text.Tokenize(surface)
	a := dictAlias{name: canonical, strict: strict}
	for _, t := range toks {
		a.surface = append(a.surface, t.Text)
		a.folded = append(a.folded, t.Low)
	}
	if len(a.folded) == 0 {
		return
	}
	ix[a.folded[0]] = append(ix[a.folded[0]], a)
}

func (ix nameIndex) sort() {
	for _, as := range ix {
		sort.SliceStable(as, func(i, j int) bool { return len(as[i].folded) > len(as[j].folded) })
	}
}

// Canonical resolves a company name as written (any case, accents or apostrophes, with or
// without a corporate suffix such as Inc or SA, with or without a leading "the") to its canonical
// name. For a name the dictionary does not know it returns the name cleaned (white space folded,
// corporate suffixes and a leading article removed, case kept) and false.
func (d *Dictionary) Canonical(surface string) (name string, known bool) {
	clean := cleanCompanyName(text.NormalizeText(surface))
	for _, s := range []string{surface, clean} {
		if n, ok := d.byKey[nameKey(s)]; ok {
			return n, true
		}
	}
	// "Microsoft France", "Huawei Cloud Europe": a known company followed by a place.
	if words := strings.Fields(clean); len(words) > 1 && text.IsPlaceWord(text.Fold(words[len(words)-1])) {
		if n, ok := d.byKey[nameKey(strings.Join(words[:len(words)-1], " "))]; ok {
			return n, true
		}
	}
	return clean, false
}

// nameKey is the comparison key of a name: folded, punctuation removed, words single-spaced.
func nameKey(s string) string {
	s = text.Fold(text.NormalizeText(s))
	var b strings.Builder
	space := false
	for _, r := range s {
		if r == '&' || r == '+' || ('0' <= r && r <= '9') || ('a' <= r && r <= 'z') || r >= 0x80 {
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(r)
		} else {
			space = true
		}
	}
	return b.String()
}

// cleanCompanyName folds white space and removes a possessive, a leading article and trailing
// corporate suffixes ("The Acme Widgets Co., Ltd." → "Acme Widgets", "Qonto's" → "Qonto").
func cleanCompanyName(s string) string {
	s = strings.TrimSuffix(strings.TrimSpace(s), "'s")
	words := strings.Fields(s)
	for len(words) > 1 && articles[text.Fold(words[0])] {
		words = words[1:]
	}
	for len(words) > 1 && corporateSuffixes[strings.Trim(text.Fold(words[len(words)-1]), ".,")] {
		words = words[:len(words)-1]
	}
	for len(words) > 1 && (words[len(words)-1] == "and" || words[len(words)-1] == "et") {
		words = words[:len(words)-1] // "Meyer and Co" → "Meyer"
	}
	out := strings.Join(words, " ")
	return balanceParens(strings.TrimRight(out, ",;: &"))
}

// balanceParens mends a name whose brackets a cut left open: "Cheung Kong (Holdings" (from
// "Cheung Kong (Holdings) Ltd") drops a bracket that holds only a legal form or "holdings",
// "Borg-Warner (Australia" closes it, and a closing bracket with no opening one goes. A name that
// is only a bracket is kept as it is.
func balanceParens(s string) string {
	open := strings.LastIndexByte(s, '(')
	if open > 0 && !strings.Contains(s[open:], ")") {
		inner := strings.Trim(s[open+1:], " .,")
		if inner == "" || holdingWords(inner) {
			return strings.TrimRight(s[:open], " ")
		}
		return strings.TrimRight(s, " .,") + ")"
	}
	if c := strings.IndexByte(s, ')'); c >= 0 && !strings.Contains(s[:c], "(") {
		return strings.TrimSpace(s[:c] + s[c+1:])
	}
	return s
}

// holdingWords reports whether every word of s is a legal form or a word of holding companies.
func holdingWords(s string) bool {
	for _, w := range strings.Fields(s) {
		w = strings.Trim(text.Fold(w), ".,")
		if !corporateSuffixes[w] && w != "holdings" && w != "holding" {
			return false
		}
	}
	return true
}

// articles may start a name as written but are not part of it.
var articles = map[string]bool{"the": true, "le": true, "la": true, "les": true, "l'": true}

// corporateSuffixes are the legal forms that follow a company name (folded, without dots).
var corporateSuffixes = map[string]bool{
	"inc": true, "incorporated": true, "corp": true, "corporation": true, "co": true, "ltd": true,
	"limited": true, "llc": true, "plc": true, "sa": true, "s.a": true, "sas": true, "sarl": true,
	"ag": true, "gmbh": true, "nv": true, "n.v": true, "bv": true, "se": true, "spa": true,
	"s.p.a": true, "ab": true, "asa": true, "oyj": true, "kk": true, "pte": true, "pty": true,
}
