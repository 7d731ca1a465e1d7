package history

import (
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"
)

func TestAppendRead(t *testing.T) {
	t.Parallel()
	dir := filepath.Join(t.TempDir(), "weekly")
	if got, err := Read(dir); err != nil || got != nil {
		t.Fatalf("Read(missing) = %v, %v", got, err)
	}
	at := time.Date(2025, 3, 30, 1, 0, 0, 0, time.UTC)
	entries := []Entry{
		{Report: "weekly", Trigger: TriggerScheduled, Slot: "2025-03-30T02:30:00 Europe/Paris", SlotTime: at,
			Start: at, End: at.Add(time.Minute), Status: StatusOK, RunID: "r1", Outputs: []string{"r1/brief.pdf"},
			Documents: []string{"a.txt"}},
		{Report: "weekly", Trigger: TriggerManual, Start: at.Add(time.Hour), Status: StatusFailed, Error: "boom"},
	}
	for _, e := range entries {
		if err := Append(dir, e); err != nil {
			t.Fatal(err)
		}
	}
	got, err := Read(dir)
	if err != nil || len(got) != 2 || got[0].RunID != "r1" || got[0].Documents[0] != "a.txt" ||
		!got[0].SlotTime.Equal(at) || got[1].Error != "boom" {
		t.Fatalf("Read = %+v, %v", got, err)
	}
}

// TestTornLine checks that a line torn by a crash is ignored and does not swallow the next append.
func TestTornLine(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	if err := Append(dir, Entry{Report: "r", Status: StatusOK, RunID: "one"}); err != nil {
		t.Fatal(err)
	}
	f, err := os.OpenFile(filepath.Join(dir, FileName), os.O_WRONLY|os.O_APPEND, 0)
	if err != nil {
		t.Fatal(err)
	}
	f.WriteString(`{"report":"r","status":"o`)
	f.Close()
	if got, err := Read(dir); err != nil || len(got) != 1 {
		t.Fatalf("Read after torn line = %+v, %v", got, err)
	}
	if err := Append(dir, Entry{Report: "r", Status: StatusOK, RunID: "two"}); err != nil {
		t.Fatal(err)
	}
	got, err := Read(dir)
	if err != nil || len(got) != 2 || got[1].RunID != "two" {
		t.Fatalf("Read after append = %+v, %v", got, err)
	}
}

func TestLastSuccess(t *testing.T) {
	t.Parallel()
	slot := time.Date(2025, 1, 5, 8, 0, 0, 0, time.UTC)
	manual := time.Date(2025, 1, 6, 12, 0, 0, 0, time.UTC)
	tests := []struct {
		name    string
		entries []Entry
		ok      bool
		since   time.Time
	}{
		{name: "empty"},
		{name: "only failures", entries: []Entry{{Status: StatusFailed, SlotTime: slot}}},
		{name: "scheduled", entries: []Entry{{Status: StatusOK, SlotTime: slot, Slot: "k", Start: manual},
			{Status: StatusFailed, SlotTime: slot.Add(time.Hour)}}, ok: true, since: slot},
		{name: "manual", entries: []Entry{{Status: StatusOK, SlotTime: slot, Slot: "k"},
			{Status: StatusOK, Trigger: TriggerManual, Start: manual}}, ok: true, since: manual},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			out := t.TempDir()
			for _, e := range tt.entries {
				if err := Append(filepath.Join(out, "rep"), e); err != nil {
					t.Fatal(err)
				}
			}
			since, ok, err := Store{Output: out}.LastSuccess("rep")
			if err != nil || ok != tt.ok || !since.Equal(tt.since) {
				t.Fatalf("LastSuccess = %v, %v, %v; want %v, %v", since, ok, err, tt.since, tt.ok)
			}
			ran, _ := SlotRan(filepath.Join(out, "rep"), "k")
			if want := tt.ok; ran != want {
				t.Errorf("SlotRan = %v, want %v", ran, want)
			}
		})
	}
}

// TestConcurrentAppend checks that appends from many goroutines stay whole lines.
func TestConcurrentAppend(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	var wg sync.WaitGroup
	for range 20 {
		wg.Go(func() {
			if err := Append(dir, Entry{Report: "r", Status: StatusOK, Documents: make([]string, 200)}); err != nil {
				t.Error(err)
			}
		})
	}
	wg.Wait()
	if got, err := Read(dir); err != nil || len(got) != 20 {
		t.Fatalf("Read = %d entries, %v", len(got), err)
	}
}
