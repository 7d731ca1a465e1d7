package text

import "marketbrief/internal/extract/lexicon"

// Word lists that the vendor recogniser reads (folded: lower case, no accents). Read-only.

// NotNameWords are capitalised words that are never (part of) a company name recognised from
// context: months, weekdays, roles, sentence-initial function words.
var NotNameWords = VendorWordSet(
	"january", "february", "march", "april", "may", "june", "july", "august", "september",
	"october", "november", "december", "janvier", "fevrier", "mars", "avril", "mai", "juin",
	"juillet", "aout", "septembre", "octobre", "novembre", "decembre",
	"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "lundi", "mardi",
	"mercredi", "jeudi", "vendredi", "samedi", "dimanche",
	"ceo", "cto", "cfo", "coo", "cio", "vp", "svp", "evp", "pdg", "dg", "president", "chairman",
	"chairwoman", "chief", "founder", "fondateur", "directeur", "directrice", "director", "manager",
	"head", "analyst", "analyste", "vice", "senior", "executive", "officer", "mr", "mrs", "ms",
	"dr", "m", "mme", "monsieur", "madame", "sir", "me", "maitre", "pr", "professeur", "docteur",
	"the", "a", "an", "this", "that", "these", "those", "it", "its", "in", "on", "at", "for",
	"but", "and", "or", "as", "if", "when", "while", "after", "before", "with", "by", "from",
	"le", "la", "les", "l", "un", "une", "des", "du", "de", "d", "ce", "cette", "ces", "il",
	"elle", "ils", "elles", "en", "dans", "pour", "par", "sur", "avec", "selon", "mais", "et",
	"ou", "qui", "que", "we", "our", "they", "he", "she", "i", "you", "nous", "vous", "on",
	"q1", "q2", "q3", "q4", "t1", "t2", "t3", "t4", "h1", "h2", "s1", "s2",
	"there", "here", "all", "some", "what", "how", "why", "where", "who", "which", "each", "both",
)

// PlaceWords are countries, regions and cities, in English and French.
var PlaceWords = VendorWordSet(
	"china", "chine", "us", "usa", "u.s", "america", "amerique", "united", "states", "etats-unis",
	"europe", "france", "germany", "allemagne", "uk", "britain", "royaume-uni", "japan", "japon",
	"india", "inde", "asia", "asie", "africa", "afrique", "canada", "brazil", "bresil", "mexico",
	"spain", "espagne", "italy", "italie", "russia", "russie", "korea", "coree", "australia",
	"australie", "singapore", "singapour", "switzerland", "suisse", "belgium", "belgique",
	"netherlands", "pays-bas", "ireland", "irlande", "israel", "taiwan", "emea", "apac", "latam",
	"shanghai", "beijing", "pekin", "shenzhen", "hong", "kong", "tokyo", "paris", "london",
	"londres", "berlin", "munich", "boston", "seattle", "ottawa", "washington", "york",
	"new", "san", "francisco", "silicon", "valley", "california", "californie", "texas",
	"lyon", "marseille", "toulouse", "bruxelles", "brussels", "amsterdam", "dublin", "frankfurt",
	"francfort", "madrid", "milan", "rome", "moscow", "moscou", "sydney", "toronto", "montreal",
	"bangalore", "mumbai", "delhi", "seoul", "seoul", "las", "vegas", "nord", "north", "south",
	"sud", "west", "ouest", "east", "est", "pacific", "pacifique", "world", "monde", "global",
	"worldwide", "mondial", "internet",
)

// FirstNames start a person's name: "Guo Ping" is not a company.
var FirstNames = VendorWordSet(
	"john", "james", "michael", "david", "robert", "william", "richard", "thomas", "mark", "paul",
	"peter", "steve", "steven", "jeff", "jeffrey", "bill", "tim", "satya", "sundar", "andy", "larry",
	"marc", "jean", "pierre", "michel", "philippe", "alain", "nicolas", "francois", "laurent",
	"olivier", "christophe", "eric", "stephane", "julien", "thierry", "patrick", "bernard", "xavier",
	"marie", "anne", "sophie", "isabelle", "catherine", "nathalie", "claire", "julie", "sarah",
	"emmanuel", "bruno", "didier", "frederic", "sebastien", "vincent", "antoine", "arnaud", "guillaume",
	"holger", "axel", "daniel", "matthew", "lisa", "mary", "susan", "karen", "jennifer", "elon",
	"ren", "guo", "zheng", "ma", "jack", "pony", "eddie", "ken", "charles", "george", "joe", "donald",
	"brian", "kevin", "scott", "chris", "christian", "matt", "adam", "ben", "sam", "greg", "ginni",
	"arvind", "safra", "lip-bu", "jensen", "pat", "lisa", "thomas", "dario", "arthur", "yves",
	"octave", "xi", "li", "wang", "zhang", "liu", "chen", "yang", "huang", "zhao", "wu", "zhou",
	"gilles", "edouard", "damien", "dara", "jerome", "herve", "claude", "valerie", "christine",
	"sylvie", "martine", "benoit", "fabrice", "franck", "gerard", "jacques", "yann", "remi", "hugo",
	"romain", "alexandre", "maxime", "mathieu", "celine", "helene", "laura", "rachel",
	"camille", "pauline", "cedric", "ludovic", "raphael", "segolene", "jean-luc",
	"jean-marc", "jean-pierre", "jean-claude", "jean-michel", "jean-francois", "jean-yves",
	"jean-noel", "anne-sophie", "marie-france", "francoise", "dominique", "pascal", "joshua",
)

