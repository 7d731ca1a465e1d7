package deal

import (
	"strings"

	"marketbrief/internal/extract/text"
	"marketbrief/internal/model"
)

// A deal told as made in one sentence may be ended in another: "Harlow said it was ending its
// agreement to sell the Denby stake" before or after "the sale of the stake to Marlow",
// « Altrix a mis fin au projet de rachat de Nuvia » after « le rachat de Nuvia par Altrix ».
// The sentence that tells the deal reads the ending only in its own words (dealFailed,
// dealHedges); endedInStory reads the whole story.

// dealEnding matches a deal ended, called off or abandoned: a verb of ending before a deal noun
// within a few words, or a deal noun before a passive of ending. An offer or a bid dropped is no
// deal ended: the bidder often buys by other means ("dropped its tender offer and bought 48 pct
// on the market"); an ending told as almost happening is none either ("almost fell through").
var dealAlmost = text.Lazy(`\b(?:almost|nearly|narrowly|avoided|averted)\b|(?:^|\s)(?:failli|presque|évité)\s`)

var dealEnding = text.Lazy(`\b(?:ends? (?:the|its|their|his|her)|ended|ending|terminat\w*|cancel\w*|call(?:s|ed|ing)? off|abandon\w*|scrap\w*|withdr\w*|broke off|break off|breaking off|rescind\w*|dropp\w*|drop)\s+(?:\S+\s+){0,4}?(?:agreement|agreements|accord|pact|talks|negotiations|deal|merger|sale|acquisition|purchase|letter of intent|takeover)\b|\btermination of (?:the |its |their )?(?:\S+\s+){0,2}?(?:agreement|merger|sale|acquisition|purchase|deal)\b|\b(?:agreement|talks|negotiations|deal|merger|sale|acquisition|purchase|takeover)\s+(?:\S+\s+){0,6}?(?:(?:was|were|has been|had been|have been|is being)\s+(?:terminated|called off|abandoned|cancell?ed|ended|scrapped|withdrawn|dropped|rescinded)\b|(?:fell through|collapsed)\b)|(?:^|\s)(?:mis fin|met fin|mettre fin|mettent fin|renonc\w*|abandonn\w*|rompu\w*|annul\w*)\s+(?:\S+\s+){0,4}?(?:accord|projet|fusion|cession|rachat|vente|négociations|discussions|acquisition)`)

// endedInStory lowers below the report's default threshold the deals whose story says, in any
// sentence, that they were ended: the sentence must name the deal's buyer and its target or
// seller (two parties, so that "X ended its agreement with Y and agreed to sell Z to W" leaves
// the sale to W alone), and come after the last sentence that tells the deal or open the story
// (a deal told again after it was ended was revived). Such deals stay in facts.json.
func (c *dealContext) endedInStory(ds []model.Deal) {
	var ended []string
	var at []int
	for i, s := range c.sents {
		l := text.Lower(s)
		if dealEnding.MatchString(l) && !dealAlmost.MatchString(l) {
			ended, at = append(ended, l), append(at, i)
		}
	}
	if len(ended) == 0 {
		return
	}
	for i := range ds {
		d := &ds[i]
		if d.Confidence < 0.5 {
			continue
		}
		var buyer string
		var others []string
		if d.Type == model.Partnership {
			if len(d.Parties) < 2 {
				continue
			}
			buyer, others = d.Parties[0], d.Parties[1:]
		} else {
			buyer, others = d.Acquirer, []string{d.Target, d.Seller}
		}
		last := c.lastTold(d)
		for k, l := range ended {
			if at[k] < last && at[k] > 1 || !nameIn(l, buyer) {
				continue // a deal told again after its ending was revived (the lead may tell the ending first)
			}
			named := false
			for _, o := range others {
				named = named || o != "" && nameIn(l, o)
			}
			if named {
				d.Confidence = roundConf(d.Confidence * 0.5)
				break
			}
		}
	}
}

// nameIn reports whether the lower-cased sentence l names the company name: its first word of
// three letters or more, as a whole word.
func nameIn(l, name string) bool {
	for _, w := range strings.Fields(text.Lower(name)) {
		w = strings.Trim(w, ".,'’()")
		if len(w) < 3 || w == "the" {
			continue
		}
		for at := 0; ; {
			k := strings.Index(l[at:], w)
			if k < 0 {
				return false
			}
			k += at
			before := k == 0 || !isWordByte(l[k-1])
			after := k+len(w) >= len(l) || !isWordByte(l[k+len(w)])
			if before && after {
				return true
			}
			at = k + 1
		}
	}
	return false
}

func isWordByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= '0' && b <= '9' || b >= 0x80
}

// lastTold returns the index of the last sentence of the document that tells deal d, -1 if none.
func (c *dealContext) lastTold(d *model.Deal) int {
	last := -1
	for _, e := range d.Evidence {
		if e.Document != c.doc.ID {
			continue
		}
		for i, s := range c.sents {
			if s == e.Text && i > last {
				last = i
			}
		}
	}
	return last
}
