package pipeline

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"errors"
	"hash/crc32"
	"hash/fnv"
	"io"
	"os"
	"path/filepath"
	"slices"

	"marketbrief/internal/model"
)

// compareFile, in a run's folder, holds what the next run compares with (aggregate's
// MarkChanges): the ids of the documents read, as 64-bit hashes, and the vendors' names, the
// deals' types and parties and the market shares. A million documents' facts.json is 350 MB
// of JSON to read back for that; this file is 8 bytes per document. A run whose previous run
// has none (an older version) or a damaged one reads the previous facts.json instead.
const compareFile = "compare.bin"

// compareMagic starts a compare file; the number is its format's version.
const compareMagic = "marketbrief compare 1\n"

// compareHead is the part of the previous facts that comparing needs, documents apart.
type compareHead struct {
	GeneratedAt  string              `json:"generated_at"`
	Vendors      []string            `json:"vendors"`
	Deals        []compareDeal       `json:"deals"`
	MarketShares []model.MarketShare `json:"market_shares"`
}

type compareDeal struct {
	Type    string   `json:"type"`
	Parties []string `json:"parties"`
}

// idHash is a document id's hash in a compare file: FNV-1a, 64 bits, the same in every
// process. Two ids of a million hash alike about once in 10^13 runs; a new document taken
// for an old one would then not be marked new, which touches the run's changes, never
// facts.json.
func idHash(id string) uint64 {
	h := fnv.New64a()
	_, _ = io.WriteString(h, id)
	return h.Sum64()
}

// writeCompare writes f's compare file to w: the magic, the head as JSON (its length first),
// the documents' id hashes sorted (their count first), and a CRC-32 of all that.
func writeCompare(w io.Writer, f model.Facts) error {
	head := compareHead{GeneratedAt: f.GeneratedAt, Vendors: make([]string, len(f.Vendors)),
		Deals: make([]compareDeal, len(f.Deals)), MarketShares: f.MarketShares}
	for i, v := range f.Vendors {
		head.Vendors[i] = v.Name
	}
	for i, d := range f.Deals {
		head.Deals[i] = compareDeal{Type: d.Type, Parties: d.Parties}
	}
	js, err := json.Marshal(head)
	if err != nil {
		return err
	}
	ids := make([]uint64, len(f.Documents))
	for i := range f.Documents {
		ids[i] = idHash(f.Documents[i].ID)
	}
	slices.Sort(ids)
	b := make([]byte, 0, len(compareMagic)+len(js)+8*len(ids)+24)
	b = append(b, compareMagic...)
	b = binary.AppendUvarint(b, uint64(len(js)))
	b = append(b, js...)
	b = binary.AppendUvarint(b, uint64(len(ids)))
	for _, h := range ids {
		b = binary.LittleEndian.AppendUint64(b, h)
	}
	b = binary.LittleEndian.AppendUint32(b, crc32.ChecksumIEEE(b))
	_, err = w.Write(b)
	return err
}

var errCompare = errors.New("compare file damaged")

// readCompare reads the compare file of run folder dir: the previous facts with the parts
// comparing needs, and the sorted hashes of its documents' ids.
func readCompare(dir string) (*model.Facts, []uint64, error) {
	b, err := os.ReadFile(filepath.Join(dir, compareFile))
	if err != nil {
		return nil, nil, err
	}
	if len(b) < len(compareMagic)+4 || !bytes.HasPrefix(b, []byte(compareMagic)) ||
		crc32.ChecksumIEEE(b[:len(b)-4]) != binary.LittleEndian.Uint32(b[len(b)-4:]) {
		return nil, nil, errCompare
	}
	b = b[len(compareMagic) : len(b)-4]
	n, k := binary.Uvarint(b)
	if k <= 0 || n > uint64(len(b)-k) {
		return nil, nil, errCompare
	}
	var head compareHead
	if err := json.Unmarshal(b[k:k+int(n)], &head); err != nil {
		return nil, nil, errCompare
	}
	b = b[k+int(n):]
	n, k = binary.Uvarint(b)
	if k <= 0 || n*8 != uint64(len(b)-k) {
		return nil, nil, errCompare
	}
	b = b[k:]
	ids := make([]uint64, n)
	for i := range ids {
		ids[i] = binary.LittleEndian.Uint64(b[8*i:])
	}
	f := &model.Facts{GeneratedAt: head.GeneratedAt, MarketShares: head.MarketShares,
		Vendors: make([]model.Vendor, len(head.Vendors)), Deals: make([]model.Deal, len(head.Deals))}
	for i, name := range head.Vendors {
		f.Vendors[i].Name = name
	}
	for i, d := range head.Deals {
		f.Deals[i] = model.Deal{Type: d.Type, Parties: d.Parties}
	}
	return f, ids, nil
}

// seenIn returns whether an id's hash is in ids (sorted).
func seenIn(ids []uint64) func(id string) bool {
	return func(id string) bool {
		_, ok := slices.BinarySearch(ids, idHash(id))
		return ok
	}
}