// PoliticalWords are parties and parliamentary groups, and words of their names: "le groupe
// Union centriste", "le président du groupe LREM" name no company.
var PoliticalWords = VendorWordSet("agir", "independants", "gauche", "droite", "centriste",
	"republicains", "socialiste", "socialistes", "ecologiste", "ecologistes", "insoumis",
	"insoumise", "modem", "lrem", "lfi", "eelv", "pcf", "ump", "udi-agir",
	"crce", "generation.s", "reconquete", "patriotes", "communiste", "communistes")

// NotCompanyNames are groups that are no companies, though cue nouns ("le groupe") introduce
// them (folded, words joined by spaces).
var NotCompanyNames = VendorWordSet("al-qaida", "etat islamique", "daech", "daesh", "hamas",
	"hezbollah", "boko haram", "talibans", "aqmi", "shebab")

// Nationalities are adjectives of nationality (both languages, folded, masculine and feminine).
var Nationalities = lexicon.Default().Set("nationality", Fold)

// CueNouns name what a company is; a capitalised name right after one is a company ("the
// start-up Qonto", "la société Qonto", "l'éditeur français Qonto", "cloud provider Qonto").
var CueNouns = lexicon.Default().Set("cue_noun", Fold)

// CompanyOnlyCues are cue nouns that never name a person: "la société Jean Martin" may be a
// company, "le rival Jean Martin" is a person.
var CompanyOnlyCues = lexicon.Default().Set("cue_noun.not_person", Fold)

// CompanyWords end multi-word company names ("Cloud Technology Partners", "Acme Networks").
var CompanyWords = lexicon.Default().Set("company_word", Fold)

// VendorWordSet returns words as a set.
func VendorWordSet(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// IsPlaceWord reports whether the folded word w names a place.
func IsPlaceWord(w string) bool { return PlaceWords[w] }

// AppositionTail are words that may follow the head noun of an apposition.
var AppositionTail = VendorWordSet("in", "of", "from", "based", "that", "which", "with", "de", "du",
	"des", "d", "qui", "basee", "base", "specialisee", "specialise", "fondee", "fonde", "founded",
	"created", "creee", "cree", "en", "specializing", "specialised", "specialized")

// Connectives start sentences and are followed by a comma: "Moreover, the company…".
var Connectives = VendorWordSet("moreover", "however", "also", "meanwhile", "today", "yesterday",
	"finally", "furthermore", "additionally", "separately", "still", "instead", "overall", "indeed",
	"besides", "nevertheless", "now", "then", "thus", "ainsi", "enfin", "pourtant", "cependant",
	"toutefois", "hier", "desormais", "neanmoins", "aussi", "puis", "alors", "ensuite", "outre",
	"certes", "or", "donc", "bref", "surtout", "notamment", "parallelement", "concretement")

// GenericNames are words that, alone, are never a company name: what is left of a longer name
// ("Trust", "Securities") or an institution ("État").
var GenericNames = VendorWordSet("international", "securities", "industries", "gas", "bond",
	"bonds", "hospital", "sons", "trust", "telegraph", "bank", "banque", "fund", "funds",
	"investment", "investments", "insurance", "electric", "oil", "energy", "financial", "finance",
	"resources", "services", "products", "corp", "news", "media", "etat", "republique", "senat",
	"assemblee", "gouvernement", "government", "parliament", "parlement", "lrem", "lr", "ps",
	"modem", "fn", "lfi", "rn", "eelv", "pcf", "ump", "udi", "crce", "ei", "libertes", "sun",
	"general", "national", "federal", "united", "american", "first", "new", "miss", "group", "groupe",
	"digital", "entreprises", "community", "index", "futures", "exchange", "pme", "tpe", "eti", "ong", "sme", "smes")

// LegalForms are corporate suffixes as written after a name.
var LegalForms = lexicon.Default().Set("legal_form", nil)

// WordSig is a cheap first test for membership in sets of words: bit n of first[c] (of last[c])
// is set when a set holds a word of n bytes (n mod 32) that starts (ends) with the byte c. A
// word it rejects is in none of the sets; one it accepts must still be looked up.
type WordSig struct {
	first, last [256]uint32
}

// NewWordSig returns the signature of the words of sets.
func NewWordSig(sets ...map[string]bool) *WordSig {
	var s WordSig
	for _, set := range sets {
		for w := range set {
			s.Add(w)
		}
	}
	return &s
}

// Add makes s accept w.
func (s *WordSig) Add(w string) {
	if w != "" {
		bit := uint32(1) << (len(w) % 32)
		s.first[w[0]] |= bit
		s.last[w[len(w)-1]] |= bit
	}
}

// May reports whether w may be in one of the sets.
func (s *WordSig) May(w string) bool {
	if w == "" {
		return false
	}
	bit := uint32(1) << (len(w) % 32)
	return s.first[w[0]]&bit != 0 && s.last[w[len(w)-1]]&bit != 0
}

// Screens of the words that may signal a company name from context (see contextName): legal
// forms as written, cue nouns and nationalities (lower case) and company words (capitalised),
// folded.
var (
	LegalSig       = NewWordSig(LegalForms)
	CueNounSig     = NewWordSig(CueNouns, Nationalities)
	CompanyWordSig = NewWordSig(CompanyWords)
)
