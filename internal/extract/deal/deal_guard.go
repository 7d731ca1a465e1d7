package deal

import (
	"marketbrief/internal/extract/measure"
	"marketbrief/internal/extract/text"
	"marketbrief/internal/extract/vendor"

	"regexp"
	"strings"
)

// dealAuxWords may stand between a reported clause's start and its verb without being its
// subject ("said Monday it would", "said yesterday that").
var dealAuxWords = map[string]bool{"that": true, "it": true, "would": true, "will": true, "has": true,
	"had": true, "have": true, "to": true, "also": true, "agreed": true, "plans": true, "planned": true,
	"today": true, "yesterday": true, "late": true, "earlier": true, "on": true, "in": true, "a": true,
	"statement": true, "filing": true, "que": true, "qu'": true, "qu’": true, "is": true, "was": true,
	"intends": true, "expects": true, "may": true, "could": true, "can": true, "already": true}

// reportedOwnSubject reports whether a speech verb after the speaker (from word from) opens a
// reported clause whose own subject, a noun phrase and no name, does the verb at t ("Smithson
// said Japanese banks started buying").
func reportedOwnSubject(s string, ws []vendor.Dword, from, t int) bool {
	k := -1
	for j := from; j < t; j++ {
		if vendor.CoSpeechVerbs[ws[j].Lower] {
			k = j
		}
	}
	if k < 0 {
		return false
	}
	if _, ok := vendor.FirstEntity(s, ws, k+1, t); ok {
		return false
	}
	content := 0
	for j := k + 1; j < t; j++ {
		switch ws[j].Lower {
		case "he", "she", "they", "we", "il", "elle", "ils":
			return false // "said he has extended his offer to buy": the speaker acts
		}
		if !dealAuxWords[ws[j].Lower] && !vendor.CoQtyWord(ws[j]) && !(ws[j].Capitalized() && vendor.CoNotNames[ws[j].Lower]) && ws[j].Lower != "of" && ws[j].Lower != "the" {
			content++
		}
	}
	return content >= 2
}

// dealGroupNouns name people or holders who act on their own in a reported clause ("X said
// outside investors close to it signed a letter of intent for the purchase of Y", « X a indiqué
// que des investisseurs proches… »): they, not X, buy.
var dealGroupNouns = map[string]bool{"investors": true, "investor": true, "shareholders": true,
	"holders": true, "stockholders": true, "officers": true, "executives": true, "managers": true,
	"management": true, "associates": true, "individuals": true, "directors": true, "partners": true,
	"employees": true, "family": true, "investisseurs": true, "actionnaires": true, "dirigeants": true,
	"cadres": true, "salariés": true, "associés": true, "famille": true}

// reportedGroupSubject reports whether a speech verb after the speaker (from word from) opens a
// reported clause whose subject, before the deal noun at t, is a group of people or holders
// (dealGroupNouns) rather than the speaker.
func reportedGroupSubject(ws []vendor.Dword, from, t int) bool {
	k := -1
	for j := from; j < t; j++ {
		if vendor.CoSpeechVerbs[ws[j].Lower] {
			k = j
			break
		}
	}
	if k < 0 {
		return false
	}
	for j := k + 1; j < t && j <= k+4; j++ {
		w := strings.Trim(ws[j].Lower, ",")
		if dealGroupNouns[w] || text.OneOf(w, "group", "consortium", "groupe") && text.OneOf(ws[j-1].Lower, "a", "un") {
			// "a group of investors", « un consortium »; not "the group", which is the speaker
			for _, v := range ws[j+1 : t] {
				if dealApproveVerb(v.Lower) {
					return false // "X said its shareholders approved the acquisition of Y": X buys
				}
			}
			return true
		}
		if !text.OneOf(w, "that", "que", "qu'", "qu’", "a", "an", "un", "the", "some", "several", "des", "les", "certains", "plusieurs", "its", "his", "their", "ses", "leurs", "private", "outside", "unnamed", "two", "three", "four") {
			return false
		}
	}
	return false
}

