package history

// KindDelivery marks an entry that records a delivery rather than a run.
const KindDelivery = "delivery"

// StatusSent is the status of a delivery whose messages all went out; one that did not, after
// every attempt, is StatusFailed. StatusSending marks the entry written before the first message
// goes out, with the same RunID and Start as the outcome that follows it: alone, it says that the
// process stopped while sending, so nobody knows whether the readers got the run.
const (
	StatusSent    = "sent"
	StatusSending = "sending"
)

// TriggerRecovery marks the delivery, by a starting serve, of a run published just before the
// previous process stopped and never sent.
const TriggerRecovery = "recovery"

// What a delivery carried.
const (
	MessageReport  = "report"
	MessageFailure = "failure_notice"
	MessageEmpty   = "empty_notice"
)

// Delivery is one message to one channel: an e-mail to its recipients or a webhook call.
type Delivery struct {
	Channel string `json:"channel"` // "email" or "webhook"
	// To lists the recipients of an e-mail, or the host of a webhook (its path may hold a secret).
	To []string `json:"to,omitempty"`
	// Message is MessageReport, MessageFailure or MessageEmpty.
	Message string `json:"message"`
	Status  string `json:"status"`
	// MessageID is the e-mail's Message-ID header; for a webhook, the HTTP status received.
	MessageID string `json:"message_id,omitempty"`
	Attempts  int    `json:"attempts"`
	Error     string `json:"error,omitempty"`
	// Omitted lists the files left out of an e-mail because of their size.
	Omitted []string `json:"omitted,omitempty"`
}

// IsDelivery reports whether e records a delivery rather than a run.
func (e Entry) IsDelivery() bool { return e.Kind == KindDelivery }

// Delivered returns the outcomes (sent or failed) of the deliveries of run runID in entries,
// oldest first.
func Delivered(entries []Entry, runID string) []Entry {
	var out []Entry
	for _, e := range entries {
		if e.IsDelivery() && e.RunID == runID && e.Status != StatusSending {
			out = append(out, e)
		}
	}
	return out
}

// Attempted reports whether a delivery of run runID was ever started, finished or not.
func Attempted(entries []Entry, runID string) bool {
	for _, e := range entries {
		if e.IsDelivery() && e.RunID == runID {
			return true
		}
	}
	return false
}

// Settled reports whether e, a StatusSending entry, has its outcome among entries.
func Settled(entries []Entry, e Entry) bool {
	for _, o := range entries {
		if o.IsDelivery() && o.Status != StatusSending && o.RunID == e.RunID && o.Start.Equal(e.Start) {
			return true
		}
	}
	return false
}
