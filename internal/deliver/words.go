package deliver

import (
	"embed"
	"fmt"
	"strconv"
	"strings"

	"gopkg.in/yaml.v3"
)

//go:embed words/*.yaml
var wordFiles embed.FS

// words are a language's phrases for messages (words/LANG.yaml).
type words map[string]string

// wordsFor returns the phrases of lang, English for a language without a file. Every key of the
// English file exists in the result, so a missing translation shows in English, not as a blank.
func wordsFor(lang string) (words, error) {
	w, err := readWords("en")
	if err != nil || lang == "en" {
		return w, err
	}
	other, err := readWords(lang)
	if err != nil {
		return w, nil // no file for the language: English
	}
	for k, v := range other {
		w[k] = v
	}
	return w, nil
}

func readWords(lang string) (words, error) {
	b, err := wordFiles.ReadFile("words/" + lang + ".yaml")
	if err != nil {
		return nil, err
	}
	w := words{}
	if err := yaml.Unmarshal(b, &w); err != nil {
		return nil, fmt.Errorf("words/%s.yaml: %w", lang, err)
	}
	return w, nil
}

// fill returns phrase key with each {name} replaced by its value; pairs are name, value, ….
func (w words) fill(key string, pairs ...string) string {
	s := w[key]
	for i := 0; i+1 < len(pairs); i += 2 {
		s = strings.ReplaceAll(s, "{"+pairs[i]+"}", pairs[i+1])
	}
	return s
}

// size formats a byte count in megabytes with one decimal, or in kilobytes below 1 MB.
func (w words) size(n int64) string {
	if n < 1<<20 {
		return w.fill("kilobytes", "n", itoa(int((n+1023)/1024)))
	}
	return w.megabytes(float64(n) / (1 << 20))
}

func (w words) megabytes(mb float64) string {
	s := strconv.FormatFloat(mb, 'f', 1, 64)
	s = strings.TrimSuffix(s, ".0")
	return w.fill("megabytes", "n", strings.Replace(s, ".", w["decimal"], 1))
}

func itoa(n int) string { return strconv.Itoa(n) }
