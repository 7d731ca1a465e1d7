package text

import (
	"strings"

	"marketbrief/internal/extract/lexicon"
)

// CoSuffixes end a company name ("Inc", "Corp", …), lower-cased: the lexicon's legal forms
// (lexicon/data/legal_form.txt); after one only more suffixes may follow.
var CoSuffixes = lexicon.Default().Set("legal_form", strings.ToLower)
