package deal

import (
	"bytes"
	"cmp"
	"hash/maphash"
	"slices"

	"marketbrief/internal/extract/vendor"
	"marketbrief/internal/model"
)

// dealMerger merges deals as they come, in time linear in their number. Comparing every deal
// with every merged deal was quadratic (135 s for 9.8k distinct deals); instead each merged
// deal is filed under keys made of its parties' identifying words (coWords.keys), and a new
// deal is compared only with the merged deals filed under the keys its own words can form.
// Two deals that are the same (sameDeal) always share a key, so the result is the one the
// full comparison gives: a deal joins the earliest merged deal it matches.
//
// Keys are hashed: a collision only adds a candidate, which sameDeal then turns down, so the
// result never depends on the hash.
type dealMerger struct {
	names vendor.CoNames
	Out   []MergedDeal
	// index maps a key's hash to 1+i for the one merged deal i filed under it, or to -(1+j)
	// for the list lists[j] when several are.
	index map[uint64]int32
	lists [][]int32
	seed  maphash.Seed
	buf   []byte  // scratch for keys
	cands []int32 // scratch for candidates
}

// MergedDeal is a deal being merged, with sets of its documents and sentences so that a deal
// told ten thousand times does not rescan its lists at each telling.
type MergedDeal struct {
	D        model.Deal
	combined bool // told more than once: documents are sorted and unique at the end
	docs     map[string]bool
	evidence map[model.Evidence]bool
}

// NewDealMerger returns a merger sized for about n deals: growing maps of a million entries
// costs as much as filling them.
func NewDealMerger(n int) *dealMerger {
	return &dealMerger{names: make(vendor.CoNames, n), index: make(map[uint64]int32, 2*n), seed: maphash.MakeSeed()}
}

// add merges d into the earliest merged deal it tells, or keeps it as a new one.
func (m *dealMerger) add(d model.Deal) {
	w := m.words(d)
	for _, i := range m.candidates(d, w) {
		if SameDeal(m.Out[i].D, d, m.names.Same) {
			m.Merge(int(i), d)
			return
		}
	}
	if d.Value != nil {
		v := *d.Value
		d.Value = &v
	}
	// Documents and evidence are copied when a second telling joins, before they grow.
	m.Out = append(m.Out, MergedDeal{D: d})
	m.file(len(m.Out)-1, w)
}

// Merge combines d into merged deal i and refiles it when the fields its keys use changed.
func (m *dealMerger) Merge(i int, d model.Deal) {
	o := &m.Out[i]
	before := o.D
	o.D = combine(o.D, d, m.names)
	if !o.combined {
		o.combined = true
		o.D.Documents = slices.Clone(o.D.Documents)
		o.D.Evidence = slices.Clone(o.D.Evidence)
		o.docs = map[string]bool{}
		for _, doc := range o.D.Documents {
			o.docs[doc] = true
		}
		o.evidence = map[model.Evidence]bool{}
		for _, e := range o.D.Evidence {
			o.evidence[e] = true
		}
	}
	for _, doc := range d.Documents {
		if !o.docs[doc] {
			o.docs[doc] = true
			o.D.Documents = append(o.D.Documents, doc)
		}
	}
	for _, e := range d.Evidence {
		if !o.evidence[e] {
			o.evidence[e] = true
			o.D.Evidence = append(o.D.Evidence, e)
		}
	}
	if before.Type != o.D.Type || before.Acquirer != o.D.Acquirer || before.Target != o.D.Target ||
		before.Seller != o.D.Seller || !slices.Equal(before.Parties, o.D.Parties) && o.D.Type == model.Partnership {
		m.file(i, m.words(o.D))
	}
}

// Deals returns the merged deals sorted by dealKey (ties in merge order). The keys are written
// into one buffer: a million small strings would cost the collector more than the sort.
func (m *dealMerger) Deals() []model.Deal {
	var arena []byte
	ends := make([]int, len(m.Out)+1)
	idx := make([]int32, len(m.Out))
	for i := range m.Out {
		if m.Out[i].combined {
			slices.Sort(m.Out[i].D.Documents)
		}
		arena = appendDealKey(arena, m.Out[i].D)
		ends[i+1], idx[i] = len(arena), int32(i)
	}
	key := func(i int32) []byte { return arena[ends[i]:ends[i+1]] }
	slices.SortFunc(idx, func(a, b int32) int { return cmp.Or(bytes.Compare(key(a), key(b)), cmp.Compare(a, b)) })
	sorted := make([]model.Deal, len(idx))
	for i, j := range idx {
		sorted[i] = m.Out[j].D
	}
	return sorted
}

