package deliver

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"net/mail"
	"os"
	"path/filepath"
	"strings"
	"time"

	gomail "github.com/wneessen/go-mail"
)

// SMTP is a mail server and the sender's address.
type SMTP struct {
	Host     string
	Port     int
	Username string
	Password string
	From     string
	// StartTLS requires STARTTLS; port 465 uses implicit TLS whatever it says.
	StartTLS bool
	Timeout  time.Duration // per connection; 0 means 30s
}

// Mail sends m to to and cc through s and returns the Message-ID it sent.
func (s SMTP) Mail(ctx context.Context, m Message, to, cc []string) (string, error) {
	msg := gomail.NewMsg()
	if err := msg.From(s.From); err != nil {
		return "", fmt.Errorf("smtp.from %q: %w", s.From, err)
	}
	if err := msg.To(to...); err != nil {
		return "", fmt.Errorf("deliver.email.to: %w", err)
	}
	if len(cc) > 0 {
		if err := msg.Cc(cc...); err != nil {
			return "", fmt.Errorf("deliver.email.cc: %w", err)
		}
	}
	msg.Subject(m.Subject)
	msg.SetDate()
	msg.SetMessageIDWithValue(messageID(s.From))
	msg.SetGenHeader(gomail.HeaderContentLang, m.Language)
	msg.SetBodyString(gomail.TypeTextPlain, m.Text)
	msg.AddAlternativeString(gomail.TypeTextHTML, m.HTML)
	for _, f := range m.Attach {
		// go-mail skips a file it cannot open without a word; a report must not lose its brief so.
		if _, err := os.Stat(f.Path); err != nil {
			return "", fmt.Errorf("attachment: %w", err)
		}
		msg.AttachFile(f.Path, gomail.WithFileName(f.Name), gomail.WithFileContentType(contentType(f.Name)))
	}
	c, err := s.client()
	if err != nil {
		return "", err
	}
	if err := c.DialAndSendWithContext(ctx, msg); err != nil {
		return "", fmt.Errorf("smtp %s:%d: %w", s.Host, s.Port, err)
	}
	return msg.GetMessageID(), nil
}

func (s SMTP) client() (*gomail.Client, error) {
	timeout := s.Timeout
	if timeout == 0 {
		timeout = 30 * time.Second
	}
	opts := []gomail.Option{gomail.WithPort(s.Port), gomail.WithTimeout(timeout)}
	switch {
	case s.Port == 465:
		opts = append(opts, gomail.WithSSL())
	case s.StartTLS:
		opts = append(opts, gomail.WithTLSPolicy(gomail.TLSMandatory))
	default:
		opts = append(opts, gomail.WithTLSPolicy(gomail.NoTLS))
	}
	if s.Username != "" {
		// AutoDiscover picks the strongest mechanism the server offers and refuses plain
		// passwords over an unencrypted connection.
		opts = append(opts, gomail.WithSMTPAuth(gomail.SMTPAuthAutoDiscover),
			gomail.WithUsername(s.Username), gomail.WithPassword(s.Password))
	}
	c, err := gomail.NewClient(s.Host, opts...)
	if err != nil {
		return nil, fmt.Errorf("smtp %s:%d: %w", s.Host, s.Port, err)
	}
	return c, nil
}

// messageID returns a fresh Message-ID in the sender's domain, so that replies and bounces can
// be matched with the history's record.
func messageID(from string) string {
	domain := "marketbrief.invalid"
	if a, err := mail.ParseAddress(from); err == nil {
		if i := strings.LastIndexByte(a.Address, '@'); i >= 0 {
			domain = a.Address[i+1:]
		}
	}
	return fmt.Sprintf("%d.%s@%s", time.Now().UnixNano(), randomHex(8), domain)
}

// contentType names the type of a run's file, so that mail clients open it with the right program.
func contentType(name string) gomail.ContentType {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".pdf":
		return "application/pdf"
	case ".xlsx":
		return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
	case ".json":
		return "application/json"
	}
	return gomail.TypeAppOctetStream
}

// randomHex returns n random bytes in hex.
func randomHex(n int) string {
	b := make([]byte, n)
	_, _ = rand.Read(b) // crypto/rand never fails on supported platforms
	return hex.EncodeToString(b)
}
