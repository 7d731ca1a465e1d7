package text

import (
	"reflect"
	"testing"
)

// TestSentenceTextsNewswire covers what the one splitter reads for every part in wire copy and
// scraped news: the cases where the vendor and deal parts used to split the same text apart.
// Each case gives the whole output, title (sentence 0) included.
func TestSentenceTextsNewswire(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, title, text string
		want              []string
	}{
		{
			name:  "a first wrapped line taken for the title goes on in the text",
			title: "Corvane Tools Inc and Baltic",
			text:  "Rivet Corp, a private company, said they agreed to merge.\n    Terms were not given.",
			want:  []string{"", "Corvane Tools Inc and Baltic Rivet Corp, a private company, said they agreed to merge.", "Terms were not given."},
		},
		{
			name:  "a lead line ending in a function word goes on in the text",
			title: "Ostrel Holdings said it agreed to buy the",
			text:  "Pemberton Valve unit of Larch Group.",
			want:  []string{"", "Ostrel Holdings said it agreed to buy the Pemberton Valve unit of Larch Group."},
		},
		{
			name:  "a headline in capitals with a ticker stays the title",
			title: "MARLOW <MRLW.L> TO SELL PAPER MILLS",
			text:  "Marlow Group Plc <MRLW.L> said it would sell its two paper mills\nto <Tannick Papers Ltd> for 40 mln stg.",
			want:  []string{"MARLOW <MRLW.L> TO SELL PAPER MILLS", "Marlow Group Plc <MRLW.L> said it would sell its two paper mills to <Tannick Papers Ltd> for 40 mln stg."},
		},
		{
			name:  "a French headline stays the title",
			title: "Nuvelia rachète Sorbet Cloud",
			text:  "Le fournisseur lyonnais Nuvelia a annoncé jeudi le rachat de Sorbet Cloud.",
			want:  []string{"Nuvelia rachète Sorbet Cloud", "Le fournisseur lyonnais Nuvelia a annoncé jeudi le rachat de Sorbet Cloud."},
		},
		{
			name: "hard-wrapped paragraphs with indented starts",
			text: "Fenwick Data Corp said it has\nreached an agreement to acquire the\nstorage business of Halden Inc.\n    The price was not disclosed.",
			want: []string{"", "Fenwick Data Corp said it has reached an agreement to acquire the storage business of Halden Inc.", "The price was not disclosed."},
		},
		{
			name: "a short wrapped line before a number is no heading",
			text: "The Treasury of Ruritania said it will sell\n4.5 billion crowns of bonds next week.\nDealers expect strong demand.",
			want: []string{"", "The Treasury of Ruritania said it will sell 4.5 billion crowns of bonds next week.", "Dealers expect strong demand."},
		},
		{
			name: "the middle line of a paragraph is no heading",
			text: "Garnet Foods said it completed\nthe long awaited purchase of the Mellow Valley\nDairy Division from Orla Co for 90 mln dlrs.",
			want: []string{"", "Garnet Foods said it completed the long awaited purchase of the Mellow Valley Dairy Division from Orla Co for 90 mln dlrs."},
		},
		{
			name: "initials at the end of a line go on",
			text: "The board named Peter J.\nHollins and Anna B.\nCrane as directors of Westlake N.V.\nThe vote was unanimous.",
			want: []string{"", "The board named Peter J. Hollins and Anna B. Crane as directors of Westlake N.V.", "The vote was unanimous."},
		},
		{
			name: "a period at the end of a line ends a sentence whatever case follows",
			text: "Le groupe a confirmé l'accord avec l'administration.\nles détails seront connus demain.",
			want: []string{"", "Le groupe a confirmé l'accord avec l'administration.", "les détails seront connus demain."},
		},
		{
			name: "a dash that goes on is no bullet",
			text: "Growth should come from three sources\n- higher volumes, lower costs and new markets.",
			want: []string{"", "Growth should come from three sources - higher volumes, lower costs and new markets."},
		},
		{
			name: "bullets after a colon are items, EN and FR",
			text: "The plan has two parts:\n- Cut costs by 10%.\n- Sell the Tarrow unit.\nLe plan compte deux volets :\n• Réduire les coûts.\n• Céder la filiale.",
			want: []string{"", "The plan has two parts:", "Cut costs by 10%.", "Sell the Tarrow unit.", "Le plan compte deux volets :", "Réduire les coûts.", "Céder la filiale."},
		},
		{
			name: "sentences glued after a number, a guillemet and an acronym",
			text: "Le groupe a racheté Veltra en 2019.Marc Dulong en a pris la tête. C'est « notre premier marché ».Gageons que cela dure. Il l'a dit à RTS.Une annonce suivra.",
			want: []string{"", "Le groupe a racheté Veltra en 2019.", "Marc Dulong en a pris la tête.", "C'est « notre premier marché ».", "Gageons que cela dure.", "Il l'a dit à RTS.", "Une annonce suivra."},
		},
		{
			name: "an acronym glued to the next sentence",
			text: "The deal was cleared by the FTC.Shares rose 4%.",
			want: []string{"", "The deal was cleared by the FTC.", "Shares rose 4%."},
		},
		{
			name: "a company suffix and its period before a capital end a sentence",
			text: "Brenna took a stake in Quillon Corp. Varda Inc said it bought Pell Ltd. Norr Corp. reported results for Rusk Inc.\nand its unit.",
			want: []string{"", "Brenna took a stake in Quillon Corp.", "Varda Inc said it bought Pell Ltd.", "Norr Corp. reported results for Rusk Inc. and its unit."},
		},
		{
			name: "initials of any length, a comma at a line end, a ticker with a dot",
			text: "K.L.M.N. Co said it bought\nthe assets of Dorset Inc.\nHallam Oil Plc, a Cork,\nMunster, oil company, lent Ruda\nOy <Ruda.Ab> ten mln dlrs.",
			want: []string{"", "K.L.M.N. Co said it bought the assets of Dorset Inc.", "Hallam Oil Plc, a Cork, Munster, oil company, lent Ruda Oy <Ruda.Ab> ten mln dlrs."},
		},
		{
			name: "a long line is a heading when most of its words are capitalised",
			text: "Nimbus Cloud buys Tessera Storage from Halden Industrie\nThe deal, which closed on Monday after a review by the competition authority, gives Nimbus four data centres.\nNOTE: Figures include the pooled acquisition of First\nHarbor Bancorp from March on.",
			want: []string{"", "Nimbus Cloud buys Tessera Storage from Halden Industrie", "The deal, which closed on Monday after a review by the competition authority, gives Nimbus four data centres.", "NOTE: Figures include the pooled acquisition of First Harbor Bancorp from March on."},
		},
		{
			name: "the French Monsieur does not end a sentence",
			text: "La France est un marché clé, selon M. Le Goff. M. Durand approuve.",
			want: []string{"", "La France est un marché clé, selon M. Le Goff.", "M. Durand approuve."},
		},
		{
			name: "guillemets and no-break spaces",
			text: "«\u00a0Nous restons leader\u00a0», a dit Mme\u00a0Roux. Elle vise 30\u202f% du marché\u00a0!",
			want: []string{"", "« Nous restons leader », a dit Mme Roux.", "Elle vise 30 % du marché !"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			if got := SentenceTexts(tt.title, tt.text); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("sentences =\n%q\nwant\n%q", got, tt.want)
			}
		})
	}
}

func TestStripTickers(t *testing.T) {
	t.Parallel()
	for in, want := range map[string]string{
		"Marlow Group Plc <MRLW.L> said":        "Marlow Group Plc  said",
		"sold to <Tannick Papers Ltd> for cash": "sold to Tannick Papers Ltd for cash",
		"no tickers here":                       "no tickers here",
		"an open <bracket":                      "an open <bracket",
	} {
		if got := StripTickers(in); got != want {
			t.Errorf("StripTickers(%q) = %q, want %q", in, got, want)
		}
	}
}
