package deal

import (
	"marketbrief/internal/extract/text"
	"marketbrief/internal/extract/vendor"
	"strings"
	"unicode"
)

// Words that the name readers take for companies at the start of a clause or in a headline, and
// that are never a vendor.Party to a deal: rating agencies that comment on others' deals ("S and P cited
// the acquisition of AMC"), sentence adverbs ("Elsewhere, …", "Prior year net includes gain on
// sale of …"), and headline words in capitals ("LIFTS STAKE").

// dealRaters are rating agencies, as the names readers write them.
var dealRaters = map[string]bool{"s and p": true, "s&p": true, "s & p": true, "standard and poor": true,
	"standard and poor's": true, "standard & poor's": true, "standard & poor": true, "moody": true,
	"moody's": true, "moody's investors service": true, "fitch": true, "fitch ratings": true}

// dealNotNames are capitalized words that open a clause and name no company.
var dealNotNames = map[string]bool{"elsewhere": true, "prior": true, "prior-period": true,
	"prior-year": true, "meanwhile": true, "separately": true, "previously": true, "earlier": true,
	"later": true, "however": true, "additionally": true, "moreover": true, "nevertheless": true,
	"note": true, "yesterday": true, "today": true, "analysts": true, "industry": true,
	"sources": true, "officials": true, "ailleurs": true, "auparavant": true, "cependant": true,
	"toutefois": true, "néanmoins": true, "entre-temps": true, "hier": true, "aujourd'hui": true,
	"net": true, "pourquoi": true, "comment": true, "why": true, "how": true, "what": true, "quand": true,
	// the money or the time of a deal, never its vendor.Party: "Proceeds will be used to acquire…",
	// "During March X acquired…", « Pendant l'été, … »
	"proceeds": true, "during": true, "pendant": true, "durant": true, "until": true, "jusqu'à": true,
	"since": true, "depuis": true, "under": true, "selon": true, "according": true,
	// prepositions and verbs that open a sentence: "Between April 1 and May 3 the group bought…",
	// "Given the takeover by X…", "Has raised its stake in X" (a headline cut)
	"between": true, "among": true, "amid": true, "given": true, "despite": true, "unlike": true,
	"including": true, "excluding": true, "has": true, "had": true, "is": true, "was": true,
	"entre": true, "parmi": true, "malgré": true, "outre": true, "dont": true,
	// the headings of results tables and the words that open their notes ("Results restated for
	// the acquisition of…", "Current year net includes gain from sale of…", "Extraordinary debit
	// included a loss on the sale of…", "Once exercisable, each right…")
	"results": true, "current": true, "extraordinary": true, "once": true, "figures": true,
	"résultats": true, "chiffres": true,
	// the first words of a results table's lines ("Shr loss 12 cts", "Revs 9.1 mln vs 8.3 mln",
	// "Year-ago figures restated"): the company that "the company" stands for is above them
	"year-ago": true, "year-earlier": true, "shr": true, "shrs": true, "revs": true, "qtr": true,
	"qtrly": true, "mths": true, "avg": true, "oper": true, "year": true, "quarter": true}

// dealResultsNote matches the note of a results table or its wording in a sentence ("Note:
// Prior-year figures restated to include the purchase of X", "Net includes a gain on the sale
// of Y", « Résultats retraités pour tenir compte du rachat de Z »): a deal it tells was made
// before the period reported, by the company that reports; the story's date is not its date.
var dealResultsNote = text.Lazy(`^notes?\b|\b(?:results?|net|earnings|figures|profits?|loss|losses|revenues?|revs|sales)\s+(?:\S+\s+){0,3}?(?:include|includes|included|including|restated|reflect|reflects|reflected|exclude|excludes|excluded)\b|\b(?:résultats?|comptes?|chiffres?)\s+(?:\S+\s+){0,3}?(?:retraités?|incluent|intègrent|tiennent compte)`)

// dealResultsHead matches a results headline ("4TH QTR LOSS", "1ST QTR NET", "YEAR NET", «
// résultats annuels »), dealResultsTable a line of a results table ("Shr 12 cts vs nine cts").
var (
	dealResultsHead  = text.Lazy(`(?i)\b(?:qtr|quarter|year|nine mths|six mths)\s+(?:oper\s+)?(?:net|loss|profit|earnings)\b|\b(?:résultats|bénéfice|perte)\s+(?:annuels?|semestriels?|trimestriels?|nets?)\b`)
	dealResultsTable = text.Lazy(`(?i)(?:^|\n)\s*(?:shr|revs|net|oper|sales)\b[^\n]{0,40}\bvs\b`)
)

