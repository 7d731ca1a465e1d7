package deal

import (
	"marketbrief/internal/model"
)

// Roles of a phrase in a deal rule.
const (
	roleNone     = iota
	roleAcquirer // buyer, investor, customer, merging company that survives
	roleTarget   // what is bought, investee, supplier
	roleSeller   // who sells
	roleParty    // a partner
	roleParties  // "X and Y": both partners (or both merging companies)
)

// kindSale is a sale: an acquisition when the buyer is named, otherwise a divestiture.
const kindSale = "sale"

// dealRule is one construction that states a deal: a trigger phrase and the roles of the clause
// subject before it and of the phrase after it. Words after the object refine the roles:
// "from X" (seller), "to X" (buyer of a sale), "by/par X" (acquirer), "into X" (surviving
// company of a merger), "with/avec X" (other party).
type dealRule struct {
	name string
	re   *lazyRegexp
	// atStem is re anchored at its start: tried only where one of the stems starts (nil for a
	// rule whose trigger may start before its stem).
	atStem *lazyRegexp
	kind   string // a model deal type, or kindSale
	subj   int    // role of the clause subject
	obj    int    // role of the phrase after the trigger
	conf   float64
	descr  bool // the object may be a described business ("its cable television business")
	// opener: the trigger opens the sentence ("Purchased by X for $19bn, Y…"): the target is
	// the first name after the comma that ends the opening phrase.
	opener bool
	// headline: "X eyes Y buy": the target is the name just before the trigger.
	headline bool
	// direct: the object is a name right after the trigger ("X selected Y"), not a description.
	direct bool
	// nominal: a noun ("the acquisition of Y"); "its"/"X's" just before it names the acquirer.
	nominal bool
	// needQty: the object must start with a quantity ("holds 14.9 pct of Y").
	needQty bool
	// stems are lower-case word beginnings (three bytes or more) one of which a sentence must
	// contain for re to be tried: a cheap filter that keeps the regular expressions off most
	// sentences (see stemIndex).
	stems []string
	// firms: the parties must be shown to be companies (see firmsOnly, bothFirmsOnly).
	firms, bothFirms bool
	// afterSubject: the trigger follows its subject directly ("Dell and EMC merged"), not an
	// adjective or a passive ("the merged firm", "will be merged or closed").
	afterSubject bool
	// dealNoun: the object is followed by a deal noun ("closes $14 billion Juniper deal").
	dealNoun bool
	// either: the construction does not say who is the customer ("X signs a contract with
	// Y"); the dictionary's vendor, when only one side is one, is taken as the supplier.
	either bool
	// near: the subject is the name closest before the trigger ("Monier, the subject of a bid
	// by CSR"), else the clause subject.
	near bool
	// task: a task entrusted must follow the object ("l'hébergement de", "la gestion de").
	task bool
	// afterComma: the trigger follows a comma (a participle in apposition); the buyer is the
	// subject of the main clause.
	afterComma bool
	// atStart: the expression is anchored at the sentence's start (tried on the whole sentence).
	atStart bool
	// stake: the trigger buys a stake ("raised its stake in"): an investment unless the text
	// says it reaches control.
	stake bool
}

// dealRuleOf makes a rule: its expression (on lower-case text) and the same anchored at a
// stem; the methods below set its options.
func dealRuleOf(name, kind string, subj, obj int, conf float64, re string) dealRule {
	return dealRule{name: name, re: lazyCompile(re), atStem: lazyCompile(`^(?:` + re + `)`),
		kind: kind, subj: subj, obj: obj, conf: conf}
}

// aroundStem marks a rule whose trigger may start before its stem ("raised its stake"): its
// expression is searched in a window around the stem instead of tried at the stem.
func (r dealRule) aroundStem() dealRule { r.atStem = nil; return r }

func (r dealRule) withDescr() dealRule           { r.descr = true; return r }
func (r dealRule) asOpener() dealRule            { r.opener = true; return r }
func (r dealRule) asHeadline() dealRule          { r.headline = true; return r }
func (r dealRule) asDirect() dealRule            { r.direct = true; return r }
func (r dealRule) asNominal() dealRule           { r.nominal = true; return r }
func (r dealRule) needingQty() dealRule          { r.needQty = true; return r }
func (r dealRule) nearSubject() dealRule         { r.near = true; return r }
func (r dealRule) when(stems ...string) dealRule { r.stems = stems; return r }
func (r dealRule) thenTask() dealRule            { r.task = true; return r }
func (r dealRule) ofStake() dealRule             { r.stake = true; return r }
func (r dealRule) atSentenceStart() dealRule     { r.atStart = true; return r }
func (r dealRule) inApposition() dealRule        { r.afterComma = true; return r }
func (r dealRule) eitherWay() dealRule           { r.either = true; return r }
func (r dealRule) rightAfterSubject() dealRule   { r.afterSubject = true; return r }
func (r dealRule) thenDealNoun() dealRule        { r.dealNoun = true; return r }

