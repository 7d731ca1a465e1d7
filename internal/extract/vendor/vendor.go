package vendor

import (
	"strings"

	"marketbrief/internal/extract/measure"
	"marketbrief/internal/extract/text"
	"marketbrief/internal/model"
)

// Reader finds the companies of one document: it reads the dictionary, the sentence
// limit and the call's time budget.
type Reader struct {
	dict   *Dictionary
	limits text.Limits
	budget *text.Budget // nil never stops
}

// NewReader returns a reader of company names with dict, limits and budget.
func NewReader(dict *Dictionary, limits text.Limits, budget *text.Budget) *Reader {
	return &Reader{dict: dict, limits: limits, budget: budget}
}

// Sentences splits a document into sentences (sentence 0 is the title) and finds their
// mentions (see Mentions).
func (e *Reader) Sentences(doc model.Document) []text.Sentence {
	sents := text.Sentences(doc.Title, doc.Text, e.limits.Sentence(), e.budget)
	e.Mentions(sents, doc.Language == "fr")
	return sents
}

// Mentions finds in each sentence of a document the companies the dictionary knows and those
// the document itself defines: names recognised from context ("la start-up Qonto", "Acme
// Networks Inc") and their acronyms ("Cloud Technology Partners" then "CTP"). Mentions carry
// canonical names. fr tells that the document is in French.
func (e *Reader) Mentions(out []text.Sentence, fr bool) {
	toks := make([][]text.Token, len(out))
	tc := make([]bool, len(out))
	local := newDocNames()
	for i := range out {
		toks[i], tc[i] = out[i].Toks, out[i].TitleCase
		lowerNationalNouns(toks[i])
	}
	local.doc = toks
	for i := range out {
		e.budget.Check()
		s := out[i].Text
		out[i].Mentions = e.matchNames(s, toks[i], nil, tc[i], fr)
		if !tc[i] {
			local.notePersons(toks[i])
		}
		e.learnNames(local, s, toks[i], out[i].Mentions, tc[i])
	}
	e.rematch(out, local, tc, fr)
	// Lists are judged by the companies they hold: read once every name is matched.
	polls, before := aboutPolls(toks), len(local.names)
	for i := range out {
		e.budget.Check()
		if !tc[i] && len(toks[i]) > 4 {
			e.learnLists(local, out[i].Text, toks[i], out[i].Mentions, polls)
		}
	}
	if len(local.names) > before {
		e.rematch(out, local, tc, fr)
	}
}

// rematch matches again the sentences that may hold a name the document defined.
func (e *Reader) rematch(out []text.Sentence, local *docNames, tc []bool, fr bool) {
	if local.empty() {
		return
	}
	local.addShortNames(e.dict)
	for i := range out {
		e.budget.Check()
		if local.mayMatch(out[i].Toks) {
			out[i].Mentions = e.matchNames(out[i].Text, out[i].Toks, local, tc[i], fr)
		}
	}
}

// lowerNationalNouns marks as lower case a capitalised nationality used as a noun before a name,
// "le Chinois Sinovac", "l'Américain Brightwave Systems", so that it reads as "le chinois
// Sinovac" (a cue, see frenchNationalNoun) and stays out of the name. Not "La Française des
// Jeux" (no capital follows) nor "British American Tobacco" (no article before).
func lowerNationalNouns(toks []text.Token) {
	for k := 1; k+1 < len(toks); k++ {
		if !toks[k].Upper || !toks[k+1].Upper || toks[k].Kind != text.TokWord || toks[k+1].Kind != text.TokWord {
			continue
		}
		p := toks[k-1].Low
		if !(p == "le" || p == "la" || p == "'" && k > 1 && toks[k-2].Low == "l") || !text.Nationalities[toks[k].Low] {
			continue
		}
		toks[k].Upper = false
	}
}

