package pdf

import (
	"fmt"
	"os"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"marketbrief/internal/model"
	"marketbrief/internal/pdf/pdftest"
)

func loadLang(t *testing.T, lang string) *brief {
	t.Helper()
	b, err := loadBrief(os.DirFS("../../templates"), lang)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestSummary(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name   string
		lang   string
		report *model.Report
		want   []string
	}{
		{"en", "en", pdftest.Realistic("en"), []string{
			"In the week of 17–23 November 2026, the biggest deals were Google’s acquisition of Wiz ($32 billion), US Department of Defense’s contract with Oracle ($9 billion)",
			"KKR’s investment in OVHcloud (€350 million, about $385 million).",
			"9 market-share figures were published: 8 on one market and 1 held jointly by several vendors.",
			"In China, Alibaba led the cloud market with more than 40% (Q3 2026), ahead of Huawei (19%).",
			"OVHcloud held just under 4.5% of the cloud market in France in 2026.",
			"The vendors most in the news were Amazon (27 mentions), Microsoft (21) and Google (16).",
			"Since the report of 16 November, the corpus brought 2 new documents, 2 new deals and 1 new vendor (OVHcloud).",
			"The period’s articles name 7 deals. Of the 5 reported as news, 3 have a disclosed value, totalling $41.4 billion at yearly average exchange rates.",
			"The articles also recall 2 earlier deals, such as Microsoft’s acquisition of Nuance Communications in 2022 and Facebook’s acquisition of WhatsApp in 2014: background",
			"Since the previous report, Amazon’s share (Global, Q3 2026) went from 31% to 30%.",
			"Together, Amazon, Microsoft and Google held 63% (Global, Q3 2026).",
			"(4 in English and 2 in French) dated 17–22 November 2026; 1 file could not be read.",
		}},
		{"fr", "fr", pdftest.Realistic("fr"), []string{
			"Dans la semaine du 17 au 23 novembre 2026, les opérations les plus importantes sont le rachat de Wiz par Google (32 milliards de dollars, soit environ 29,1 milliards d’euros)",
			"En Chine, Alibaba domine le marché du cloud avec plus de 40\u202f% (T3 2026), devant Huawei (19\u202f%).",
			"Les fournisseurs les plus cités sont Amazon (27 mentions), Microsoft (21) et Google (16).",
			"Depuis le rapport du 16 novembre, le corpus compte 2 nouveaux documents, 2 nouvelles opérations et 1 nouveau fournisseur (OVHcloud).",
			"Les articles rappellent aussi 2 opérations plus anciennes, dont le rachat de Nuance Communications par Microsoft (2022)",
			"Ensemble, Amazon, Microsoft et Google détiennent 63\u202f% (Monde, T3 2026).",
			"la part d’Amazon (Monde, T3 2026) est passée de 31\u202f% à 30\u202f%.",
			"350 millions d’euros",
		}},
		{"empty", "en", pdftest.Empty("en"), []string{"This brief covers 6 documents"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			b := loadLang(t, tt.lang)
			b.asOf = tt.report.AsOf
			ps, err := b.paragraphs("summary", newView(tt.report))
			if err != nil {
				t.Fatal(err)
			}
			// No-break spaces keep amounts on one line; compare them as plain spaces.
			text := strings.ReplaceAll(strings.Join(ps, "\n"), "\u00a0", " ")
			t.Logf("%s", text)
			for _, w := range tt.want {
				if !strings.Contains(text, w) {
					t.Errorf("summary lacks %q", w)
				}
			}
			for _, p := range ps {
				if strings.Contains(p, "  ") || strings.HasPrefix(p, ".") || strings.Contains(p, "<no value>") {
					t.Errorf("badly formed paragraph %q", p)
				}
			}
		})
	}
}

// The summary states the counts the key figures show, with the same words: the deals the tables
// list, background included, and every market-share statement, each kind named. A summary of
// "1,682 deals" under a key figure of 1,797, or "46 market-share figures" beside 71, had the
// reader guess what was left out.
func TestSummaryCountsMatchKeyFigures(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct{ lang, deals, shares string }{
		{"en", " deals", " market-share figures were published: "},
		{"fr", " opérations", " parts de marché ont été publiées : "},
	} {
		r := pdftest.Realistic(tt.lang)
		if r.Figures.BackgroundDeals == 0 || r.Figures.ShareStatements == len(r.Shares) {
			t.Fatal("the fixture needs background deals and joint shares for this test")
		}
		b := loadLang(t, tt.lang)
		b.asOf = r.AsOf
		ps, err := b.paragraphs("summary", newView(r))
		if err != nil {
			t.Fatal(err)
		}
		text := strings.ReplaceAll(strings.Join(ps, "\n"), "\u00a0", " ")
		boxes := keyFigures(r.Figures, b.loc)
		for _, want := range []string{boxes[2].value + tt.deals, boxes[4].value + tt.shares} {
			if !strings.Contains(text, want) {
				t.Errorf("%s: the summary does not state the key figure %q:\n%s", tt.lang, want, text)
			}
		}
		if boxes[2].note == "" || !strings.Contains(boxes[2].note, b.loc.Number(float64(r.Figures.BackgroundDeals), 0)) {
			t.Errorf("%s: the deals box %q does not say how many of its deals are background", tt.lang, boxes[2].note)
		}
	}
}

