package pipeline

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"marketbrief/internal/config"
	"marketbrief/internal/history"
)

// payloads is a JSON webhook endpoint that keeps what it receives.
type payloads struct {
	mu   sync.Mutex
	got  []map[string]any
	fail bool
}

func (p *payloads) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	var v map[string]any
	b, _ := io.ReadAll(r.Body)
	_ = json.Unmarshal(b, &v)
	p.mu.Lock()
	defer p.mu.Unlock()
	p.got = append(p.got, v)
	if p.fail {
		http.Error(w, "down", http.StatusBadGateway)
	}
}

func (p *payloads) statuses() []any {
	p.mu.Lock()
	defer p.mu.Unlock()
	var out []any
	for _, v := range p.got {
		out = append(out, v["status"])
	}
	return out
}

func TestDeliverAfterRun(t *testing.T) {
	tests := []struct {
		name       string
		corpus     string // content of the one article; "" leaves the corpus empty (the run fails)
		opts       func(*Options)
		deliver    config.Deliver
		want       []any // statuses of the payloads received
		wantRecord string
	}{
		{name: "published run", corpus: "Contoso news\nDate: 2025-10-01\n\nMicrosoft agreed to acquire Contoso Ltd for $2 billion.\n",
			want: []any{"ok"}, wantRecord: history.MessageReport},
		{name: "not asked to deliver", corpus: "Contoso news\n\nMicrosoft agreed to acquire Contoso Ltd.\n",
			opts: func(o *Options) { o.Deliver = false }},
		{name: "empty run sends a notice", corpus: "Weather\nDate: 2025-10-01\n\nIt rained all week in the valley.\n",
			want: []any{"empty"}, wantRecord: history.MessageEmpty},
		{name: "empty run sent as a report when asked", corpus: "Weather\n\nIt rained all week in the valley.\n",
			deliver: config.Deliver{OnEmpty: "report"}, want: []any{"ok"}, wantRecord: history.MessageReport},
		{name: "empty run left alone", corpus: "Weather\n\nIt rained all week in the valley.\n",
			deliver: config.Deliver{OnEmpty: "none"}},
		{name: "failed run, last attempt", want: []any{"failed"}, wantRecord: history.MessageFailure},
		{name: "failed run, attempts left", opts: func(o *Options) { o.LastAttempt = false }},
		{name: "failed run, notices off", deliver: config.Deliver{OnFailure: "none"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			hook := &payloads{}
			srv := httptest.NewServer(hook)
			defer srv.Close()
			cfg, def, opts := setup(t)
			os.Remove(filepath.Join(cfg.Dir, "corpus", "a.txt"))
			if tt.corpus != "" {
				os.WriteFile(filepath.Join(cfg.Dir, "corpus", "a.txt"), []byte(tt.corpus), 0o644)
			}
			def.Deliver = tt.deliver
			def.Deliver.Webhook = &config.Webhook{URL: srv.URL, Format: "json"}
			opts.Deliver, opts.LastAttempt, opts.Trigger = true, true, history.TriggerScheduled
			if tt.opts != nil {
				tt.opts(&opts)
			}
			res, err := Run(context.Background(), cfg, def, opts)
			if (err != nil) != (tt.corpus == "") {
				t.Fatalf("run error %v", err)
			}
			if got := hook.statuses(); len(got) != len(tt.want) || (len(got) == 1 && got[0] != tt.want[0]) {
				t.Errorf("payload statuses = %v, want %v", got, tt.want)
			}
			entries, _ := history.Read(filepath.Join(cfg.Dir, "out", "weekly"))
			var deliveries []history.Entry
			for _, e := range entries {
				if e.IsDelivery() {
					deliveries = append(deliveries, e)
				}
			}
			if len(deliveries) > 0 { // each delivery is announced before it starts, then recorded
				if deliveries[0].Status != history.StatusSending || !history.Settled(entries, deliveries[0]) {
					t.Errorf("first delivery entry %+v is not a settled announcement", deliveries[0])
				}
				deliveries = deliveries[1:]
			}
			if tt.wantRecord == "" {
				if len(deliveries) != 0 || res.Delivery != nil {
					t.Errorf("deliveries recorded: %+v", deliveries)
				}
				return
			}
			if len(deliveries) != 1 || deliveries[0].Deliveries[0].Message != tt.wantRecord || deliveries[0].RunID != res.RunID ||
				deliveries[0].Trigger != history.TriggerScheduled || res.Delivery == nil {
				t.Errorf("deliveries = %+v, want one %s for run %q", deliveries, tt.wantRecord, res.RunID)
			}
		})
	}
}

