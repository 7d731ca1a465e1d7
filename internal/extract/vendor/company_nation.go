package vendor

import "strings"

// CoNationalities are the adjectives of nations and regions that describe a company ("Swedish
// insurance group Skandia"); a list, since names end in "-ian" too (Atlassian, Ardian, Meridian).
var CoNationalities = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`italian canadian australian brazilian norwegian belgian indian
		korean european chilean argentinian argentine colombian peruvian venezuelan russian austrian
		hungarian romanian bulgarian serbian croatian slovenian estonian latvian lithuanian
		ukrainian egyptian nigerian kenyan ethiopian iranian syrian jordanian saudi malaysian
		indonesian singaporean mongolian asian african caribbean mediterranean scandinavian
		californian texan bavarian canadien indien italien norvégien autrichien brésilien
		japanese chinese taiwanese portuguese vietnamese lebanese maltese sudanese senegalese
		british swedish danish finnish irish spanish polish turkish scottish english flemish
		luxembourgish welsh kurdish chinois chinoise américain américaine allemand allemande
		britannique français française japonais japonaise coréen coréenne suédois suédoise suisse
		espagnol espagnole néerlandais néerlandaise belge russe indienne italienne canadienne
		israélien israélienne australien australienne norvégienne danois danoise finlandais
		finlandaise irlandais irlandaise portugais portugaise brésilienne mexicain mexicaine turc
		turque polonais polonaise autrichienne luxembourgeois luxembourgeoise européen européenne
		asiatique africain africaine marocain marocaine algérien algérienne tunisien tunisienne
		saoudien saoudienne émirati qatari singapourien taïwanais taïwanaise californien
		californienne texan bavarois croate`) {
		m[w] = true
	}
	return m
}()

// CoNationalAdj reports adjectives that describe a company rather than name it when a lower-case
// word follows ("Swedish insurance group Skandia").
func CoNationalAdj(w Dword) bool {
	l := w.Lower
	if CoNationalities[l] {
		return true
	}
	switch l {
	case "american", "german", "french", "dutch", "swiss", "mexican", "korean", "african", "chinese", "u.s", "u.s.", "us", "west", "east", "south", "north":
		return true
	}
	return coHyphenDescr(l)
}

// coNationalWord reports whether ws[k] is a nationality adjective describing what follows
// ("Swedish insurance group Skandia", "l'américain Qonto") rather than the first word of a name:
// a lower-case word follows it, but not a connector before a capital, as in "La Française des
// Jeux".
func coNationalWord(ws []Dword, k int) bool {
	if !CoNationalAdj(ws[k]) || k+1 >= len(ws) || ws[k+1].Capitalized() {
		return false
	}
	named := k > 0 && !ws[k].Stop && CoConnectors[ws[k+1].Lower] && k+2 < len(ws) && ws[k+2].Capitalized()
	switch ws[max(k-1, 0)].Lower {
	case "la", "le", "l'", "l’":
	default:
		named = false
	}
	return !named
}

// coNumberWords start a sentence as numbers ("Two years ago") but may start names too.
var coNumberWords = map[string]bool{"one": true, "two": true, "three": true, "four": true,
	"five": true, "six": true, "seven": true, "eight": true, "nine": true, "ten": true}
