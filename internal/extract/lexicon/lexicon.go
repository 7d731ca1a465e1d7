// Package lexicon holds the words extraction reads, per language, as data: legal forms, the
// nouns that say what a company is, company words, nationalities, deal verbs and nouns, and the
// cues of market shares. It is the lowest layer of extraction and imports nothing of
// marketbrief's.
//
// Every lexicon file, built in (data/*.txt, embedded) or extra (config.yaml's lexicon:), has
// the same line format:
//
//	# a comment
//	kind  lang  entry entry …
//
// kind names a list ("legal_form", "deal_verb.acquire"; see data/ for each kind and what reads
// it); lang is en, fr or * (both). Fields and entries are separated by spaces or tabs; an entry
// of several words joins them with "_" ("take_over"). A word appears once per kind and language.
// An extra file may only add to kinds the built-in files define.
package lexicon

import (
	"bufio"
	"embed"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"slices"
	"sort"
	"strings"
	"sync"
)

//go:embed data/*.txt
var builtin embed.FS

// Languages a line may name; "*" is both.
var langs = []string{"en", "fr", "*"}

// Lexicon is a set of word lists by kind and language. It is safe for concurrent use.
type Lexicon struct {
	words map[string]map[string][]string // kind → lang → entries, in file order
	mu    sync.Mutex
	read  map[string]bool // kinds asked for, for Unread
}

// Default returns the built-in lexicon, parsed on first use. It panics if the embedded data is
// malformed, which the package's tests rule out.
var Default = sync.OnceValue(func() *Lexicon {
	lx, err := parseBuiltin()
	if err != nil {
		panic("lexicon: " + err.Error())
	}
	return lx
})

func parseBuiltin() (*Lexicon, error) {
	lx := &Lexicon{words: map[string]map[string][]string{}, read: map[string]bool{}}
	names, err := fs.Glob(builtin, "data/*.txt")
	if err != nil {
		return nil, err
	}
	var errs []error
	for _, n := range names {
		f, err := builtin.Open(n)
		if err != nil {
			return nil, err
		}
		errs = append(errs, lx.parse(n, f, false))
		f.Close()
	}
	return lx, errors.Join(errs...)
}

// File is an extra lexicon file: its name (for error messages) and its text.
type File struct {
	Name string
	R    io.Reader
}

// Load returns the built-in lexicon extended by the extra files, whose entries come after the
// built-in ones of their kind. Every problem is reported, each naming the file, the line and
// the fix.
func Load(extra ...File) (*Lexicon, error) {
	lx, err := parseBuiltin()
	if err != nil {
		return nil, err
	}
	var errs []error
	for _, f := range extra {
		errs = append(errs, lx.parse(f.Name, f.R, true))
	}
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	return lx, nil
}

// LoadFiles is Load on the files at paths.
func LoadFiles(paths ...string) (*Lexicon, error) {
	var files []File
	var errs []error
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			errs = append(errs, fmt.Errorf("lexicon file %s: %w (fix the path in config.yaml's lexicon:)", p, err))
			continue
		}
		files = append(files, File{Name: p, R: strings.NewReader(string(b))})
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	return Load(files...)
}

// parse adds the lines of r to lx; extra files may only extend known kinds.
func (lx *Lexicon) parse(name string, r io.Reader, extra bool) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	var errs []error
	bad := func(n int, format string, args ...any) {
		errs = append(errs, fmt.Errorf("%s:%d: %s", name, n, fmt.Sprintf(format, args...)))
	}
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Fields(line)
		if len(f) < 3 {
			bad(n, "expected \"kind lang word…\", got %q: give a kind, a language (en, fr or *) and at least one word", line)
			continue
		}
		kind, lang := f[0], f[1]
		if !slices.Contains(langs, lang) {
			bad(n, "language %q: must be en, fr or *", lang)
			continue
		}
		if extra && lx.words[kind] == nil {
			bad(n, "unknown kind %q: use one of %s", kind, strings.Join(lx.Kinds(), ", "))
			continue
		}
		if lx.words[kind] == nil {
			lx.words[kind] = map[string][]string{}
		}
		for _, w := range f[2:] {
			w = strings.ReplaceAll(w, "_", " ")
			if l := lx.has(kind, lang, w); l != "" {
				bad(n, "%q is already a %s word (%s): remove the repeat", w, kind, l)
				continue
			}
			lx.words[kind][lang] = append(lx.words[kind][lang], w)
		}
	}
	if err := sc.Err(); err != nil {
		errs = append(errs, fmt.Errorf("%s: %w", name, err))
	}
	return errors.Join(errs...)
}

// has returns the language under which kind already holds w for lang ("*" overlaps both), or "".
func (lx *Lexicon) has(kind, lang, w string) string {
	for _, l := range langs {
		if (l == lang || l == "*" || lang == "*") && slices.Contains(lx.words[kind][l], w) {
			return l
		}
	}
	return ""
}

// Kinds returns the kinds of lists the lexicon holds, sorted.
func (lx *Lexicon) Kinds() []string {
	ks := make([]string, 0, len(lx.words))
	for k := range lx.words {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}

// Words returns the entries of kind in the languages langs (every language when none is given),
// in file order, a phrase's words joined by one space. Entries of "*" belong to every language.
// An unknown kind panics: the word lists read by code are fixed.
func (lx *Lexicon) Words(kind string, langs ...string) []string {
	byLang, ok := lx.words[kind]
	if !ok {
		panic("lexicon: unknown kind " + kind)
	}
	lx.mu.Lock()
	lx.read[kind] = true
	lx.mu.Unlock()
	var out []string
	for _, l := range []string{"*", "en", "fr"} {
		if l == "*" || len(langs) == 0 || slices.Contains(langs, l) {
			out = append(out, byLang[l]...)
		}
	}
	return out
}

// Set returns the entries of kind (every language) as a set, transformed by norm when not nil
// (folded or lower-cased, as the reader compares them).
func (lx *Lexicon) Set(kind string, norm func(string) string) map[string]bool {
	ws := lx.Words(kind)
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		if norm != nil {
			w = norm(w)
		}
		m[w] = true
	}
	return m
}

// Prefixed returns the kinds that start with prefix followed by a dot ("deal_verb" gives
// "deal_verb.acquire", …), sorted.
func (lx *Lexicon) Prefixed(prefix string) []string {
	var out []string
	for _, k := range lx.Kinds() {
		if strings.HasPrefix(k, prefix+".") {
			out = append(out, k)
		}
	}
	return out
}

// Unread returns the kinds no one has asked for with Words or Set, sorted: a list nobody reads.
func (lx *Lexicon) Unread() []string {
	lx.mu.Lock()
	defer lx.mu.Unlock()
	var out []string
	for _, k := range lx.Kinds() {
		if !lx.read[k] {
			out = append(out, k)
		}
	}
	return out
}