// firmsOnly marks a construction that also tells of deals between people, places or things
// ("en partenariat avec l'artiste", "a choisi Honfleur", "la vente aux enchères d'une
// Mercedes"): its parties must be shown to be companies (see companiesDeal).
func (r dealRule) firmsOnly() dealRule { r.firms = true; return r }

// bothFirmsOnly marks an idiom ("s'emparer de", "investir dans") whose two parties must both be
// shown to be companies.
func (r dealRule) bothFirmsOnly() dealRule { r.firms, r.bothFirms = true, true; return r }

// dealWhenWords are the few words that say when, which may stand between a participle and its
// agent ("rachetée en 2016 par", "acquired last year by", « racheté il y a deux ans par »).
const dealWhenWords = `(?:(?:en|in|on|au|dès|début|fin|mi|last|earlier|early|late|this|that|the|year|years|month|week|ago|il|y|a|deux|trois|quelques|ans|l['’]an|l['’]année|dernier|dernière|passé|passée|précédent|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|january|february|march|april|may|june|july|august|september|october|november|december|spring|summer|autumn|fall|winter|printemps|été|automne|hiver|\d{1,4})\s+){0,5}`

// dealRules are tried in order; a later rule never reuses the trigger words of an earlier match.
var dealRules = []dealRule{
	// Passive and participle constructions first: "Y was acquired by X", "Purchased by X, Y…".
	dealRuleOf("opener", model.Acquisition, roleNone, roleAcquirer, 0.85, `^(?:purchased|acquired|bought|rachetée?s?|acquise?s?|achetée?s?)\s+(?:by|par)\s`).asOpener().when("purchased", "acquired", "bought", "rachet", "acquis", "achet"),
	dealRuleOf("passive sale", model.Acquisition, roleTarget, roleAcquirer, 0.8, `\b(?:be|been|being|was|were|is|are)\s+(?:sold|vendue?s?|cédée?s?)\s+(?:to|à)\s+`).when("sold", "vendu", "cédé").aroundStem(),
	// "The 20 pct stake in X sold by Y", "X, cédée en 2015 par Y": Y sells, no buyer named.
	dealRuleOf("sold by", model.Divestiture, roleTarget, roleAcquirer, 0.75, `\b(?:sold|divested|cédée?s?|vendue?s?)\s+`+dealWhenWords+`(?:by|par)\s`).when("sold", "divested", "cédé", "vendu").nearSubject().firmsOnly(),
	// "…et du Courrier de Vannes, acheté en 2014 au groupe Y en même temps que A et B":
	// a participle after a comma, with the seller; the clause's subject bought it.
	dealRuleOf("bought from participle", model.Acquisition, roleTarget, roleSeller, 0.75, `\b(?:achetée?s?|rachetée?s?|acquise?s?|bought|acquired|purchased)\s+`+dealWhenWords+`(?:à|au|aux|from)\s+`).when("achet", "rachet", "acquis", "bought", "acquired", "purchased").nearSubject().inApposition(),
	dealRuleOf("passive", model.Acquisition, roleTarget, roleAcquirer, 0.85, `\b(?:acquired|bought|purchased|taken over|rachetée?s?|acquise?s?|achetée?s?|absorbée?s?)\s+`+dealWhenWords+`(?:by|par)\s`).when("acquired", "bought", "purchased", "taken over", "rachet", "acquis", "achet", "absorb"),
	dealRuleOf("merger into", model.Merger, roleTarget, roleAcquirer, 0.8, `\bmerger\s+into\s+`).asNominal().when("merger into"),
	dealRuleOf("bid by", model.Acquisition, roleTarget, roleAcquirer, 0.7, `\b(?:bid|offer|proposal)\s+by\s+`).nearSubject().when("bid by", "offer by", "proposal by"),
	dealRuleOf("leveraged buyout by", model.Acquisition, roleTarget, roleAcquirer, 0.8, `\b(?:buyout|takeover|acquisition)\s+by\s`).when("buyout by", "takeover by", "acquisition by"),
	// Sales: "X sold its Y unit to Z", "la cession de Y à Z", "X a choisi de vendre Y".
	dealRuleOf("sale of", kindSale, roleSeller, roleTarget, 0.85, `\b(?:sale|divestiture|disposition|disposal|spinoff|spin-off|carve-out|carveout)\s+of\s+`).withDescr().asNominal().when("sale of", "divestiture of", "disposition of", "disposal of", "spinoff of", "spin-off of", "carve-out of", "carveout of").firmsOnly(),
	dealRuleOf("sell", kindSale, roleSeller, roleTarget, 0.85, `\b(?:sell|sells|selling|sold|divest|divests|divested|divesting|spin off|spins off|spun off|dispose of|disposed of|disposing of)\s+`).withDescr().when("sell", "sold", "divest", "spin", "spun", "dispos").firmsOnly(),
	dealRuleOf("cession de", kindSale, roleSeller, roleTarget, 0.85, `cession\s+(?:de la |de l'|de l’|des |du |de |d'|d’)`).withDescr().asNominal().when("cession").firmsOnly(),
	// "la vente de" is as often a sale of goods or an auction ("la vente de véhicules", "sa
	// vente de Kissimmee"): both sides must be companies.
	dealRuleOf("vente de", kindSale, roleSeller, roleTarget, 0.8, `vente\s+(?:de la |de l'|de l’|des |du |de |d'|d’)`).withDescr().asNominal().when("vente").bothFirmsOnly(),
	dealRuleOf("vendre", kindSale, roleSeller, roleTarget, 0.85, `(?:\bvend|\bvendent|\bvendre|\bvendu|\bvendue|\bcède|\bcéder|\bcédé|\bcédée|\bcèdent|\bse sépare de|\bse séparer de|\bs['’]est séparée? de|\bse séparent de)\s+`).withDescr().when("vend", "cède", "céde", "cédé", "cèdent", "se sépar", "s'est sépar", "s’est sépar").firmsOnly(),
	dealRuleOf("stake cut", model.Divestiture, roleSeller, roleTarget, 0.75, `\b(?:lowered|reduced|cut|decreased|trimmed|lower|reduce)\s+(?:its|his|their)\s+(?:stake|holding|holdings|interest|shareholding)\s+in\s+`).when("lowered", "reduced", "cut", "decreased", "trimmed", "lower", "reduce"),
	// Mergers.
	dealRuleOf("merge into", model.Merger, roleSeller, roleTarget, 0.8, `\b(?:merge|merged|merging)\s+`).withDescr().when("merge"),
	dealRuleOf("merger of", model.Merger, roleNone, roleAcquirer, 0.8, `\bmerger\s+of\s+`).asNominal().when("merger of"),
	// "X agreed to merge with Y" reads as X merging into Y; "X's merger agreement with Y" as X
	// taking Y over (as the Reuters annotators read them).
	dealRuleOf("merge with", model.Merger, roleTarget, roleAcquirer, 0.85, `\b(?:merge|merges|merged|merging)\s+with\s+`).when("merge"),
	dealRuleOf("merger with", model.Merger, roleAcquirer, roleTarget, 0.85, `\b(?:merger|merger agreement|merger pact)\s+with\s+`).asNominal().when("merger"),
	dealRuleOf("their merger", model.Merger, roleParties, roleNone, 0.8, `\b(?:(?:their|its)\s+(?:proposed\s+|planned\s+|pending\s+)?merger|leur\s+fusion)\b`).when("merger", "fusion").aroundStem(),
	dealRuleOf("agreed to merge", model.Merger, roleParties, roleNone, 0.85, `\b(?:agreed|agree|agrees|plan|plans|decided|voted|to)\s+(?:to\s+)?merge\b`).when("merge").aroundStem(),
	dealRuleOf("merger agreement", model.Merger, roleParties, roleNone, 0.8, `\bmerger\s+(?:agreement|accord)\b`).when("merger"),
	dealRuleOf("fusion entre", model.Merger, roleNone, roleParties, 0.85, `\bfusion\s+(?:entre|de)\s+`).when("fusion"),
	dealRuleOf("rapprochement entre", model.Merger, roleNone, roleParties, 0.75, `\brapprochement\s+(?:entre|de)\s+`).when("rapprochement").firmsOnly(),
	dealRuleOf("fusionne avec", model.Merger, roleAcquirer, roleTarget, 0.85, `\bfusionn\S*\s+avec\s+`).when("fusionn"),
	dealRuleOf("X and Y merged", model.Merger, roleParties, roleNone, 0.8, `\b(?:merged|have merged|had merged|ont fusionné|avaient fusionné)(?:\s+(?:in|on|last|earlier|this|effective|en|le|l['’]an|au|début|fin|to form|pour former|pour créer)\b|\s*[,.;]|\s*$)`).when("merged", "have merged", "had merged", "ont fusionn", "avaient fusionn").aroundStem().rightAfterSubject(),
	dealRuleOf("fusionnent", model.Merger, roleParties, roleNone, 0.85, `\bfusionnent\b`).when("fusionnent"),
	// Acquisitions: nominal, tender offers and bids, stakes, then verbs.
	dealRuleOf("acquisition of", model.Acquisition, roleAcquirer, roleTarget, 0.8, `\b(?:acquisition|acquisitions|purchase|takeover|buyout)\s+of\s+`).withDescr().asNominal().when("acquisition", "purchase", "takeover", "buyout"),
	dealRuleOf("rachat de", model.Acquisition, roleAcquirer, roleTarget, 0.8, `(?:rachats?|acquisitions?|achats?|prise de contrôle)\s+(?:de la |de l'|de l’|des |du |de |d'|d’)`).asNominal().when("rachat", "acquisition", "achat", "prise de contr"),
	dealRuleOf("offer for", model.Acquisition, roleAcquirer, roleTarget, 0.7, `\b(?:offer|offers|offered|bid|bids|proposal)\s+(?:\S+\s+){0,6}?for\s+`).asNominal().when("offer", "bid", "proposal"),
	dealRuleOf("holds stake", model.Acquisition, roleAcquirer, roleTarget, 0.45, `\b(?:now\s+)?(?:holds|owns|controls|will own|would own|to own)\s+`).needingQty().when("holds", "owns", "controls", "will own", "would own", "to own").firmsOnly().ofStake(),
	dealRuleOf("stake raise", model.Acquisition, roleAcquirer, roleTarget, 0.75, `\b(?:raised|raises|increased|increases|lifted|boosted|raise|increase)\s+(?:its|his|their|the)\s+(?:stake|holding|holdings|interest|shareholding|ownership)\s+in\s+`).when("raised", "raises", "increased", "increases", "lifted", "boosted", "raise", "increase").ofStake(),
	dealRuleOf("pay for", model.Acquisition, roleAcquirer, roleTarget, 0.75, `\b(?:paid|pay|pays|paying)\s+(?:\S+\s+){0,8}?for\s+`).withDescr().when("paid", "pay").firmsOnly(),
	dealRuleOf("control of", model.Acquisition, roleAcquirer, roleTarget, 0.75, `\b(?:assumed|assumes|took|takes|taken|gained|gains|acquired|acquires|won)\s+control\s+of\s+`).when("control of").aroundStem(),
	dealRuleOf("takes stake", model.Investment, roleAcquirer, roleTarget, 0.75, `\b(?:takes?|took|taking|taken)\s+an?\s+(?:\S+\s+){0,3}?(?:stake|holding)\s+in\s+`).when("take", "took", "taking"),
	dealRuleOf("acquire", model.Acquisition, roleAcquirer, roleTarget, 0.9, `\b(?:acquire|acquires|acquired|acquiring|buy|buys|buying|bought|purchase|purchases|purchased|purchasing|take over|takes over|took over|taking over|taking it over)\s+`).withDescr().when("acqui", "buy", "bought", "purchas", "take over", "takes over", "took over", "taking over", "taking it over"),
	dealRuleOf("racheter", model.Acquisition, roleAcquirer, roleTarget, 0.9, `(?:\brachète|\brachètent|\bracheter|\bracheté|\bacquiert|\bacquièrent|\bacquérir|\ba acquis|\bachète|\bacheter|\ba acheté)\s+`).when("rachè", "rachet", "acquiert", "acquièrent", "acquérir", "a acquis", "achète", "acheter", "a acheté"),
	// Idioms that also tell of seizing a town or a haul: only between companies.
	dealRuleOf("s'empare de", model.Acquisition, roleAcquirer, roleTarget, 0.85, `(?:\bs'offre|\bs’offre|\bs'empare de|\bs’empare de|\bs'emparer de|\bs’emparer de|\bmet la main sur|\bmis la main sur|\bmettre la main sur|\bprend le contrôle (?:de\s+|d['’])|\bpris le contrôle (?:de\s+|d['’]))\s*`).when("s'offre", "s’offre", "s'empar", "s’empar", "met la main", "mis la main", "mettre la main", "prend le contr", "pris le contr").bothFirmsOnly(),
	dealRuleOf("passe sous le contrôle de", model.Acquisition, roleTarget, roleAcquirer, 0.8, `(?:\bpasse|\bpassent|\best passée?|\bsont passée?s)\s+sous\s+le\s+contrôle\s+(?:de\s+|du\s+|d['’])|(?:\btombe|\best tombée?|\brejoint|\ba rejoint|\bentre|\best entrée?)\s+dans\s+(?:l['’]escarcelle|le\s+giron)\s+(?:de\s+|du\s+|d['’])`).when("passe", "passent", "est pass", "sont pass", "tombe", "est tomb", "rejoint", "a rejoint", "entre", "est entr").bothFirmsOnly(),
	dealRuleOf("reprend", model.Acquisition, roleAcquirer, roleTarget, 0.8, `(?:\breprend|\ba repris|\breprendre|\babsorbe|\ba absorbé)\s+`).when("reprend", "a repris", "absorbe", "a absorbé").bothFirmsOnly(),
	dealRuleOf("reprise de", model.Acquisition, roleAcquirer, roleTarget, 0.75, `\breprise\s+(?:de la |de l'|de l’|des |du |de |d'|d’)`).when("reprise").asNominal().bothFirmsOnly(),
	dealRuleOf("snaps up", model.Acquisition, roleAcquirer, roleTarget, 0.8, `\b(?:snaps|snapped|snapping|scoops|scooped|scooping|gobbles|gobbled)\s+up\s+`).when("snap", "scoop", "gobble").firmsOnly(),
	dealRuleOf("closes Y deal", model.Acquisition, roleAcquirer, roleTarget, 0.75, `\b(?:closes|closed|completes|completed|finalizes|finalises|finalized|finalised|wraps up|wrapped up|seals|sealed|clinches|clinched)\s+(?:its\s+|the\s+)?(?:(?:us)?[$€£]?[\d.,]+[\s-]*(?:billion|million|bn|mln|b|m)?\s+)?`).when("close", "complete", "finali", "wrap", "seal", "clinch").thenDealNoun().firmsOnly(),
	dealRuleOf("headline buy", model.Acquisition, roleAcquirer, roleNone, 0.8, `(?:buy|purchase|takeover|acquisition)(?:\s*[:\-–—]|$)`).asHeadline().when("buy", "purchase", "takeover", "acquisition").firmsOnly(),
	// Investments.
	dealRuleOf("invest in", model.Investment, roleAcquirer, roleTarget, 0.8, `\binvest(?:s|ed|ing)?\s+(?:\S+\s+){0,4}?in\s+`).when("invest ", "invests", "invested", "investing"),
	dealRuleOf("investment by", model.Investment, roleTarget, roleAcquirer, 0.75, `\b(?:investment|investissement)\s+(?:by|from|de la part de)\s+`).when("investment", "investissement"),
	dealRuleOf("round led by", model.Investment, roleTarget, roleAcquirer, 0.75, `\b(?:round|funding|financing|investment)\s+(?:\S+\s+){0,3}?led by\s+`).when("led by").aroundStem(),
	dealRuleOf("tour mené par", model.Investment, roleTarget, roleAcquirer, 0.75, `\b(?:tour de table|levée de fonds|financement|série [a-f])\s+(?:\S+\s+){0,7}?(?:mené|menée|conduit|conduite|emmené|emmenée)\s+par\s+`).when("mené par", "menée par", "conduit par", "conduite par", "emmené par", "emmenée par").aroundStem(),
	dealRuleOf("led a round in", model.Investment, roleAcquirer, roleTarget, 0.75, `\b(?:led|leads|co-led|co-leads)\s+(?:(?:a|an|the|its)\s+)?(?:\S+\s+){0,4}?(?:round|series [a-f]|funding|financing|investment)\s+(?:in|into|for)\s+`).when("led ", "leads", "co-led").firmsOnly(),
	dealRuleOf("backed by", model.Investment, roleTarget, roleAcquirer, 0.6, `\b(?:backed|funded|financed)\s+by\s+`).when("backed", "funded", "financed").firmsOnly(),
	dealRuleOf("lève auprès de", model.Investment, roleTarget, roleAcquirer, 0.8, `\bl[eè]v\S*\s+(?:\S+\s+){1,6}?auprès\s+(?:de |du |des |d'|d’)`).when("auprès").aroundStem(),
	dealRuleOf("investit dans", model.Investment, roleAcquirer, roleTarget, 0.8, `\binvest\S*\s+(?:\S+\s+){0,5}?dans\s+`).when("investi").bothFirmsOnly(),
	dealRuleOf("entre au capital", model.Investment, roleAcquirer, roleTarget, 0.8, `\b(?:entre|entré|entrer|entrée)\s+au\s+capital\s+(?:de la |de l'|de l’|des |du |de |d'|d’)`).when("entre", "entré", "entrer", "entrée").firmsOnly(),
	dealRuleOf("raises from", model.Investment, roleTarget, roleAcquirer, 0.75, `\b(?:(?:raises|raised|secures|secured|raising)\s+|(?:lands|landed|nets|netted|bags|bagged)\s+(?:us)?[$€£\d])(?:\S+\s+){0,6}?from\s+`).when("raise", "secure", "land", "net", "bag").firmsOnly(),
	dealRuleOf("participation dans", model.Investment, roleAcquirer, roleTarget, 0.75, `\b(?:prend\S*|pris)\s+une\s+participation\s+(?:\S+\s+){0,4}?(?:dans|au capital de)\s+`).when("participation").aroundStem().firmsOnly(),
	// Partnerships.
	dealRuleOf("partner with", model.Partnership, roleParty, roleParty, 0.8, `\b(?:partner(?:s|ed|ing)?|partnership|alliance|teams? up|teamed up|teaming up|join(?:s|ed)? forces|collaborat(?:e|es|ed|ion|ing)|cooperation agreement|co-operation agreement)\s+with\s+`).when("partner", "alliance", "team", "join forces", "joins forces", "joined forces", "collaborat", "cooperation agreement", "co-operation agreement").firmsOnly(),
	dealRuleOf("inks deal with", model.Partnership, roleParty, roleParty, 0.7, `\b(?:inks|inked|strikes|struck|signs|signed)\s+(?:a\s+|an\s+)?(?:\S+\s+){0,4}?(?:deal|pact|agreement)\s+with\s+`).when("ink", "strike", "struck", "sign").firmsOnly(),
	dealRuleOf("form partnership", model.Partnership, roleParties, roleNone, 0.8, `\b(?:announced|announce|announces|signed|sign|signs|formed|form|forms|entered into|enter into|unveiled|struck|strike|expanded|extended|renewed)\s+(?:a|an|their|the)\s+(?:\S+\s+){0,3}?(?:partnership|alliance|cooperation agreement|collaboration agreement)\b`).when("partnership", "alliance", "cooperation agreement", "collaboration agreement").aroundStem().firmsOnly(),
	dealRuleOf("joint venture", model.Partnership, roleParties, roleNone, 0.8, `\b(?:formed|form|forms|set up|sets up|created|create|creates|launched|launch|announced|créent|ont créé|lancent|ont lancé|annoncent|ont annoncé|forment|ont formé)\s+(?:\S+\s+){0,5}?(?:joint venture|joint-venture|coentreprise|co-entreprise|filiale commune)\b`).when("joint venture", "joint-venture", "coentreprise", "co-entreprise", "filiale commune").aroundStem().firmsOnly(),
	// "National Steel, a joint venture of A and B", "A and B are joint venture partners".
	dealRuleOf("joint venture of", model.Partnership, roleNone, roleParties, 0.8, `\b(?:joint venture|joint-venture|coentreprise|co-entreprise|filiale commune)\s+(?:of|between|owned by|entre|de)\s+`).when("joint venture", "joint-venture", "coentreprise", "co-entreprise", "filiale commune").firmsOnly(),
	dealRuleOf("joint venture partners", model.Partnership, roleParties, roleNone, 0.75, `\b(?:are|were|sont|étaient)\s+(?:joint venture|joint-venture)\s+partners\b`).when("are", "were", "sont", "étaient").aroundStem().firmsOnly(),
	dealRuleOf("accord de coopération", model.Partnership, roleParties, roleNone, 0.8, `\b(?:accord|contrat)\s+de\s+(?:coopération|partenariat|collaboration)\b`).when("accord de", "contrat de"),
	dealRuleOf("partenariat avec", model.Partnership, roleParty, roleParty, 0.8, `(?:\bpartenariat|\bcoopération)\s+(?:\S+\s+){0,2}?avec\s+`).when("partenariat", "coopération").firmsOnly(),
	// "l'alliance avec le PCF", "sa collaboration avec l'artiste": alliances of parties and
	// people are common; both sides must be companies.
	dealRuleOf("alliance avec", model.Partnership, roleParty, roleParty, 0.75, `(?:\balliance|\bcollaboration)\s+(?:\S+\s+){0,2}?avec\s+`).when("alliance", "collaboration").bothFirmsOnly(),
	dealRuleOf("s'allie", model.Partnership, roleParty, roleParty, 0.8, `\bs['’](?:all(?:ie|ient|ier)|associe|associent|associer|est associée?|est alliée?)\s+(?:à|avec)\s+`).when("s'alli", "s’alli", "s'associ", "s’associ", "s'est associ", "s’est associ", "s'est alli", "s’est alli").firmsOnly(),
	dealRuleOf("concluent une alliance", model.Partnership, roleParties, roleNone, 0.8, `\b(?:signent|ont signé|concluent|ont conclu|nouent|ont noué|annoncent|ont annoncé|forment|scellent|ont scellé)\s+(?:la\s+signature\s+d['’]\s*|la\s+conclusion\s+d['’]\s*)?(?:un|une|leur)\s+(?:\S+\s+){0,2}?(?:partenariat|alliance)\b`).when("partenariat", "alliance").aroundStem().firmsOnly(),
	dealRuleOf("s'allient", model.Partnership, roleParties, roleNone, 0.8, `\bs['’](?:allient|associent)\b`).when("s'allient", "s’allient", "s'associent", "s’associent").firmsOnly(),
	// Contracts: customer first, then supplier.
	dealRuleOf("retenu les solutions de", model.Contract, roleAcquirer, roleTarget, 0.8, `\b(?:a|ont|avait)\s+retenu\s+(?:\S+\s+){0,3}?(?:les\s+solutions|la\s+solution|l['’]offre|les\s+offres|les\s+services|la\s+technologie|les\s+technologies|les\s+équipements|le\s+cloud)\s+(?:de |d'|d’)`).when("retenu").aroundStem().firmsOnly(),
	dealRuleOf("selected by", model.Contract, roleTarget, roleAcquirer, 0.75, `\b(?:selected|chosen|picked|retenue?s?|choisie?s?)\s+(?:by|par)\s+`).when("selected", "chosen", "picked", "retenu", "choisi").firmsOnly(),
	dealRuleOf("selected", model.Contract, roleAcquirer, roleTarget, 0.75, `\b(?:selected|selects|chose|chooses|has chosen|picked|picks|taps|tapped|a choisi|choisit|ont choisi|a sélectionné|sélectionne|ont sélectionné|a retenu|retient|ont retenu|a opté pour|opte pour)\s+`).asDirect().when("select", "chose", "has chosen", "picked", "picks", "taps", "tapped", "a choisi", "ont choisi", "choisit", "a sélection", "ont sélection", "sélectionne", "a retenu", "retient", "ont retenu", "a opté", "opte").firmsOnly(),
	// "X confie à Y l'hébergement de…", not "X a confié à la BBC que…" (confided to).
	dealRuleOf("confie à", model.Contract, roleAcquirer, roleTarget, 0.75, `\b(?:confie|confient|a confié|ont confié)\s+(?:à |au |aux )`).asDirect().when("confie", "a confié", "ont confié").firmsOnly().thenTask(),
	dealRuleOf("confie la tâche à", model.Contract, roleAcquirer, roleTarget, 0.75, `\b(?:confie|confient|a confié|ont confié|avait confié)\s+(?:l['’]|le\s+|la\s+|les\s+|son\s+|sa\s+|ses\s+)(?:hébergement|gestion|exploitation|maintenance|infogérance|migration|développement|construction|fourniture|conception|déploiement|modernisation|sécurité|refonte|numérisation|transformation)\s+(?:\S+\s+){0,6}?(?:à|au|aux)\s+`).when("confie", "a confié", "ont confié", "avait confié").firmsOnly(),
	dealRuleOf("attribue à", model.Contract, roleAcquirer, roleTarget, 0.75, `\b(?:attribue|attribuent|a attribué|ont attribué)\s+(?:à |au |aux )`).asDirect().when("attribu", "a attribu", "ont attribu").firmsOnly().thenTask(),
	dealRuleOf("attribue un marché à", model.Contract, roleAcquirer, roleTarget, 0.75, `\b(?:attribue|attribuent|a attribué|ont attribué|notifie|a notifié)\s+(?:un|le|son|ce)\s+(?:marché|contrat)\s+(?:\S+\s+){0,8}?(?:à |au )`).when("attribu", "a attribu", "ont attribu", "notifi", "a notifi").firmsOnly(),
	dealRuleOf("awarded contract to", model.Contract, roleAcquirer, roleTarget, 0.8, `\bawarded\s+(?:\S+\s+){0,4}?(?:contract|deal)\s+to\s+`).when("awarded").firmsOnly(),
	dealRuleOf("won contract from", model.Contract, roleTarget, roleAcquirer, 0.8, `\b(?:won|wins|secured|secures|landed|lands|received|receives|obtained|obtains|remporte|a remporté|décroche|a décroché|obtient|a obtenu)\s+(?:\S+\s+){0,4}?(?:contract|deal|contrat|order|commande)\s+(?:(?:de|d['’]une?|of|worth|valued|valant|for|sur|over|pluriannuel|multiyear|multi-year)\s+(?:\S+\s+){0,12}?)?(?:with|from|auprès de|auprès du|auprès des|avec)\s+`).when("won ", "wins", "secured", "secures", "landed", "lands", "received", "receives", "obtain", "remport", "a remport", "décroch", "a décroch", "obtient", "a obtenu").aroundStem().firmsOnly(),
	// Supply agreements: "X signed an agreement to import coal from Y", « s'engage à acheter pour
	// 2 Md$ de capacité à Y », "X will spend $N on Y's cloud".
	dealRuleOf("agreement to buy goods from", model.Contract, roleAcquirer, roleTarget, 0.75, `\b(?:signed|signs|concluded|reached|entered into)\s+(?:an?\s+)?(?:\S+\s+){0,3}?(?:agreement|contract|deal)\s+to\s+(?:import|buy|purchase|source|lease)\s+(?:[a-z]\S*\s+){1,5}?from\s+`).when("signed", "signs", "concluded", "reached", "entered").aroundStem().firmsOnly(),
	dealRuleOf("s'engage à acheter à", model.Contract, roleAcquirer, roleTarget, 0.75, `\bs['’](?:engage|engagent|est engagée?)\s+à\s+(?:acheter|dépenser|louer)\s+(?:\S+\s+){0,10}?(?:à|auprès de|auprès d['’]|chez)\s+`).when("s'engag", "s’engag", "s'est engag", "s’est engag").firmsOnly(),
	dealRuleOf("will spend on cloud", model.Contract, roleAcquirer, roleTarget, 0.75, `\b(?:will spend|to spend|spend|spends|committed to spend|commits to spend|agreed to spend|signed a \S+ deal to spend)\s+(?:\S+\s+){0,6}?(?:on|with)\s+`).when("will spend", "to spend", "spend", "committed to spend", "commits to spend", "agreed to spend").aroundStem().firmsOnly(),
	dealRuleOf("signe un contrat avec", model.Contract, roleTarget, roleAcquirer, 0.7, `\b(?:signe|signé|signs|signed)\s+(?:un|a|an)\s+(?:\S+\s+){0,3}?(?:contrat|contract)\s+(?:(?:de|d['’]une?|of|worth|valued|valant|for|sur|over|pluriannuel|multiyear|multi-year)\s+(?:\S+\s+){0,4}?)?(?:avec|with)\s+`).when("signe", "signé", "signs", "signed").firmsOnly().eitherWay(),
	// "Le contrat avec WarnerMedia court sur plusieurs années": a contract the story's company
	// holds, told by its noun at the start of a sentence.
	dealRuleOf("le contrat avec", model.Contract, roleAcquirer, roleTarget, 0.6, `^(?:le|the|ce|this|cet|son|its)\s+(?:\S+\s+){0,2}?(?:contrat|contract)\s+(?:\S+\s+){0,2}?(?:avec|with)\s+`).asNominal().when("contrat", "contract").atSentenceStart().firmsOnly(),
}
