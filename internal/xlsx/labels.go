package xlsx

import (
	"reflect"
	"strings"

	"marketbrief/internal/locale"
	"marketbrief/internal/model"
)

// labels holds every string the workbook shows that does not come from the corpus, in one language.
type labels struct {
	// Sheet names (at most 31 characters, none of []:*?/\).
	Summary, Vendors, Deals, Shares, Groups, Trends, Sources, Changes, ChartData string

	Period, AsOf, Corpus, DocsRead, DocsSkipped, Languages, KeyFigures, VendorsN, DealsN string
	DealsWithValue, DisclosedValue, ShareStatements, DealsByType                         string
	TopVendors, LatestShares, NoneFound, RowsShown, LinksShown, MoreRegions              string
	// SourcesLeftOut counts the documents read that the Sources sheet does not list.
	SourcesLeftOut string

	// Column headers.
	Vendor, Mentions, Documents, ShareOfVoice, AsAcquirer, AsTarget, AsPartner string
	LatestShare, SharePeriod, ShareRegion, FirstSeen, LastSeen, Aliases, New   string
	Date, Type, Acquirer, Target, Seller, OtherParties, Value, Currency        string
	Evidence, Confidence, Share, Qualifier, Market, Region, Document, Vendors2 string
	DocID, Title, Language, Size, Facts, Status, Count, SharePeriodCol         string

	// Changes sheet.
	PreviousRun, PreviousAsOf, NewDocuments, NewVendors, NewDeals, ShareChanges, Old, NewShare string

	Yes, Read, Skipped, NoPeriod, NoRegion string
	// DealTypes and Qualifiers translate the model's codes.
	DealTypes  map[string]string
	Qualifiers map[string]string
	// Billions and Millions are the suffixes of abbreviated amounts.
	Billions, Millions string

	// Deal dates and the period's news: Precision heads the column saying how precise a date is
	// (Precisions names each level), AsStated the date as the text gives it, ValueIn the value
	// in the report's currency ("%s": its code), Status the column that tells the period's news
	// (News) from facts recalled from the past (Background), Implausible a value left out of
	// totals. Expected is the status of a deal dated after its article, BackgroundDeals the Summary
	// line counting background deals.
	Precision, AsStated, ValueIn, ReportCurrency, Status2, News, Background, Implausible, ImplausibleCol string
	Expected, BackgroundDeals                                                                            string
	Precisions                                                                                           map[string]string
	// Window heads the report window's line on the Summary sheet; WholeCorpus is its value for a
	// report of the whole corpus.
	Window, WholeCorpus string
}

// labelsOf reads the workbook's labels from loc: field F is the key "wb.F", a map field's entry K
// the key "wb.F.K". A key loc lacks leaves the field empty (map: without the entry), which the
// code treats as "use the code itself".
func labelsOf(loc *locale.Locale) labels {
	var l labels
	v := reflect.ValueOf(&l).Elem()
	words := loc.Map()
	for i := range v.NumField() {
		name := v.Type().Field(i).Name
		switch f := v.Field(i); f.Kind() {
		case reflect.String:
			f.SetString(words["wb."+name])
		case reflect.Map:
			m := map[string]string{}
			prefix := "wb." + name + "."
			for k, w := range words {
				if code, ok := strings.CutPrefix(k, prefix); ok {
					m[code] = w
				}
			}
			f.Set(reflect.ValueOf(m))
		}
	}
	return l
}

// labelsFor returns the built-in labels of lang (English for a language without a locale file).
func labelsFor(lang string) labels {
	loc, err := locale.Load(nil, lang)
	if err != nil { // the embedded files are checked by the locale package's tests
		panic(err)
	}
	return labelsOf(loc)
}

// dealType returns the label of a deal type, or the code itself when it is unknown.
func (l labels) dealType(code string) string {
	if s, ok := l.DealTypes[code]; ok {
		return s
	}
	return code
}

// qualifier returns the label of a share qualifier, or the code itself when it is unknown.
func (l labels) qualifier(code string) string {
	if s, ok := l.Qualifiers[code]; ok {
		return s
	}
	return code
}

// yes returns the "yes" label when b is true and "" otherwise.
func (l labels) yes(b bool) string {
	if b {
		return l.Yes
	}
	return ""
}

// dealStatus names a deal as the period's news, news dated after its article, or background.
func (l labels) dealStatus(d model.Deal) string {
	if d.Expected && l.Expected != "" {
		return l.Expected
	}
	return l.status(d.Background)
}

// status names a fact as the period's news or background.
func (l labels) status(background bool) string {
	if background {
		return l.Background
	}
	return l.News
}