// matchNames finds the company names of one sentence: the longest dictionary or document name
// at each position, then acronyms the document defined, then periphrases ("le géant de
// Redmond"). tc tells that the sentence is in Title
// Case (see isTitleCase).
func (e *Reader) matchNames(s string, toks []text.Token, local *docNames, tc, fr bool) []text.Mention {
	var ms []text.Mention
	for i := 0; i < len(toks); i++ {
		t := &toks[i]
		// A word whose folded form is its text has no capital: skip innerCapital's scan.
		if t.Kind == text.TokPunct || !(t.Upper || t.Kind == text.TokNumber || t.Low != t.Text && innerCapital(t.Text)) {
			if t.Low != "roubaisien" { // the one lower-case periphrasis (see periphrasis)
				continue
			}
		}
		best, n := e.dict.index.longest(toks, i, t.Low, tc, fr)
		known := n > 0
		if local != nil {
			if lb, ln := local.index.longest(toks, i, t.Low, tc, fr); ln > n {
				best, n, known = lb, ln, false
			}
			if n == 0 && text.IsAllCaps(t.Text) {
				if name, ok := local.acronyms[t.Text]; ok {
					best, n = name, 1
				}
			}
		}
		if n == 0 && t.Upper && strings.IndexByte(t.Text, '-') > 0 {
			if parts := e.hyphenParts(s, t, local, tc, fr); parts != nil {
				ms = append(ms, parts...) // "Renault-Nissan": two companies
				continue
			}
		}
		if n == 0 {
			if p, from, to := periphrasis(toks, i); p != "" {
				start, end := toks[from].Start, toks[to-1].End
				ms = append(ms, text.Mention{Start: start, End: end, Surface: s[start:end], Name: p, Known: true})
				i = to - 1
			}
			continue
		}
		if known && i > 0 && channelPlatforms[best] && text.OneOf(toks[i-1].Low, "sur", "on", "via") {
			i += n - 1
			continue // "a assuré sur Twitter": the platform is where one speaks, not a company in the story
		}
		end := toks[i+n-1].End
		ms = append(ms, text.Mention{Start: t.Start, End: end, Surface: s[t.Start:end], Name: best, Known: known})
		i += n - 1
	}
	return ms
}

// longest returns the canonical name and token count of the longest alias that starts at
// toks[i] (key is its folded text), or 0 when none matches. Strict aliases must match case
// exactly, and a one-word strict alias never matches in a Title Case sentence (tc); an alias in
// capitals must be written in capitals ("TIM", not "Tim").
func (ix nameIndex) longest(toks []text.Token, i int, key string, tc, fr bool) (string, int) {
	cands, ok := ix[key]
	if !ok {
		return "", 0
	}
	for _, a := range cands {
		if i+len(a.folded) > len(toks) || !a.matches(toks[i:i+len(a.folded)]) {
			continue
		}
		if a.strict && len(a.folded) == 1 && (tc || !fr && (i == 0 && startAmbiguous[a.folded[0]] || frenchOnly[a.folded[0]])) {
			continue
		}
		if a.everyday && len(a.folded) == 1 && (otherNameAfter(toks, i+1) || otherNameBefore(toks, i)) {
			// "l'Orange Vélodrome", "l'Apple Daily": the everyday word starts another name;
			// "« Lava Orange »", "une teinte Volcano Orange": it ends one (a colour's).
			continue
		}
		return a.name, len(a.folded)
	}
	return "", 0
}

// matches reports whether toks spell the alias.
func (a dictAlias) matches(toks []text.Token) bool {
	for k, t := range toks {
		switch {
		case a.strict:
			if t.Text != a.surface[k] {
				return false
			}
		case k > 0 && t.Low != a.folded[k]:
			return false
		case len(a.surface[k]) > 1 && text.IsAllCaps(a.surface[k]) && !text.IsAllCaps(t.Text):
			return false
		}
	}
	return true
}

// otherNameAfter reports whether toks[j] is a capitalised word that makes the name before it
// part of another name: not a legal form ("Apple Inc"), a place ("Orange France") or a brand
// word ("Apple Music", "Orange Bank").
func otherNameAfter(toks []text.Token, j int) bool {
	if j >= len(toks) || !toks[j].Upper {
		return false
	}
	w := toks[j].Low
	_, place := measure.RegionNames[w]
	// "le PDG d'Orange Stéphane Richard": a person named after the company.
	return !text.LegalForms[toks[j].Text] && !place && !text.PlaceWords[w] && !brandTails[w] && !text.FirstNames[w]
}