// French elides before a vowel: « le marché de l’automobile », never « du automobile », which the
// bench's French brief printed for markets named in English articles.
func TestFrenchMarketElides(t *testing.T) {
	b := loadLang(t, "fr")
	for _, tt := range []struct{ kind, market, want string }{
		{"the", "automobile", "le marché de l’automobile"},
		{"on", "AIDS test", "sur le marché de l’AIDS test"},
		{"of", "cloud", "du marché du cloud"},
		{"the", "marché automobile", "le marché automobile"},
	} {
		if got := b.market(tt.kind, tt.market); got != tt.want {
			t.Errorf("market(%q, %q) = %q, want %q", tt.kind, tt.market, got, tt.want)
		}
	}
	if got := loadLang(t, "en").market("the", "automobile"); got != "the automobile market" {
		t.Errorf("English: %q", got)
	}
}

// The French brief names the bench's regions in French, with their preposition: « (Danemark) »,
// « au Danemark », « En Australie », not « (Denmark) » or « en Danemark ».
func TestFrenchRegions(t *testing.T) {
	b := loadLang(t, "fr")
	for _, tt := range []struct{ got, want string }{
		{b.region("Denmark"), "Danemark"}, {b.at("Denmark"), "au Danemark"}, {b.in("Australia"), "En Australie"},
		{b.at("Netherlands"), "aux Pays-Bas"}, {b.region("West Germany"), "Allemagne de l’Ouest"},
	} {
		if tt.got != tt.want {
			t.Errorf("got %q, want %q", tt.got, tt.want)
		}
	}
}