// dealApproveVerb reports whether w approves or votes on a deal rather than makes it.
func dealApproveVerb(w string) bool {
	for _, p := range []string{"approv", "vote", "voting", "ratif", "authori", "consent", "endors", "approuv", "autoris", "valid"} {
		if strings.HasPrefix(w, p) {
			return true
		}
	}
	return false
}

// dealAdverbs may stand between a deal verb and its object ("avait déjà racheté en 2017 le
// cabinet X", "acquired last year the X unit").
var dealAdverbs = map[string]bool{"déjà": true, "récemment": true, "également": true, "aussi": true,
	"finalement": true, "officiellement": true, "already": true, "recently": true, "also": true,
	"formally": true, "officially": true, "finally": true, "now": true, "hier": true, "lundi": true,
	"mardi": true, "mercredi": true, "jeudi": true, "vendredi": true}

// dealTimePhrases are the two- and three-word phrases of time that may stand between a verb and
// its object ("a cédé la semaine dernière X", "sold last week its Y unit").
var dealTimePhrases = []string{"la semaine dernière", "le mois dernier", "l' an dernier", "l' année dernière",
	"cette semaine", "ce mois-ci", "cette année", "last week", "last month", "last year", "this week",
	"this month", "this year", "earlier this year", "earlier this month", "in the end"}

// skipAdverbials returns the first word from o that is not an adverb or a date ("en 2017",
// "in March", "la semaine dernière").
func skipAdverbials(ws []vendor.Dword, o int) int {
	for n := 0; n < 3 && o < len(ws); n++ {
		if k := timePhraseAt(ws, o); k > o {
			o = k
			continue
		}
		switch {
		case dealAdverbs[ws[o].Lower]:
			o++
		case (ws[o].Lower == "en" || ws[o].Lower == "in") && o+1 < len(ws) && (yearWord.MatchString(ws[o+1].Core) && len(ws[o+1].Core) == 4 || measure.DealMonths[ws[o+1].Lower] > 0 && ws[o+1].Lower != "may"):
			o += 2
		default:
			return o
		}
	}
	return o
}

// directName reports whether a name starts at word o, after at most an article and a company
// noun ("selected Microsoft", "a sélectionné la société Talvane").
func directName(ws []vendor.Dword, o int) bool {
	switch {
	case vendor.NameStart(ws, o):
		return true
	case o+1 < len(ws) && vendor.CoSkippable[ws[o].Lower] && vendor.NameStart(ws, o+1):
		return true
	}
	return o+2 < len(ws) && vendor.CoSkippable[ws[o].Lower] && vendor.CoFirmCues[ws[o+1].Lower] && vendor.NameStart(ws, o+2)
}

// stakeQtyLeads may come before the quantity of a stake ("a 19.8 pct stake", "about 5 pct").
var stakeQtyLeads = map[string]bool{"a": true, "an": true, "about": true, "approximately": true,
	"nearly": true, "some": true, "almost": true, "roughly": true, "over": true, "more": true}

// stakeAt reports whether the words from o state a stake: a quantity, then shares, a
// percentage or a stake within a few words ("7.9 mln shares", "a 20 pct interest").
func stakeAt(ws []vendor.Dword, o int) bool {
	if o < len(ws) && stakeQtyLeads[ws[o].Lower] {
		o++
	}
	if o >= len(ws) || !vendor.CoQtyWord(ws[o]) {
		return false
	}
	for k := o; k < len(ws) && k <= o+6; k++ {
		switch strings.TrimSuffix(ws[k].Lower, "%") {
		case "pct", "percent", "pc", "shares", "stake", "interest", "stock", "units", "", "%":
			return true
		}
		if strings.HasSuffix(ws[k].Lower, "%") {
			return true
		}
	}
	return false
}

// dealTasks are the work a customer entrusts to a supplier.
var dealTasks = map[string]bool{"hébergement": true, "gestion": true, "exploitation": true,
	"maintenance": true, "infogérance": true, "migration": true, "développement": true,
	"contrat": true, "marché": true, "mission": true, "construction": true, "fourniture": true,
	"conception": true, "déploiement": true, "modernisation": true, "sécurité": true, "refonte": true}

