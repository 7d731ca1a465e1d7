package deliver

import (
	"bytes"
	"embed"
	htmltemplate "html/template"
	"strings"
	texttemplate "text/template"
	"time"

	"marketbrief/internal/history"
)

//go:embed mail/*.tmpl
var mailTemplates embed.FS

// body is what the mail templates show; every text is already in the report's language.
type body struct {
	Lang, Title, AsOf, Period, Summary string
	FiguresHeading                     string
	Figures                            []string
	SinceHeading                       string
	Since                              []string
	Notice                             []string // a failure or empty-run notice, instead of the above
	Attached                           string
	Omitted                            []string
	Folder                             string
}

// Compose returns the e-mail for r: subject, text and HTML bodies, and the brief and workbook as
// attachments while they fit in limit bytes as encoded in the message (the brief first: it is what
// most readers open). A file that does not fit is named in the body with the path where it is.
func Compose(r Run, limit int64) (Message, error) {
	w, err := wordsFor(r.Language)
	if err != nil {
		return Message{}, err
	}
	d := r.Digest
	title := firstOf(d.Title, r.Title, r.Report)
	period := firstOf(d.Period, r.When.UTC().Format(time.DateOnly))
	b := body{Lang: firstOf(r.Language, "en"), Title: title, AsOf: d.AsOf, Period: d.Period}
	m := Message{Language: b.Lang}
	when := r.When.UTC().Format("2006-01-02 15:04 UTC")
	switch r.Message {
	case history.MessageFailure:
		m.Subject = w.fill("subject_failure", "title", title, "time", when)
		b.Notice = []string{w.fill("failure", "title", title, "time", when),
			w.fill("failure_error", "error", firstOf(r.Error, "?")), w.fill("failure_next", "report", r.Report)}
	case history.MessageEmpty:
		m.Subject = w.fill("subject_empty", "title", title, "period", period)
		b.Notice = []string{w.fill("empty", "title", title, "documents", itoa(r.Counts["documents"]))}
	default:
		m.Subject = w.fill("subject", "title", title, "period", period)
		b.Summary, b.FiguresHeading, b.Figures = d.Summary, d.FiguresHeading, d.Figures
		b.SinceHeading, b.Since = d.SinceHeading, d.Since
		if len(b.Since) == 0 {
			b.Since = []string{w["first_run"]}
		}
		m.Attach, m.Omitted = fit(r.Files, limit)
		var names []string
		for _, f := range m.Attach {
			names = append(names, f.Name+" ("+w.size(f.Size)+")")
		}
		if len(names) > 0 {
			b.Attached = w.fill("attached", "files", strings.Join(names, ", "))
		}
		for _, f := range m.Omitted {
			b.Omitted = append(b.Omitted, w.fill("omitted", "file", f.Name, "size", w.size(f.Size),
				"limit", w.megabytes(float64(limit)/(1<<20)), "path", f.Path))
		}
	}
	m.Notice = b.Notice
	if r.Dir != "" {
		b.Folder = w.fill("folder", "path", r.Dir)
	}
	if m.Text, m.HTML, err = render(b); err != nil {
		return Message{}, err
	}
	return m, nil
}

// fit returns the brief and the workbook of files that fit in limit bytes together as sent, brief
// first, and the ones that do not.
func fit(files []File, limit int64) (attach, omitted []File) {
	var total int64
	for _, kind := range []string{"brief", "workbook"} {
		for _, f := range files {
			if f.Kind != kind {
				continue
			}
			if n := encodedSize(f.Size); total+n <= limit {
				attach = append(attach, f)
				total += n
			} else {
				omitted = append(omitted, f)
			}
		}
	}
	return attach, omitted
}

// encodedSize is the size of n bytes in a message: base64 (4 bytes for 3) in lines of 76
// characters and CRLF. Mail servers cap messages as sent, so the limit counts this size.
func encodedSize(n int64) int64 {
	b64 := (n + 2) / 3 * 4
	return b64 + b64/76*2
}

// render executes the text and HTML templates on b.
func render(b body) (text, html string, err error) {
	tt, err := texttemplate.ParseFS(mailTemplates, "mail/text.tmpl")
	if err != nil {
		return "", "", err
	}
	ht, err := htmltemplate.ParseFS(mailTemplates, "mail/html.tmpl")
	if err != nil {
		return "", "", err
	}
	var tb, hb bytes.Buffer
	if err := tt.Execute(&tb, b); err != nil {
		return "", "", err
	}
	if err := ht.Execute(&hb, b); err != nil {
		return "", "", err
	}
	return tb.String(), hb.String(), nil
}

func firstOf(ss ...string) string {
	for _, s := range ss {
		if s != "" {
			return s
		}
	}
	return ""
}
