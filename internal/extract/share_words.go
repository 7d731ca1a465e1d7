package extract

// Word lists of the percentage rules (folded: lower case, no accents). Read-only.

// qualifierPhrases map the words before a percentage to a qualifier.
var qualifierPhrases = map[string]string{
	"a little over": "over", "a little more than": "over", "slightly over": "over", "well over": "over",
	"a little under": "under", "a little less than": "under", "slightly under": "under",
	"nearly": "about", "more than": "over", "sous la barre des": "under", "sous la barre de": "under",
	"sous les": "under", "au-dessus des": "over", "au-dessus de": "over", "au-dela de": "over",
	"au-dela des": "over", "below the": "under", "above the": "over", "over": "over", "above": "over", "upwards of": "over", "at least": "over",
	"in excess of": "over", "just over": "over", "slightly more than": "over", "north of": "over",
	"plus de": "over", "un peu plus de": "over", "au moins": "over", "pres de plus de": "over",
	"less than": "under", "under": "under", "below": "under", "just under": "under",
	"slightly less than": "under", "just shy of": "under", "moins de": "under",
	"un peu moins de": "under", "a peine moins de": "under", "pas moins de": "over",
	"about": "about", "around": "about", "roughly": "about", "approximately": "about",
	"approx": "about", "some": "about", "almost": "about", "close to": "about",
	"an estimated": "about", "estimated": "about", "~": "about", "pres de": "about",
	"environ": "about", "d'environ": "about", "quelque": "about", "quelques": "about",
	"autour de": "about", "presque": "about", "pratiquement": "about", "quasiment": "about",
	"approximativement": "about", "de pres de": "about", "a pres de": "about", "a environ": "about",
	"de plus de": "over", "a plus de": "over", "de moins de": "under", "a moins de": "under",
}

// stakeBefore are words that, before a percentage, make it a stake unless a market follows
// ("acquired 25% of Acme" but "a acquis 40 % du marché").
var stakeBefore = vendorWordSet("acquired", "acquire", "bought", "buy", "owns", "own", "owned",
	"purchase", "purchased", "sold", "sell", "sells", "acquis", "achete", "rachete", "cede",
	"possede", "possedent", "detenu", "offer", "offre", "tender")

// otherAfter are words (or pairs) right after a percentage that make it something else than a
// market share.
var otherAfter = vendorWordSet(
	"stake", "interest", "holding", "equity", "ownership", "participation", "growth", "increase",
	"rise", "jump", "decline", "drop", "gain", "hausse", "baisse", "croissance", "progression",
	"augmentation", "recul", "margin", "marge", "discount", "remise", "rebate", "yield", "rate",
	"more", "less", "plus", "moins", "higher", "lower", "year-over-year", "year-on-year", "yoy",
	"of revenue", "of revenues", "of sales", "of its", "of the company", "of the group",
	"du capital", "des actions", "des droits", "du chiffre", "des revenus", "des ventes",
	"de croissance", "de hausse", "de baisse", "d augmentation", "de plus", "de moins",
	"des salaries", "des employes", "of employees", "of respondents", "des sondes",
	"des entreprises", "of companies", "of organizations", "of enterprises", "des francais",
	"of shares", "des titres", "owned", "detenu", "detenue", "de son capital", "du groupe",
	"de ses", "de son", "de sa", "de leur", "de leurs", "of their", "d entre",
)

// otherAfterNear are words that, within a few words after a percentage, make it a part of
// revenue or a growth rate.
var otherAfterNear = vendorWordSet("revenue", "revenues", "sales", "turnover", "profit", "profits",
	"workforce", "employees", "headcount", "respondents", "stake", "shareholders", "shares",
	"capital", "chiffre", "ventes", "benefice", "effectifs", "salaries", "actionnaires",
	"year-over-year", "year-on-year", "annual", "annuel", "annuelle", "sondes", "total",
	"outstanding", "stock", "common", "voting", "preferred", "debentures", "notes", "bonds",
	"dividend", "population", "electrique", "electric", "voix", "votes", "suffrages", "coupon",
	"company", "firm", "societe", "owned", "held", "cumulative", "convertible", "series", "activite",
	"activity", "business", "price", "prices", "prix", "production", "output", "cut",
	"reduction", "below", "above", "by", "par", "conducteurs", "utilisateurs", "users", "clients",
	"customers", "salaries")

// otherBefore are words that, shortly before a percentage, make it a growth rate, a stake, a
// margin or a rate rather than a market share.
var otherBefore = vendorWordSet(
	"grew", "grow", "grows", "growing", "growth", "rose", "rise", "rises", "risen", "rising",
	"increase", "increased", "increases", "increasing", "jumped", "jump", "jumps", "soared", "surged",
	"climbed", "fell", "fall", "falls", "dropped", "drop", "declined", "decline", "declines",
	"expanded", "expand", "grown", "gained", "shrank", "slipped", "plunged", "boosted", "raised",
	"cut", "cuts", "reduced", "lowered", "up", "down", "yoy", "y/y",
	"hausse", "baisse", "croissance", "progression", "progresse", "progresse", "augmente",
	"augmentation", "bondi", "bond", "recul", "recule", "chute", "croit", "croissent", "grimpe",
	"diminue", "diminution", "accru", "accroissement", "envole", "envolee", "gagne", "perdu",
	"stake", "participation", "margin", "margins", "marge", "rate", "taux", "interest", "yield",
	"rendement", "inflation", "unemployment", "chomage", "tax", "discount", "remise", "dividend",
	"tva", "vat", "return", "returns", "premium", "prime",
	"probability", "chance", "chances", "odds", "chuter", "benefice", "profit", "profits", "earnings",
	"sales", "revenue", "revenues", "chiffre", "ventes", "income", "resultat", "effectif", "effectifs",
	"population", "coupon", "yielding", "priced", "turnout", "participation", "sondage", "poll",
	"intentions", "voix", "votes", "suffrages", "electeurs", "abstention", "gains", "gain",
	"augmentations", "salaires", "salariales", "wages", "premium", "commission", "taxe", "fee",
	"fees", "frais", "score", "hausses", "baisses", "progressions", "reduction", "reductions",
)

// changeWords say that a value changed; before "to 22%" they do not make it a growth rate.
var changeWords = vendorWordSet("grew", "grow", "grows", "rose", "rise", "rises", "risen",
	"increase", "increased", "increases", "jumped", "jump", "climbed", "fell", "fall", "falls",
	"dropped", "drop", "declined", "decline", "slipped", "gained", "grown", "expanded", "shrank",
	"up", "down", "hausse", "baisse", "progresse", "progression", "augmente", "recule", "recul",
	"chute", "grimpe", "gagne", "perdu", "bondi", "diminue", "accru", "passe", "passant", "passee")
