// Package deliver tells a report's readers about each run: an e-mail with the brief and the
// workbook attached (through a maintained mail library, never hand-made MIME), and a webhook call
// for Slack, Teams or any other tool. It composes the messages in the report's language, sends
// them with retries and backoff, and returns what happened for the run's history; it never
// decides whether a run should be delivered (the pipeline does, under the report's lock).
package deliver

import (
	"time"

	"marketbrief/internal/history"
	"marketbrief/internal/model"
)

// Run is what a message announces: a published run, an empty one, or a failure.
type Run struct {
	Report   string
	Title    string
	Language string
	// Message is history.MessageReport, MessageEmpty or MessageFailure.
	Message string
	RunID   string
	// Dir is the run's folder; empty when the run published nothing.
	Dir    string
	Digest model.Digest
	// Files are the run's workbook, brief and facts.json, in that order.
	Files []File
	// Counts are the run's counts by name: documents, skipped, vendors, deals, market_shares.
	Counts map[string]int
	// Error is why the run failed (MessageFailure).
	Error string
	// When is when the run started.
	When time.Time
}

// File is a file of a run.
type File struct {
	// Kind is "workbook", "brief" or "facts".
	Kind string
	Name string
	Path string // absolute
	Size int64
}

// Message is an e-mail ready to send.
type Message struct {
	Subject  string
	Text     string
	HTML     string
	Attach   []File
	Omitted  []File
	Language string
	// Notice is the failure or empty-run notice, a paragraph a line; empty for a report.
	Notice []string
}

// omittedNames returns the names of the files left out of m.
func (m Message) omittedNames() []string {
	var out []string
	for _, f := range m.Omitted {
		out = append(out, f.Name)
	}
	return out
}

// record is a delivery's entry for the history.
func record(channel string, to []string, r Run) history.Delivery {
	return history.Delivery{Channel: channel, To: to, Message: r.Message}
}
