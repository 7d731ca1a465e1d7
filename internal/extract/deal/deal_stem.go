package deal

import (
	"encoding/binary"
	"fmt"
	"sync"

	"marketbrief/internal/extract/lexicon"
	"marketbrief/internal/extract/text"
)

// stemSet is a set of stem ids, one bit each. It grows with the ids added, so the rules may have
// as many stems as they need: a new verb is a line of data, never a size to raise.
type stemSet []uint64

// add, meets, empty and has are the set operations.
func (s *stemSet) add(id int) {
	for len(*s) <= id/64 {
		*s = append(*s, 0)
	}
	(*s)[id/64] |= 1 << (id % 64)
}

func (s stemSet) meets(o stemSet) bool {
	for i := range min(len(s), len(o)) {
		if s[i]&o[i] != 0 {
			return true
		}
	}
	return false
}

func (s stemSet) empty() bool {
	for _, w := range s {
		if w != 0 {
			return false
		}
	}
	return true
}

func (s stemSet) has(id int) bool { return id/64 < len(s) && s[id/64]&(1<<(id%64)) != 0 }

// clear empties s, keeping its storage for the next sentence.
func (s stemSet) clear() {
	for i := range s {
		s[i] = 0
	}
}

// stemIndex finds which rule stems start a word of a sentence, in one pass over its words.
type stemIndex struct {
	stems []string
	// bucket[stemHash(b0, b1, b2)] is 1 + the index in buckets of the stems whose first three
	// bytes hash there, or 0; a small table, which stays in the processor's cache. There are at
	// most as many buckets as entries, so a uint16 always holds the index.
	bucket  [1 << stemHashBits]uint16
	buckets [][]stemKey
}

// newStemIndex indexes the stems of rules and sets each rule's stem set.
func newStemIndex(rules []dealRule) (*stemIndex, []stemSet) {
	ix := &stemIndex{}
	ids := map[string]int{}
	sets := make([]stemSet, len(rules))
	for i, r := range rules {
		for _, st := range r.stems {
			id, ok := ids[st]
			if !ok {
				if len(st) < 3 {
					panic("extract: deal rule stem shorter than three bytes: " + st)
				}
				id = len(ix.stems)
				ids[st] = id
				ix.stems = append(ix.stems, st)
				ix.addKey(newStemKey(st, id))
			}
			sets[i].add(id)
		}
	}
	return ix, sets
}

// addKey files k under the hash of its stem's first three bytes.
func (ix *stemIndex) addKey(k stemKey) {
	b := &ix.bucket[stemHash(k.st[0], k.st[1], k.st[2])]
	if *b == 0 {
		ix.buckets = append(ix.buckets, nil)
		*b = uint16(len(ix.buckets))
	}
	ix.buckets[*b-1] = append(ix.buckets[*b-1], k)
}

// stemHashBits is the size of stemIndex.bucket, as a power of two.
const stemHashBits = 12

// stemHash hashes three bytes to an index of stemIndex.bucket. Prefixes that collide share a
// bucket, whose stems are compared in full.
func stemHash(b0, b1, b2 byte) uint32 {
	return (uint32(b0)<<16 | uint32(b1)<<8 | uint32(b2)) * 2654435761 >> (32 - stemHashBits)
}

// Rules are the deal rules (dealRules) with the words of one lexicon, and their pre-filter. A
// Reader reads with one Rules; DefaultRules are those of the built-in lexicon, NewRules those
// of a lexicon extended by extra files.
type Rules struct {
	rules []dealRule
	stems *stemIndex
	// ruleStems[i] is the stem set of rules[i].
	ruleStems []stemSet
}

// DefaultRules returns the deal rules with the built-in lexicon, built on first use, not when
// the program starts (most commands read no deal); each expression is compiled on its first
// use in turn (see text.Regexp), and TestDealRulesCompile compiles them all.
var DefaultRules = sync.OnceValue(func() *Rules {
	rs, err := compileDealRules(dealRules, lexicon.Default(), false)
	if err != nil {
		panic("deal: " + err.Error()) // the built-in rules and words are tested
	}
	return rs
})

// NewRules returns the deal rules with the words of lx (the built-in lexicon extended by
// config.yaml's lexicon: files, see lexicon.Load), every expression compiled now: it fails,
// naming the rule, when a word of lx breaks a rule's expression or leaves it no pre-filter.
func NewRules(lx *lexicon.Lexicon) (*Rules, error) {
	return compileDealRules(dealRules, lx, true)
}

// compileDealRules expands rules with the words of lx: each slot {kind} of an expression
// becomes the alternation of the kind's words, and each rule's stems and whether its expression
// may be tried anchored at a stem are derived from the expanded expression. The expressions are
// compiled now when eager, else on first use.
func compileDealRules(rules []dealRule, lx *lexicon.Lexicon, eager bool) (*Rules, error) {
	out := make([]dealRule, len(rules))
	for i, r := range rules {
		src, err := lx.Expand(r.src)
		if err != nil {
			return nil, fmt.Errorf("deal rule %q: %w", r.name, err)
		}
		stems, atStart, err := lexicon.Stems(src, 3) // parses src: a syntax error stops here
		if err != nil {
			return nil, fmt.Errorf("deal rule %q: %w", r.name, err)
		}
		r.stems, r.re, r.atStem = stems, text.Lazy(src), nil
		if atStart {
			r.atStem = text.Lazy(`^(?:` + src + `)`)
		}
		if eager {
			for _, l := range []*text.Regexp{r.re, r.atStem} {
				if l == nil {
					continue
				}
				if err := l.Compile(); err != nil {
					return nil, fmt.Errorf("deal rule %q: %w", r.name, err)
				}
			}
		}
		out[i] = r
	}
	ix, sets := newStemIndex(out)
	return &Rules{rules: out, stems: ix, ruleStems: sets}, nil
}