func TestDeliverByHand(t *testing.T) {
	hook := &payloads{}
	srv := httptest.NewServer(hook)
	defer srv.Close()
	cfg, def, opts := setup(t)
	if _, err := Deliver(context.Background(), cfg, def, DeliverOptions{Templates: opts.Templates}); err == nil {
		t.Error("no error for a report without recipients")
	}
	def.Deliver.Webhook = &config.Webhook{URL: srv.URL, Format: "json"}
	if _, err := Deliver(context.Background(), cfg, def, DeliverOptions{Templates: opts.Templates}); err == nil {
		t.Error("no error for a report that never ran")
	}
	first, err := Run(context.Background(), cfg, def, opts)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := Run(context.Background(), cfg, def, opts); err != nil {
		t.Fatal(err)
	}
	e, err := Deliver(context.Background(), cfg, def, DeliverOptions{RunID: first.RunID, Templates: opts.Templates})
	if err != nil || e.RunID != first.RunID || e.Trigger != history.TriggerManual || len(hook.got) != 1 || hook.got[0]["run_id"] != first.RunID {
		t.Errorf("re-send of %s: %+v, %v; payloads %v", first.RunID, e, err, hook.got)
	}
	for _, bad := range []string{"../weekly", "latest", "20251124T070000Z/../../x"} {
		if _, err := Deliver(context.Background(), cfg, def, DeliverOptions{RunID: bad, Templates: opts.Templates}); err == nil {
			t.Errorf("run id %q accepted", bad)
		}
	}
	hook.fail = true
	cfg.Delivery.Backoff = time.Millisecond
	e, err = Deliver(context.Background(), cfg, def, DeliverOptions{Templates: opts.Templates})
	if err == nil || e.Status != history.StatusFailed || e.Deliveries[0].Attempts != cfg.Delivery.Attempts {
		t.Errorf("failing webhook: %+v, %v", e, err)
	}
}

func TestDeliverPending(t *testing.T) {
	hook := &payloads{}
	srv := httptest.NewServer(hook)
	defer srv.Close()
	cfg, def, opts := setup(t)
	def.Deliver.Webhook = &config.Webhook{URL: srv.URL, Format: "json"}
	dOpts := DeliverOptions{Templates: opts.Templates, Now: opts.Now}
	// A run by hand left unsent stays so.
	if _, err := Run(context.Background(), cfg, def, opts); err != nil {
		t.Fatal(err)
	}
	if e, err := DeliverPending(context.Background(), cfg, def, dOpts); e != nil || err != nil || len(hook.got) != 0 {
		t.Fatalf("a run by hand was sent: %+v, %v", e, err)
	}
	opts.Trigger = history.TriggerScheduled
	// Published, and the process stopped before delivering: the next serve sends it, once.
	res, err := Run(context.Background(), cfg, def, opts)
	if err != nil {
		t.Fatal(err)
	}
	e, err := DeliverPending(context.Background(), cfg, def, dOpts)
	if err != nil || e == nil || e.Trigger != history.TriggerRecovery || e.RunID != res.RunID || len(hook.got) != 1 {
		t.Fatalf("pending run: %+v, %v, payloads %d", e, err, len(hook.got))
	}
	if e, err := DeliverPending(context.Background(), cfg, def, dOpts); e != nil || err != nil || len(hook.got) != 1 {
		t.Errorf("a delivered run was sent again: %+v, %v", e, err)
	}
	// A delivery that started and never finished is not repeated: its readers may have it.
	res, err = Run(context.Background(), cfg, def, opts)
	if err != nil {
		t.Fatal(err)
	}
	dir := filepath.Join(cfg.Dir, "out", "weekly")
	if err := history.Append(dir, history.Entry{Kind: history.KindDelivery, Report: "weekly", RunID: res.RunID, Status: history.StatusSending, Start: opts.Now()}); err != nil {
		t.Fatal(err)
	}
	if e, err := DeliverPending(context.Background(), cfg, def, dOpts); e != nil || err != nil || len(hook.got) != 1 {
		t.Errorf("an interrupted delivery was repeated: %+v, %v", e, err)
	}
	// A run a day old is left to the next one.
	if _, err := Run(context.Background(), cfg, def, opts); err != nil {
		t.Fatal(err)
	}
	late := DeliverOptions{Templates: opts.Templates, Now: func() time.Time { return opts.Now().Add(25 * time.Hour) }}
	if e, err := DeliverPending(context.Background(), cfg, def, late); e != nil || err != nil || len(hook.got) != 1 {
		t.Errorf("a stale run was sent: %+v, %v", e, err)
	}
}