// file files merged deal i under its keys: a partnership under pairs of the key words of its
// first two parties, another deal under pairs of the key words of its acquirer (and seller)
// and its target. A key already holding i is not repeated.
func (m *dealMerger) file(i int, w dealWords) {
	m.keys(m.Out[i].D, w, true, func(key []byte) {
		h := maphash.Bytes(m.seed, key)
		v, ok := m.index[h]
		switch {
		case !ok:
			m.index[h] = int32(i) + 1
		case v > 0 && v-1 != int32(i):
			m.lists = append(m.lists, []int32{v - 1, int32(i)})
			m.index[h] = -int32(len(m.lists))
		case v < 0:
			l := &m.lists[-v-1]
			if (*l)[len(*l)-1] != int32(i) {
				*l = append(*l, int32(i))
			}
		}
	})
}

// candidates lists, in order, the merged deals filed under a key d's words can form.
func (m *dealMerger) candidates(d model.Deal, w dealWords) []int32 {
	m.cands = m.cands[:0]
	m.keys(d, w, false, func(key []byte) {
		switch v := m.index[maphash.Bytes(m.seed, key)]; {
		case v > 0:
			m.cands = append(m.cands, v-1)
		case v < 0:
			m.cands = append(m.cands, m.lists[-v-1]...)
		}
	})
	slices.Sort(m.cands)
	return slices.Compact(m.cands)
}

// dealWords are the words of a deal's names, looked up once per deal.
type dealWords struct {
	acquirer, target, seller vendor.CoWords
	parties                  []vendor.CoWords
}

// words looks up the words of d's names.
func (m *dealMerger) words(d model.Deal) dealWords {
	if d.Type == model.Partnership {
		w := dealWords{parties: make([]vendor.CoWords, len(d.Parties))}
		for i, p := range d.Parties {
			w.parties[i] = m.names.Get(p)
		}
		return w
	}
	w := dealWords{acquirer: m.names.Get(d.Acquirer), target: m.names.Get(d.Target)}
	if d.Seller != "" {
		w.seller = m.names.Get(d.Seller)
	}
	return w
}

// keys calls fn with each key of d, whose words are w: when filing, the keys it is filed
// under; else every key a deal that is the same as d may be filed under. Names that are the
// same company share a key word (coWords.keys), so pairs of key words are enough.
func (m *dealMerger) keys(d model.Deal, w dealWords, filing bool, fn func([]byte)) {
	words := func(w vendor.CoWords) []string { return w.Keys }
	if d.Type == model.Partnership {
		// Same parties: as many, and each of the filed deal's matches one of the other's.
		switch p := w.parties; {
		case len(p) == 0:
			fn(append(m.buf[:0], 'p', '0'))
		case len(p) == 1:
			m.pairs('1', words(p[0]), []string{""}, fn)
		case filing:
			m.pairs(byte('0'+min(len(p), 9)), words(p[0]), words(p[1]), fn)
		default:
			for i := range p {
				for j := i; j < len(p); j++ {
					m.pairs(byte('0'+min(len(p), 9)), words(p[i]), words(p[j]), fn)
				}
			}
		}
		return
	}
	m.pairs('d', words(w.acquirer), words(w.target), fn)
	if d.Seller != "" {
		m.pairs('d', words(w.seller), words(w.target), fn)
	}
}

// pairs calls fn with the key of each unordered pair of words from a and b, tagged with kind.
func (m *dealMerger) pairs(kind byte, a, b []string, fn func([]byte)) {
	for _, x := range a {
		for _, y := range b {
			lo, hi := x, y
			if hi < lo {
				lo, hi = hi, lo
			}
			m.buf = append(append(append(append(m.buf[:0], kind, 0), lo...), 0), hi...)
			fn(m.buf)
		}
	}
}
