package cache

import (
	"encoding/binary"
	"fmt"
	"math"
	"reflect"
)

// The reflective codec the cache used before its hand-written one (entry.go), kept as the
// oracle of the file values, whose layout did not change. It walks the model's types:
// strings, numbers, booleans, slices, maps, pointers and structs, each field in declaration
// order; nil and empty slices and maps stay apart.

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

// marshal encodes v (a pointer to a value of the model).
func marshal(v any) []byte {
	return appendValue(nil, reflect.ValueOf(v).Elem())
}
