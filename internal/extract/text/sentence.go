package text

// Sentence is one sentence of a document with its tokens and the company names found in it.
type Sentence struct {
	Index    int    // position in the document, 0 for the title
	Text     string // the sentence as it reads, whitespace folded
	Mentions []Mention

	Toks      []Token // Text cut into tokens (see Tokenize), once for every part
	TitleCase bool    // written in Title Case or capitals, a headline (see FoldScratch.TitleCase)
}

// Mention is a company name in a sentence.
type Mention struct {
	Start, End int    // byte offsets in Sentence.Text
	Surface    string // as written
	Name       string // canonical name
	Known      bool   // found in the dictionary (not only recognised from context)
}