// resultsStory reports whether the document is a story of results, whose notes tell the
// reporting company's deals (see resultsNoteSubject).
func (c *dealContext) resultsStory() bool {
	if c.results == 0 {
		c.results = 1
		if dealResultsHead.MatchString(c.doc.Title) || dealResultsTable.MatchString(c.doc.Text[:min(len(c.doc.Text), 600)]) {
			c.results = 2
		}
	}
	return c.results == 2
}

// tableRow matches a short line that opens with a few words and a figure ("Loans 4.7 billion up
// 21 pct", "Oct 31 end", "Avg shrs 2.1 mln").
var tableRow = text.Lazy(`^\s*[A-Za-z][\w.'&/-]*(?:\s+[A-Za-z][\w.'&/-]*){0,3}\s+[-(]?\d`)

// resultsHeadTail matches the end of a results headline after the company's name ("TARVO
// BANCORP 1ST QTR NET", "KESTREL YEAR LOSS", "NORLAND 4TH QTR OPER NET").
var resultsHeadTail = text.Lazy(`(?i)\s+(?:\d+(?:st|nd|rd|th)\s+)?(?:qtr|quarter|year|nine mths|six mths|fiscal)\b.*$`)

// dealTableHeads are the first words of a results table's lines and notes ("Year", "NOTE:",
// "Investment credits…"), which never tell what "the company" stands for.
var dealTableHeads = map[string]bool{"note": true, "notes": true, "year": true, "shr": true, "shrs": true,
	"revs": true, "net": true, "qtr": true, "qtrly": true, "avg": true, "oper": true, "sales": true,
	"loans": true, "deposits": true, "assets": true, "share": true, "results": true, "latest": true,
	"prior": true, "current": true, "year-ago": true, "year-earlier": true, "figures": true,
	"investment": true, "mths": true, "résultats": true}

// tableSentence reports whether sentence i is a line or a note of a results table ("Sales 12.3
// mln vs 11.2 mln", "Shr loss 12 cts vs loss two cts", "Year", "NOTE: Per-share data adjusted…"), whose
// first word is no company.
func (c *dealContext) tableSentence(i int) bool {
	if i == 0 && c.doc.Title != "" {
		return false // the headline ("PELLIN SYSTEMS INC 4TH QTR LOSS") names the reporting company
	}
	s := c.sents[i]
	if len(s) < 160 && strings.Contains(s, " vs ") && strings.ContainsAny(s, "0123456789") {
		return true
	}
	if !c.resultsStory() {
		return false // "Eastern lost 130.8 mln dlrs in 1986, …" in a news story is a sentence, not a row
	}
	if len(s) < 60 && tableRow.MatchString(s) {
		return true
	}
	ws := c.wordsOf(i)
	return len(ws) > 0 && dealTableHeads[strings.Trim(ws[0].Lower, ":,")]
}

// resultsNoteSubject reports whether a clause's subject is a results table's word ("Note",
// "Year-ago results", "Prior year net", « Résultats »): the deal noun it governs is the
// reporting company's.
func resultsNoteSubject(p vendor.Party) bool {
	first, _, _ := strings.Cut(strings.ToLower(strings.TrimSpace(p.Name)), " ")
	return text.OneOf(strings.Trim(first, ":,"), "note", "notes", "results", "year-ago", "year-earlier", "prior",
		"prior-year", "current", "figures", "net", "résultats", "chiffres", "revs", "shr")
}

// dealHeadlineCaps are headline words that make a name in capitals a headline's words.
var dealHeadlineCaps = map[string]bool{"STAKE": true, "STAKES": true, "LIFTS": true, "RAISES": true,
	"UPS": true, "UP": true, "HAVE": true, "HAS": true, "TO": true, "SIGNS": true, "BOOSTS": true,
	"CUTS": true, "CUT": true, "BUYS": true, "BUY": true, "SELLS": true, "SELL": true, "SAYS": true,
	"PLANS": true, "BID": true, "OFFER": true, "DEAL": true, "FIRMS": true, "CONTRACT": true,
	"SEEKS": true, "GETS": true, "WINS": true, "TAKES": true, "IN": true, "FOR": true, "ON": true}

