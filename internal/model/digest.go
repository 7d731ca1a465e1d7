package model

// Digest is the brief in a few lines, for a message that announces it: the period, the summary's
// first paragraph, the key figures and what changed since the last report, in the report's
// language and with the brief's own words.
type Digest struct {
	Title  string
	AsOf   string // "As of 24 November 2025"
	Period string // the dates of the documents read, or the as-of date
	// Summary is the summary's first paragraph; empty when the report found nothing.
	Summary string
	// FiguresHeading and SinceHeading are the brief's section titles.
	FiguresHeading, SinceHeading string
	// Figures are the key figures, one line each ("9 deals (4 with a value)").
	Figures []string
	// Since says what changed since the previous run; empty on a first run.
	Since []string
}
