package share

import (
	"marketbrief/internal/extract/measure"
	"marketbrief/internal/extract/text"
	"marketbrief/internal/extract/vendor"
	"strings"
)

// notePeriod remembers a quarter or half named by a sentence without shares ("in the first
// quarter"), for the shares of the sentences that follow; bare years are not kept, they too
// often date something else. digit tells whether text has a digit (else it has no compact
// period).
func (ctx *shareContext) notePeriod(text string, toks []text.Token, digit bool) {
	if !periodHint(text, digit) {
		return
	}
	hint := measure.YearHint{Context: ctx.period.Year, DocYear: ctx.docYear, DocMonth: ctx.docMonth, Named: ctx.year}
	periods := measure.FindPeriods(toks, hint)
	ctx.noteColumns(periods)
	// A sentence about a company's results does not set the scene of the shares that follow:
	// "Hahn declined to forecast first quarter 1987 results".
	if resultsSentence(toks) && !hasShareCue(toks) && !marketSentence(toks) {
		return
	}
	for _, p := range periods {
		if !p.IsShift() && p.Part != "" && !ctx.future(p) {
			ctx.period = p
			// A sentence that sets the scene ("in the third quarter, companies worldwide
			// spent…") gives its region too.
			if r, ok := measure.FindRegion(toks); ok && (r.Strength >= 2 || r.Name == "Global") {
				ctx.region = r.Name
			}
			return
		}
	}
}

// noteSubject remembers the first vendor a sentence names that may hold a share: not an analyst
// firm, a source, a speaker or a parent group in an appositive.
func (ctx *shareContext) noteSubject(s text.Sentence) {
	if len(s.Mentions) == 0 {
		return
	}
	for _, m := range s.Mentions {
		ctx.named = appendNew(ctx.named, m.Name)
	}
	toks := s.Toks
	if toks == nil {
		toks = text.Tokenize(s.Text)
	}
	ti := 0
	for _, m := range s.Mentions {
		for ti < len(toks) && toks[ti].Start < m.Start {
			ti++
		}
		end := ti
		for end < len(toks) && toks[end].Start < m.End {
			end++
		}
		if !vendor.AnalystFirms[m.Name] && !notHolder(toks, ti, end) {
			ctx.subject = m.Name
			return
		}
	}
}

// noteYear remembers the last year a sentence without shares names, for quarters without one.
func (ctx *shareContext) noteYear(toks []text.Token) {
	for i := len(toks) - 1; i >= 0; i-- {
		t := toks[i]
		if t.Kind != text.TokNumber {
			continue
		}
		if y, ok := measure.YearToken(t.Text); ok && measure.StandaloneYear(toks, i) {
			ctx.year = y
			return
		}
	}
}

// periodHint reports whether text may name a quarter or a half: it holds "quarter",
// "trimestre", "half" or "semestre", or, when it has a digit, a compact period ("Q3", "T3",
// "H1", "S2", "3Q25"). One pass that stops only at rare anchor bytes ('q', 'm', 'f', and the
// letters and digits of compact periods when digit is set), rather than one search per word.
func periodHint(text string, digit bool) bool {
	anchors := &periodAnchors
	if digit {
		anchors = &periodAnchorsDigit
	}
	for i := 0; i < len(text); i++ {
		if !anchors[text[i]] {
			continue
		}
		switch c := text[i]; c {
		case 'q':
			if strings.HasPrefix(text[i:], "quarter") {
				return true
			}
		case 'm':
			if i >= 3 && strings.HasPrefix(text[i-3:], "trimestre") || i >= 2 && strings.HasPrefix(text[i-2:], "semestre") {
				return true
			}
		case 'f':
			if i >= 3 && text[i-3:i+1] == "half" {
				return true
			}
		case 'Q', 'T', 'H', 'S':
			if i+1 < len(text) && '1' <= text[i+1] && text[i+1] <= '4' {
				return true
			}
		default: // '1'…'4'
			if i+1 < len(text) && (text[i+1] == 'Q' || text[i+1] == 'H') {
				return true
			}
		}
	}
	return false
}

// periodAnchors mark the bytes periodHint stops at: the one 'q', 'm' or 'f' of its words, and,
// for text with digits, the first bytes of compact periods.
var periodAnchors, periodAnchorsDigit = func() (words, digits [256]bool) {
	for _, c := range "qmf" {
		words[c], digits[c] = true, true
	}
	for _, c := range "QTHS1234" {
		digits[c] = true
	}
	return words, digits
}()

