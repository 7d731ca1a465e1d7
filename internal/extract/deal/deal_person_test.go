package deal

import (
	"regexp"
	"strings"
	"testing"

	"marketbrief/internal/model"
)

// personWrittenByOneExpression is how personWritten read a document before it looked only
// around the name: one expression per name, run over the whole document. The two must agree.
func personWrittenByOneExpression(doc model.Document, name string) bool {
	q := regexp.QuoteMeta(name)
	last := q
	if ws := strings.Fields(name); len(ws) > 1 {
		last = regexp.QuoteMeta(ws[len(ws)-1])
	}
	re, err := regexp.Compile(`\b(?:(?i:` + dealPersonTitle + `)\s+|(?i:` + dealPersonRole + `)\s+(?:[A-Z][\w.'’-]*\s+){0,2}|[A-Z][a-z]+\s+[A-Z]\.\s+)(?:` + q + `|` + last + `)\b|\b` + q + `,?\s+who\s|\b` + q + `,\s+of\s+[A-Z]|\b` + q + `\b[^.;]{0,80}?\b(?:he|she)\s+(?:sold|bought|acquired|owns|holds|had|has|raised|cut|lowered)\b|\b` + q + `,\s+(?i:an?|the|un|une|le|la|l['’])\s+(?:[\w.'’-]+\s+){0,3}?(?i:` + dealPersonRole + `)\b`)
	if err != nil {
		return false
	}
	return re.MatchString(doc.Title + "\n" + doc.Text)
}

// personCases are made-up documents and names, with whether the document writes the name as a
// person's.
var personCases = []struct {
	title, text, name string
	want              bool
}{
	{"", "Mr Quillan bought 5 pct of Dorvex Corp.", "Quillan", true},
	{"", "Mr. Orrin Quillan bought 5 pct of Dorvex.", "Orrin Quillan", true},
	{"", "MRS Quillan sold her stake.", "Quillan", true},
	{"", "Dorvex said Quillan Holdings bought the stake.", "Quillan Holdings", false},
	{"", "chairman Orrin Quillan said the offer was low.", "Orrin Quillan", true},
	{"", "the Texas oilman Orrin T. Quillan holds 9 pct.", "Orrin T. Quillan", true},
	{"", "media baron Paul Orrin Quillan bid.", "Quillan", true},
	{"", "media baron Paul Orrin Lee Quillan bid.", "Quillan", false}, // three capitalised words
	{"", "ex-chairman\tQuillan left.", "Quillan", true},
	{"", "exchairman Quillan left.", "Quillan", false},
	{"", "Walter T. Quillan, 61, bid.", "Quillan", true},
	{"", "Walter T. Quillanson bid.", "Quillan", false},
	{"", "Orrin Quillan, who owns 9 pct, bid.", "Orrin Quillan", true},
	{"", "Orrin Quillan who owns 9 pct, bid.", "Orrin Quillan", true},
	{"", "Orrin Quillan,who owns 9 pct, bid.", "Orrin Quillan", false},
	{"", "Orrin Quillan, of Tulsa, bid.", "Orrin Quillan", true},
	{"", "Orrin Quillan, of tulsa, bid.", "Orrin Quillan", false},
	{"", "Orrin Quillan said on Monday that he sold the shares.", "Orrin Quillan", true},
	{"", "Orrin Quillan said. Then he sold the shares.", "Orrin Quillan", false},
	{"", "Orrin Quillan said on Monday, in a long filing with the market regulator in Washington, that at last he sold them.", "Orrin Quillan", false},
	{"", "Orrin Quillan, a Texas oilman, bid.", "Orrin Quillan", true},
	{"", "Orrin Quillan, the well known local investor, bid.", "Orrin Quillan", true},
	{"", "Orrin Quillan, un homme d'affaires, a acheté.", "Orrin Quillan", true},
	{"", "Orrin Quillan, l'homme d'affaires, a acheté.", "Orrin Quillan", false}, // no space after l'
	{"", "Orrin Quillan, un célèbre acteur, a acheté.", "Orrin Quillan", false},  // \w knows only ASCII
	{"", "M. Quillan a racheté Dorvex.", "Quillan", true},
	{"", "le président Orrin Quillan a vendu.", "Orrin Quillan", true},
	{"", "le président-directeur Quillan a vendu.", "Quillan", true},
	{"Mr Quillan sells", "Dorvex was sold.", "Quillan", true},
	{"Orrin Quillan", "who owns it, sold.", "Orrin Quillan", true}, // the title's line break is a space
	{"", "Quillan", "Quillan", false},
	{"", "Mr Quillan", "Quillan", true},
	{"", "Mr Quillan_x", "Quillan", false},
	{"", "Mr Quillanéa", "Quillan", true},              // Go's \b knows only ASCII letters
	{"", "fondatrice Zoé, qui a vendu.", "Zoé", false}, // no \b after é
	{"", "Zoé, who owns it.", "Zoé", true},
	{"", "Zoé he sold it.", "Zoé", false},
	{"", "fondatrice Zoé Quillan, qui a vendu.", "Zoé Quillan", true},
	{"", "AZoé, who owns it.", "Zoé", false},
	{"", "éZoé, who owns it.", "Zoé", true},
	{"", "Quillan & Co., who owns it.", "Quillan & Co.", true},
	{"", "Quillan & Co.x who owns it.", "Quillan & Co.", false},
	{"", "Mr (Quillan) sold.", "(Quillan)", false},
	{"", "x(Quillan), who sold.", "(Quillan)", true},
	{"", "Quillan Quillan, who sold.", "Quillan Quillan", true},
	{"", "the \u212aing Quillan sold.", "Quillan", false},
	{"", "investor Orrin Quillan Quillan sold.", "Quillan Quillan", true},
	{"", "the chairman said Quillan sold.", "Quillan", false},
	{"", "the chairman said Orrin Quillan sold.", "Quillan", false},
	{"", "the ex-Chairman\nQuillan sold.", "Quillan", true},
	{"", "(Mr.  Quillan) sold.", "Quillan", true},
	{"", "the fund manager O'Neil-Orrin Quillan sold.", "Quillan", true},
	{"", "the fund manager O’Neil Quillan sold.", "Quillan", true},
	{"", "the fund manager o'Neil Quillan sold.", "Quillan", false},
	{"", "the DIRECTOR Quillan sold.", "Quillan", true},
	{"", "le PDG Orrin Quillan a vendu.", "Orrin Quillan", true},
	{"", "the Ministre Orrin Quillan sold.", "Orrin Quillan", true},
	{"", "the analysts Quillan sold.", "Quillan", false},
	{"", "Maître Quillan a vendu.", "Quillan", false},
	{"", "Quillan" + strings.Repeat("\U0001D400", 80) + "she sold it.", "Quillan", true},
	{"", "Quillan" + strings.Repeat("\U0001D400", 81) + "she sold it.", "Quillan", false},
	{"", "Quillan" + strings.Repeat("\U0001D400", 79) + " she sold it.", "Quillan", true},
	{"", "Quillan" + strings.Repeat("\U0001D400", 80) + "he\tsold it.", "Quillan", true},
	{"", "Quillan sold; she sold it.", "Quillan", false},
	{"", "Quillan sold it, and then he had none.", "Quillan", true},
	{"", "Quillan,\nwho sold it.", "Quillan", true},
	{"", "Quillan \t who sold it.", "Quillan", true},
	{"", "Quillan whom sold it.", "Quillan", false},
}

