package text

// Sentences cuts a document into its sentences (see SentenceTexts; the title is sentence 0),
// caps each at maxLen bytes (see CapSentences) and cuts each into its tokens, once for every
// part: the vendor part fills in their mentions, the deal and share parts read them.
// budget (nil never stops) is checked between sentences.
func Sentences(title, body string, maxLen int, budget *Budget) []Sentence {
	var sc Scratch
	return sc.Sentences(title, body, maxLen, budget)
}

// Scratch is the memory one worker reuses from document to document: the sentences and the
// token arena of the last document are overwritten by the next. What Sentences returned is
// valid until the next call on the same Scratch; a Scratch is used by one goroutine at a time.
type Scratch struct {
	sents []Sentence
	arena tokenArena
}

// Sentences is the package's Sentences, in memory reused from the last call: a bench pass
// over 57,000 documents no longer allocates a gigabyte of tokens.
func (sc *Scratch) Sentences(title, body string, maxLen int, budget *Budget) []Sentence {
	texts := CapSentences(SentenceTexts(title, body), maxLen)
	if cap(sc.sents) < len(texts) {
		sc.sents = make([]Sentence, len(texts))
	}
	out := sc.sents[:len(texts)]
	sc.arena.reset(textBytes(texts))
	for i, s := range texts {
		budget.Check()
		out[i] = Sentence{Index: i, Text: s, Toks: sc.arena.tokenize(s), TitleCase: sc.arena.scratch.TitleCase()}
	}
	return out
}

// tokenArena hands out the tokens of a document's sentences from a few large slices rather than
// one allocation per sentence (most of the extractor's garbage was tokens); a Scratch keeps the
// largest of them for the next document.
type tokenArena struct {
	buf     []Token
	rest    int // bytes of text still to tokenize
	scratch FoldScratch
}

// reset starts a document of size bytes, reusing the buffer of the last one.
func (a *tokenArena) reset(size int) {
	a.buf = a.buf[:0]
	a.rest = size
}

// tokenize returns the tokens of s, the next sentence of the document.
func (a *tokenArena) tokenize(s string) []Token {
	a.rest -= len(s)
	if need := len(s)/3 + 4; cap(a.buf)-len(a.buf) < need {
		// About 5 bytes a token: room for the rest of the document, not a copy of what is done
		// (the sentences before keep the old buffer). Twice the old one at least, so that the
		// buffer kept soon holds any document whole.
		a.buf = make([]Token, 0, max(need+max(a.rest, 0)/5, 2*cap(a.buf)))
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