// inRelativeClause reports whether toks[i] lies in a relative clause set off by commas that
// holds no percentage: ", qui a racheté Interxion en 2020, reste le premier acteur avec près
// d'un quart du marché" (2020 dates the purchase, not the share). "AWS, qui détenait 32 % en
// 2024, …" keeps its period: the clause holds the share.
func inRelativeClause(toks []text.Token, i int, pcts []percent) bool {
	from := -1
	for j := i - 1; j > 0 && j >= i-12; j-- {
		if toks[j].Text == "," {
			return false
		}
		if relativePronouns[toks[j].Low] && toks[j-1].Text == "," {
			from = j
			break
		}
	}
	if from < 0 {
		return false
	}
	to := i + 1
	for to < len(toks) && toks[to].Text != "," {
		to++
	}
	if to == len(toks) {
		return false
	}
	for _, c := range pcts {
		if c.num > from && c.num < to {
			return false
		}
	}
	return true
}

// relativePronouns open a relative clause.
var relativePronouns = text.VendorWordSet("qui", "dont", "which", "who")

// sourceOpening reports whether a sentence opens by citing a source: "Selon IDC", "According
// to Gartner", "D'après Canalys".
func sourceOpening(toks []text.Token) bool {
	for i := 1; i <= 3 && i < len(toks); i++ {
		if toks[i].Upper && isSource(toks, i) {
			return true
		}
	}
	return false
}

// shortName returns the vendor named earlier in the document whose first word opens the
// sentence, alone or after a short opening phrase: "Drexel said its market share…" after
// "Drexel Burnham Lambert Inc said…". It returns the token the name is at, or -1.
func (ctx *shareContext) shortName(toks []text.Token, ms []text.Mention) (string, int) {
	at := 0
	if k := openingPhrase(toks); k > 0 {
		at = k
	}
	if at >= len(toks) || !toks[at].Upper || len(toks[at].Text) < 4 || at+1 < len(toks) && toks[at+1].Upper ||
		regionWord(toks, at) || text.PlaceWords[toks[at].Low] {
		return "", -1 // "Indonesia has increased…" is the country, not Indonesia Asahan Aluminium
	}
	for _, m := range ms {
		if m.Start <= toks[at].Start && toks[at].Start < m.End {
			return "", -1
		}
	}
	for _, name := range ctx.named {
		first, rest, multi := strings.Cut(name, " ")
		if multi && rest != "" && first == toks[at].Text {
			return name, at
		}
	}
	return "", -1
}

// resultsSentence reports whether a sentence speaks of a company's results: earnings, revenue,
// profit, « résultats », « chiffre d'affaires ».
func resultsSentence(toks []text.Token) bool {
	if ownWholeSentence(toks) {
		return true
	}
	for _, t := range toks {
		if !t.Upper && resultWords[t.Low] {
			return true
		}
	}
	return false
}

// resultWords name a company's results.
var resultWords = text.VendorWordSet("results", "earnings", "income", "loss", "losses", "profit", "profits",
	"dividend", "resultats", "resultat", "benefice", "benefices", "perte", "pertes")

// citesAnalyst reports whether a sentence gives its figures on an analyst's word: "selon",
// "according to", « d'après », or an analyst firm among its vendors.
func citesAnalyst(toks []text.Token, ms []text.Mention) bool {
	for _, m := range ms {
		if vendor.AnalystFirms[m.Name] {
			return true
		}
	}
	for i, t := range toks {
		if t.Low == "selon" || t.Low == "according" && i+1 < len(toks) && toks[i+1].Low == "to" ||
			t.Low == "apres" && i >= 2 && toks[i-2].Low == "d" {
			return i+1 < len(toks) && !text.OneOf(toks[i+1].Low, "lui", "elle", "eux", "him", "her", "them", "m", "mr", "mme")
		}
		// "Industry analysts said NEC controls…", "…, traders said", « estiment les analystes »
		if observerNouns[t.Low] && !t.Upper {
			for j := max(0, i-2); j < len(toks) && j <= i+2; j++ {
				if observerVerbs[toks[j].Low] {
					return true
				}
			}
		}
	}
	return false
}

// observerNouns are those who estimate a market from outside it; observerVerbs what they do.
var (
	observerNouns = text.VendorWordSet("analysts", "analyst", "traders", "economists", "observers",
		"estimates", "analystes", "observateurs", "economistes", "estimations", "specialistes")
	observerVerbs = text.VendorWordSet("said", "say", "says", "estimate", "estimated", "estimates",
		"believe", "reckon", "put", "calculate", "calculated", "disent", "estiment", "jugent",
		"calculent", "indiquent", "evaluent")
)

