package extract

import (
	"context"
	"strings"
	"testing"
	"unicode/utf8"

	"marketbrief/internal/extract/text"
	"marketbrief/internal/model"
)

// fuzzSeeds are texts in the shapes the splitters and rules care about: abbreviations, glued
// sentences, bullets, tables, French typography, invalid bytes.
var fuzzSeeds = []string{
	"0\x94!00",
	"Acme Corp. said it will acquire Widget Inc. for $10 million.The deal closes in Q2.",
	"Le groupe a racheté Outscale pour 40 millions d’euros.A Paris, la start-up Nuvélia a levé 5 M€.",
	"AWS (31%), Microsoft Azure (24%) and Google Cloud (11%) lead the market in Q2 2025.",
	"- Amazon buys Nimbus\n- Oracle sells Fabrikam\n\nU.S. regulators approved it. Inc. Ltd. Corp.",
	"Title line\n\n| Vendor | 2024 | 2025 |\n| AWS | 30% | 31% |",
	"«Nous rachetons X», a dit Y.\u202f!",
}

// FuzzExtract: no text makes extraction panic, and every evidence respects its limit.
func FuzzExtract(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add("Title", s, "en")
		f.Add("", s, "fr")
	}
	x := New(nil).WithLimits(text.Limits{MaxSentence: 300, MaxEvidence: 100})
	f.Fuzz(func(t *testing.T, title, text, lang string) {
		doc := model.Document{ID: "d", Title: title, Text: text, Language: lang, Date: "2025-06-01"}
		df, err := x.ExtractSafe(context.Background(), doc)
		if err != nil {
			if pe, ok := err.(*PanicError); ok {
				t.Fatalf("%v\n%s", pe, pe.Stack)
			}
			t.Fatal(err)
		}
		for _, d := range df.Deals {
			for _, ev := range d.Evidence {
				if utf8.RuneCountInString(ev.Text) > 100 {
					t.Fatalf("evidence of %d characters", utf8.RuneCountInString(ev.Text))
				}
			}
		}
		for _, m := range df.MarketShares {
			if m.Share < 0 || m.Share > 100 {
				t.Fatalf("share %v out of range: %+v", m.Share, m)
			}
		}
	})
}

// FuzzSentences: the splitter ends, never panic, and after the cap no sentence is longer than
// the limit nor cut inside a character.
func FuzzSentences(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add("Title", s)
	}
	f.Fuzz(func(t *testing.T, title, body string) {
		const max = 200
		texts := text.SentenceTexts(title, body)
		for i, s := range texts {
			if strings.TrimSpace(s) != s || s == "" && i > 0 {
				t.Fatalf("sentence %d is %q", i, s)
			}
		}
		for _, s := range text.CapSentences(texts, max) {
			if len(s) > max && utf8.RuneCountInString(s) > 1 {
				t.Fatalf("sentence of %d bytes after the cap: %q", len(s), s)
			}
			if utf8.ValidString(body) && utf8.ValidString(title) && !utf8.ValidString(s) {
				t.Fatalf("valid text gave an invalid sentence %q", s)
			}
		}
	})
}
