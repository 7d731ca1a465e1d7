// Package text reads the words of English and French news for every part of extraction.
//
// It reads a document's title and text and gives:
//   - normalised text and its tokens (text.go, text_token.go): typography folded, words,
//     numbers and punctuation with their byte offsets, lower-cased and accent-folded forms;
//   - sentences (sentence_*.go): the title is sentence 0; line breaks end sentences after
//     headings, bullets and punctuation and are joined when text was wrapped; periods after
//     abbreviations ("Inc.", "U.S.") do not end sentences. The deal rules still read their own
//     split of the same text (deal_split.go, deal_text.go), kept here beside the first until
//     the two give the same sentences;
//   - Sentence and Mention, what the vendor part fills in and the deal and share parts read;
//   - the word lists and helpers every part uses (vendor_words.go, share_compare.go, legal.go):
//     legal forms, company words, nationalities and cue nouns (read from package lexicon's
//     data), place words, first names;
//   - Limits on sentence length and the Budget that stops a document's extraction when its
//     context is done.
//
// It imports no other part of extraction but lexicon, the word lists as data.
package text