// dealNoParty reports whether name (as resolved) can be no vendor.Party of a deal told in sentence.
func dealNoParty(name, sentence string) bool {
	l := strings.ToLower(strings.TrimSpace(name))
	if dealRaters[l] || dealRaters[strings.TrimSuffix(l, " corp")] {
		return true
	}
	if (l == "standard" || l == "poor" || l == "poor's") && (strings.Contains(sentence, "Standard and Poor") || strings.Contains(sentence, "Standard & Poor")) {
		return true // "Standard and Poor's said the merger…": not Standard merging with Poor
	}
	if text.OneOf(l, "west", "east", "north", "south") {
		return true // a point of the compass cut from a name ("U.S. West", "the West German PTT"): no company alone (but "Eastern", "Southern" may be short names)
	}
	if len([]rune(l)) < 2 || l == "other" || l == "others" || l == "autres" || l == "autre" {
		return true // "'B' class shares", "Other gold interests to be acquired"
	}
	first, _, _ := strings.Cut(l, " ")
	if dealNotNames[first] || dealNotNames[l] || dealAdverb(l) {
		return true
	}
	if dealCutStart(l) || dealTownOfState(l) {
		return true // "Corp of America" (cut from "Development Corp of America"), "Co Chairman X", "Salem,Ore", "Class B"
	}
	if dealNationality(l) || dealPlaceOnly(l) && !stateActs(name, sentence) {
		return true // "subsidiaries of French group X": 'French' sells nothing; "sold in North America"
	}
	return headlineCaps(name)
}

// stateActs reports whether sentence makes the country name a state that acts through its
// government or institutions ("Malaysia's central bank bought…", "the Zimbabwe government
// bought…", « l'État malaisien »): the state is then a party, as a buyer or seller of a company.
func stateActs(name, sentence string) bool {
	name = strings.TrimSpace(name)
	for _, f := range []string{name + "'s ", name + "’s ", name + " government", name + " state ", "government of " + name, "gouvernement de " + name} {
		if strings.Contains(sentence, f) {
			return true
		}
	}
	return false
}

// dealAdverb reports whether l (lower case, one word) is an adverb of manner or time by its
// ending, what a capital at a sentence's start makes look like a name: "Separately",
// "Subsequently", « Subitement », « Parallèlement ». Short names ending so ("Lilly", "Bally") are
// kept: the endings asked for are long.
func dealAdverb(l string) bool {
	if strings.Contains(l, " ") || len(l) < 7 {
		return false
	}
	for _, e := range []string{"ally", "ately", "ously", "ently", "antly", "edly", "ively", "ingly", "arly", "ement", "emment", "amment"} {
		if strings.HasSuffix(l, e) {
			return true
		}
	}
	return false
}

// dealNationality reports whether l (lower case) is only an adjective of a nation ("French",
// "West German", « allemand »), what is left of "French group Rhone-Poulenc" when the name is
// missed. "American" is kept: wire copy calls American Airlines or American Express so.
func dealNationality(l string) bool {
	if l != "american" && dealPeople(l) {
		return true
	}
	ws := strings.Fields(l)
	if len(ws) == 0 || len(ws) > 2 || l == "american" {
		return false
	}
	for i, w := range ws {
		d := vendor.Dword{Lower: w}
		if i < len(ws)-1 && text.OneOf(w, "west", "east", "north", "south") {
			continue
		}
		if !vendor.CoNationalities[w] && !(vendor.CoNationalAdj(d) && !text.OneOf(w, "west", "east", "north", "south", "us", "u.s", "u.s.")) {
			return false
		}
	}
	return true
}

// dealPlaceOnly reports whether l (lower case) is only a place: a country, a continent or a known
// city ("Europe", "North America", « l'Allemagne », "Hong Kong"), or a US state or Canadian
// province written in full. Names that only start or end with such a word ("Louisiana Pacific",
// "Ouest Infos", "United") are not places.
func dealPlaceOnly(l string) bool {
	l = strings.TrimPrefix(strings.TrimPrefix(l, "l'"), "l’")
	if dealStateNames[l] || dealPlacePairs[l] || dealCountry(l) {
		return true
	}
	ws := strings.Fields(l)
	if len(ws) == 0 || len(ws) > 3 {
		return false
	}
	for _, w := range ws[:len(ws)-1] {
		if !dealPlaceModifiers[w] {
			return false
		}
	}
	last := text.Fold(strings.Trim(ws[len(ws)-1], ".,"))
	return text.IsPlaceWord(last) && !dealPlaceModifiers[last] && !dealPlaceNotAlone[last]
}

