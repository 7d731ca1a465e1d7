package config

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"time"

	"gopkg.in/yaml.v3"
)

// DefaultFile is the config file read when none is named.
const DefaultFile = "config.yaml"

// Default returns the configuration used when no config file exists: the sample corpus and the
// output folder of the current directory, the built-in reports and templates.
func Default() Config {
	return Config{
		Corpus:        "corpus",
		Output:        "output",
		Timezone:      "UTC",
		LogFormat:     "text",
		MinConfidence: 0.5,
		Serve: Serve{
			CatchUp:  true,
			Overlap:  "skip",
			Attempts: 3,
			Backoff:  time.Minute,
			Grace:    2 * time.Minute,

			UnhealthyAfter: 3,
		},
		Limits: Limits{
			MaxFileBytes:         4 << 20,
			MaxDecompressedBytes: 256 << 20,
			MaxSentenceBytes:     3000,
			MaxEvidenceChars:     1000,
			DocumentTimeout:      30 * time.Second,
		},
		SMTP:     SMTP{Port: 587, StartTLS: true, MaxAttachmentMB: 10},
		Delivery: Delivery{Attempts: 3, Backoff: 30 * time.Second},
	}
}

// Load reads the config file at path on top of the defaults. An empty path reads config.yaml in
// the current directory when it exists, else returns the defaults. Unknown keys are errors.
// The result is not validated: call Validate.
func Load(path string) (Config, error) {
	cfg := Default()
	wd, err := os.Getwd()
	if err != nil {
		return cfg, err
	}
	cfg.Dir = wd
	if path == "" {
		if _, err := os.Stat(DefaultFile); errors.Is(err, fs.ErrNotExist) {
			return cfg, nil
		}
		path = DefaultFile
	}
	data, err := readSmall(os.DirFS(filepath.Dir(path)), filepath.Base(path))
	if err != nil {
		return cfg, fmt.Errorf("config %s: %w", path, unwrap(err))
	}
	if err := decode(data, &cfg); err != nil {
		// A value of the wrong type leaves the rest decoded: report every problem of the
		// file at once, not the first.
		var pe *partialError
		if errors.As(err, &pe) {
			err = errors.Join(err, cfg.Validate())
		}
		return cfg, fmt.Errorf("config %s: %w", path, err)
	}
	abs, err := filepath.Abs(path)
	if err != nil {
		return cfg, err
	}
	cfg.File = abs
	cfg.Dir = filepath.Dir(abs)
	return cfg, nil
}

// decode reads YAML strictly: unknown fields and trailing documents are errors.
func decode(data []byte, v any) error {
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	err := dec.Decode(v)
	if errors.Is(err, io.EOF) { // an empty file is valid
		err = nil
	}
	var te *yaml.TypeError
	if err != nil && !errors.As(err, &te) {
		return tidyYAML(err, data) // a syntax error: nothing else can be read
	}
	var errs []error
	if te != nil {
		errs = append(errs, tidyYAML(te, data))
	}
	errs = append(errs, wholeNumbers(data, v)...)
	if len(errs) > 0 {
		return &partialError{errors.Join(errs...)}
	}
	return nil
}

// partialError is a decoding error after which the rest of the file was still read (a value
// of the wrong type), so that validation can add the file's other problems.
type partialError struct{ error }

func (e *partialError) Unwrap() error { return e.error }

var (
	yamlField = regexp.MustCompile(`field (\S+) not found in type \S+`)
	yamlType  = regexp.MustCompile("cannot unmarshal !!(\\w+) (?:`([^`]*)` )?into (\\S+)")
	yamlLine  = regexp.MustCompile(`line (\d+): `)
	yamlKey   = regexp.MustCompile(`^\s*(?:-\s*)?([A-Za-z_][\w-]*)\s*:`)
)

// kinds names YAML and Go types the way a user reads them.
var kinds = map[string]string{"seq": "a list", "map": "a mapping", "str": "text", "int": "a whole number",
	"float": "a number", "bool": "true or false", "string": "text", "float64": "a number",
	"time.Duration": "a duration such as 90s or 2m", "[]string": "a list"}

// tidyYAML rewrites yaml.v3's messages in the words of the config file, naming the key of the
// line each problem is on.
func tidyYAML(err error, data []byte) error {
	msg := strings.TrimPrefix(err.Error(), "yaml: ")
	msg = strings.TrimPrefix(msg, "unmarshal errors:\n  ")
	msg = yamlField.ReplaceAllString(msg, "unknown key $1 (check its spelling against the README's config reference)")
	msg = yamlType.ReplaceAllStringFunc(msg, func(m string) string {
		g := yamlType.FindStringSubmatch(m)
		want := kinds[g[3]]
		if want == "" {
			want = g[3]
		}
		got := kinds[g[1]]
		if g[2] != "" {
			got = fmt.Sprintf("%q", g[2])
		}
		return fmt.Sprintf("expected %s, got %s", want, got)
	})
	lines := strings.Split(string(data), "\n")
	msg = yamlLine.ReplaceAllStringFunc(msg, func(m string) string {
		n, _ := strconv.Atoi(yamlLine.FindStringSubmatch(m)[1])
		if n >= 1 && n <= len(lines) {
			if k := yamlKey.FindStringSubmatch(lines[n-1]); k != nil {
				return fmt.Sprintf("line %d: %s: ", n, k[1])
			}
		}
		return m
	})
	msg = strings.ReplaceAll(msg, "\n  ", "; ")
	return errors.New(msg)
}

func unwrap(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// Path resolves p against the folder of the config file.
func (c Config) Path(p string) string {
	if p == "" || filepath.IsAbs(p) {
		return p
	}
	return filepath.Join(c.Dir, p)
}

// Location returns the default time zone of schedules.
func (c Config) Location() *time.Location {
	loc, err := time.LoadLocation(c.Timezone)
	if err != nil {
		return time.UTC
	}
	return loc
}

// Source names where the configuration came from, for messages.
func (c Config) Source() string {
	if c.File == "" {
		return "the default configuration (no config.yaml)"
	}
	return c.File
}