// otherNameBefore reports whether a capitalised word inside the sentence comes right before
// toks[i] and makes the everyday word there the end of another name: "Lava Orange", not
// "Bouygues Telecom, SFR et Orange" nor "le groupe Orange".
func otherNameBefore(toks []text.Token, i int) bool {
	if i < 2 || !toks[i-1].Upper || toks[i-1].Kind != text.TokWord {
		return false
	}
	w := toks[i-1].Low
	return !text.NotNameWords[w] && !text.CueNouns[w] && !text.Connectives[w] && !text.CompanyWords[w] && !text.LegalForms[toks[i-1].Text] &&
		!(toks[i-2].Kind == text.TokPunct && toks[i-2].Text != "«" && toks[i-2].Text != `"`)
}

// channelPlatforms are the social networks people speak on: "sur Twitter", "on YouTube" name a
// channel, not the company.
var channelPlatforms = map[string]bool{"Twitter": true, "Meta": true, "Instagram": true, "YouTube": true,
	"TikTok": true, "LinkedIn": true, "Twitch": true}

// brandTails are words that follow a company's name in the name of one of its brands or units.
var brandTails = text.VendorWordSet("music", "tv", "pay", "store", "stores", "watch", "bank", "money",
	"cyberdefense", "messenger", "marketplace", "live", "cloud", "business", "card", "mobile",
	"pro", "box", "home", "energies", "healthcare", "consulting", "group", "groupe", "labs",
	"research", "maps", "news", "one", "plus", "arcade", "intelligence", "studios", "platforms",
	"carplay", "computer", "app", "actu", "actus")

// startAmbiguous are strict names that, first in an English sentence, are more likely the
// everyday word ("Free software…", "Box office…").
var startAmbiguous = text.VendorWordSet("free", "box", "zoom", "arm", "honor")

// innerCapital reports whether a word that starts in lower case has a capital inside ("eBay",
// "xAI"): such words are names.
func innerCapital(w string) bool {
	if len(w) < 2 || w[0] < 'a' || w[0] > 'z' {
		return false
	}
	for i := 1; i < len(w); i++ {
		if 'A' <= w[i] && w[i] <= 'Z' {
			return true
		}
	}
	return false
}

// frenchOnly are strict names that only French text uses for the company ("Free").
var frenchOnly = text.VendorWordSet("free")

// docNames are the company names a document defines: recognised from context, with their
// acronyms. Matched case-sensitively.
type docNames struct {
	index    nameIndex
	acronyms map[string]string
	seen     map[string]bool
	persons  map[string]bool // surnames of the people the document names (see notePersons)
	doc      [][]text.Token  // the tokens of the document's sentences
	lower    map[string]bool // the words doc writes in lower case (see writtenLower)
	products map[string]bool // productOfKnown's answers
	names    [][2]string     // surface and canonical name of each name added, in order
	stemmed  int             // how many of names addShortNames has seen
	covered  []bool          // the memory of coverage, reused from sentence to sentence
}

// coverage returns n flags, all false, for the tokens of one sentence that mentions cover; they
// are valid until the next call.
func (d *docNames) coverage(n int) []bool {
	if cap(d.covered) < n {
		d.covered = make([]bool, n, max(n, 64))
	}
	d.covered = d.covered[:n]
	clear(d.covered)
	return d.covered
}

// addShortNames registers the short forms of the names added since the last call ("Revlon
// Group" is "Revlon" further on), unless another name of the document starts with the same
// words ("Eastman Chemicals" and "Eastman Kodak": "Eastman" could be either).
func (d *docNames) addShortNames(dict *Dictionary) {
	for _, n := range d.names[d.stemmed:] {
		stem := shortName(n[0])
		if stem == "" || d.seen[stem] {
			continue
		}
		if _, known := dict.Canonical(stem); known {
			continue
		}
		ambiguous := false
		for _, m := range d.names {
			ambiguous = ambiguous || m[1] != n[1] && strings.HasPrefix(m[0]+" ", stem+" ")
		}
		if !ambiguous {
			d.seen[stem] = true
			d.index.add(stem, n[1], true)
		}
	}
	d.stemmed = len(d.names)
	d.index.sort()
}

