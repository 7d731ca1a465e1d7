package vendor

import (
	"strings"
	"unicode"
)

// coPlaces are countries, regions and cities that general news names as if they acted ("la
// Tunisie a acheté", "vente de Kissimmee"): they are never deal parties. Compared folded.
var coPlaces = map[string]bool{
	"etats-unis": true, "tunisie": true, "floride": true, "italie": true, "thailande": true,
	"marseille": true, "paris": true, "bordeaux": true, "lyon": true, "lille": true, "nantes": true,
	"toulouse": true, "nice": true, "france": true, "allemagne": true, "espagne": true, "chine": true,
	"japon": true, "russie": true, "ukraine": true, "europe": true, "afrique": true, "asie": true,
	"maroc": true, "algerie": true, "belgique": true, "suisse": true, "canada": true, "quebec": true,
	"californie": true, "texas": true, "londres": true, "berlin": true, "pekin": true, "moscou": true,
	"washington": true, "new york": true, "wall street": true, "hollywood": true, "silicon valley": true, "kissimmee": true, "carmel": true, "amelia island": true,
	"scottsdale": true, "monaco": true, "corse": true, "bretagne": true, "normandie": true,
	"iran": true, "israel": true, "inde": true, "bresil": true, "mexique": true, "turquie": true,
	"grece": true, "royaume-uni": true, "angleterre": true, "irlande": true, "pologne": true,
	"china": true, "germany": true, "japan": true, "russia": true, "italy": true, "spain": true,
	"florida": true, "california": true, "london": true, "beijing": true, "moscow": true,
	// peoples: "le pouvoir d'achat des Français"
	"francais": true, "americains": true, "chinois": true, "allemands": true, "europeens": true,
	"britanniques": true, "italiens": true, "espagnols": true, "japonais": true, "russes": true,
}

// coPolitical are parties and movements: their alliances are no business partnerships.
var coPolitical = map[string]bool{
	"lrem": true, "lfi": true, "eelv": true, "ps": true, "pcf": true, "lr": true, "rn": true,
	"modem": true, "udi": true, "verts": true, "les verts": true, "france insoumise": true,
	"la france insoumise": true, "en marche": true, "la republique en marche": true,
	"les republicains": true, "rassemblement national": true, "front national": true, "fn": true,
	"parti socialiste": true, "parti": true, "npa": true, "gop": true, "democrats": true, "republicans": true,
}

// CoNotFirm reports whether a name is a place, a political party or a person (a common first
// name and one more word: "Lawrence Stroll", not "Peter Pan Restaurant"), never a company in a
// deal.
func CoNotFirm(name string) bool {
	folded := coAccentFold.Replace(strings.ToLower(strings.Trim(name, " .,;:'’()")))
	if coPlaces[folded] || coPolitical[folded] {
		return true
	}
	first, rest, ok := strings.Cut(folded, " ")
	if ok && coMoreFirstNames[first] && !CoFirmLike(name) && !strings.Contains(rest, " ") {
		return true
	}
	return false
}

// coMoreFirstNames are first names (folded) that start a person's name in French and English
// news, beyond coFirstNames.
var coMoreFirstNames = func() map[string]bool {
	m := map[string]bool{}
	for _, n := range strings.Fields(`john james michael david robert richard paul
		peter steve jeff bill tim satya sundar larry jean pierre michel philippe alain nicolas
		francois laurent olivier eric emmanuel donald elisabeth marie anne bruno carl elon jack george
		charles joe benoit arnaud antoine sandrine anne-laurence claude bernard lawrence mark
		tiger roger rafael novak serena conor joe hakim mischa vincent christophe stephane sebastien
		julien thierry patrick frederic gerard jacques francoise isabelle nathalie catherine sophie
		valerie martine sylvie christine brigitte agnes segolene marine jean-luc jean-pierre
		jean-claude jean-marc jean-yves xavier yannick fabien gabriel raphael henri lucas
		edouard damien gilles dominique pascal alexandre guillaume maxime romain mathieu
		kevin cedric anthony jerome herve yves rachida agnes ursula angela boris theresa joe kamala
		hillary barack vladimir xi recep jair justin matteo pedro giuseppe silvio andrew kate
		meghan harry william elizabeth lionel cristiano neymar kylian zinedine didier tony`) {
		m[n] = true
	}
	return m
}()

// coOpener reports whether ws[0] opens a sentence without naming anything: a one-word
// participle or adverb followed by a preposition ("Développée en collaboration avec",
// "Parti de zéro", "Grâce à"), which a capital letter only marks as the sentence's start.
func coOpener(ws []Dword) bool {
	if len(ws) < 2 || nameEnd(ws, 0) != 1 || ws[1].Capitalized() {
		return false
	}
	switch ws[1].Lower {
	case "en", "de", "du", "des", "à", "au", "aux", "par", "pour", "avec", "dans", "sur", "d'", "d’", "l'", "l’":
		return true
	}
	// "Surnommé la…", "Interrogé, le groupe", "Désireux de": a participle or adjective, followed
	// by a comma or a function word; not "Nestlé chose Microsoft Azure", whose verb follows.
	if !ws[0].Stop && !coOpenerNext[ws[1].Lower] && !strings.ContainsAny(ws[1].Raw[:1], "\"«“'") {
		return false
	}
	l := ws[0].Lower
	for _, suf := range []string{"ée", "ées", "és", "é", "eux", "euse"} {
		if strings.HasSuffix(l, suf) && len(l) > len(suf)+3 {
			return true
		}
	}
	return false
}

// coOpenerNext are the words that may follow a participle opening a sentence.
var coOpenerNext = map[string]bool{"la": true, "le": true, "les": true, "un": true, "une": true,
	"comme": true, "il": true, "elle": true, "ils": true, "elles": true, "ce": true, "cette": true,
	"ces": true, "son": true, "sa": true, "ses": true, "leur": true, "leurs": true, "depuis": true,
	"lors": true, "après": true, "avant": true, "puis": true, "notamment": true, "hier": true}

// CoProductName reports whether a name reads as a product model rather than a company: a word
// of letters then digits ("M440i", "Z06", "PS4") or a model word ("Série", "Coupé").
func CoProductName(name string) bool {
	for _, w := range strings.Fields(name) {
		switch strings.ToLower(w) {
		case "série", "coupé", "cabriolet", "roadster", "berline", "spider", "spyder":
			return true
		}
		letters, digits := 0, 0
		for i, r := range w {
			switch {
			case unicode.IsLetter(r) && digits == 0:
				letters++
			case unicode.IsDigit(r) && letters > 0 && i > 0:
				digits++
			}
		}
		if letters > 0 && digits > 0 && letters <= 3 {
			return true
		}
	}
	return false
}
