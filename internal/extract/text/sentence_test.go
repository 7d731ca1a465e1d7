package text

import (
	"reflect"
	"testing"
)

func TestSentenceTexts(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, title, text string
		want              []string
	}{
		{
			name: "abbreviations and decimals",
			text: "Acme Corp. reported 3.5% growth in the U.S. last year. Mr. Smith, of Acme Inc., agreed. The rest followed.",
			want: []string{"Acme Corp. reported 3.5% growth in the U.S. last year.", "Mr. Smith, of Acme Inc., agreed.", "The rest followed."},
		},
		{
			name: "abbreviation then a sentence starter",
			text: "The firm moved to the U.S. The move was costly.",
			want: []string{"The firm moved to the U.S.", "The move was costly."},
		},
		{
			name: "French typography",
			text: "Selon l\u2019analyste, la part atteint 17,9\u202f% ; c\u2019est « un record ». La suite viendra\u00a0!",
			want: []string{"Selon l'analyste, la part atteint 17,9 % ; c'est « un record ».", "La suite viendra !"},
		},
		{
			name: "heading without punctuation",
			text: "Cloud rankings\nThe leader keeps its place.",
			want: []string{"Cloud rankings", "The leader keeps its place."},
		},
		{
			name: "wrapped lines are joined",
			text: "The company said that through May its\nEuropean dealers sold more cars than\nin any earlier year.",
			want: []string{"The company said that through May its European dealers sold more cars than in any earlier year."},
		},
		{
			name: "wrapped line ending before a name",
			text: "The group said in a statement that its chairman\nJohn Smith would retire next year after two\ndecades in charge of the company, and that the\nboard had chosen a successor from within.",
			want: []string{"The group said in a statement that its chairman John Smith would retire next year after two decades in charge of the company, and that the board had chosen a successor from within."},
		},
		{
			name: "table rows with bars",
			text: "Provider | Q2 2025 | Q2 2024\nAWS | 30% | 32%\nMicrosoft Azure | 20% | 23%\nGoogle Cloud | 13% | 11%",
			want: []string{"Provider | Q2 2025 | Q2 2024", "AWS | 30% | 32%", "Microsoft Azure | 20% | 23%", "Google Cloud | 13% | 11%"},
		},
		{
			name: "bullets",
			text: "Three points:\n  • first point\n  • second point\n1. a numbered item",
			want: []string{"Three points:", "first point", "second point", "a numbered item"},
		},
		{
			name: "sentences glued without a space",
			text: "Le marché a progressé jeudi.Le leader reste en tête.",
			want: []string{"Le marché a progressé jeudi.", "Le leader reste en tête."},
		},
		{
			name: "period glued before a one-letter word",
			text: "La Bourse a reculé.A Wall Street, le Nasdaq a progressé de 2%.Le dollar recule avec Pininfarina S.p.A et v2.A ici.",
			want: []string{"La Bourse a reculé.", "A Wall Street, le Nasdaq a progressé de 2%.", "Le dollar recule avec Pininfarina S.p.A et v2.A ici."},
		},
		{
			name: "sentence glued without its period",
			text: "Le marché automobileLe groupe résiste. Un dispositif très demandéSelon le ministère, tout va bien en 2025Selon 3Com et 20Minutes.",
			want: []string{"Le marché automobile", "Le groupe résiste.", "Un dispositif très demandé", "Selon le ministère, tout va bien en 2025", "Selon 3Com et 20Minutes."},
		},
		{
			name: "sentence glued to a capitalised word before an opener",
			text: "Les clients font leurs courses de PâquesParmi eux, les jeunes dominent. Il vit à LyonSelon ses amis. Sales rose at ChristmasThe chain said so. He left for BostonIn the spring.",
			want: []string{"Les clients font leurs courses de Pâques", "Parmi eux, les jeunes dominent.", "Il vit à Lyon", "Selon ses amis.", "Sales rose at Christmas", "The chain said so.", "He left for Boston", "In the spring."},
		},
		{
			name: "capitalised names glued to a capital stay whole",
			text: "Lisez LinkedIn aujourd'hui, PayPal et WhatsApp Pour tous, MasterCard et FaceTime, BlackBerry Dans le lot, SoftBank ou GameStop, ou RocketLe groupe.",
			want: []string{"Lisez LinkedIn aujourd'hui, PayPal et WhatsApp Pour tous, MasterCard et FaceTime, BlackBerry Dans le lot, SoftBank ou GameStop, ou RocketLe groupe."},
		},
		{
			name: "names with an inner capital stay whole",
			text: "Apple vend l'iPhone sur eBay, easyJet vole, OpenAI, LinkedIn, DeepMind, McDonald et YouTube aussi, @realDonaldTrump tweete.",
			want: []string{"Apple vend l'iPhone sur eBay, easyJet vole, OpenAI, LinkedIn, DeepMind, McDonald et YouTube aussi, @realDonaldTrump tweete."},
		},
		{
			name: "no-break spaces read as spaces",
			text: "Hewlett Packard\u00a0Enterprise gagne au\u202ftroisième trimestre.\u2009Le T3\u00a02025 est bon.",
			want: []string{"Hewlett Packard Enterprise gagne au troisième trimestre.", "Le T3 2025 est bon."},
		},
		{
			name: "quote closes the sentence",
			text: "\"We lead,\" he said. \"We will stay ahead.\" Analysts agree.",
			want: []string{"\"We lead,\" he said.", "\"We will stay ahead.\"", "Analysts agree."},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			got := SentenceTexts(tt.title, tt.text)
			if got[0] != tt.title {
				t.Errorf("sentence 0 = %q, want the title %q", got[0], tt.title)
			}
			if !reflect.DeepEqual(got[1:], tt.want) {
				t.Errorf("sentences =\n%q\nwant\n%q", got[1:], tt.want)
			}
		})
	}
}

func TestTokenize(t *testing.T) {
	t.Parallel()
	tests := []struct {
		in   string
		want []string
	}{
		{"Amazon.com's AWS", []string{"Amazon.com", "'", "s", "AWS"}},
		{"U.S. market: 17,9 %", []string{"U.S", ".", "market", ":", "17,9", "%"}},
		{"l'opérateur T-Systems et AT&T", []string{"l", "'", "opérateur", "T-Systems", "et", "AT&T"}},
		{"Twitter.Sur le marché", []string{"Twitter", ".", "Sur", "le", "marché"}},
	}
	for _, tt := range tests {
		var got []string
		for _, tok := range Tokenize(tt.in) {
			got = append(got, tok.Text)
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("tokenize(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
