// Package text reads the words of English and French news for every part of extraction.
//
// It reads a document's title and text and gives:
//   - normalised text and its tokens (text.go, text_token.go): typography folded, words,
//     numbers and punctuation with their byte offsets, lower-cased and accent-folded forms;
//   - sentences (sentence_*.go), one split for every part: the title is sentence 0 (empty
//     when it was only the first wrapped line of a newswire story, joined with the text); line
//     breaks end sentences after headings, bullets and punctuation and are joined when text was
//     wrapped; periods after abbreviations ("Inc.", "U.S.") do not end sentences; sentences
//     glued without a space are cut;
//   - Sentences (document.go): a document's sentences with their tokens, computed once and
//     read by the vendor, deal and share parts; Lower, the one lower-caser that keeps offsets,
//     and StripTickers, the deal rules' view of wire copy without stock tickers;
//   - Sentence and Mention, what the vendor part fills in and the deal and share parts read;
//   - the word lists and helpers every part uses (vendor_words.go, share_compare.go, legal.go):
//     legal forms, company words, nationalities and cue nouns (read from package lexicon's
//     data), place words, first names;
//   - Limits on sentence length and the Budget that stops a document's extraction when its
//     context is done.
//
// It imports no other part of extraction but lexicon, the word lists as data.
package text
