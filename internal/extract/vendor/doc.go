// Package vendor finds the companies a document names and gives each sentence its mentions.
//
// It reads the sentences of package text and gives text.Sentence values with their Mentions,
// canonical names and aliases:
//   - names of the built-in dictionary (dict.go, dict_data.go, extended by config.yaml's
//     vendors:);
//   - names the document defines (vendor_*.go, with the words of lexicon/data/vendor.txt): after a legal form ("Acme
//     Inc"), a noun saying what the company is ("la start-up Qonto"), ending in a company word
//     ("Cloud Technology Partners"), and their acronyms ("CTP"); canonical names drop legal
//     forms;
//   - the company recogniser of the deal rules (company_*.go, co_words.go): Dword, Party and
//     the phrases that name a party, and CoNames, which tells when two written names are one
//     company.
//
// Reader is the entry point; the deal and share parts import this package, never the reverse.
package vendor