// stemKey is stem st (of id id) with its first eight bytes (little-endian) and the mask of
// those it has, compared eight at a time.
type stemKey struct {
	pre, mask uint64
	id        int
	st        string
}

// newStemKey returns the key of stem st (which holds no zero byte).
func newStemKey(st string, id int) stemKey {
	k := stemKey{id: id, st: st}
	for j := 0; j < len(st) && j < 8; j++ {
		k.pre |= uint64(st[j]) << (8 * j)
		k.mask |= 0xff << (8 * j)
	}
	return k
}

// load8 returns the first eight bytes of s as a little-endian word, zero-padded when s is shorter.
func load8(s string) uint64 {
	if len(s) >= 8 {
		return binary.LittleEndian.Uint64([]byte(s[:8]))
	}
	var w uint64
	for j := 0; j < len(s); j++ {
		w |= uint64(s[j]) << (8 * j)
	}
	return w
}

// stemHit is a stem found at byte offset pos of a sentence.
type stemHit struct{ id, pos int }

// find returns the stems that start a word of lower (a lower-cased sentence), and where, reusing
// the storage of found and hits. A word starts at the beginning or after a byte that is not a
// letter, digit or part of a UTF-8 rune.
func (ix *stemIndex) find(lower string, found stemSet, hits []stemHit) (stemSet, []stemHit) {
	found.clear()
	hits = hits[:0]
	end := len(lower) - 2 // a stem has three bytes or more
	// The word starts are listed without a branch, a chunk at a time, then looked up.
	var starts [256]int32
	prev := byte(0)
	for from := 0; from < end; from += len(starts) {
		k := 0
		if from == 0 && dealWordBytes[lower[0]] == 0 {
			starts[0], k = 0, 1 // the start, whatever it is
		}
		for i := from; i < min(end, from+len(starts)); i++ {
			w := dealWordBytes[lower[i]]
			starts[k] = int32(i)
			k += int(w &^ prev)
			prev = w
		}
		for _, i := range starts[:k] {
			b := ix.bucket[stemHash(lower[i], lower[i+1], lower[i+2])]
			if b == 0 {
				continue
			}
			word := load8(lower[i:])
			for _, key := range ix.buckets[b-1] {
				if word&key.mask == key.pre && len(lower)-int(i) >= len(key.st) && (len(key.st) <= 8 || lower[i+8:int(i)+len(key.st)] == key.st[8:]) {
					found.add(key.id)
					hits = append(hits, stemHit{key.id, int(i)})
				}
			}
		}
	}
	return found, hits
}

// Window around a stem in which a rule's regular expression is tried: the trigger phrases start
// at most stemWindowBefore bytes before their stem and end at most stemWindowAfter bytes after it.
const (
	stemWindowBefore = 90
	stemWindowAfter  = 200
)

// ruleMatches returns the matches of rule i in lower, trying its expression only where the
// rule's stems are: anchored at each stem, or (for a rule whose trigger may start before its
// stem) on windows around the stems, merged when they overlap.
func (rs *Rules) ruleMatches(i int, lower string, hits []stemHit) [][]int {
	r := rs.rules[i]
	if r.opener || r.atStart {
		return r.re.FindAllStringIndex(lower, -1) // anchored at the sentence start
	}
	var out [][]int
	if r.atStem != nil {
		for _, h := range hits {
			if rs.ruleStems[i].has(h.id) {
				if m := r.atStem.FindStringIndex(lower[h.pos:]); m != nil {
					out = append(out, []int{h.pos + m[0], h.pos + m[1]})
				}
			}
		}
		return out
	}
	start, end := -1, -1
	flush := func() {
		if start < 0 {
			return
		}
		for _, m := range r.re.FindAllStringIndex(lower[start:end], -1) {
			out = append(out, []int{m[0] + start, m[1] + start})
		}
	}
	for _, h := range hits {
		if !rs.ruleStems[i].has(h.id) {
			continue
		}
		ws, we := text.WordStart(lower, max(0, h.pos-stemWindowBefore)), min(len(lower), h.pos+stemWindowAfter)
		if start >= 0 && ws <= end {
			end = max(end, we)
			continue
		}
		flush()
		start, end = ws, we
	}
	flush()
	return out
}

// dealWordBytes[c] is 1 when dealWordByte(c), else 0: looked up rather than computed in find.
var dealWordBytes = func() (t [256]byte) {
	for c := range t {
		if dealWordByte(byte(c)) {
			t[c] = 1
		}
	}
	return t
}()

// dealWordByte reports whether c can be part of a word (ASCII letters and digits, and every byte of
// a multi-byte UTF-8 rune).
func dealWordByte(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c >= 0x80
}

// mustExpand is lexicon.Default().Expand for a built-in expression, which the tests compile.
func mustExpand(expr string) string {
	s, err := lexicon.Default().Expand(expr)
	if err != nil {
		panic("deal: " + err.Error())
	}
	return s
}
