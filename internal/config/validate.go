package config

import (
	"errors"
	"fmt"
	"net"
	"os"
	"time"

	"marketbrief/internal/extract/lexicon"
)

// FieldError is a problem with one field of the configuration.
type FieldError struct {
	Field string // e.g. "serve.overlap" or "reports/weekly.yaml: language"
	Value any
	Msg   string // what is wrong and what to do
}

func (e *FieldError) Error() string {
	return fmt.Sprintf("%s: %s (got %q)", e.Field, e.Msg, fmt.Sprint(e.Value))
}

// Validate checks every field of c and returns all problems at once (errors.Join of
// *FieldError), or nil.
func (c Config) Validate() error {
	var errs []error
	bad := func(field string, value any, msg string) {
		errs = append(errs, &FieldError{Field: field, Value: value, Msg: msg})
	}
	if c.Corpus == "" {
		bad("corpus", c.Corpus, "must name the folder of articles")
	}
	if c.Output == "" {
		bad("output", c.Output, "must name the folder reports are written to")
	}
	if _, err := time.LoadLocation(c.Timezone); err != nil || c.Timezone == "" {
		bad("timezone", c.Timezone, "unknown time zone; use an IANA name such as Europe/Paris or UTC")
	}
	if c.LogFormat != "text" && c.LogFormat != "json" {
		bad("log_format", c.LogFormat, "must be text or json")
	}
	if !(c.MinConfidence >= 0 && c.MinConfidence <= 1) { // NaN too: it fails every comparison
		bad("min_confidence", c.MinConfidence, "must be between 0 and 1")
	}
	if c.Keep < 0 {
		bad("keep", c.Keep, "must be 0 (keep every run) or more")
	}
	for i, v := range c.Vendors {
		if v.Name == "" {
			bad(fmt.Sprintf("vendors[%d].name", i), v.Name, "must name the company")
		}
		for j, a := range v.Aliases {
			if a == "" {
				bad(fmt.Sprintf("vendors[%d].aliases[%d]", i, j), a, "must not be empty")
			}
		}
	}
	for i, p := range c.Lexicon {
		if _, err := lexicon.LoadFiles(c.Path(p)); err != nil {
			bad(fmt.Sprintf("lexicon[%d]", i), p, err.Error())
		}
	}
	errs = append(errs, c.Serve.validate()...)
	errs = append(errs, c.Limits.validate()...)
	errs = append(errs, c.SMTP.validate()...)
	errs = append(errs, c.Delivery.validate()...)
	return errors.Join(errs...)
}

func (s Serve) validate() []error {
	var errs []error
	bad := func(field string, value any, msg string) {
		errs = append(errs, &FieldError{Field: "serve." + field, Value: value, Msg: msg})
	}
	if s.Overlap != "skip" && s.Overlap != "wait" {
		bad("overlap", s.Overlap, "must be skip or wait")
	}
	if s.Attempts < 1 || s.Attempts > 20 {
		bad("attempts", s.Attempts, "must be between 1 (no retry) and 20")
	}
	if s.Backoff < 0 {
		bad("backoff", s.Backoff, "must not be negative")
	}
	if s.Grace < 0 {
		bad("grace", s.Grace, "must not be negative")
	}
	if s.UnhealthyAfter < 1 {
		bad("unhealthy_after", s.UnhealthyAfter, "must be 1 or more (failed runs in a row before /healthz says unhealthy)")
	}
	if s.Listen != "" {
		host, _, err := net.SplitHostPort(s.Listen)
		ip := net.ParseIP(host)
		switch {
		case err != nil:
			bad("listen", s.Listen, "must be host:port, e.g. 127.0.0.1:9464")
		case host != "localhost" && (ip == nil || !ip.IsLoopback()) && s.TokenEnv == "":
			bad("listen", s.Listen, "must be a loopback address (127.0.0.1, ::1 or localhost), or set serve.token_env: the status page and metrics are not for the network without a token")
		case s.TokenEnv != "" && len(os.Getenv(s.TokenEnv)) < 16:
			bad("token_env", s.TokenEnv, "names an environment variable that is unset or shorter than 16 characters: export "+s.TokenEnv+" with a long random token (e.g. openssl rand -hex 24)")
		}
	}
	return errs
}

func (l Limits) validate() []error {
	var errs []error
	bad := func(field string, value any, msg string) {
		errs = append(errs, &FieldError{Field: "limits." + field, Value: value, Msg: msg})
	}
	// Extraction holds some twenty times a document's text while it reads it: past 64MB one
	// document would take gigabytes.
	if l.MaxFileBytes < 1<<10 || l.MaxFileBytes > 64<<20 {
		bad("max_file_bytes", l.MaxFileBytes, "must be between 1KB and 64MB, such as 4MB")
	}
	if l.MaxDecompressedBytes < l.MaxFileBytes || l.MaxDecompressedBytes > 1<<40 {
		bad("max_decompressed_bytes", l.MaxDecompressedBytes, "must be at least max_file_bytes and at most 1TB, such as 256MB")
	}
	if l.MaxSentenceBytes < 200 || l.MaxSentenceBytes > 1<<20 {
		bad("max_sentence_bytes", l.MaxSentenceBytes, "must be between 200 and 1048576 (sentences of news are under 3000)")
	}
	if l.MaxEvidenceChars < 80 || l.MaxEvidenceChars > 1<<20 {
		bad("max_evidence_chars", l.MaxEvidenceChars, "must be between 80 and 1048576")
	}
	if l.DocumentTimeout < 100*time.Millisecond {
		bad("document_timeout", l.DocumentTimeout, "must be at least 100ms, such as 30s")
	}
	return errs
}