// dealPlaceModifiers stand before a place's name ("North America", "Latin America"), and
// dealPlacePairs are places of two words that are no modifier and a place.
var (
	dealPlaceModifiers = map[string]bool{"north": true, "south": true, "east": true, "west": true,
		"nord": true, "sud": true, "est": true, "ouest": true, "central": true, "latin": true,
		"northern": true, "southern": true, "eastern": true, "western": true, "the": true}
	dealPlacePairs = map[string]bool{"united states": true, "hong kong": true, "new york": true,
		"silicon valley": true, "las vegas": true, "san francisco": true, "new york city": true,
		"united kingdom": true, "great britain": true, "royaume-uni": true, "états-unis": true}
	dealPlaceNotAlone = map[string]bool{"united": true, "new": true, "san": true, "las": true,
		"hong": true, "kong": true, "york": true, "silicon": true, "valley": true, "states": true,
		"vegas": true, "pacific": true, "pacifique": true, "world": true, "monde": true,
		"global": true, "worldwide": true, "mondial": true, "internet": true, "us": true, "u.s": true,
		"francisco": true}
)

// dealStateNames are the names of US states and Canadian provinces written in full.
var dealStateNames = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Split(`alabama,alaska,arizona,arkansas,california,colorado,connecticut,delaware,florida,georgia,hawaii,idaho,illinois,indiana,iowa,kansas,kentucky,louisiana,maine,maryland,massachusetts,michigan,minnesota,mississippi,missouri,montana,nebraska,nevada,new hampshire,new jersey,new mexico,new york,north carolina,north dakota,ohio,oklahoma,oregon,pennsylvania,rhode island,south carolina,south dakota,tennessee,texas,utah,vermont,virginia,washington,west virginia,wisconsin,wyoming,ontario,quebec,alberta,manitoba,saskatchewan,nova scotia,new brunswick`, ",") {
		m[w] = true
	}
	return m
}()

// headlineCaps reports whether name is words of a headline in capitals: two words or more, all in
// capitals, three or more of them or one a headline word ("LIFTS STAKE", "INVESTMENT FIRMS HAVE").
func headlineCaps(name string) bool {
	ws := strings.Fields(name)
	if len(ws) < 2 {
		return false
	}
	head := false
	for _, w := range ws {
		for _, r := range w {
			if unicode.IsLower(r) {
				return false
			}
		}
		if dealHeadlineCaps[strings.Trim(w, ",.:;")] {
			head = true
		}
	}
	return head || len(ws) >= 3
}

// ownerName resolves the owner of what is bought ("the units of German group X", "X's plant")
// as a seller: "" when what is read is no vendor.Party (a nationality, a place, a headline word).
func (c *dealContext) ownerName(parent string) string {
	n := c.canonical(parent)
	if dealNoParty(n, c.sents[c.cur]) || dealNoParty(dealCleanName(parent), c.sents[c.cur]) || c.placeName(dealCleanName(parent)) {
		return ""
	}
	return n
}

// dealCutStart reports whether l (lower case) is no company's name by its first words: it starts
// with a legal form ("Corp of America", what is left of a longer name), names a share class
// ("Class B") or holds a person's title ("Co Chairman John Doe", « le PDG X »).
func dealCutStart(l string) bool {
	ws := strings.Fields(l)
	if len(ws) == 1 {
		return dealLegalForms[strings.Trim(ws[0], ".,")] // 'Oy', 'AG': a name's legal form, left alone
	}
	if len(ws) < 2 {
		return false
	}
	if dealLegalForms[strings.Trim(ws[0], ".,")] && !dealLegalFormsFirst[strings.Trim(ws[0], ".,")] {
		return true // "Corp of America", "AG of West Germany": the end of a longer name
	}
	switch strings.Trim(ws[0], ".,") {
	case "class", "série", "series", "catégorie":
		return len(ws) == 2 && len(ws[1]) <= 2
	}
	for _, w := range ws {
		if dealTitles[strings.Trim(w, ".,")] {
			return true
		}
	}
	return false
}

