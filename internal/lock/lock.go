// Package lock takes an exclusive, non-blocking lock on a report's output folder (flock on
// FOLDER/.lock), so that two serve processes, or serve and a run started by hand, never write the same
// report at once. The operating system releases the lock when its holder exits, even on a crash.
package lock

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"time"
)

// FileName is the lock file's name inside the locked folder.
const FileName = ".lock"

// ErrHeld is wrapped by the error of Acquire when another process holds the lock.
var ErrHeld = errors.New("locked by another process")

// Holder describes the process that holds a lock; Acquire writes it into the lock file.
type Holder struct {
	PID     int       `json:"pid"`
	Command string    `json:"command"`
	Host    string    `json:"host,omitempty"`
	Since   time.Time `json:"since"`
}

// HeldError is the error of Acquire when the lock is held. It wraps ErrHeld.
type HeldError struct {
	Dir string
	// Holder is what the holder wrote; zero if it could not be read.
	Holder Holder
}

// Error says who holds the lock and what to do.
func (e *HeldError) Error() string {
	who := "another process"
	if h := e.Holder; h.PID != 0 {
		who = fmt.Sprintf("pid %d (%s) since %s", h.PID, h.Command, h.Since.Format(time.RFC3339))
		if h.Host != "" {
			who = fmt.Sprintf("pid %d on %s (%s) since %s", h.PID, h.Host, h.Command, h.Since.Format(time.RFC3339))
		}
	}
	return fmt.Sprintf("%s is in use by %s: wait for that run to finish, or stop that process if it is stuck",
		e.Dir, who)
}

// Unwrap returns ErrHeld.
func (e *HeldError) Unwrap() error { return ErrHeld }

// Lock is a held lock. Release it with Release.
type Lock struct {
	f *os.File
}

// Acquire locks dir, creating it if needed, without waiting. If another process (or another Acquire
// in this process) holds it, the error is a *HeldError naming the holder.
func Acquire(dir string, now time.Time) (*Lock, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("lock %s: %w", dir, err)
	}
	path := filepath.Join(dir, FileName)
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE, 0o644)
	if err != nil {
		return nil, fmt.Errorf("lock %s: %w", dir, err)
	}
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB); err != nil {
		f.Close()
		if errors.Is(err, syscall.EWOULDBLOCK) {
			return nil, &HeldError{Dir: dir, Holder: awaitHolder(path)}
		}
		return nil, fmt.Errorf("lock %s: %w", dir, err)
	}
	if err := writeHolder(f, now); err != nil {
		f.Close()
		return nil, fmt.Errorf("lock %s: %w", dir, err)
	}
	return &Lock{f: f}, nil
}

// writeHolder replaces the lock file's content with this process's description.
func writeHolder(f *os.File, now time.Time) error {
	host, _ := os.Hostname()
	b, err := json.Marshal(Holder{PID: os.Getpid(), Command: strings.Join(os.Args, " "), Host: host, Since: now})
	if err != nil {
		return err
	}
	if err := f.Truncate(0); err != nil {
		return err
	}
	_, err = f.WriteAt(append(b, '\n'), 0)
	return err
}

// awaitHolder reads the holder's description, giving a holder that has just taken the lock a
// moment to write it: two schedulers firing on the same slot meet exactly in that window.
func awaitHolder(path string) Holder {
	for range 20 {
		if h := readHolder(path); h.PID != 0 {
			return h
		}
		time.Sleep(5 * time.Millisecond)
	}
	return Holder{}
}

// readHolder reads the holder's description; a zero Holder if it cannot.
func readHolder(path string) Holder {
	var h Holder
	if b, err := os.ReadFile(path); err == nil {
		_ = json.Unmarshal(b, &h) // the holder may be mid-write; a zero Holder is shown as "another process"
	}
	return h
}

// Release unlocks. The lock file stays: removing it would let a waiter lock a file that a newcomer
// then recreates. Release on a nil or released Lock does nothing.
func (l *Lock) Release() error {
	if l == nil || l.f == nil {
		return nil
	}
	// Clear the holder first, so that a process that finds the lock held by a newcomer who has not
	// yet written itself does not name this one.
	terr := l.f.Truncate(0)
	err := l.f.Close() // closing the descriptor releases the flock
	l.f = nil
	return errors.Join(terr, err)
}
