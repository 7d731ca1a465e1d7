package cache

import (
	"encoding/binary"
	"math"

	"marketbrief/internal/model"
)

// A document's entry is encoded by hand, field by field, rather than by walking its types with
// reflection: a re-run over a million unchanged documents decodes a million entries, and the
// reflective decoder spent about 3 µs and a dozen allocations on each. All the strings of one
// entry are cut from one copy of its bytes (one allocation where there were one per string).
//
// entryFormat starts every entry; a change of layout changes it, and a value of another format
// is a miss (the extractor version, a digest of the binary, changes too, so an old cache is
// rebuilt anyway). TestCodecRoundTrip fills every field of the model's types: a field the model
// gains and this codec does not write fails it.
const entryFormat = 2

// Entry flags.
const (
	flagSkipped  = 1 << iota // a Skipped entry follows the facts
	flagDocIsID              // Facts.Document is Doc.ID (almost always): not written twice
	flagNew                  // Doc.New
	flagLead                 // Doc.Lead
	flagMentions             // Facts.Mentions is not nil
	flagAliases              // Facts.Aliases is not nil
)

// appendEntry appends e's encoding to b.
func appendEntry(b []byte, e *Entry) []byte {
	d, f := &e.Doc, &e.Facts
	var flags byte
	if e.Skipped != nil {
		flags |= flagSkipped
	}
	if f.Document == d.ID {
		flags |= flagDocIsID
	}
	if d.New {
		flags |= flagNew
	}
	if d.Lead {
		flags |= flagLead
	}
	if f.Mentions != nil {
		flags |= flagMentions
	}
	if f.Aliases != nil {
		flags |= flagAliases
	}
	b = append(b, entryFormat, flags)
	b = appendStr(b, d.ID)
	b = appendStr(b, d.Title)
	b = appendStr(b, d.Language)
	b = appendStr(b, d.Date)
	b = binary.AppendVarint(b, d.Bytes)
	b = append(b, d.SHA256[:]...)
	b = appendStr(b, d.Warning)
	b = appendStr(b, d.Path)
	b = appendStr(b, d.Text)
	if flags&flagDocIsID == 0 {
		b = appendStr(b, f.Document)
	}
	if f.Mentions != nil {
		b = binary.AppendUvarint(b, uint64(len(f.Mentions)))
		for k, v := range f.Mentions {
			b = binary.AppendVarint(appendStr(b, k), int64(v))
		}
	}
	if f.Aliases != nil {
		b = binary.AppendUvarint(b, uint64(len(f.Aliases)))
		for k, v := range f.Aliases {
			b = appendStrs(appendStr(b, k), v)
		}
	}
	b = appendLen(b, f.Deals == nil, len(f.Deals))
	for i := range f.Deals {
		b = appendDeal(b, &f.Deals[i])
	}
	b = appendLen(b, f.MarketShares == nil, len(f.MarketShares))
	for i := range f.MarketShares {
		b = appendShare(b, &f.MarketShares[i])
	}
	b = appendLen(b, f.GroupShares == nil, len(f.GroupShares))
	for i := range f.GroupShares {
		b = appendGroup(b, &f.GroupShares[i])
	}
	if s := e.Skipped; s != nil {
		b = appendStr(appendStr(appendStr(b, s.ID), s.Path), s.Reason)
	}
	return b
}

func appendDeal(b []byte, d *model.Deal) []byte {
	b = appendStr(b, d.Type)
	b = appendStr(b, d.Acquirer)
	b = appendStr(b, d.Target)
	b = appendStr(b, d.Seller)
	b = appendStrs(b, d.Parties)
	b = appendMoney(b, d.Value)
	b = appendStr(b, d.Date)
	b = appendStrs(b, d.Documents)
	b = appendLen(b, d.Evidence == nil, len(d.Evidence))
	for _, ev := range d.Evidence {
		b = appendStr(appendStr(b, ev.Document), ev.Text)
	}
	b = appendFloat(b, d.Confidence)
	b = appendBools(b, d.New, d.Background, d.Implausible, d.Expected)
	return appendMoney(b, d.Converted)
}

func appendShare(b []byte, s *model.MarketShare) []byte {
	b = appendStr(b, s.Vendor)
	b = appendFloat(b, s.Share)
	for _, x := range [...]string{s.Qualifier, s.Market, s.Region, s.Period, s.Document, s.Evidence} {
		b = appendStr(b, x)
	}
	b = appendFloat(b, s.Confidence)
	return appendBools(b, s.New, s.Background)
}

func appendGroup(b []byte, g *model.GroupShare) []byte {
	b = appendStrs(b, g.Vendors)
	b = appendFloat(b, g.Share)
	for _, x := range [...]string{g.Qualifier, g.Market, g.Region, g.Period, g.Document, g.Evidence} {
		b = appendStr(b, x)
	}
	return appendFloat(b, g.Confidence)
}

