package deliver

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strings"
	"time"

	"marketbrief/internal/history"
)

// Webhook posts a short message about each run to a URL: Slack's and Teams' incoming-webhook
// formats, or a JSON payload with the run's counts and paths for other tools.
type Webhook struct {
	URL    string
	Format string // "slack", "teams" or "json"
	Client *http.Client
}

// Host is the webhook's scheme and host, for the history: its path often holds a secret.
func (h Webhook) Host() string {
	u, err := url.Parse(h.URL)
	if err != nil {
		return "webhook"
	}
	return u.Scheme + "://" + u.Host
}

// Post sends r, whose e-mail text is m, and returns the HTTP status received. A status other
// than 2xx is an error quoting the start of the response.
func (h Webhook) Post(ctx context.Context, r Run, m Message) (string, error) {
	payload, err := h.payload(r, m)
	if err != nil {
		return "", err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, h.URL, bytes.NewReader(payload))
	if err != nil {
		return "", fmt.Errorf("webhook %s: %w", h.Host(), err)
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("User-Agent", "marketbrief")
	c := h.Client
	if c == nil {
		c = &http.Client{Timeout: 30 * time.Second}
	}
	resp, err := c.Do(req)
	if err != nil {
		return "", fmt.Errorf("webhook %s: %w", h.Host(), redact(err, h.URL))
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(io.LimitReader(resp.Body, 300))
	if resp.StatusCode/100 != 2 {
		return "", fmt.Errorf("%s: %s", resp.Status, strings.TrimSpace(string(body))) // the record names the host
	}
	return resp.Status, nil
}

// redact removes the URL, whose path may be a secret, from err's text.
func redact(err error, u string) error {
	return fmt.Errorf("%s", strings.ReplaceAll(err.Error(), u, "(webhook url)"))
}

func (h Webhook) payload(r Run, m Message) ([]byte, error) {
	switch h.Format {
	case "slack":
		return json.Marshal(map[string]any{"text": slackEscape(chatText(r, m))})
	case "teams":
		return json.Marshal(teamsCard(r, m))
	default:
		return json.Marshal(jsonPayload(r, m))
	}
}

// chatText is the message for a chat: the subject, the summary or the notice, the key figures
// and where the files are.
func chatText(r Run, m Message) string {
	var b strings.Builder
	b.WriteString(m.Subject + "\n")
	for _, p := range lines(r, m) {
		b.WriteString(p + "\n")
	}
	return strings.TrimSpace(b.String())
}

// lines returns the body of a chat message, each line a paragraph.
func lines(r Run, m Message) []string {
	w, _ := wordsFor(r.Language)
	var out []string
	switch r.Message {
	case history.MessageReport:
		if r.Digest.Summary != "" {
			out = append(out, r.Digest.Summary)
		}
		for _, f := range r.Digest.Figures {
			out = append(out, "• "+f)
		}
	default:
		out = append(out, m.Notice...)
	}
	for _, f := range r.Files {
		out = append(out, w["label_"+f.Kind]+": "+f.Path)
	}
	return out
}

// slackEscape escapes the three characters Slack's mrkdwn reserves.
func slackEscape(s string) string {
	return strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;").Replace(s)
}

// teamsCard is an Adaptive Card message, the format of Teams' workflow webhooks.
func teamsCard(r Run, m Message) map[string]any {
	body := []map[string]any{{"type": "TextBlock", "text": m.Subject, "weight": "Bolder", "size": "Medium", "wrap": true}}
	for _, l := range lines(r, m) {
		body = append(body, map[string]any{"type": "TextBlock", "text": l, "wrap": true})
	}
	return map[string]any{
		"type": "message",
		"attachments": []map[string]any{{
			"contentType": "application/vnd.microsoft.card.adaptive",
			"content": map[string]any{
				"$schema": "http://adaptivecards.io/schemas/adaptive-card.json",
				"type":    "AdaptiveCard", "version": "1.4", "body": body,
			},
		}},
	}
}

// jsonPayload is the payload for other tools: what ran, how it ended, its counts and files.
func jsonPayload(r Run, m Message) map[string]any {
	status := map[string]string{history.MessageReport: "ok", history.MessageEmpty: "empty", history.MessageFailure: "failed"}[r.Message]
	files := map[string]string{}
	for _, f := range r.Files {
		files[f.Kind] = f.Path
	}
	p := map[string]any{
		"report": r.Report, "title": firstOf(r.Digest.Title, r.Title), "status": status, "message": r.Message,
		"subject": m.Subject, "run_id": r.RunID, "folder": r.Dir, "files": files, "counts": r.Counts,
		"started_at": r.When.UTC().Format(time.RFC3339), "language": r.Language,
	}
	if r.Message == history.MessageReport {
		p["as_of"], p["period"], p["summary"] = r.Digest.AsOf, r.Digest.Period, r.Digest.Summary
	}
	if r.Error != "" {
		p["error"] = r.Error
	}
	return p
}
