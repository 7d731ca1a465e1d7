package deal

import (
	"marketbrief/internal/extract/text"
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
	// src is the expression as written, whose slots {kind} name lists of deal words in the
	// lexicon (see lexicon/data/deal_verb.txt); re is it expanded with a lexicon's words,
	// compiled on first use (see compileDealRules).
	src string
	re  *text.Regexp
	// atStem is re anchored at its start: tried only where one of the stems starts (nil for a
	// rule whose trigger may start before its stem).
	atStem *text.Regexp
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
	// sentences (see stemIndex), derived from re by lexicon.Stems.
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

// dealRuleOf makes a rule: its expression (on lower-case text), expanded with the words of a
// lexicon and compiled by compileDealRules; the methods below set its options.
func dealRuleOf(name, kind string, subj, obj int, conf float64, re string) dealRule {
	return dealRule{name: name, src: re, kind: kind, subj: subj, obj: obj, conf: conf}
}

func (r dealRule) withDescr() dealRule         { r.descr = true; return r }
func (r dealRule) asOpener() dealRule          { r.opener = true; return r }
func (r dealRule) asHeadline() dealRule        { r.headline = true; return r }
func (r dealRule) asDirect() dealRule          { r.direct = true; return r }
func (r dealRule) asNominal() dealRule         { r.nominal = true; return r }
func (r dealRule) needingQty() dealRule        { r.needQty = true; return r }
func (r dealRule) nearSubject() dealRule       { r.near = true; return r }
func (r dealRule) thenTask() dealRule          { r.task = true; return r }
func (r dealRule) ofStake() dealRule           { r.stake = true; return r }
func (r dealRule) atSentenceStart() dealRule   { r.atStart = true; return r }
func (r dealRule) inApposition() dealRule      { r.afterComma = true; return r }
func (r dealRule) eitherWay() dealRule         { r.either = true; return r }
func (r dealRule) rightAfterSubject() dealRule { r.afterSubject = true; return r }
func (r dealRule) thenDealNoun() dealRule      { r.dealNoun = true; return r }

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
	dealRuleOf("opener", model.Acquisition, roleNone, roleAcquirer, 0.85, `^{deal_verb.acquired}\s+(?:by|par)\s`).asOpener(),
	dealRuleOf("passive sale", model.Acquisition, roleTarget, roleAcquirer, 0.8, `\b(?:be|been|being|was|were|is|are)\s+{deal_verb.sold}\s+(?:to|à)\s+`),
	// "The 20 pct stake in X sold by Y", "X, cédée en 2015 par Y": Y sells, no buyer named.
	dealRuleOf("sold by", model.Divestiture, roleTarget, roleAcquirer, 0.75, `\b{deal_verb.sold}\s+`+dealWhenWords+`(?:by|par)\s`).nearSubject().firmsOnly(),
	// "…et du Courrier de Vannes, acheté en 2014 au groupe Y en même temps que A et B":
	// a participle after a comma, with the seller; the clause's subject bought it.
	dealRuleOf("bought from participle", model.Acquisition, roleTarget, roleSeller, 0.75, `\b{deal_verb.acquired}\s+`+dealWhenWords+`(?:à|au|aux|from)\s+`).nearSubject().inApposition(),
	dealRuleOf("passive", model.Acquisition, roleTarget, roleAcquirer, 0.85, `\b{deal_verb.acquired}\s+`+dealWhenWords+`(?:by|par)\s`),
	dealRuleOf("merger into", model.Merger, roleTarget, roleAcquirer, 0.8, `\bmerger\s+into\s+`).asNominal(),
	dealRuleOf("bid by", model.Acquisition, roleTarget, roleAcquirer, 0.7, `\b(?:bid|offer|proposal)\s+by\s+`).nearSubject(),
	dealRuleOf("leveraged buyout by", model.Acquisition, roleTarget, roleAcquirer, 0.8, `\b(?:buyout|takeover|acquisition)\s+by\s`),
	// Sales: "X sold its Y unit to Z", "la cession de Y à Z", "X a choisi de vendre Y".
	dealRuleOf("sale of", kindSale, roleSeller, roleTarget, 0.85, `\b(?:sale|divestiture|disposition|disposal|spinoff|spin-off|carve-out|carveout)\s+of\s+`).withDescr().asNominal().firmsOnly(),
	dealRuleOf("sell", kindSale, roleSeller, roleTarget, 0.85, `\b{deal_verb.sell/en}\s+`).withDescr().firmsOnly(),
	dealRuleOf("cession de", kindSale, roleSeller, roleTarget, 0.85, `cession\s+(?:de la |de l'|de l’|des |du |de |d'|d’)`).withDescr().asNominal().firmsOnly(),
	// "la vente de" is as often a sale of goods or an auction ("la vente de véhicules", "sa
	// vente de Kissimmee"): both sides must be companies.
	dealRuleOf("vente de", kindSale, roleSeller, roleTarget, 0.8, `vente\s+(?:de la |de l'|de l’|des |du |de |d'|d’)`).withDescr().asNominal().bothFirmsOnly(),
	dealRuleOf("vendre", kindSale, roleSeller, roleTarget, 0.85, `\b{deal_verb.sell/fr}\s+`).withDescr().firmsOnly(),
	// Mergers.
	dealRuleOf("merge into", model.Merger, roleSeller, roleTarget, 0.8, `\b{deal_verb.merge}\s+`).withDescr(),
	dealRuleOf("merger of", model.Merger, roleNone, roleAcquirer, 0.8, `\bmerger\s+of\s+`).asNominal(),
	// "X agreed to merge with Y" reads as X merging into Y; "X's merger agreement with Y" as X
	// taking Y over (as the Reuters annotators read them).
	dealRuleOf("merge with", model.Merger, roleTarget, roleAcquirer, 0.85, `\b{deal_verb.merge}\s+with\s+`),
	dealRuleOf("merger with", model.Merger, roleAcquirer, roleTarget, 0.85, `\b(?:merger|merger agreement|merger pact)\s+with\s+`).asNominal(),
	dealRuleOf("their merger", model.Merger, roleParties, roleNone, 0.8, `\b(?:(?:their|its)\s+(?:proposed\s+|planned\s+|pending\s+)?merger|leur\s+fusion)\b`),
	dealRuleOf("agreed to merge", model.Merger, roleParties, roleNone, 0.85, `\b(?:agreed|agree|agrees|plan|plans|decided|voted|to)\s+(?:to\s+)?merge\b`),
	dealRuleOf("merger agreement", model.Merger, roleParties, roleNone, 0.8, `\bmerger\s+(?:agreement|accord)\b`),
	dealRuleOf("fusion entre", model.Merger, roleNone, roleParties, 0.85, `\bfusion\s+(?:entre|de)\s+`),
	dealRuleOf("rapprochement entre", model.Merger, roleNone, roleParties, 0.75, `\brapprochement\s+(?:entre|de)\s+`).firmsOnly(),
	dealRuleOf("fusionne avec", model.Merger, roleAcquirer, roleTarget, 0.85, `\bfusionn\S*\s+avec\s+`),
	dealRuleOf("X and Y merged", model.Merger, roleParties, roleNone, 0.8, `\b(?:merged|have merged|had merged|ont fusionné|avaient fusionné)(?:\s+(?:in|on|last|earlier|this|effective|en|le|l['’]an|au|début|fin|to form|pour former|pour créer)\b|\s*[,.;]|\s*$)`).rightAfterSubject(),
	dealRuleOf("fusionnent", model.Merger, roleParties, roleNone, 0.85, `\bfusionnent\b`),
	// Acquisitions: nominal, tender offers and bids, stakes, then verbs.
	dealRuleOf("acquisition of", model.Acquisition, roleAcquirer, roleTarget, 0.8, `\b{deal_noun.acquisition/en}\s+of\s+`).withDescr().asNominal(),
	dealRuleOf("rachat de", model.Acquisition, roleAcquirer, roleTarget, 0.8, `{deal_noun.acquisition/fr}\s+(?:de la |de l'|de l’|des |du |de |d'|d’)`).asNominal(),
	dealRuleOf("offer for", model.Acquisition, roleAcquirer, roleTarget, 0.7, `\b(?:offer|offers|offered|bid|bids|proposal)\s+(?:\S+\s+){0,6}?for\s+`).asNominal(),
	dealRuleOf("holds stake", model.Acquisition, roleAcquirer, roleTarget, 0.45, `\b(?:now\s+)?(?:holds|owns|controls|will own|would own|to own)\s+`).needingQty().firmsOnly().ofStake(),
	dealRuleOf("stake raise", model.Acquisition, roleAcquirer, roleTarget, 0.75, `\b(?:raised|raises|increased|increases|lifted|boosted|raise|increase)\s+(?:its|his|their|the)\s+(?:stake|holding|holdings|interest|shareholding|ownership)\s+in\s+`).ofStake(),
	dealRuleOf("pay for", model.Acquisition, roleAcquirer, roleTarget, 0.75, `\b(?:paid|pay|pays|paying)\s+(?:\S+\s+){0,8}?for\s+`).withDescr().firmsOnly(),
	dealRuleOf("control of", model.Acquisition, roleAcquirer, roleTarget, 0.75, `\b(?:assumed|assumes|took|takes|taken|gained|gains|acquired|acquires|won)\s+control\s+of\s+`),
	dealRuleOf("takes stake", model.Investment, roleAcquirer, roleTarget, 0.75, `\b(?:takes?|took|taking|taken)\s+an?\s+(?:\S+\s+){0,3}?(?:stake|holding)\s+in\s+`),
	dealRuleOf("acquire", model.Acquisition, roleAcquirer, roleTarget, 0.9, `\b{deal_verb.acquire/en}\s+`).withDescr(),
	dealRuleOf("racheter", model.Acquisition, roleAcquirer, roleTarget, 0.9, `\b{deal_verb.acquire/fr}\s+`),
	// Idioms that also tell of seizing a town or a haul: only between companies.
	dealRuleOf("s'empare de", model.Acquisition, roleAcquirer, roleTarget, 0.85, `(?:\bs'offre|\bs’offre|\bs'empare de|\bs’empare de|\bs'emparer de|\bs’emparer de|\bmet la main sur|\bmis la main sur|\bmettre la main sur|\bprend le contrôle (?:de\s+|d['’])|\bpris le contrôle (?:de\s+|d['’]))\s*`).bothFirmsOnly(),
	dealRuleOf("passe sous le contrôle de", model.Acquisition, roleTarget, roleAcquirer, 0.8, `(?:\bpasse|\bpassent|\best passée?|\bsont passée?s)\s+sous\s+le\s+contrôle\s+(?:de\s+|du\s+|d['’])|(?:\btombe|\best tombée?|\brejoint|\ba rejoint|\bentre|\best entrée?)\s+dans\s+(?:l['’]escarcelle|le\s+giron)\s+(?:de\s+|du\s+|d['’])`).bothFirmsOnly(),
	dealRuleOf("reprend", model.Acquisition, roleAcquirer, roleTarget, 0.8, `(?:\breprend|\ba repris|\breprendre|\babsorbe|\ba absorbé)\s+`).bothFirmsOnly(),
	dealRuleOf("reprise de", model.Acquisition, roleAcquirer, roleTarget, 0.75, `\breprise\s+(?:de la |de l'|de l’|des |du |de |d'|d’)`).asNominal().bothFirmsOnly(),
	dealRuleOf("snaps up", model.Acquisition, roleAcquirer, roleTarget, 0.8, `\b(?:snaps|snapped|snapping|scoops|scooped|scooping|gobbles|gobbled)\s+up\s+`).firmsOnly(),
	dealRuleOf("closes Y deal", model.Acquisition, roleAcquirer, roleTarget, 0.75, `\b(?:closes|closed|completes|completed|finalizes|finalises|finalized|finalised|wraps up|wrapped up|seals|sealed|clinches|clinched)\s+(?:its\s+|the\s+)?(?:(?:us)?[$€£]?[\d.,]+[\s-]*(?:billion|million|bn|mln|b|m)?\s+)?`).thenDealNoun().firmsOnly(),
	dealRuleOf("headline buy", model.Acquisition, roleAcquirer, roleNone, 0.8, `(?:buy|purchase|takeover|acquisition)(?:\s*[:\-–—]|$)`).asHeadline().firmsOnly(),
	// Investments.
	dealRuleOf("invest in", model.Investment, roleAcquirer, roleTarget, 0.8, `\binvest(?:s|ed|ing)?\s+(?:\S+\s+){0,4}?in\s+`),
	dealRuleOf("investment by", model.Investment, roleTarget, roleAcquirer, 0.75, `\b(?:investment|investissement)\s+(?:by|from|de la part de)\s+`),
	dealRuleOf("round led by", model.Investment, roleTarget, roleAcquirer, 0.75, `\b(?:round|funding|financing|investment)\s+(?:\S+\s+){0,3}?led by\s+`),
	dealRuleOf("tour mené par", model.Investment, roleTarget, roleAcquirer, 0.75, `\b(?:tour de table|levée de fonds|financement|série [a-f])\s+(?:\S+\s+){0,7}?(?:mené|menée|conduit|conduite|emmené|emmenée)\s+par\s+`),
	dealRuleOf("led a round in", model.Investment, roleAcquirer, roleTarget, 0.75, `\b(?:led|leads|co-led|co-leads)\s+(?:(?:a|an|the|its)\s+)?(?:\S+\s+){0,4}?(?:round|series [a-f]|funding|financing|investment)\s+(?:in|into|for)\s+`).firmsOnly(),
	dealRuleOf("backed by", model.Investment, roleTarget, roleAcquirer, 0.6, `\b(?:backed|funded|financed)\s+by\s+`).firmsOnly(),
	dealRuleOf("lève auprès de", model.Investment, roleTarget, roleAcquirer, 0.8, `\bl[eè]v\S*\s+(?:\S+\s+){1,6}?auprès\s+(?:de |du |des |d'|d’)`),
	dealRuleOf("investit dans", model.Investment, roleAcquirer, roleTarget, 0.8, `\binvest\S*\s+(?:\S+\s+){0,5}?dans\s+`).bothFirmsOnly(),
	dealRuleOf("entre au capital", model.Investment, roleAcquirer, roleTarget, 0.8, `\b(?:entre|entré|entrer|entrée)\s+au\s+capital\s+(?:de la |de l'|de l’|des |du |de |d'|d’)`).firmsOnly(),
	dealRuleOf("raises from", model.Investment, roleTarget, roleAcquirer, 0.75, `\b(?:(?:raises|raised|secures|secured|raising)\s+|(?:lands|landed|nets|netted|bags|bagged)\s+(?:us)?[$€£\d])(?:\S+\s+){0,6}?from\s+`).firmsOnly(),
	dealRuleOf("participation dans", model.Investment, roleAcquirer, roleTarget, 0.75, `\b(?:prend\S*|pris)\s+une\s+participation\s+(?:\S+\s+){0,4}?(?:dans|au capital de)\s+`).firmsOnly(),
	// Partnerships.
	dealRuleOf("partner with", model.Partnership, roleParty, roleParty, 0.8, `\b(?:partner(?:s|ed|ing)?|partnership|alliance|teams? up|teamed up|teaming up|join(?:s|ed)? forces|collaborat(?:e|es|ed|ion|ing)|cooperation agreement|co-operation agreement)\s+with\s+`).firmsOnly(),
	dealRuleOf("inks deal with", model.Partnership, roleParty, roleParty, 0.7, `\b(?:inks|inked|strikes|struck|signs|signed)\s+(?:a\s+|an\s+)?(?:\S+\s+){0,4}?(?:deal|pact|agreement)\s+with\s+`).firmsOnly(),
	dealRuleOf("form partnership", model.Partnership, roleParties, roleNone, 0.8, `\b(?:announced|announce|announces|signed|sign|signs|formed|form|forms|entered into|enter into|unveiled|struck|strike|expanded|extended|renewed)\s+(?:a|an|their|the)\s+(?:\S+\s+){0,3}?(?:partnership|alliance|cooperation agreement|collaboration agreement)\b`).firmsOnly(),
	dealRuleOf("joint venture", model.Partnership, roleParties, roleNone, 0.8, `\b(?:formed|form|forms|set up|sets up|created|create|creates|launched|launch|announced|créent|ont créé|lancent|ont lancé|annoncent|ont annoncé|forment|ont formé)\s+(?:\S+\s+){0,5}?(?:joint venture|joint-venture|coentreprise|co-entreprise|filiale commune)\b`).firmsOnly(),
	// "National Steel, a joint venture of A and B", "A and B are joint venture partners".
	dealRuleOf("joint venture of", model.Partnership, roleNone, roleParties, 0.8, `\b(?:joint venture|joint-venture|coentreprise|co-entreprise|filiale commune)\s+(?:of|between|owned by|entre|de)\s+`).firmsOnly(),
	dealRuleOf("joint venture partners", model.Partnership, roleParties, roleNone, 0.75, `\b(?:are|were|sont|étaient)\s+(?:joint venture|joint-venture)\s+partners\b`).firmsOnly(),
	dealRuleOf("accord de coopération", model.Partnership, roleParties, roleNone, 0.8, `\b(?:accord|contrat)\s+de\s+(?:coopération|partenariat|collaboration)\b`),
	dealRuleOf("partenariat avec", model.Partnership, roleParty, roleParty, 0.8, `(?:\bpartenariat|\bcoopération)\s+(?:\S+\s+){0,2}?avec\s+`).firmsOnly(),
	// "l'alliance avec le PCF", "sa collaboration avec l'artiste": alliances of parties and
	// people are common; both sides must be companies.
	dealRuleOf("alliance avec", model.Partnership, roleParty, roleParty, 0.75, `(?:\balliance|\bcollaboration)\s+(?:\S+\s+){0,2}?avec\s+`).bothFirmsOnly(),
	dealRuleOf("s'allie", model.Partnership, roleParty, roleParty, 0.8, `\bs['’](?:all(?:ie|ient|ier)|associe|associent|associer|est associée?|est alliée?)\s+(?:à|avec)\s+`).firmsOnly(),
	dealRuleOf("concluent une alliance", model.Partnership, roleParties, roleNone, 0.8, `\b(?:signent|ont signé|concluent|ont conclu|nouent|ont noué|annoncent|ont annoncé|forment|scellent|ont scellé)\s+(?:la\s+signature\s+d['’]\s*|la\s+conclusion\s+d['’]\s*)?(?:un|une|leur)\s+(?:\S+\s+){0,2}?(?:partenariat|alliance)\b`).firmsOnly(),
	dealRuleOf("s'allient", model.Partnership, roleParties, roleNone, 0.8, `\bs['’](?:allient|associent)\b`).firmsOnly(),
	// Contracts: customer first, then supplier.
	dealRuleOf("retenu les solutions de", model.Contract, roleAcquirer, roleTarget, 0.8, `\b(?:a|ont|avait)\s+retenu\s+(?:\S+\s+){0,3}?(?:les\s+solutions|la\s+solution|l['’]offre|les\s+offres|les\s+services|la\s+technologie|les\s+technologies|les\s+équipements|le\s+cloud)\s+(?:de |d'|d’)`).firmsOnly(),
	dealRuleOf("selected by", model.Contract, roleTarget, roleAcquirer, 0.75, `\b(?:selected|chosen|picked|retenue?s?|choisie?s?)\s+(?:by|par)\s+`).firmsOnly(),
	dealRuleOf("selected", model.Contract, roleAcquirer, roleTarget, 0.75, `\b{deal_verb.select}\s+`).asDirect().firmsOnly(),
	// "X confie à Y l'hébergement de…", not "X a confié à la BBC que…" (confided to).
	dealRuleOf("confie à", model.Contract, roleAcquirer, roleTarget, 0.75, `\b(?:confie|confient|a confié|ont confié)\s+(?:à |au |aux )`).asDirect().firmsOnly().thenTask(),
	dealRuleOf("confie la tâche à", model.Contract, roleAcquirer, roleTarget, 0.75, `\b(?:confie|confient|a confié|ont confié|avait confié)\s+(?:l['’]|le\s+|la\s+|les\s+|son\s+|sa\s+|ses\s+)(?:hébergement|gestion|exploitation|maintenance|infogérance|migration|développement|construction|fourniture|conception|déploiement|modernisation|sécurité|refonte|numérisation|transformation)\s+(?:\S+\s+){0,6}?(?:à|au|aux)\s+`).firmsOnly(),
	dealRuleOf("attribue à", model.Contract, roleAcquirer, roleTarget, 0.75, `\b(?:attribue|attribuent|a attribué|ont attribué)\s+(?:à |au |aux )`).asDirect().firmsOnly().thenTask(),
	dealRuleOf("attribue un marché à", model.Contract, roleAcquirer, roleTarget, 0.75, `\b(?:attribue|attribuent|a attribué|ont attribué|notifie|a notifié)\s+(?:un|le|son|ce)\s+(?:marché|contrat)\s+(?:\S+\s+){0,8}?(?:à |au )`).firmsOnly(),
	dealRuleOf("awarded contract to", model.Contract, roleAcquirer, roleTarget, 0.8, `\bawarded\s+(?:\S+\s+){0,4}?(?:contract|deal)\s+to\s+`).firmsOnly(),
	dealRuleOf("won contract from", model.Contract, roleTarget, roleAcquirer, 0.8, `\b(?:won|wins|secured|secures|landed|lands|received|receives|obtained|obtains|remporte|a remporté|décroche|a décroché|obtient|a obtenu)\s+(?:\S+\s+){0,4}?(?:contract|deal|contrat|order|commande)\s+(?:(?:de|d['’]une?|of|worth|valued|valant|for|sur|over|pluriannuel|multiyear|multi-year)\s+(?:\S+\s+){0,12}?)?(?:with|from|auprès de|auprès du|auprès des|avec)\s+`).firmsOnly(),
	// Supply agreements: "X signed an agreement to import coal from Y", « s'engage à acheter pour
	// 2 Md$ de capacité à Y », "X will spend $N on Y's cloud".
	dealRuleOf("agreement to buy goods from", model.Contract, roleAcquirer, roleTarget, 0.75, `\b(?:signed|signs|concluded|reached|entered into)\s+(?:an?\s+)?(?:\S+\s+){0,3}?(?:agreement|contract|deal)\s+to\s+(?:import|buy|purchase|source|lease)\s+(?:[a-z]\S*\s+){1,5}?from\s+`).firmsOnly(),
	dealRuleOf("s'engage à acheter à", model.Contract, roleAcquirer, roleTarget, 0.75, `\bs['’](?:engage|engagent|est engagée?)\s+à\s+(?:acheter|dépenser|louer)\s+(?:\S+\s+){0,10}?(?:à|auprès de|auprès d['’]|chez)\s+`).firmsOnly(),
	dealRuleOf("will spend on cloud", model.Contract, roleAcquirer, roleTarget, 0.75, `\b(?:will spend|to spend|spend|spends|committed to spend|commits to spend|agreed to spend|signed a \S+ deal to spend)\s+(?:\S+\s+){0,6}?(?:on|with)\s+`).firmsOnly(),
	dealRuleOf("signe un contrat avec", model.Contract, roleTarget, roleAcquirer, 0.7, `\b(?:signe|signé|signs|signed)\s+(?:un|a|an)\s+(?:\S+\s+){0,3}?(?:contrat|contract)\s+(?:(?:de|d['’]une?|of|worth|valued|valant|for|sur|over|pluriannuel|multiyear|multi-year)\s+(?:\S+\s+){0,4}?)?(?:avec|with)\s+`).firmsOnly().eitherWay(),
	// "Le contrat avec WarnerMedia court sur plusieurs années": a contract the story's company
	// holds, told by its noun at the start of a sentence.
	dealRuleOf("le contrat avec", model.Contract, roleAcquirer, roleTarget, 0.6, `^(?:le|the|ce|this|cet|son|its)\s+(?:\S+\s+){0,2}?(?:contrat|contract)\s+(?:\S+\s+){0,2}?(?:avec|with)\s+`).asNominal().atSentenceStart().firmsOnly(),
}
