package cache

import (
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
	"math"
	"reflect"
)

// The reflective codec the cache used before its hand-written one (entry.go), kept as the
// oracle of the file values, whose layout did not change. It walks the model's types:
// strings, numbers, booleans, slices, maps, pointers and structs, each field in declaration
// order; nil and empty slices and maps stay apart.

// errShort is a value cut short or longer than its type says.
var errShort = errors.New("value does not match its type")

// appendValue appends the encoding of v to b.
func appendValue(b []byte, v reflect.Value) []byte {
	switch v.Kind() {
	case reflect.String:
		b = binary.AppendUvarint(b, uint64(v.Len()))
		return append(b, v.String()...)
	case reflect.Int, reflect.Int64, reflect.Int32:
		return binary.AppendVarint(b, v.Int())
	case reflect.Float64:
		return binary.LittleEndian.AppendUint64(b, math.Float64bits(v.Float()))
	case reflect.Bool:
		if v.Bool() {
			return append(b, 1)
		}
		return append(b, 0)
	case reflect.Uint8:
		return append(b, byte(v.Uint()))
	case reflect.Array: // fixed length: no count
		for i := range v.Len() {
			b = appendValue(b, v.Index(i))
		}
		return b
	case reflect.Slice:
		if v.IsNil() {
			return append(b, 0)
		}
		b = binary.AppendUvarint(b, uint64(v.Len())+1)
		for i := range v.Len() {
			b = appendValue(b, v.Index(i))
		}
		return b
	case reflect.Map:
		if v.IsNil() {
			return append(b, 0)
		}
		b = binary.AppendUvarint(b, uint64(v.Len())+1)
		for it := v.MapRange(); it.Next(); {
			b = appendValue(appendValue(b, it.Key()), it.Value())
		}
		return b
	case reflect.Pointer:
		if v.IsNil() {
			return append(b, 0)
		}
		return appendValue(append(b, 1), v.Elem())
	case reflect.Struct:
		for i := range v.NumField() {
			b = appendValue(b, v.Field(i))
		}
		return b
	}
	panic(fmt.Sprintf("cache: cannot encode a %s", v.Type())) // a model type the codec lacks: a test catches it
}

// decoder reads values appendValue wrote.
type decoder struct {
	b   []byte
	err error
}

func (d *decoder) uvarint() uint64 {
	x, n := binary.Uvarint(d.b)
	if n <= 0 {
		d.err, d.b = errShort, nil
		return 0
	}
	d.b = d.b[n:]
	return x
}

func (d *decoder) bytes(n uint64) []byte {
	if uint64(len(d.b)) < n {
		d.err, d.b = errShort, nil
		return nil
	}
	out := d.b[:n]
	d.b = d.b[n:]
	return out
}

// value decodes into v (settable); on a malformed value it sets d.err and stops.
func (d *decoder) value(v reflect.Value) {
	if d.err != nil {
		return
	}
	switch v.Kind() {
	case reflect.String:
		v.SetString(string(d.bytes(d.uvarint())))
	case reflect.Int, reflect.Int64, reflect.Int32:
		x, n := binary.Varint(d.b)
		if n <= 0 {
			d.err = errShort
			return
		}
		d.b = d.b[n:]
		v.SetInt(x)
	case reflect.Float64:
		if b := d.bytes(8); b != nil {
			v.SetFloat(math.Float64frombits(binary.LittleEndian.Uint64(b)))
		}
	case reflect.Bool:
		if b := d.bytes(1); b != nil {
			v.SetBool(b[0] == 1)
		}
	case reflect.Uint8:
		if b := d.bytes(1); b != nil {
			v.SetUint(uint64(b[0]))
		}
	case reflect.Array:
		for i := range v.Len() {
			d.value(v.Index(i))
		}
	case reflect.Slice:
		n := d.uvarint()
		if n == 0 || d.err != nil {
			return
		}
		if n-1 > uint64(len(d.b)) { // every element takes a byte at least
			d.err = errShort
			return
		}
		s := reflect.MakeSlice(v.Type(), int(n-1), int(n-1))
		for i := range int(n - 1) {
			d.value(s.Index(i))
		}
		v.Set(s)
	case reflect.Map:
		n := d.uvarint()
		if n == 0 || d.err != nil {
			return
		}
		m := reflect.MakeMapWithSize(v.Type(), int(min(n-1, 64)))
		for range n - 1 {
			k, e := reflect.New(v.Type().Key()).Elem(), reflect.New(v.Type().Elem()).Elem()
			d.value(k)
			d.value(e)
			if d.err != nil {
				return
			}
			m.SetMapIndex(k, e)
		}
		v.Set(m)
	case reflect.Pointer:
		if b := d.bytes(1); b != nil && b[0] == 1 {
			p := reflect.New(v.Type().Elem())
			d.value(p.Elem())
			v.Set(p)
		}
	case reflect.Struct:
		for i := range v.NumField() {
			d.value(v.Field(i))
		}
	default:
		d.err = fmt.Errorf("cache: cannot decode a %s", v.Type())
	}
}

// marshal encodes v (a pointer to a value of the model).
func marshal(v any) []byte {
	return appendValue(nil, reflect.ValueOf(v).Elem())
}

// unmarshal decodes b into v (a pointer); the whole of b must be used.
func unmarshal(b []byte, v any) error {
	d := decoder{b: b}
	d.value(reflect.ValueOf(v).Elem())
	if d.err == nil && len(d.b) != 0 {
		d.err = errShort
	}
	return d.err
}

// decode checks the CRC-32 that ends raw and decodes the rest into v.
func decode[T any](raw []byte, v *T) (T, bool) {
	var zero T
	if len(raw) < 4 {
		return zero, false
	}
	body, sum := raw[:len(raw)-4], binary.LittleEndian.Uint32(raw[len(raw)-4:])
	if crc32.ChecksumIEEE(body) != sum || unmarshal(body, v) != nil {
		return zero, false
	}
	return *v, true
}

// encode encodes v (a pointer) followed by its CRC-32.
func encode(v any) ([]byte, error) {
	b := marshal(v)
	return binary.LittleEndian.AppendUint32(b, crc32.ChecksumIEEE(b)), nil
}
