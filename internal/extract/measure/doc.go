// Package measure reads the quantities a fact is stated with: periods ("Q3 2024", "le premier
// semestre", "last year", period*.go), dates (date.go), regions ("in Europe", "en
// Amérique du Nord", region.go, its words in lexicon/data/region.txt) and deal values ("$2 billion", "1,5 milliard d'euros",
// value.go).
//
// It reads text and tokens of package text and gives values that the vendor, deal and share
// parts attach to their facts; it knows nothing of those parts.
package measure
