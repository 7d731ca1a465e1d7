package extract

import "marketbrief/internal/extract/lexicon"

// Word lists that the vendor recogniser reads (folded: lower case, no accents). Read-only.

// notNameWords are capitalised words that are never (part of) a company name recognised from
// context: months, weekdays, roles, sentence-initial function words.
var notNameWords = vendorWordSet(
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

// placeWords are countries, regions and cities, in English and French.
var placeWords = vendorWordSet(
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

// firstNames start a person's name: "Guo Ping" is not a company.
var firstNames = vendorWordSet(
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

// politicalWords are parties and parliamentary groups, and words of their names: "le groupe
// Union centriste", "le président du groupe LREM" name no company.
var politicalWords = vendorWordSet("agir", "independants", "gauche", "droite", "centriste",
	"republicains", "socialiste", "socialistes", "ecologiste", "ecologistes", "insoumis",
	"insoumise", "modem", "lrem", "lfi", "eelv", "pcf", "ump", "udi-agir",
	"crce", "generation.s", "reconquete", "patriotes", "communiste", "communistes")

// notCompanyNames are groups that are no companies, though cue nouns ("le groupe") introduce
// them (folded, words joined by spaces).
var notCompanyNames = vendorWordSet("al-qaida", "etat islamique", "daech", "daesh", "hamas",
	"hezbollah", "boko haram", "talibans", "aqmi", "shebab")

// nationalities are adjectives of nationality (both languages, folded, masculine and feminine).
var nationalities = lexicon.Default().Set("nationality", fold)

// cueNouns name what a company is; a capitalised name right after one is a company ("the
// start-up Qonto", "la société Qonto", "l'éditeur français Qonto", "cloud provider Qonto").
var cueNouns = lexicon.Default().Set("cue_noun", fold)

// companyOnlyCues are cue nouns that never name a person: "la société Jean Martin" may be a
// company, "le rival Jean Martin" is a person.
var companyOnlyCues = lexicon.Default().Set("cue_noun.not_person", fold)

// companyWords end multi-word company names ("Cloud Technology Partners", "Acme Networks").
var companyWords = lexicon.Default().Set("company_word", fold)

func vendorWordSet(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// isPlaceWord reports whether the folded word w names a place.
func isPlaceWord(w string) bool { return placeWords[w] }

// appositionTail are words that may follow the head noun of an apposition.
var appositionTail = vendorWordSet("in", "of", "from", "based", "that", "which", "with", "de", "du",
	"des", "d", "qui", "basee", "base", "specialisee", "specialise", "fondee", "fonde", "founded",
	"created", "creee", "cree", "en", "specializing", "specialised", "specialized")

// connectives start sentences and are followed by a comma: "Moreover, the company…".
var connectives = vendorWordSet("moreover", "however", "also", "meanwhile", "today", "yesterday",
	"finally", "furthermore", "additionally", "separately", "still", "instead", "overall", "indeed",
	"besides", "nevertheless", "now", "then", "thus", "ainsi", "enfin", "pourtant", "cependant",
	"toutefois", "hier", "desormais", "neanmoins", "aussi", "puis", "alors", "ensuite", "outre",
	"certes", "or", "donc", "bref", "surtout", "notamment", "parallelement", "concretement")

// genericNames are words that, alone, are never a company name: what is left of a longer name
// ("Trust", "Securities") or an institution ("État").
var genericNames = vendorWordSet("international", "securities", "industries", "gas", "bond",
	"bonds", "hospital", "sons", "trust", "telegraph", "bank", "banque", "fund", "funds",
	"investment", "investments", "insurance", "electric", "oil", "energy", "financial", "finance",
	"resources", "services", "products", "corp", "news", "media", "etat", "republique", "senat",
	"assemblee", "gouvernement", "government", "parliament", "parlement", "lrem", "lr", "ps",
	"modem", "fn", "lfi", "rn", "eelv", "pcf", "ump", "udi", "crce", "ei", "libertes", "sun",
	"general", "national", "federal", "united", "american", "first", "new", "miss", "group", "groupe",
	"digital", "entreprises", "community", "index", "futures", "exchange", "pme", "tpe", "eti", "ong", "sme", "smes")

// legalForms are corporate suffixes as written after a name.
var legalForms = lexicon.Default().Set("legal_form", nil)

// wordSig is a cheap first test for membership in sets of words: bit n of first[c] (of last[c])
// is set when a set holds a word of n bytes (n mod 32) that starts (ends) with the byte c. A
// word it rejects is in none of the sets; one it accepts must still be looked up.
type wordSig struct {
	first, last [256]uint32
}

// newWordSig returns the signature of the words of sets.
func newWordSig(sets ...map[string]bool) *wordSig {
	var s wordSig
	for _, set := range sets {
		for w := range set {
			s.add(w)
		}
	}
	return &s
}

// add makes s accept w.
func (s *wordSig) add(w string) {
	if w != "" {
		bit := uint32(1) << (len(w) % 32)
		s.first[w[0]] |= bit
		s.last[w[len(w)-1]] |= bit
	}
}

// may reports whether w may be in one of the sets.
func (s *wordSig) may(w string) bool {
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
	legalSig       = newWordSig(legalForms)
	cueNounSig     = newWordSig(cueNouns, nationalities)
	companyWordSig = newWordSig(companyWords)
)