func appendStr(b []byte, s string) []byte {
	return append(binary.AppendUvarint(b, uint64(len(s))), s...)
}

// appendLen writes a list's length, nil and empty apart (facts.json writes null and []).
func appendLen(b []byte, isNil bool, n int) []byte {
	if isNil {
		return append(b, 0)
	}
	return binary.AppendUvarint(b, uint64(n)+1)
}

func appendStrs(b []byte, ss []string) []byte {
	b = appendLen(b, ss == nil, len(ss))
	for _, s := range ss {
		b = appendStr(b, s)
	}
	return b
}

func appendFloat(b []byte, f float64) []byte {
	return binary.LittleEndian.AppendUint64(b, math.Float64bits(f))
}

func appendMoney(b []byte, m *model.Money) []byte {
	if m == nil {
		return append(b, 0)
	}
	return appendStr(appendFloat(append(b, 1), m.Amount), m.Currency)
}

// appendBools writes up to 8 booleans as the bits of one byte.
func appendBools(b []byte, bs ...bool) []byte {
	var v byte
	for i, on := range bs {
		if on {
			v |= 1 << i
		}
	}
	return append(b, v)
}

// entryDecoder reads an entry appendEntry wrote. Its strings are cut from s, one copy of the
// whole entry: b and s hold the same bytes, and off is where b is in s.
type entryDecoder struct {
	s   string
	off int
	bad bool
}

func (d *entryDecoder) left() int { return len(d.s) - d.off }

func (d *entryDecoder) byte() byte {
	if d.off >= len(d.s) {
		d.bad = true
		return 0
	}
	c := d.s[d.off]
	d.off++
	return c
}

func (d *entryDecoder) uvarint() uint64 {
	var x uint64
	for shift := 0; shift < 64; shift += 7 {
		c := d.byte()
		if d.bad {
			return 0
		}
		x |= uint64(c&0x7f) << shift
		if c < 0x80 {
			return x
		}
	}
	d.bad = true
	return 0
}

func (d *entryDecoder) varint() int64 {
	u := d.uvarint()
	x := int64(u >> 1)
	if u&1 != 0 {
		x = ^x
	}
	return x
}

func (d *entryDecoder) str() string {
	n := d.uvarint()
	if d.bad || n > uint64(d.left()) {
		d.bad = true
		return ""
	}
	s := d.s[d.off : d.off+int(n)]
	d.off += int(n)
	if n == 0 {
		return "" // no reference to the entry's bytes
	}
	return s
}

// length reads a list's length: -1 for nil. A length longer than the bytes left (every
// element takes one byte at least) is refused before anything is allocated for it.
func (d *entryDecoder) length() int {
	n := d.uvarint()
	if n == 0 || d.bad {
		return -1
	}
	if n-1 > uint64(d.left()) {
		d.bad = true
		return -1
	}
	return int(n - 1)
}

func (d *entryDecoder) strs() []string {
	n := d.length()
	if n < 0 {
		return nil
	}
	ss := make([]string, n)
	for i := range ss {
		ss[i] = d.str()
	}
	return ss
}

func (d *entryDecoder) float() float64 {
	if d.left() < 8 {
		d.bad = true
		return 0
	}
	var u uint64
	for i := range 8 {
		u |= uint64(d.s[d.off+i]) << (8 * i)
	}
	d.off += 8
	return math.Float64frombits(u)
}

func (d *entryDecoder) money() *model.Money {
	switch d.byte() {
	case 0:
		return nil
	case 1:
		m := &model.Money{Amount: d.float()}
		m.Currency = d.str()
		return m
	}
	d.bad = true
	return nil
}

// bools reads the byte of n booleans appendBools wrote: boolean i is bit i.
func (d *entryDecoder) bools(n int) byte {
	v := d.byte()
	if v>>n != 0 {
		d.bad = true
	}
	return v
}

func (d *entryDecoder) deal(x *model.Deal) {
	x.Type, x.Acquirer, x.Target, x.Seller = d.str(), d.str(), d.str(), d.str()
	x.Parties = d.strs()
	x.Value = d.money()
	x.Date = d.str()
	x.Documents = d.strs()
	if n := d.length(); n >= 0 {
		x.Evidence = make([]model.Evidence, n)
		for i := range x.Evidence {
			x.Evidence[i] = model.Evidence{Document: d.str(), Text: d.str()}
		}
	}
	x.Confidence = d.float()
	bs := d.bools(4)
	x.New, x.Background, x.Implausible, x.Expected = bs&1 != 0, bs&2 != 0, bs&4 != 0, bs&8 != 0
	x.Converted = d.money()
}

func (d *entryDecoder) share(s *model.MarketShare) {
	s.Vendor = d.str()
	s.Share = d.float()
	s.Qualifier, s.Market, s.Region, s.Period, s.Document, s.Evidence = d.str(), d.str(), d.str(), d.str(), d.str(), d.str()
	s.Confidence = d.float()
	bs := d.bools(2)
	s.New, s.Background = bs&1 != 0, bs&2 != 0
}

