// Package deal reads the deals a document states: acquisitions, mergers, sales, partnerships,
// investments and contracts, with their parties, value and date.
//
// It reads a document, its sentences with their mentions (packages text and vendor) and the
// values of package measure, and gives model.Deal values, one per deal: the rules (deal_rule.go,
// deal_apply.go, deal_stem.go) find a deal's verb or noun and its roles, their verbs, nouns and
// hedges read from package lexicon's data (slots such as {deal_verb.acquire/fr}); deal_build.go
// turns a match into a deal, and deal_merge.go and deal_merger.go merge a deal told twice, within
// a document and across documents.
//
// Reader is the entry point, reading with DefaultRules (the built-in lexicon, built on first use)
// or with NewRules (a lexicon extended by config.yaml's lexicon: files); MergeDeals merges the
// deals of many documents.
package deal
