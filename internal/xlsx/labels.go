package xlsx

import "strings"

// labels holds every string the workbook shows that does not come from the corpus, in one language.
type labels struct {
	// Sheet names (at most 31 characters, none of []:*?/\).
	Summary, Vendors, Deals, Shares, Groups, Trends, Sources, Changes, ChartData string

	Period, AsOf, Corpus, DocsRead, DocsSkipped, Languages, KeyFigures, VendorsN, DealsN string
	DealsWithValue, DisclosedValue, ShareStatements, DealsByType                         string
	TopVendors, LatestShares, NoneFound, RowsShown, LinksShown, MoreRegions              string
	SourcesLeftOut                                                                       string

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
}

// labelsFor returns the labels for lang ("fr" for French, English otherwise).
func labelsFor(lang string) labels {
	if strings.HasPrefix(strings.ToLower(lang), "fr") {
		return french()
	}
	return english()
}

func english() labels {
	return labels{
		Summary: "Summary", Vendors: "Vendors", Deals: "Deals", Shares: "Market shares",
		Groups: "Group shares", Trends: "Share trends", Sources: "Sources", Changes: "Changes",
		ChartData: "Chart data",

		Period: "Period covered", AsOf: "As of", Corpus: "Corpus", DocsRead: "Documents read",
		DocsSkipped: "Files skipped", Languages: "Languages", KeyFigures: "Key figures",
		VendorsN: "Vendors", DealsN: "Deals", DealsWithValue: "Deals with a disclosed value",
		DisclosedValue: "Total disclosed value", ShareStatements: "Market-share statements",
		DealsByType: "Deals by type", TopVendors: "Top vendors by mentions (share of voice)",
		LatestShares: "Market shares", NoneFound: "None found.",
		RowsShown:      "Only the first %d of %d rows fit in a worksheet; the rest are in facts.json.",
		LinksShown:     "Links are set on the first %d rows only.",
		SourcesLeftOut: "%d of the %d documents read are cited by no deal or market share shown and are not listed here; facts.json lists every document.",
		MoreRegions:    "%d more regions are on the Share trends and Market shares sheets.",

		Vendor: "Vendor", Mentions: "Mentions", Documents: "Documents", ShareOfVoice: "Share of voice",
		AsAcquirer: "As acquirer", AsTarget: "As target", AsPartner: "As partner",
		LatestShare: "Latest share", SharePeriod: "Share period", ShareRegion: "Share region",
		FirstSeen: "First seen", LastSeen: "Last seen", Aliases: "Aliases seen", New: "New",
		Date: "Date", Type: "Type", Acquirer: "Acquirer / customer", Target: "Target / supplier",
		Seller: "Seller", OtherParties: "Other parties", Value: "Value", Currency: "Currency",
		Evidence: "Evidence", Confidence: "Confidence", Share: "Share", Qualifier: "Qualifier",
		Market: "Market", Region: "Region", SharePeriodCol: "Period", Document: "Document", Vendors2: "Vendors",
		DocID: "Document", Title: "Title", Language: "Language", Size: "Size (bytes)",
		Facts: "Facts found", Status: "Status", Count: "Count",

		PreviousRun: "Previous run", PreviousAsOf: "Previous as-of date", NewDocuments: "New documents",
		NewVendors: "New vendors", NewDeals: "New deals", ShareChanges: "Market shares that changed",
		Old: "Old share", NewShare: "New share",

		Yes: "yes", Read: "read", Skipped: "skipped", NoPeriod: "(no period)", NoRegion: "(no region)",
		DealTypes: map[string]string{
			"acquisition": "acquisition", "merger": "merger", "partnership": "partnership",
			"investment": "investment", "divestiture": "divestiture", "contract": "contract",
		},
		Qualifiers: map[string]string{"exact": "exact", "about": "about", "over": "over", "under": "under"},
		Billions:   "bn", Millions: "M",
	}
}

func french() labels {
	return labels{
		Summary: "Synthèse", Vendors: "Fournisseurs", Deals: "Transactions", Shares: "Parts de marché",
		Groups: "Parts groupées", Trends: "Tendances", Sources: "Sources", Changes: "Changements",
		ChartData: "Données graphiques",

		Period: "Période couverte", AsOf: "Arrêté au", Corpus: "Corpus", DocsRead: "Documents lus",
		DocsSkipped: "Fichiers ignorés", Languages: "Langues", KeyFigures: "Chiffres clés",
		VendorsN: "Fournisseurs", DealsN: "Transactions", DealsWithValue: "Transactions au montant connu",
		DisclosedValue: "Montant total annoncé", ShareStatements: "Mentions de parts de marché",
		DealsByType: "Transactions par type",
		TopVendors:  "Fournisseurs les plus cités (part de voix)", LatestShares: "Parts de marché",
		NoneFound:      "Aucun élément trouvé.",
		RowsShown:      "Seules les %d premières lignes sur %d tiennent dans une feuille ; le reste est dans facts.json.",
		LinksShown:     "Les liens ne sont posés que sur les %d premières lignes.",
		SourcesLeftOut: "%d des %d documents lus ne sont cités par aucune opération ni part de marché affichée et ne sont pas listés ici ; facts.json liste tous les documents.",
		MoreRegions:    "%d autres régions figurent dans les feuilles Tendances et Parts de marché.",

		Vendor: "Fournisseur", Mentions: "Mentions", Documents: "Documents", ShareOfVoice: "Part de voix",
		AsAcquirer: "Acquéreur", AsTarget: "Cible", AsPartner: "Partenaire",
		LatestShare: "Dernière part", SharePeriod: "Période de la part", ShareRegion: "Région de la part",
		FirstSeen: "Première mention", LastSeen: "Dernière mention", Aliases: "Alias vus", New: "Nouveau",
		Date: "Date", Type: "Type", Acquirer: "Acquéreur / client", Target: "Cible / fournisseur",
		Seller: "Vendeur", OtherParties: "Autres parties", Value: "Montant", Currency: "Devise",
		Evidence: "Extrait", Confidence: "Confiance", Share: "Part", Qualifier: "Précision",
		Market: "Marché", Region: "Région", SharePeriodCol: "Période", Document: "Document", Vendors2: "Fournisseurs",
		DocID: "Document", Title: "Titre", Language: "Langue", Size: "Taille (octets)",
		Facts: "Faits trouvés", Status: "Statut", Count: "Nombre",

		PreviousRun: "Exécution précédente", PreviousAsOf: "Arrêté précédent",
		NewDocuments: "Nouveaux documents", NewVendors: "Nouveaux fournisseurs",
		NewDeals: "Nouvelles transactions", ShareChanges: "Parts de marché modifiées",
		Old: "Ancienne part", NewShare: "Nouvelle part",

		Yes: "oui", Read: "lu", Skipped: "ignoré", NoPeriod: "(sans période)", NoRegion: "(sans région)",
		DealTypes: map[string]string{
			"acquisition": "acquisition", "merger": "fusion", "partnership": "partenariat",
			"investment": "investissement", "divestiture": "cession", "contract": "contrat",
		},
		Qualifiers: map[string]string{"exact": "exacte", "about": "environ", "over": "plus de", "under": "moins de"},
		Billions:   "Md", Millions: "M",
	}
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
