package pipeline

import (
	"bufio"
	"bytes"
	"encoding/json"
	"io"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"marketbrief/internal/model"
)

// writeStreamJSON writes v, a struct, as writeJSON does (two-space indent, no HTML escaping),
// byte for byte, but one element of each list field at a time through a buffered writer: a
// million documents' facts are never encoded into one buffer. Fields follow encoding/json's
// rules for the tags used in the model: a name, omitempty, and "-".
func writeStreamJSON(w io.Writer, v any) error {
	bw := bufio.NewWriterSize(w, 1<<20)
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	// encode writes x indented as it sits at depth (in two-space steps), without the newline
	// the encoder ends with.
	encode := func(x any, depth int) error {
		buf.Reset()
		enc.SetIndent(strings.Repeat("  ", depth), "  ")
		if err := enc.Encode(x); err != nil {
			return err
		}
		_, err := bw.Write(bytes.TrimSuffix(buf.Bytes(), []byte("\n")))
		return err
	}
	rv := reflect.ValueOf(v)
	rt := rv.Type()
	bw.WriteString("{")
	first := true
	for i := range rt.NumField() {
		f, fv := rt.Field(i), rv.Field(i)
		name, opts, _ := strings.Cut(f.Tag.Get("json"), ",")
		if name == "-" || !f.IsExported() {
			continue
		}
		if name == "" {
			name = f.Name
		}
		if strings.Contains(opts, "omitempty") && fv.IsZero() {
			continue
		}
		if !first {
			bw.WriteString(",")
		}
		first = false
		key, _ := json.Marshal(name)
		bw.WriteString("\n  ")
		bw.Write(key)
		bw.WriteString(": ")
		if fv.Kind() != reflect.Slice || fv.IsNil() || fv.Len() == 0 {
			if err := encode(fv.Interface(), 1); err != nil {
				return err
			}
			continue
		}
		bw.WriteString("[")
		docs, _ := fv.Interface().([]model.Document)
		vendors, _ := fv.Interface().([]model.Vendor)
		var scratch []byte
		for j := range fv.Len() {
			if j > 0 {
				bw.WriteString(",")
			}
			bw.WriteString("\n    ")
			if docs != nil && documentFast {
				scratch = appendDocument(scratch[:0], &docs[j])
				bw.Write(scratch)
				continue
			}
			if vendors != nil && vendorFast {
				scratch = appendVendor(scratch[:0], &vendors[j])
				bw.Write(scratch)
				continue
			}
			if err := encode(fv.Index(j).Interface(), 2); err != nil {
				return err
			}
		}
		bw.WriteString("\n  ]")
	}
	if first {
		bw.WriteString("}\n")
	} else {
		bw.WriteString("\n}\n")
	}
	return bw.Flush()
}

// documentFields are the JSON fields of model.Document that appendDocument writes, in order;
// documentFast says that the type still has exactly these (else the general encoder is used).
var (
	documentFields = []string{"id", "title", "language", "date,omitempty", "bytes", "sha256", "warning,omitempty"}
	documentFast   = slices.Equal(jsonFields(reflect.TypeFor[model.Document]()), documentFields)
)

// vendorFields and vendorFast are documentFields and documentFast for model.Vendor.
var (
	vendorFields = []string{"name", "mentions", "documents", "aliases"}
	vendorFast   = slices.Equal(jsonFields(reflect.TypeFor[model.Vendor]()), vendorFields)
)

// appendVendor appends v as the general encoder writes it as an element of facts.json's vendors
// (indented at depth 2), byte for byte: a million documents' vendors list their ids by the
// hundred thousand, which encoding/json writes and then indents a second time.
func appendVendor(b []byte, v *model.Vendor) []byte {
	const in = "\n      "
	b = append(b, "{"+in+`"name": `...)
	b = appendJSONString(b, v.Name)
	b = append(b, ","+in+`"mentions": `...)
	b = strconv.AppendInt(b, int64(v.Mentions), 10)
	b = append(b, ","+in+`"documents": `...)
	b = appendStringList(b, v.Documents)
	b = append(b, ","+in+`"aliases": `...)
	b = appendStringList(b, v.Aliases)
	return append(b, "\n    }"...)
}

// appendStringList appends ss as a field's value at depth 3: null, [] or one string a line.
func appendStringList(b []byte, ss []string) []byte {
	switch {
	case ss == nil:
		return append(b, "null"...)
	case len(ss) == 0:
		return append(b, "[]"...)
	}
	b = append(b, '[')
	for i, s := range ss {
		if i > 0 {
			b = append(b, ',')
		}
		b = appendJSONString(append(b, "\n        "...), s)
	}
	return append(b, "\n      ]"...)
}

// jsonFields lists the json tags of t's fields that encoding/json writes.
func jsonFields(t reflect.Type) []string {
	var tags []string
	for i := range t.NumField() {
		if tag := t.Field(i).Tag.Get("json"); tag != "-" && t.Field(i).IsExported() {
			tags = append(tags, tag)
		}
	}
	return tags
}

// appendDocument appends d as the general encoder writes it as an element of facts.json's
// documents (indented at depth 2), byte for byte: a million documents are a quarter of a
// second this way and several seconds through encoding/json and its indenting.
func appendDocument(b []byte, d *model.Document) []byte {
	const in = "\n      "
	b = append(b, "{"+in+`"id": `...)
	b = appendJSONString(b, d.ID)
	b = append(b, ","+in+`"title": `...)
	b = appendJSONString(b, d.Title)
	b = append(b, ","+in+`"language": `...)
	b = appendJSONString(b, d.Language)
	if d.Date != "" {
		b = append(b, ","+in+`"date": `...)
		b = appendJSONString(b, d.Date)
	}
	b = append(b, ","+in+`"bytes": `...)
	b = strconv.AppendInt(b, d.Bytes, 10)
	b = append(b, ","+in+`"sha256": `...)
	b = appendJSONString(b, d.SHA256.String())
	if d.Warning != "" {
		b = append(b, ","+in+`"warning": `...)
		b = appendJSONString(b, d.Warning)
	}
	return append(b, "\n    }"...)
}

// appendJSONString appends s quoted as encoding/json does without HTML escaping. Strings that
// need no escape (printable ASCII other than a quote or a backslash, valid UTF-8 other than
// U+2028 and U+2029) are copied; any other goes through encoding/json itself.
func appendJSONString(b []byte, s string) []byte {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c < 0x20 || c == '"' || c == '\\' {
				return appendEncoded(b, s)
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if (r == utf8.RuneError && size == 1) || r == '\u2028' || r == '\u2029' {
			return appendEncoded(b, s)
		}
		i += size
	}
	b = append(b, '"')
	b = append(b, s...)
	return append(b, '"')
}

// appendEncoded appends s as encoding/json writes it without HTML escaping.
func appendEncoded(b []byte, s string) []byte {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	_ = enc.Encode(s) // a string always encodes
	return append(b, bytes.TrimSuffix(buf.Bytes(), []byte("\n"))...)
}
