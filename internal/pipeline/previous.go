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

// previous reads the facts of the report's latest successful run, or nil.
func previous(out, report string) (string, *model.Facts) {
	link := filepath.Join(out, report, output.Latest)
	id, err := os.Readlink(link)
	if err != nil {
		return "", nil
	}
	f, err := os.Open(filepath.Join(link, "facts.json"))
	if err != nil {
		return "", nil
	}
	defer f.Close()
	prev, err := decodePrevious(bufio.NewReaderSize(f, 1<<20))
	if err != nil {
		return "", nil
	}
	return id, prev
}

// decodePrevious reads facts.json one element at a time, keeping only what comparing runs
// needs (aggregate.MarkChanges): ids of documents, names of vendors, types and parties of
// deals, market shares whole. A million documents' previous facts would otherwise take as
// much memory as the current ones.
func decodePrevious(r io.Reader) (*model.Facts, error) {
	dec := json.NewDecoder(r)
	if err := expect(dec, json.Delim('{')); err != nil {
		return nil, err
	}
	var f model.Facts
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			return nil, err
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
				f.Documents = append(f.Documents, model.Document{ID: d.ID})
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
			return nil, fmt.Errorf("previous facts.json, %v: %w", tok, err)
		}
	}
	return &f, nil
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