// dealLegalForms are the legal forms that end a company's name, in the countries the news tells
// of; alone or at the start of a name, they are what is left of a longer one.
var dealLegalForms = map[string]bool{"corp": true, "co": true, "inc": true, "ltd": true, "plc": true,
	"llc": true, "cie": true, "sa": true, "ag": true, "oy": true, "oyj": true, "ab": true, "nv": true,
	"n.v": true, "bv": true, "b.v": true, "spa": true, "s.p.a": true, "gmbh": true, "kg": true,
	"kk": true, "a/s": true, "asa": true, "sarl": true, "sas": true, "pty": true, "bhd": true,
	"srl": true, "s.a": true, "lp": true, "l.p": true}

// dealLegalFormsFirst are the legal forms that some countries write before the name ("AB Volvo",
// "A/S Norsk Hydro", "KK Ltd" aside): at a name's start they do not cut it.
var dealLegalFormsFirst = map[string]bool{"ab": true, "a/s": true, "asa": true, "kk": true, "sas": true, "sarl": true}

// dealTitles are the titles of people that a name reader may take in with a company's name.
var dealTitles = map[string]bool{"chairman": true, "chairwoman": true, "president": true,
	"vice-president": true, "ceo": true, "pdg": true, "président": true, "directeur": true,
	"treasurer": true, "spokesman": true, "spokeswoman": true, "analyst": true, "analyste": true, "porte-parole": true}

// dealTownOfState reports whether l is a town followed by a US state's abbreviation ("salem,ore",
// "tampa, fla."): a place, written as wire copy writes towns.
func dealTownOfState(l string) bool {
	i := strings.LastIndex(l, ",")
	if i <= 0 {
		return false
	}
	st := strings.Trim(strings.TrimSpace(l[i+1:]), ".")
	return vendor.CoStates[st] && !strings.Contains(strings.TrimSpace(l[i+1:]), " ")
}

// dealVagueTarget reports whether a described target names nothing one could find ("assets",
// "certain assets", "these assets", "includes seven mines"): no deal can be told of it.
func dealVagueTarget(name string) bool {
	ws := strings.Fields(strings.ToLower(name))
	if len(ws) == 0 {
		return true
	}
	if text.OneOf(ws[0], "includes", "include", "including", "included", "comprend", "comprenant", "notamment") {
		return true
	}
	for _, w := range ws {
		if !text.OneOf(w, "assets", "asset", "certain", "these", "those", "the", "its", "their", "some", "other",
			"such", "all", "substantially", "actifs", "certains", "ces", "ses", "leurs", "les", "des", "interests", "properties", "operations",
			"discontinued", "activités", "abandonnées", "cédées") { // "discontinued operations": what results notes call whatever was sold
			return false
		}
	}
	return true
}

// personDescribed reports whether the name read as vendor.Party p only describes a person named by the
// words around it ("a University of X finance professor", "a Chicago-based Acme Corp analyst",
// « un analyste de X »): the person, not the company, is the subject.
func (c *dealContext) personDescribed(p vendor.Party) bool {
	ws := c.wordsOf(c.cur)
	// « un analyste de X », "an analyst at X": the person comes first
	if start := p.End - len(strings.Fields(p.Name)); start >= 2 && start <= len(ws) &&
		text.OneOf(ws[start-1].Lower, "de", "d'", "d’", "du", "of", "at", "chez") && dealPersonNouns[ws[start-2].Lower] {
		return true
	}
	for k := p.End; k < len(ws) && k < p.End+3; k++ {
		if p.End > 0 && ws[p.End-1].Stop {
			return false
		}
		if dealPersonNouns[ws[k].Lower] {
			return true
		}
		if ws[k].Capitalized() || ws[k].Stop {
			return false
		}
	}
	return false
}

// dealPersonNouns are the nouns that make the name before them describe a person.
var dealPersonNouns = map[string]bool{"professor": true, "analyst": true, "economist": true,
	"investor": true, "executive": true, "official": true, "officials": true, "spokesman": true,
	"spokeswoman": true, "lawyer": true, "trader": true, "traders": true, "employee": true,
	"employees": true, "founder": true, "chairman": true, "director": true, "student": true,
	"researcher": true, "professeur": true, "analyste": true, "économiste": true,
	"pilots": true, "workers": true, "pilotes": true, "salariés": true, "employés": true} // "UAL pilots offered…": a company's staff, no company