func TestPersonWritten(t *testing.T) {
	for _, tc := range personCases {
		doc := model.Document{Title: tc.title, Text: tc.text}
		c := &dealContext{doc: doc}
		got := c.personWritten(tc.name)
		if old := personWrittenByOneExpression(doc, tc.name); got != old {
			t.Errorf("%q in %q: %v, by one expression %v", tc.name, tc.text, got, old)
		}
		if got != tc.want {
			t.Errorf("%q in %q: %v, want %v", tc.name, tc.text, got, tc.want)
		}
	}
}

// FuzzPersonWritten: looking around the name finds what one expression over the document finds.
func FuzzPersonWritten(f *testing.F) {
	for _, tc := range personCases {
		f.Add(tc.title+"\n"+tc.text, tc.name)
	}
	f.Fuzz(func(t *testing.T, s, name string) {
		if name == "" {
			return
		}
		doc := model.Document{Text: s}
		c := &dealContext{doc: doc}
		if got, old := c.personWritten(name), personWrittenByOneExpression(doc, name); got != old {
			t.Errorf("%q in %q: %v, by one expression %v", name, s, got, old)
		}
	})
}

// TestPersonEndsFit: mayEndPersonBefore compares the last personEndMax bytes of a word with
// every title and role ending; a longer ending would never be found.
func TestPersonEndsFit(t *testing.T) {
	for _, e := range dealPersonEnds() {
		if len(e) > personEndMax || e != strings.ToLower(e) {
			t.Errorf("%q: longer than %d bytes or not lower-cased", e, personEndMax)
		}
	}
}