// saysNow reports whether a sentence dates its figure by the time of writing: "currently",
// "now", "still", "today", « actuellement », « aujourd'hui », "at present".
func saysNow(toks []text.Token) bool {
	for i, t := range toks {
		switch t.Low {
		case "currently", "now", "today", "presently", "still", "actuellement", "aujourd":
			return true
		case "present":
			if i > 0 && toks[i-1].Low == "at" {
				return true
			}
		}
	}
	return false
}

// hasTokenWord reports whether toks hold one of the folded words ws.
func hasTokenWord(toks []text.Token, ws ...string) bool {
	for _, t := range toks {
		if text.OneOf(t.Low, ws...) {
			return true
		}
	}
	return false
}

// inTitle reports whether the title names the vendor: the article is about it.
func (ctx *shareContext) inTitle(name string) bool {
	for _, n := range ctx.title {
		if n == name {
			return true
		}
	}
	return false
}

// presentShare reports whether the verb that gives a sentence's current figure is in the
// present tense: "X holds 31% of the market", "Y, which controls about 16 pct of…", "Z is the
// leader with a 40% share", « X détient 20 % de ce marché », « sa part de marché est de 40 % ».
// Such a figure is that of when the article was written. The verb is the nearest one before
// the first percentage that is no earlier value; a past or future verb ("had", "rose to",
// "will have", « détenait », « devrait ») met first, none within 20 words, or a verb in a
// relative clause (see inRelative) says no.
func presentShare(toks []text.Token, pcts []percent) bool {
	at := -1
	for _, c := range pcts {
		if c.kind != pctPast {
			at = c.num
			break
		}
	}
	for i := at - 1; i >= 0 && i >= at-20; i-- {
		t := toks[i]
		if t.Upper && i > 0 {
			continue // a name, not a verb: "the Has Group"
		}
		switch {
		case notPresentVerbs[t.Low]:
			return false
		case presentVerbs[t.Low]:
			return !inRelative(toks, i)
		case presentBaseVerbs[t.Low]:
			// "They hold 40%" but not "will have 35-40%", "expected to hold"
			return (i == 0 || !modalWords[toks[i-1].Low]) && !inRelative(toks, i)
		}
	}
	return false
}

// inRelative reports whether toks[i] is the verb of a relative clause describing a company
// ("Cray, which holds over 60%", « Philip Morris, dont la part est de 40 % »): a standing
// description, which the article does not date.
func inRelative(toks []text.Token, i int) bool {
	for j := i - 1; j >= 0 && toks[j].Text != ","; j-- {
		if relativePronouns[toks[j].Low] {
			return true
		}
	}
	return false
}

// presentVerbs give a share as held now (third person, EN and folded FR); presentBaseVerbs
// do so after a plural subject, unless a modal precedes them; notPresentVerbs date the figure
// in the past or the future, or make it a goal.
var (
	presentVerbs = text.VendorWordSet("has", "holds", "controls", "commands", "is", "are", "accounts",
		"amounts", "represents", "enjoys", "claims", "owns", "dominates", "leads", "captures", "remains",
		"detient", "detiennent", "possede", "possedent", "controle", "controlent", "represente",
		"representent", "pese", "pesent", "est", "sont", "accapare", "accaparent", "revendique",
		"revendiquent", "occupe", "occupent", "domine", "dominent", "totalise", "totalisent")
	presentBaseVerbs = text.VendorWordSet("have", "hold", "control", "command", "account", "represent", "own")
	modalWords       = text.VendorWordSet("will", "would", "could", "should", "may", "might", "can", "to", "must", "not")
	notPresentVerbs  = text.VendorWordSet("had", "held", "was", "were", "controlled", "accounted", "amounted",
		"represented", "rose", "fell", "increased", "decreased", "lifted", "reached", "gained", "dropped",
		"declined", "grew", "slipped", "climbed", "took", "captured", "won", "lost", "raised", "boosted",
		"cut", "will", "would", "could", "should", "expected", "expects", "aims", "aim", "plans", "plan",
		"hopes", "target", "targets", "goal", "forecast", "forecasts", "projected", "predicted", "enjoyed",
		"claimed", "dominated", "commanded", "led", "remained", "been", "become", "became", "estimated",
		"detenait", "detenaient", "possedait", "etait", "etaient", "pesait", "pesaient", "representait",
		"atteint", "atteignait", "passe", "gagne", "perdu", "sera", "seront", "serait", "devrait",
		"devraient", "pourrait", "vise", "visent", "prevoit", "objectif", "controlait", "dominait",
		"occupait", "totalisait", "ete", "avait", "avaient", "recule", "progresse", "grimpe", "chute")
)
