package extract

import (
	"strings"

	"marketbrief/internal/model"
)

// Entry is one company of the dictionary: its canonical name and the other names it goes by.
type Entry struct {
	Name    string   `yaml:"name" json:"name"`
	Aliases []string `yaml:"aliases" json:"aliases"`
}

// Dictionary maps company names and aliases to canonical names.
type Dictionary struct {
	entries []Entry
}

// NewDictionary returns the built-in dictionary extended by extra; an extra entry whose name is
// already known replaces the built-in one.
func NewDictionary(extra []Entry) *Dictionary {
	return &Dictionary{entries: extra}
}

// sentences splits a document into sentences and finds the company names in each.
// TEMPORARY: replaced by the vendor recogniser.
func (e *Extractor) sentences(doc model.Document) []Sentence {
	var out []Sentence
	for i, line := range strings.Split(doc.Title+"\n"+doc.Text, "\n") {
		out = append(out, Sentence{Index: i, Text: strings.TrimSpace(line)})
	}
	return out
}

func (e *Extractor) shares(doc model.Document, sents []Sentence) ([]model.MarketShare, []model.GroupShare) {
	return nil, nil
}

func (e *Extractor) countMentions(df *model.DocFacts, sents []Sentence) {
	for _, s := range sents {
		for _, m := range s.Mentions {
			df.Mentions[m.Name]++
		}
	}
}
