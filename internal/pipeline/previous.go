package pipeline

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"marketbrief/internal/model"
	"marketbrief/internal/output"
)

// prevRun is what the report's latest successful run gives to compare with: its id, its
// facts (the parts comparing needs) and its documents, by id (ids) or by their hashes
// (idHashes, sorted, from its compare file).
type prevRun struct {
	id       string
	facts    *model.Facts
	ids      []string
	idHashes []uint64
}

// previous reads what the report's latest successful run gives to compare with: its compare
// file, or its facts.json when it has none (or a damaged one). facts is nil when there is no
// previous run.
func previous(out, report string) prevRun {
	link := filepath.Join(out, report, output.Latest)
	id, err := os.Readlink(link)
	if err != nil {
		return prevRun{}
	}
	if f, hashes, err := readCompare(link); err == nil {
		return prevRun{id: id, facts: f, idHashes: hashes}
	}
	f, ids := previousFacts(link)
	if f == nil {
		return prevRun{}
	}
	return prevRun{id: id, facts: f, ids: ids}
}

// previousFacts reads the facts.json of run folder link, for comparing, or nil.
func previousFacts(link string) (*model.Facts, []string) {
	f, err := os.Open(filepath.Join(link, "facts.json"))
	if err != nil {
		return nil, nil
	}
	defer f.Close()
	prev, ids, err := decodePrevious(bufio.NewReaderSize(f, 1<<20))
	if err != nil {
		return nil, nil
	}
	return prev, ids
}

// previousAsOf returns the generated_at of the report's latest successful run, or "": what
// the report's window needs before the corpus is read. It reads facts.json only up to it (it
// comes first), so that the rest of the previous facts can be read while the corpus is.
func previousAsOf(out, report string) string {
	f, err := os.Open(filepath.Join(out, report, output.Latest, "facts.json"))
	if err != nil {
		return ""
	}
	defer f.Close()
	dec := json.NewDecoder(bufio.NewReader(f))
	if expect(dec, json.Delim('{')) != nil {
		return ""
	}
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			return ""
		}
		if tok == "generated_at" {
			var at string
			if dec.Decode(&at) != nil {
				return ""
			}
			return at
		}
		var skip json.RawMessage
		if dec.Decode(&skip) != nil {
			return ""
		}
	}
	return ""
}

// decodePrevious reads facts.json one element at a time, keeping only what comparing runs
// needs (aggregate.MarkChangesIDs): ids of documents (apart, in ids), names of vendors, types
// and parties of deals, market shares whole. A million documents' previous facts would
// otherwise take as much memory as the current ones.
func decodePrevious(r io.Reader) (*model.Facts, []string, error) {
	dec := json.NewDecoder(r)
	if err := expect(dec, json.Delim('{')); err != nil {
		return nil, nil, err
	}
	var f model.Facts
	var ids []string
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			return nil, nil, err
		}
		var each func() error
		switch tok {
		case "generated_at":
			err = dec.Decode(&f.GeneratedAt)
		case "documents":
			each = func() error {
				var d struct {
					ID string `json:"id"`
				}
				err := dec.Decode(&d)
				ids = append(ids, d.ID)
				return err
			}
		case "vendors":
			each = func() error {
				var v struct {
					Name string `json:"name"`
				}
				err := dec.Decode(&v)
				f.Vendors = append(f.Vendors, model.Vendor{Name: v.Name})
				return err
			}
		case "deals":
			each = func() error {
				var d struct {
					Type    string   `json:"type"`
					Parties []string `json:"parties"`
				}
				err := dec.Decode(&d)
				f.Deals = append(f.Deals, model.Deal{Type: d.Type, Parties: d.Parties})
				return err
			}
		case "market_shares":
			err = dec.Decode(&f.MarketShares)
		default:
			var skip json.RawMessage
			err = dec.Decode(&skip)
		}
		if err == nil && each != nil {
			err = eachElement(dec, each)
		}
		if err != nil {
			return nil, nil, fmt.Errorf("previous facts.json, %v: %w", tok, err)
		}
	}
	return &f, ids, nil
}

// eachElement calls each once per element of the array dec is at.
func eachElement(dec *json.Decoder, each func() error) error {
	if err := expect(dec, json.Delim('[')); err != nil {
		return err
	}
	for dec.More() {
		if err := each(); err != nil {
			return err
		}
	}
	return expect(dec, json.Delim(']'))
}

// expect reads the next token and checks that it is want.
func expect(dec *json.Decoder, want json.Delim) error {
	tok, err := dec.Token()
	if err != nil {
		return err
	}
	if tok != want {
		return fmt.Errorf("expected %v, found %v", want, tok)
	}
	return nil
}
