package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"marketbrief/internal/history"
)

func TestHistoryCommand(t *testing.T) {
	t.Parallel()
	dir := e2eSetup(t)
	at := time.Date(2025, 3, 30, 1, 0, 0, 0, time.UTC)
	for _, e := range []history.Entry{
		{Report: "fast", Trigger: history.TriggerScheduled, Slot: "2025-03-30T02:30:00 Europe/Paris", SlotTime: at,
			Start: at, End: at.Add(1500 * time.Millisecond), Status: history.StatusOK, RunID: "20250330T010000Z",
			Documents: []string{"a.txt", "b.txt"}},
		{Report: "fast", Trigger: history.TriggerScheduled, CatchUp: true, Attempt: 2, Slot: "2025-04-06T02:30:00 Europe/Paris",
			Start: at.Add(time.Hour), End: at.Add(time.Hour), Status: history.StatusFailed, Error: "corpus folder\nmissing"},
		{Report: "fast", Trigger: history.TriggerManual, Start: at.Add(2 * time.Hour), Status: history.StatusSkipped,
			Error: "out/fast is in use by pid 42"},
	} {
		if err := history.Append(filepath.Join(dir, "out", "fast"), e); err != nil {
			t.Fatal(err)
		}
	}
	tests := []struct {
		name string
		args []string
		want []string
	}{
		{name: "table", args: []string{"--report", "fast"}, want: []string{"report fast: 3 entries (runs and deliveries)", "2025-03-30 01:00:00",
			"2025-03-30T02:30:00 Europe/Paris", "1.5", "20250330T010000Z", "scheduled (catch-up) #2", "corpus folder missing",
			"manual", "skipped", "in use by pid 42"}},
		{name: "last", args: []string{"-n", "1"}, want: []string{"report fast: last 1 of 3 entries (runs and deliveries)", "manual"}},
		{name: "json", args: []string{"--json"}, want: []string{`"run_id":"20250330T010000Z"`, `"catch_up":true`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			var out, errb bytes.Buffer
			args := append([]string{"history", "--config", filepath.Join(dir, "config.yaml")}, tt.args...)
			if err := run(t.Context(), args, &out, &errb); err != nil {
				t.Fatalf("history: %v", err)
			}
			for _, w := range tt.want {
				if !strings.Contains(out.String(), w) {
					t.Errorf("output lacks %q:\n%s", w, out.String())
				}
			}
		})
	}
	if _, err := os.Stat(filepath.Join(dir, "out", "fast", "latest")); err == nil {
		t.Error("history wrote a report")
	}
}
