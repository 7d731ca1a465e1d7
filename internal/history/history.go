// Package history keeps the run history of a report: an append-only JSON-lines file,
// OUT/REPORT/history.jsonl, with one entry per run, scheduled or by hand.
package history

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"
)

// FileName is the history file's name inside a report's output folder.
const FileName = "history.jsonl"

// Statuses of a run.
const (
	StatusOK        = "ok"
	StatusFailed    = "failed"
	StatusCancelled = "cancelled"
	StatusSkipped   = "skipped"
)

// Triggers of a run.
const (
	TriggerScheduled = "scheduled"
	TriggerManual    = "manual"
)

// Entry is one run of a report.
type Entry struct {
	// RunID names the run's output folder; empty when the run wrote nothing.
	RunID   string `json:"run_id,omitempty"`
	Report  string `json:"report"`
	Trigger string `json:"trigger"`
	// CatchUp marks a scheduled run of a slot missed while serve was down.
	CatchUp bool `json:"catch_up,omitempty"`
	// Slot is the schedule slot's key ("2025-03-30T02:30:00 Europe/Paris"); empty for a manual run.
	Slot string `json:"slot,omitempty"`
	// SlotTime is the instant the slot was due; zero for a manual run.
	SlotTime time.Time `json:"slot_time,omitzero"`
	Start    time.Time `json:"start,omitzero"`
	End      time.Time `json:"end,omitzero"`
	// Attempt is the attempt number within the slot, from 1.
	Attempt int    `json:"attempt,omitempty"`
	Status  string `json:"status"`
	Error   string `json:"error,omitempty"`
	// Outputs are the files written, relative to the report's output folder.
	Outputs []string `json:"outputs,omitempty"`
	// Documents are the IDs of the documents read; past a thousand they are left out (the
	// run's manifest.json lists them) and only DocumentCount tells how many there were.
	Documents []string `json:"documents,omitempty"`
	// Kind is empty for a run and KindDelivery for the delivery of run RunID (or of the failure
	// notice of a run that published nothing), whose Status is StatusSent or StatusFailed.
	Kind string `json:"kind,omitempty"`
	// Deliveries are the messages sent (or not) to each channel.
	Deliveries []Delivery `json:"deliveries,omitempty"`
	// DocumentCount is how many documents the run read (0 in entries written before it was).
	DocumentCount int `json:"document_count,omitempty"`
}

// DocCount returns how many documents the run read.
func (e Entry) DocCount() int {
	return max(e.DocumentCount, len(e.Documents))
}

// Append adds e to the history in dir, creating the folder and the file as needed. The entry is one
// write to a file opened with O_APPEND, then fsynced, so concurrent writers do not interleave and a
// crash leaves at most a torn last line, which Read ignores.
func Append(dir string, e Entry) error {
	line, err := json.Marshal(e)
	if err != nil {
		return fmt.Errorf("encode history entry: %w", err)
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("append history: %w", err)
	}
	path := filepath.Join(dir, FileName)
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_APPEND|os.O_CREATE, 0o644)
	if err != nil {
		return fmt.Errorf("append history: %w", err)
	}
	defer f.Close()
	// A line torn by an earlier crash must not swallow this one.
	if torn, err := endsTorn(path); err != nil {
		return fmt.Errorf("append history: %w", err)
	} else if torn {
		line = append([]byte("\n"), line...)
	}
	if _, err := f.Write(append(line, '\n')); err != nil {
		return fmt.Errorf("append history %s: %w", path, err)
	}
	if err := f.Sync(); err != nil {
		return fmt.Errorf("append history %s: %w", path, err)
	}
	return f.Close()
}

// endsTorn reports whether the file at path is non-empty and does not end with a newline.
func endsTorn(path string) (bool, error) {
	f, err := os.Open(path)
	if err != nil {
		return false, err
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil || info.Size() == 0 {
		return false, err
	}
	last := make([]byte, 1)
	if _, err := f.ReadAt(last, info.Size()-1); err != nil {
		return false, err
	}
	return last[0] != '\n', nil
}

// Read returns the history in dir, oldest first; no file means no runs. Lines that do not decode
// (a line torn by a crash) are ignored.
func Read(dir string) ([]Entry, error) {
	f, err := os.Open(filepath.Join(dir, FileName))
	if errors.Is(err, os.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("read history: %w", err)
	}
	defer f.Close()
	return decode(f)
}

// decode reads JSON lines from r, skipping lines that do not decode.
func decode(r io.Reader) ([]Entry, error) {
	var out []Entry
	br := bufio.NewReader(r)
	for {
		line, err := br.ReadBytes('\n')
		if line = bytes.TrimSpace(line); len(line) > 0 {
			var e Entry
			if json.Unmarshal(line, &e) == nil {
				out = append(out, e)
			}
		}
		if errors.Is(err, io.EOF) {
			return out, nil
		}
		if err != nil {
			return nil, fmt.Errorf("read history: %w", err)
		}
	}
}

// LastSuccess returns the newest successful entry in dir; ok is false when no run succeeded.
func LastSuccess(dir string) (e Entry, ok bool, err error) {
	entries, err := Read(dir)
	if err != nil {
		return Entry{}, false, err
	}
	for i := len(entries) - 1; i >= 0; i-- {
		if entries[i].Status == StatusOK {
			return entries[i], true, nil
		}
	}
	return Entry{}, false, nil
}

// SlotRan reports whether the slot with key already ran successfully according to dir's history.
func SlotRan(dir, key string) (bool, error) {
	entries, err := Read(dir)
	if err != nil {
		return false, err
	}
	for _, e := range entries {
		if e.Slot == key && e.Status == StatusOK {
			return true, nil
		}
	}
	return false, nil
}

// Since returns the instant e covers for catch-up: its slot's time for a scheduled run, its start for
// a manual one.
func (e Entry) Since() time.Time {
	if !e.SlotTime.IsZero() {
		return e.SlotTime
	}
	return e.Start
}
