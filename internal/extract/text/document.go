package text

// Sentences cuts a document into its sentences (see SentenceTexts; the title is sentence 0),
// caps each at maxLen bytes (see CapSentences) and cuts each into its tokens, once for every
// part: the vendor part fills in their mentions, the deal and share parts read them.
// budget (nil never stops) is checked between sentences.
func Sentences(title, body string, maxLen int, budget *Budget) []Sentence {
	texts := CapSentences(SentenceTexts(title, body), maxLen)
	out := make([]Sentence, len(texts))
	arena := tokenArena{rest: textBytes(texts)}
	for i, s := range texts {
		budget.Check()
		out[i] = Sentence{Index: i, Text: s, Toks: arena.tokenize(s), TitleCase: arena.scratch.TitleCase()}
	}
	return out
}

// tokenArena hands out the tokens of a document's sentences from a few large slices rather than
// one allocation per sentence (most of the extractor's garbage is tokens).
type tokenArena struct {
	buf     []Token
	rest    int // bytes of text still to tokenize
	scratch FoldScratch
}

// tokenize returns the tokens of s, the next sentence of the document.
func (a *tokenArena) tokenize(s string) []Token {
	a.rest -= len(s)
	if need := len(s)/3 + 4; cap(a.buf)-len(a.buf) < need {
		// About 5 bytes a token: room for the rest of the document, not a copy of what is done.
		a.buf = make([]Token, 0, need+max(a.rest, 0)/5)
	}
	from := len(a.buf)
	a.buf = AppendTokens(a.buf, s, &a.scratch)
	return a.buf[from:len(a.buf):len(a.buf)]
}

// textBytes returns the total length of texts.
func textBytes(texts []string) int {
	n := 0
	for _, s := range texts {
		n += len(s)
	}
	return n
}