func (d *entryDecoder) group(g *model.GroupShare) {
	g.Vendors = d.strs()
	g.Share = d.float()
	g.Qualifier, g.Market, g.Region, g.Period, g.Document, g.Evidence = d.str(), d.str(), d.str(), d.str(), d.str(), d.str()
	g.Confidence = d.float()
}

// decodeEntry decodes body (an entry without its CRC) into e; false when it is not an entry
// of this format, or is cut short or longer than its fields.
func decodeEntry(body []byte, e *Entry) bool {
	return decodeEntryString(string(body), e)
}

// decodeEntryString decodes an entry held in a string: the strings of e are cut from it.
func decodeEntryString(body string, e *Entry) bool {
	if len(body) < 2 || body[0] != entryFormat {
		return false
	}
	d := entryDecoder{s: body, off: 2}
	flags := body[1]
	if flags >= 1<<6 {
		return false
	}
	*e = Entry{}
	doc, f := &e.Doc, &e.Facts
	doc.ID, doc.Title, doc.Language, doc.Date = d.str(), d.str(), d.str(), d.str()
	doc.Bytes = d.varint()
	if d.left() < len(doc.SHA256) {
		return false
	}
	copy(doc.SHA256[:], d.s[d.off:])
	d.off += len(doc.SHA256)
	doc.Warning, doc.Path, doc.Text = d.str(), d.str(), d.str()
	doc.New, doc.Lead = flags&flagNew != 0, flags&flagLead != 0
	if flags&flagDocIsID != 0 {
		f.Document = doc.ID
	} else {
		f.Document = d.str()
	}
	if flags&flagMentions != 0 {
		n := d.uvarint()
		if n > uint64(d.left()) {
			return false
		}
		f.Mentions = make(map[string]int, n)
		for range n {
			k := d.str()
			f.Mentions[k] = int(d.varint())
		}
	}
	if flags&flagAliases != 0 {
		n := d.uvarint()
		if n > uint64(d.left()) {
			return false
		}
		f.Aliases = make(map[string][]string, n)
		for range n {
			k := d.str()
			f.Aliases[k] = d.strs()
		}
	}
	if n := d.length(); n >= 0 {
		f.Deals = make([]model.Deal, n)
		for i := range f.Deals {
			d.deal(&f.Deals[i])
		}
	}
	if n := d.length(); n >= 0 {
		f.MarketShares = make([]model.MarketShare, n)
		for i := range f.MarketShares {
			d.share(&f.MarketShares[i])
		}
	}
	if n := d.length(); n >= 0 {
		f.GroupShares = make([]model.GroupShare, n)
		for i := range f.GroupShares {
			d.group(&f.GroupShares[i])
		}
	}
	if flags&flagSkipped != 0 {
		e.Skipped = &model.Skipped{ID: d.str(), Path: d.str(), Reason: d.str()}
	}
	return !d.bad && d.off == len(d.s)
}

// A file's value (File) is written by hand in the layout the reflective codec gives it (Size
// and ModTime as varints, Keys as a count plus one and each key as its length plus one and its
// bytes), so that caches written before read the same: the reflective decoder spent a second
// of a million documents' re-run on the keys, one reflect call per byte.

// appendFile appends f's encoding to b.
func appendFile(b []byte, f *File) []byte {
	b = binary.AppendVarint(b, f.Size)
	b = binary.AppendVarint(b, f.ModTime)
	b = appendLen(b, f.Keys == nil, len(f.Keys))
	for _, k := range f.Keys {
		b = appendLen(b, k == nil, len(k))
		b = append(b, k...)
	}
	return b
}

// decodeFile decodes body (a file's value without its CRC) into f; its keys are cut from
// body.
func decodeFile(body []byte, f *File) bool {
	var bad bool
	uvarint := func() uint64 {
		x, n := binary.Uvarint(body)
		if n <= 0 {
			bad, body = true, nil
			return 0
		}
		body = body[n:]
		return x
	}
	varint := func() int64 { // binary.Varint's zig-zag over uvarint
		u := uvarint()
		return int64(u>>1) ^ -int64(u&1)
	}
	*f = File{Size: varint(), ModTime: varint()}
	n := uvarint()
	if bad || n == 0 {
		return !bad && len(body) == 0
	}
	if n-1 > uint64(len(body)) {
		return false
	}
	f.Keys = make([][]byte, n-1)
	for i := range f.Keys {
		m := uvarint()
		if bad {
			return false
		}
		if m == 0 {
			continue // nil
		}
		if m-1 > uint64(len(body)) {
			return false
		}
		f.Keys[i] = body[: m-1 : m-1]
		body = body[m-1:]
	}
	return len(body) == 0
}
