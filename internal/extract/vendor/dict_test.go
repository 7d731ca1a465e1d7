package vendor

import (
	"marketbrief/internal/extract/text"
	"marketbrief/internal/model"
	"testing"
)

func TestCanonical(t *testing.T) {
	t.Parallel()
	d := NewDictionary([]Entry{
		{Name: "Qonto", Aliases: []string{"Qonto Bank"}},
		{Name: "Orange", Aliases: []string{"Orange Business", "Orange Cyberdefense"}, Strict: true},
	})
	tests := []struct {
		in    string
		want  string
		known bool
	}{
		{"AWS", "Amazon", true},
		{"amazon web services", "Amazon", true},
		{"Amazon.com Inc.", "Amazon", true},
		{"Microsoft Corp", "Microsoft", true},
		{"Microsoft France", "Microsoft", true},
		{"Hewlett Packard Enterprise", "HPE", true},
		{"Telefonica", "Telefónica", true},
		{"TÉLÉFONICA S.A.", "Telefónica", true},
		{"the Alibaba Group", "Alibaba", true},
		{"Facebook", "Meta", true},
		{"Dassault Systemes", "Dassault Systèmes", true},
		{"Orange Cyberdefense", "Orange", true}, // the extra entry replaced the built-in one
		{"Qonto Bank", "Qonto", true},
		{"Acme Widgets Ltd.", "Acme Widgets", false},
		{"  The   Nimbara  Co., Ltd ", "Nimbara", false},
		{"Lynk & Co", "Lynk", false},
		{"Huawei’s", "Huawei", true},
		{"Qonto's", "Qonto", true},
		{"Nimbara's", "Nimbara", false},
		{"Corvane Kong (Holdings", "Corvane Kong", false},      // a cut left the bracket open
		{"Tessaly Oil (Canada", "Tessaly Oil (Canada)", false}, // a subsidiary keeps its place
		{"Marrow (S.A", "Marrow", false},
		{"Dunmore Oil (U.K.) Ltd", "Dunmore Oil (U.K.)", false},
		{"Halvard) Inc", "Halvard", false},
	}
	for _, tt := range tests {
		got, known := d.Canonical(tt.in)
		if got != tt.want || known != tt.known {
			t.Errorf("Canonical(%q) = %q, %v; want %q, %v", tt.in, got, known, tt.want, tt.known)
		}
	}
}

func TestBuiltinDictionarySize(t *testing.T) {
	t.Parallel()
	names := map[string]bool{}
	for _, e := range builtinEntries() {
		if names[e.Name] {
			t.Errorf("%s is listed twice", e.Name)
		}
		names[e.Name] = true
	}
	if len(names) < 60 {
		t.Errorf("built-in dictionary has %d companies, want at least 60", len(names))
	}
}

func TestMentions(t *testing.T) {
	t.Parallel()
	x := NewReader(NewDictionary(nil), text.Limits{}, nil)
	tests := []struct {
		name, lang, text string
		want             []string // canonical names in order
	}{
		{"aliases", "en", "AWS and Microsoft Azure compete with Google Cloud Platform.", []string{"Amazon", "Microsoft", "Google"}},
		{"lower-case everyday words", "en", "An orange box and free apples.", nil},
		{"strict names in capitals", "en", "Orange and Apple signed.", []string{"Orange", "Apple"}},
		{"Free only in French", "en", "It is Free to use.", nil},
		{"Free in French", "fr", "Free et Orange baissent leurs prix.", []string{"Free", "Orange"}},
		{"acronym in capitals only", "en", "Tim met the TIM board.", []string{"Telecom Italia"}},
		{"possessive and elision", "fr", "l'offre d'Orange et celle d'OVH", []string{"Orange", "OVHcloud"}},
		{"names starting in lower case", "en", "xAI and eBay, but not ebay or xai.", []string{"xAI", "eBay"}},
		{"products are not vendors", "en", "Windows Server runs on Kubernetes in Shanghai.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			sents := x.Sentences(model.Document{ID: "t", Language: tt.lang, Text: tt.text})
			var got []string
			for _, s := range sents[1:] {
				for _, m := range s.Mentions {
					got = append(got, m.Name)
				}
			}
			if len(got) != len(tt.want) {
				t.Fatalf("mentions = %q, want %q", got, tt.want)
			}
			for i := range got {
				if got[i] != tt.want[i] {
					t.Errorf("mentions = %q, want %q", got, tt.want)
				}
			}
		})
	}
}
