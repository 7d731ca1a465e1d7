package cache

import (
	"bytes"
	"reflect"
	"testing"
)

// fill sets every field reachable from v to a value that is not zero, so that a field the
// codec loses (one the model gains later, of a kind the codec lacks) fails the round trip.
func fill(v reflect.Value, n *int) {
	*n++
	switch v.Kind() {
	case reflect.String:
		v.SetString("s\x00é" + string(rune('a'+*n%26)))
	case reflect.Int, reflect.Int64, reflect.Int32:
		v.SetInt(int64(-*n * 1000))
	case reflect.Float64:
		v.SetFloat(float64(*n) + 0.1)
	case reflect.Bool:
		v.SetBool(true)
	case reflect.Uint8:
		v.SetUint(uint64(*n))
	case reflect.Slice:
		s := reflect.MakeSlice(v.Type(), 2, 2)
		fill(s.Index(0), n)
		fill(s.Index(1), n)
		v.Set(s)
	case reflect.Map:
		m := reflect.MakeMap(v.Type())
		k, e := reflect.New(v.Type().Key()).Elem(), reflect.New(v.Type().Elem()).Elem()
		fill(k, n)
		fill(e, n)
		m.SetMapIndex(k, e)
		v.Set(m)
	case reflect.Pointer:
		p := reflect.New(v.Type().Elem())
		fill(p.Elem(), n)
		v.Set(p)
	case reflect.Struct:
		for i := range v.NumField() {
			fill(v.Field(i), n)
		}
	}
}

func TestCodecRoundTrip(t *testing.T) {
	t.Parallel()
	var full Entry
	n := 0
	fill(reflect.ValueOf(&full).Elem(), &n)
	withEmpty := entry("a.txt")
	withEmpty.Facts.Aliases = map[string][]string{}
	withEmpty.Facts.Deals[0].Parties = []string{} // [] and null are not the same in facts.json
	for name, e := range map[string]Entry{"every field set": full, "nil and empty lists": withEmpty, "zero": {}} {
		b := encodeEntry(&e)
		if got, ok := DecodeEntry(b); !ok || !reflect.DeepEqual(got, e) {
			t.Errorf("%s: round trip gives\n%+v\nwant\n%+v", name, got, e)
		}
		for cut := range len(b) - 4 { // a value cut anywhere is refused, never half read
			var x Entry
			if decodeEntry(b[:cut], &x) {
				t.Fatalf("%s: a value cut at %d of %d bytes decodes", name, cut, len(b)-4)
			}
		}
		var x Entry
		if decodeEntry(append(b[:len(b)-4:len(b)-4], 0), &x) {
			t.Errorf("%s: a value with a byte more decodes", name)
		}
		for i := range len(b) - 4 { // any byte altered: refused or decoded, never a panic
			for _, bit := range []byte{0x01, 0x80, 0xff} {
				alt := bytes.Clone(b[:len(b)-4])
				alt[i] ^= bit
				decodeEntry(alt, &x)
			}
		}
	}
	// A file's value: the hand-written codec writes what the reflective one wrote (caches made
	// before read the same), reads it back, and refuses it cut anywhere.
	for name, f := range map[string]File{"every field set": {}, "nil keys": {Size: 3, ModTime: -7}, "a nil key": {Keys: [][]byte{nil, {}, {1}}}} {
		if name == "every field set" {
			fill(reflect.ValueOf(&f).Elem(), &n)
		}
		b := appendFile(nil, &f)
		if old := marshal(&f); !bytes.Equal(b, old) {
			t.Errorf("%s: file encodes as %x, the reflective codec as %x", name, b, old)
		}
		var got File
		if !decodeFile(b, &got) || !reflect.DeepEqual(got, f) {
			t.Errorf("%s: file round trip gives %+v, want %+v", name, got, f)
		}
		for cut := range len(b) {
			if decodeFile(b[:cut], &got) {
				t.Errorf("%s: a file value cut at %d of %d bytes decodes", name, cut, len(b))
			}
		}
	}
}