// dealTaskAt reports whether the words from k name a task ("l'hébergement de", "la gestion").
func dealTaskAt(ws []vendor.Dword, k int) bool {
	for j := k; j < len(ws) && j <= k+2; j++ {
		if dealTasks[ws[j].Lower] {
			return true
		}
	}
	return false
}

// frenchConditional reports whether s holds a French verb in the conditional ("réfléchirait à
// acquérir", "aurait racheté"): a deal told as a rumour or a wish.
func frenchConditional(s string) bool {
	if !strings.Contains(s, "rai") {
		return false // every conditional form ends in -rait or -raient
	}
	for _, w := range dealConditional.FindAllString(s, -1) {
		if !dealNotConditional[w] {
			return true
		}
	}
	return false
}

// dealConditional matches French verb forms of the conditional, and dealNotConditional the
// nouns that look like them.
var (
	dealConditional    = regexp.MustCompile(`\b\pL{2,}(?:rait|raient)\b`)
	dealNotConditional = map[string]bool{"portrait": true, "retrait": true, "attrait": true,
		"extrait": true, "abstrait": true, "distrait": true, "soustrait": true, "portraits": true}
)

// timePhraseAt returns the word after a phrase of time (dealTimePhrases) starting at word o, or o.
func timePhraseAt(ws []vendor.Dword, o int) int {
	for _, ph := range dealTimePhrases {
		parts := strings.Fields(ph)
		if o+len(parts) > len(ws) {
			continue
		}
		ok := true
		for i, p := range parts {
			if ws[o+i].Lower != p {
				ok = false
				break
			}
		}
		if ok {
			return o + len(parts)
		}
	}
	return o
}

// appositiveObject reads an object described before its name: "une autre de ses publications,
// Le Nouveau Magazine, à", "one of its units, Kestrel Software, to": the name between the commas,
// when a few lower-case words end in a comma right before it.
func appositiveObject(s string, ws []vendor.Dword, o int) (vendor.Party, bool) {
	for k := o; k < len(ws) && k < o+7; k++ {
		if ws[k].Capitalized() && k > o {
			return vendor.Party{}, false
		}
		if ws[k].Stop {
			if !strings.HasSuffix(ws[k].Raw, ",") || k+1 >= len(ws) {
				return vendor.Party{}, false
			}
			p, ok := vendor.PhraseAt(s, ws, k+1, false)
			if !ok || p.Name == "" || p.Pronoun || p.End < 1 || !strings.HasSuffix(ws[p.End-1].Raw, ",") {
				return vendor.Party{}, false // the name must close the apposition
			}
			return p, true
		}
	}
	return vendor.Party{}, false
}

// passiveSale reports whether a sale verb's object starts with the agent of a passive ("le
// château, cédé par une fondation", "models sold by X"): the verb is a participle whose agent is
// the seller, which only the "sold by" rule reads; when that rule finds goods there, the sale
// verb must not read the agent as what is sold.
func passiveSale(r dealRule, ws []vendor.Dword, t, o int) bool {
	if r.kind != kindSale || r.nominal {
		return false
	}
	if o < len(ws) && (ws[o].Lower == "by" || ws[o].Lower == "par") {
		return true
	}
	// "the drinks are still sold in its restaurants", « sont vendus en magasin »: a passive with
	// no buyer ("is sold to X" is read by the "passive sale" rule) tells of goods on sale
	if t >= len(ws) || strings.HasSuffix(ws[t].Lower, "ing") {
		return false // "is selling its X unit": the progressive of an active sale
	}
	k := t - 1
	for k >= 0 && text.OneOf(ws[k].Lower, "still", "also", "now", "only", "widely", "already", "encore", "aussi", "déjà", "toujours") {
		k--
	}
	return k >= 0 && text.OneOf(ws[k].Lower, "is", "are", "being", "be", "est", "sont") && !(o < len(ws) && text.OneOf(ws[o].Lower, "to", "à", "au", "aux"))
}