// sameCompany returns the canonical name of the one name the document defined that surface
// shortens or extends by whole words ("Drexel" and "Drexel Burnham Lambert"), or whose words
// include the one word of surface ("Asahan" and "Indonesia Asahan Aluminium"), or "".
func (d *docNames) sameCompany(surface string) string {
	found := ""
	for _, n := range d.names {
		if strings.HasPrefix(n[0], surface+" ") || strings.HasPrefix(surface, n[0]+" ") ||
			!strings.Contains(surface, " ") && hasWord(n[0], surface) {
			if found != "" && found != n[1] {
				return ""
			}
			found = n[1]
		}
	}
	return found
}

// rename makes canonical name to the name every name of the document that had from.
func (d *docNames) rename(from, to string) {
	for k, as := range d.index {
		for i := range as {
			if as[i].name == from {
				d.index[k][i].name = to
			}
		}
	}
	for i := range d.names {
		if d.names[i][1] == from {
			d.names[i][1] = to
		}
	}
	for ac, n := range d.acronyms {
		if n == from {
			d.acronyms[ac] = to
		}
	}
}

// hasWord reports whether the space-separated words of name include w.
func hasWord(name, w string) bool {
	for _, x := range strings.Fields(name) {
		if x == w {
			return true
		}
	}
	return false
}

func newDocNames() *docNames {
	return &docNames{index: nameIndex{}, acronyms: map[string]string{}, seen: map[string]bool{}, persons: map[string]bool{}}
}

func (d *docNames) empty() bool { return len(d.index) == 0 && len(d.acronyms) == 0 }

// mayMatch reports whether a sentence has a word that starts a name of d or is an acronym of d.
func (d *docNames) mayMatch(toks []text.Token) bool {
	for i := range toks {
		t := &toks[i]
		if !t.Upper {
			continue
		}
		if _, ok := d.index[t.Low]; ok {
			return true
		}
		if _, ok := d.acronyms[t.Text]; ok {
			return true
		}
		if first, _, ok := strings.Cut(t.Low, "-"); ok {
			if _, ok := d.index[first]; ok {
				return true // "Renault-Nissan" (see hyphenParts)
			}
		}
	}
	return false
}

// add registers a company name recognised in the document, and its initials as an acronym.
func (d *docNames) add(surface, canonical string) {
	if d.seen[surface] {
		return
	}
	d.seen[surface] = true
	if c := d.sameCompany(surface); c != "" {
		// "Drexel" after "Drexel Burnham Lambert" is that company; "Nimbus Cloud" after "Nimbus"
		// too, and its fuller name becomes the canonical one.
		if len(canonical) > len(c) && strings.HasPrefix(surface, c+" ") {
			d.rename(c, canonical)
		} else {
			canonical = c
		}
	}
	d.index.add(surface, canonical, true)
	d.names = append(d.names, [2]string{surface, canonical})
	d.index.sort()
	if ac := initials(surface); len(ac) >= 2 {
		if _, dup := d.acronyms[ac]; !dup {
			d.acronyms[ac] = canonical
		}
	}
}

// shortName returns the name a document shortens surface to, without the company words it ends
// with ("Revlon Group" → "Revlon", "Acme Networks" → "Acme"), or "" when nothing distinctive
// would remain ("Cloud Technology Partners").
func shortName(surface string) string {
	words := strings.Fields(surface)
	n := len(words)
	for n > 0 && text.CompanyWords[text.Fold(words[n-1])] {
		n--
	}
	if n == len(words) || n == 0 {
		return ""
	}
	for _, w := range words[:n] {
		if f := text.Fold(w); commonWords[f] || text.GenericNames[f] || text.PlaceWords[f] || text.Nationalities[f] || !text.IsUpperStart(w) {
			return ""
		}
	}
	if n == 1 && (text.FirstNames[text.Fold(words[0])] || len(words[0]) < 3) {
		return ""
	}
	return strings.Join(words[:n], " ")
}

// initials returns the capital initials of a multi-word name ("Cloud Technology Partners" →
// "CTP"); "" for a one-word name.
func initials(name string) string {
	words := strings.Fields(name)
	if len(words) < 2 {
		return ""
	}
	var b strings.Builder
	for _, w := range words {
		if c := w[0]; 'A' <= c && c <= 'Z' {
			b.WriteByte(c)
		}
	}
	return b.String()
}
