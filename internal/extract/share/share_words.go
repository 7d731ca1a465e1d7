package share

import (
	"marketbrief/internal/extract/text"
)

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
var stakeBefore = text.VendorWordSet("acquired", "acquire", "bought", "buy", "owns", "own", "owned",
	"purchase", "purchased", "sold", "sell", "sells", "acquis", "achete", "rachete", "cede",
	"possede", "possedent", "detenu", "offer", "offre", "tender", "bid", "sale", "vente",
	"cession", "take", "takes", "taking", "reprendre")

// otherAfter are words (or pairs) right after a percentage that make it a change or a rate
// rather than a market share.
var otherAfter = text.VendorWordSet(
	"growth", "increase", "rise", "jump", "decline", "drop", "gain", "hausse", "baisse",
	"croissance", "progression", "augmentation", "recul", "margin", "marge", "discount", "remise",
	"rebate", "yield", "rate", "more", "less", "plus", "moins", "higher", "lower",
	"year-over-year", "year-on-year", "yoy", "de croissance", "de hausse", "de baisse",
	"d augmentation", "de plus", "de moins", "premium", "prime", "limit", "threshold", "seuil",
	"plafond", "capacity", "capacite", "des salaries", "des employes", "of employees",
	"of respondents", "des sondes", "des francais", "des requetes", "of queries", "of searches",
	"des recherches", "de la bande", "of bandwidth", "of the bandwidth", "de recul", "de chute",
	"de progression", "of consumers", "des consommateurs", "of the workforce",
)

// wholeAfter are words (or pairs) right after a percentage that make it a stake in a company
// or a part of a company's own whole.
var wholeAfter = text.VendorWordSet(
	"stake", "interest", "interests", "holding", "holdings", "equity", "ownership", "participation",
	"position", "share ownership", "of revenue", "of revenues", "of sales", "of its", "of the company",
	"of the group", "du capital", "des actions", "des droits", "du chiffre", "des revenus",
	"des ventes", "des entreprises", "of companies", "of organizations", "of enterprises",
	"of shares", "des titres", "owned", "detenu", "detenue", "de son capital", "du groupe",
	"de ses", "de son", "de sa", "de leur", "de leurs", "of their", "d entre", "des parts",
	"of which", "dont", "it does", "it did", "it doesn", "it didn", "it does not", "it did not",
	"of the fund", "of the new", "each of", "investor", "partner", "owner", "shareholder",
	"of the equity", "of the capital", "of equity",
)

// otherAfterNear are words that, within a few words after a percentage, make it a rate, a count
// or a price rather than a market share.
var otherAfterNear = text.VendorWordSet("workforce", "employees", "headcount", "respondents",
	"year-over-year", "year-on-year", "annual", "annuel", "annuelle", "sondes", "total",
	"population", "electrique", "voix", "votes", "suffrages", "cumulative", "price",
	"prices", "prix", "cut", "reduction", "below", "above", "by", "par", "conducteurs",
	"utilisateurs", "users", "clients", "customers", "salaries", "effectifs")

// wholeAfterNear are words that, within a few words after a percentage, make it a stake or a
// part of a company's own whole (revenue, capital, assets, a loss).
var wholeAfterNear = text.VendorWordSet("revenue", "revenues", "sales", "turnover", "profit", "profits",
	"stake", "shareholders", "shares", "capital", "chiffre", "ventes", "benefice", "actionnaires",
	"outstanding", "stock", "common", "voting", "preferred", "debentures", "notes", "bonds",
	"dividend", "coupon", "company", "firm", "societe", "owned", "held", "convertible", "series",
	"activite", "activity", "business", "production", "output", "loss", "losses", "perte", "pertes",
	"income", "earnings", "assets", "asset", "acquired", "bought", "purchased", "sold", "acquis",
	"rachete", "cede", "vendu", "equities", "invested", "portfolio", "portefeuille", "budget")

// otherBefore are words that, shortly before a percentage, make it a growth rate, a stake, a
// margin or a rate rather than a market share.
var otherBefore = text.VendorWordSet(
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
	"workforce", "staff", "employees", "gdp", "pib", "receive", "receives", "receiving", "recoit", "percoit", "capacity", "ecroule", "ecroulait",
	"effondre", "degringole", "flambe", "cede", "cedait", "cours", "action", "quota", "quotas",
)

// wholeBefore are nouns of a company's own whole that, shortly before a percentage, make it a
// part of it ("325 M€ of revenue and 39%") unless a share or a market follows.
var wholeBefore = text.VendorWordSet("revenue", "revenues", "sales", "chiffre", "ventes", "benefice",
	"profit", "profits", "earnings", "income", "resultat", "capital")

// remainderWords before a percentage make it the rest of a stake: "the remaining 50 pct".
var remainderWords = text.VendorWordSet("remaining", "remainder", "another", "additional", "further",
	"restants", "restant", "supplementaires", "autres", "solde")

// targetWords before a percentage make it a goal or a forecast, not a share held.
var targetWords = text.VendorWordSet("objective", "target", "targets", "targeting", "goal", "aim", "aims",
	"aiming", "hopes", "hope", "hoping", "objectif", "vise", "viser", "ambitionne", "espere",
	"threshold", "seuil", "limit")

// changeWords say that a value changed; before "to 22%" they do not make it a growth rate.
var changeWords = text.VendorWordSet("grew", "grow", "grows", "rose", "rise", "rises", "risen",
	"increase", "increased", "increases", "jumped", "jump", "climbed", "fell", "fall", "falls",
	"dropped", "drop", "declined", "decline", "slipped", "gained", "grown", "expanded", "shrank",
	"up", "down", "hausse", "baisse", "progresse", "progression", "augmente", "recule", "recul",
	"chute", "grimpe", "gagne", "perdu", "bondi", "diminue", "accru", "passe", "passant", "passee",
	"raised", "raise", "raises", "lifted", "lift", "boosted", "increasing", "lowered", "reduced", "cut")

// populationVerbs, right after a percentage, make it the subject of a plural verb: a part of a
// group of people or things that are, have, own or say something ("40 pct are engineers",
// « 80 % possèdent un smartphone », « 30 % se disent prêts »), not a share of a market.
var populationVerbs = text.VendorWordSet("are", "were", "have", "had", "say", "said", "use", "used",
	"own", "owned", "believe", "think", "prefer", "want", "plan", "live", "work", "come", "came",
	"sont", "etaient", "seront", "ont", "avaient", "possedent", "disposent", "utilisent", "declarent",
	"disent", "estiment", "pensent", "jugent", "preferent", "veulent", "vivent", "travaillent",
	"viennent", "se")

// quotaWords say that a percentage is a part allotted by a rule: a quota, an allocation, the
// needs it is a part of.
var quotaWords = text.VendorWordSet("quota", "quotas", "liberalised", "liberalized", "allocated", "allotted",
	"allocation", "allotment", "reserved", "set-aside", "tranche", "needs", "requirements", "besoins",
	"contingent", "reserve", "reserves", "attribue", "attribues", "alloue", "alloues")
