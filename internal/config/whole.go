package config

import (
	"bytes"
	"fmt"
	"reflect"
	"strings"
	"time"

	"gopkg.in/yaml.v3"
)

// wholeNumbers returns an error for every count in data written with a fraction ("keep: 2.5",
// "attempts: 1e3"): yaml.v3 would truncate it into the int field without a word. It walks the
// YAML next to the Go type v decodes into, matching keys by their yaml tags.
func wholeNumbers(data []byte, v any) []error {
	var doc yaml.Node
	if err := yaml.NewDecoder(bytes.NewReader(data)).Decode(&doc); err != nil || len(doc.Content) == 0 {
		return nil // decode reports syntax errors
	}
	return walkWhole(doc.Content[0], reflect.TypeOf(v).Elem(), "")
}

var durationType = reflect.TypeOf(time.Duration(0))

func walkWhole(n *yaml.Node, t reflect.Type, path string) []error {
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	var errs []error
	switch {
	case n.Kind == yaml.MappingNode && t.Kind() == reflect.Struct:
		for i := 0; i+1 < len(n.Content); i += 2 {
			key := n.Content[i].Value
			if f, ok := fieldByTag(t, key); ok {
				errs = append(errs, walkWhole(n.Content[i+1], f.Type, join(path, key))...)
			}
		}
	case n.Kind == yaml.SequenceNode && t.Kind() == reflect.Slice:
		for i, c := range n.Content {
			errs = append(errs, walkWhole(c, t.Elem(), fmt.Sprintf("%s[%d]", path, i))...)
		}
	case n.Kind == yaml.ScalarNode && t != durationType && isInt(t.Kind()) && n.ShortTag() == "!!float":
		errs = append(errs, fmt.Errorf("line %d: %s: expected a whole number, got %q", n.Line, path, n.Value))
	}
	return errs
}

func fieldByTag(t reflect.Type, key string) (reflect.StructField, bool) {
	for i := range t.NumField() {
		f := t.Field(i)
		if name, _, _ := strings.Cut(f.Tag.Get("yaml"), ","); name == key {
			return f, true
		}
	}
	return reflect.StructField{}, false
}

func isInt(k reflect.Kind) bool {
	return k >= reflect.Int && k <= reflect.Uint64
}

func join(path, key string) string {
	if path == "" {
		return key
	}
	return path + "." + key
}