func TestFixPunctuation(t *testing.T) {
	t.Parallel()
	tests := []struct{ name, in, want string }{
		{"space before full stop", "Google led .", "Google led."},
		{"space before comma", "Google , then Amazon", "Google, then Amazon"},
		{"dotted name kept", "followed by .NET Foundation", "followed by .NET Foundation"},
		{"nothing to do", "A, B and C.", "A, B and C."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			if got := fixPunctuation(squeeze(tt.in)); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestSince(t *testing.T) {
	t.Parallel()
	undated := pdftest.Realistic("en")
	undated.Facts.Changes.PreviousAsOf = ""
	quiet := pdftest.Realistic("fr")
	quiet.Facts.Changes = &model.Changes{PreviousAsOf: "2026-11-16"}
	tests := []struct {
		name, lang string
		report     *model.Report
		want       string
	}{
		{"en", "en", pdftest.Realistic("en"), "Since the report of 16 November 2026: 2 new documents, 1 new vendor, 2 new deals, 1 changed market share and 1 new market share."},
		{"no previous date", "en", undated, "Since the previous report: 2 new documents"},
		{"nothing changed", "fr", quiet, "Rien n’a changé depuis le rapport du 16 novembre 2026."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			ps, err := loadLang(t, tt.lang).paragraphs("since", newView(tt.report))
			if err != nil {
				t.Fatal(err)
			}
			if len(ps) == 0 || !strings.Contains(ps[0], tt.want) {
				t.Errorf("since = %q, want it to contain %q", ps, tt.want)
			}
		})
	}
}

// Totals are in the report's currency only; amounts left out are said to be.
func TestSummaryTotalOneCurrency(t *testing.T) {
	t.Parallel()
	r := pdftest.Realistic("en")
	r.Figures.Implausible, r.Figures.Unconverted = 1, 2
	b := loadLang(t, "en")
	ps, err := b.paragraphs("summary", newView(r))
	if err != nil {
		t.Fatal(err)
	}
	text := strings.ReplaceAll(strings.Join(ps, "\n"), "\u00a0", " ")
	want := "totalling $41.4 billion at yearly average exchange rates; 1 amount over a trillion dollars was left out as implausible; 2 amounts in a currency without a rate are not in the total."
	if !strings.Contains(text, want) {
		t.Errorf("summary lacks %q:\n%s", want, text)
	}
}

// Counts in the summary are formatted numbers: "Meta (2,409)", "36,159 in French".
func TestSummaryLargeCounts(t *testing.T) {
	t.Parallel()
	r := pdftest.Realistic("en")
	r.Vendors[1].Mentions = 2409
	r.Figures.Languages = []model.Count{{Label: "fr", N: 36159}, {Label: "en", N: 20735}}
	b := loadLang(t, "en")
	ps, err := b.paragraphs("summary", newView(r))
	if err != nil {
		t.Fatal(err)
	}
	text := strings.Join(ps, "\n")
	for _, want := range []string{"Microsoft (2,409)", "36,159 in French and 20,735 in English"} {
		if !strings.Contains(text, want) {
			t.Errorf("summary lacks %q:\n%s", want, text)
		}
	}
}

// The largest deals are ranked by their value in the report's currency: a yen amount does not
// beat a dollar one by its digits; implausible amounts, background deals and deals read with
// doubt (below largestMinConfidence) never lead.
func TestLargestDealsConverted(t *testing.T) {
	t.Parallel()
	r := pdftest.Realistic("en")
	usd := func(a float64) *model.Money { return &model.Money{Amount: a, Currency: "USD"} }
	r.Deals = []model.Deal{
		{Type: "acquisition", Acquirer: "NTT", Target: "Kestel", Value: &model.Money{Amount: 5e11, Currency: "JPY"}, Converted: usd(3.3e9), Confidence: 0.9},
		{Type: "acquisition", Acquirer: "IBM", Target: "Orvane", Value: usd(8e9), Converted: usd(8e9), Confidence: 0.9},
		{Type: "acquisition", Acquirer: "Cisco", Target: "Talvane", Value: usd(32e9), Converted: usd(32e9), Confidence: 0.9},
		{Type: "acquisition", Acquirer: "Typo", Target: "Corp", Value: usd(4.5e12), Converted: usd(4.5e12), Confidence: 0.9, Implausible: true},
		{Type: "acquisition", Acquirer: "Hazy", Target: "Passing", Value: usd(40e9), Converted: usd(40e9), Confidence: 0.6},
		{Type: "acquisition", Acquirer: "Near", Target: "Doubt", Value: usd(9e9), Converted: usd(9e9), Confidence: 0.7},
		{Type: "acquisition", Acquirer: "Old", Target: "News", Value: usd(60e9), Converted: usd(60e9), Confidence: 0.9, Date: "2016", Background: true},
	}
	v := newView(r)
	if len(v.Largest) != 3 || v.Largest[0].Target != "Talvane" || v.Largest[1].Target != "Doubt" || v.Largest[2].Target != "Orvane" {
		t.Errorf("Largest = %+v, want Talvane, Doubt (at the threshold), then Orvane", v.Largest)
	}
	if v.BackgroundN != 1 || v.Background[0].Target != "News" {
		t.Errorf("Background = %+v", v.Background)
	}
}

// A large corpus brings many new vendors at once: the brief names twelve and counts the rest.
func TestSinceNamesTwelveNewVendors(t *testing.T) {
	t.Parallel()
	r := pdftest.Realistic("en")
	r.Facts.Changes.NewVendors = nil
	for i := range 20 {
		r.Facts.Changes.NewVendors = append(r.Facts.Changes.NewVendors, fmt.Sprintf("Vendor%02d", i))
	}
	b := loadLang(t, "en")
	b.asOf = r.AsOf
	ps, err := b.paragraphs("since", newView(r))
	if err != nil {
		t.Fatal(err)
	}
	text := strings.Join(ps, "\n")
	if !strings.Contains(text, "Vendor10, Vendor11 and 8 others.") || strings.Contains(text, "Vendor12") {
		t.Errorf("since = %q", text)
	}
}

// Sentences vary with the facts: with a leader sentence per market and region, no two sentences
// in a row open with the same words.
func TestSummarySentencesVary(t *testing.T) {
	t.Parallel()
	for _, lang := range []string{"en", "fr"} {
		r := pdftest.Realistic(lang)
		b := loadLang(t, lang)
		v := newView(r)
		if len(v.Leaders) < 3 {
			t.Fatalf("the fixture should have three leaders, has %d", len(v.Leaders))
		}
		ps, err := b.paragraphs("summary", v)
		if err != nil {
			t.Fatal(err)
		}
		prev := ""
		for _, p := range ps {
			for _, s := range strings.SplitAfter(p, ". ") {
				// A sentence's shape: its words, names and numbers masked ("In *, * led the").
				words := strings.Fields(s)
				for i, w := range words {
					if r, _ := utf8.DecodeRuneInString(w); i > 0 && (unicode.IsUpper(r) || unicode.IsDigit(r)) {
						words[i] = "*"
					}
				}
				if len(words) < 5 {
					continue
				}
				shape := strings.Join(words[:5], " ")
				if shape == prev {
					t.Errorf("%s: two sentences in a row have the shape %q: %q", lang, shape, s)
				}
				prev = shape
			}
		}
	}
}
