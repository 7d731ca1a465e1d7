package config

import (
	"fmt"
	"net/mail"
	"net/url"
	"os"
	"time"
)

// SMTP is the mail server reports are sent through (config.yaml's smtp:).
type SMTP struct {
	Host string `yaml:"host" json:"host"`
	Port int    `yaml:"port" json:"port"`
	// Username is empty for a server that needs no login; the password is read from the
	// environment variable PasswordEnv names, never from the file.
	Username    string `yaml:"username" json:"username"`
	PasswordEnv string `yaml:"password_env" json:"password_env"`
	// From is the sender, "Name <address>" or a bare address.
	From string `yaml:"from" json:"from"`
	// StartTLS requires STARTTLS (port 465 uses implicit TLS instead); false sends in clear,
	// for a relay on the same machine only.
	StartTLS bool `yaml:"starttls" json:"starttls"`
	// MaxAttachmentMB caps the attachments of one message; files that do not fit are left out
	// and the message says which, and where they are.
	MaxAttachmentMB float64 `yaml:"max_attachment_mb" json:"max_attachment_mb"`
}

// Delivery is how hard a delivery is tried (config.yaml's delivery:).
type Delivery struct {
	// Attempts is how many times a failing e-mail or webhook is tried in all.
	Attempts int `yaml:"attempts" json:"attempts"`
	// Backoff is the wait before the first retry; it doubles at each further retry.
	Backoff time.Duration `yaml:"backoff" json:"backoff"`
}

// Deliver says who receives a report's runs (a report definition's deliver:).
type Deliver struct {
	Email   *Email   `yaml:"email" json:"email,omitempty"`
	Webhook *Webhook `yaml:"webhook" json:"webhook,omitempty"`
	// OnFailure is "notice" (the default: a short failure notice to the same recipients) or
	// "none", for a run that failed after every attempt.
	OnFailure string `yaml:"on_failure" json:"on_failure,omitempty"`
	// OnEmpty is "notice" (the default), "report" (send it anyway) or "none", for a run that
	// read no document or found no vendor, deal or market share.
	OnEmpty string `yaml:"on_empty" json:"on_empty,omitempty"`
}

// Email lists a report's recipients.
type Email struct {
	To []string `yaml:"to" json:"to"`
	Cc []string `yaml:"cc" json:"cc,omitempty"`
}

// Webhook is a chat or machine endpoint told about each run.
type Webhook struct {
	URL string `yaml:"url" json:"url"`
	// Format is "slack", "teams" or "json" (the default: the run's counts and paths).
	Format string `yaml:"format" json:"format,omitempty"`
}

// Enabled reports whether the report is delivered anywhere.
func (d Deliver) Enabled() bool { return d.Email != nil || d.Webhook != nil }

// Failure returns the OnFailure policy with its default.
func (d Deliver) Failure() string { return firstOf(d.OnFailure, "notice") }

// Empty returns the OnEmpty policy with its default.
func (d Deliver) Empty() string { return firstOf(d.OnEmpty, "notice") }

// Kind returns the webhook's format with its default.
func (w Webhook) Kind() string { return firstOf(w.Format, "json") }

// Password returns the SMTP password from the environment.
func (s SMTP) Password() string {
	if s.PasswordEnv == "" {
		return ""
	}
	return os.Getenv(s.PasswordEnv)
}

func firstOf(a, b string) string {
	if a != "" {
		return a
	}
	return b
}

// validate checks the smtp: block when any of it is set.
func (s SMTP) validate() []error {
	var errs []error
	bad := func(field string, value any, msg string) {
		errs = append(errs, &FieldError{Field: "smtp." + field, Value: value, Msg: msg})
	}
	if s.MaxAttachmentMB <= 0 {
		bad("max_attachment_mb", s.MaxAttachmentMB, "must be more than 0 (megabytes of attachments per message, default 10)")
	}
	if s.Host == "" && s.Username == "" && s.PasswordEnv == "" && s.From == "" {
		return errs // no mail configured
	}
	if s.Host == "" {
		bad("host", s.Host, "must name the mail server, e.g. smtp.example.com")
	}
	if s.Port < 1 || s.Port > 65535 {
		bad("port", s.Port, "must be a TCP port: 587 (STARTTLS), 465 (TLS) or 25")
	}
	if _, err := mail.ParseAddress(s.From); err != nil {
		bad("from", s.From, "must be the sender's address, e.g. \"Market brief <brief@example.com>\"")
	}
	switch {
	case s.Username != "" && s.PasswordEnv == "":
		bad("password_env", s.PasswordEnv, "must name the environment variable holding the password of smtp.username (the password is never read from the file)")
	case s.Username == "" && s.PasswordEnv != "":
		bad("username", s.Username, "must be set when smtp.password_env is, or remove password_env for a server without login")
	case s.PasswordEnv != "" && os.Getenv(s.PasswordEnv) == "":
		bad("password_env", s.PasswordEnv, "names an environment variable that is unset or empty: export "+s.PasswordEnv+" before running marketbrief")
	}
	if s.Username != "" && !s.StartTLS && s.Port != 465 {
		bad("starttls", s.StartTLS, "must be true when smtp.username is set: a password is never sent in clear (use port 465 for TLS, or remove username for a relay without login)")
	}
	return errs
}

func (d Delivery) validate() []error {
	var errs []error
	if d.Attempts < 1 || d.Attempts > 10 {
		errs = append(errs, &FieldError{Field: "delivery.attempts", Value: d.Attempts, Msg: "must be between 1 (no retry) and 10"})
	}
	if d.Backoff < 0 {
		errs = append(errs, &FieldError{Field: "delivery.backoff", Value: d.Backoff, Msg: "must not be negative"})
	}
	return errs
}

// validate checks a report's deliver: block against the config's smtp: settings; bad reports
// field as "reports/FILE: FIELD".
func (d Deliver) validate(c Config, bad func(field string, value any, msg string)) {
	if e := d.Email; e != nil {
		if len(e.To) == 0 {
			bad("deliver.email.to", "", "must list at least one address, e.g. to: [team@example.com]")
		}
		for field, list := range map[string][]string{"to": e.To, "cc": e.Cc} {
			for i, a := range list {
				if _, err := mail.ParseAddress(a); err != nil {
					bad(fmt.Sprintf("deliver.email.%s[%d]", field, i), a, "is not an e-mail address; write name@example.com or \"Name <name@example.com>\"")
				}
			}
		}
		if c.SMTP.Host == "" {
			bad("deliver.email", "", "needs a mail server: set smtp.host, smtp.port and smtp.from in "+c.fileName())
		}
	}
	if w := d.Webhook; w != nil {
		u, err := url.Parse(w.URL)
		if err != nil || (u.Scheme != "https" && u.Scheme != "http") || u.Host == "" {
			bad("deliver.webhook.url", w.URL, "must be an http(s) URL, e.g. https://hooks.slack.com/services/…")
		}
		if k := w.Kind(); k != "slack" && k != "teams" && k != "json" {
			bad("deliver.webhook.format", w.Format, "must be slack, teams or json")
		}
	}
	if f := d.Failure(); f != "notice" && f != "none" {
		bad("deliver.on_failure", d.OnFailure, "must be notice or none")
	}
	if e := d.Empty(); e != "notice" && e != "report" && e != "none" {
		bad("deliver.on_empty", d.OnEmpty, "must be notice, report or none")
	}
}
