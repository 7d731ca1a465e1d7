package lock

import (
	"bufio"
	"errors"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// The lock tests do not run in parallel: a process forked by TestOtherProcess briefly shares the
// parent's open lock files until it execs, which keeps a released flock held.

func TestAcquire(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "weekly")
	since := time.Date(2025, 3, 30, 1, 0, 0, 0, time.UTC)
	first, err := Acquire(dir, since)
	if err != nil {
		t.Fatal(err)
	}
	_, err = Acquire(dir, since)
	var held *HeldError
	if !errors.Is(err, ErrHeld) || !errors.As(err, &held) {
		t.Fatalf("second Acquire = %v, want a HeldError", err)
	}
	for _, want := range []string{dir, "is in use by pid", "2025-03-30T01:00:00Z", "wait for that run to finish"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error %q does not contain %q", err, want)
		}
	}
	if held.Holder.PID != os.Getpid() {
		t.Errorf("holder pid = %d, want %d", held.Holder.PID, os.Getpid())
	}
	if err := first.Release(); err != nil {
		t.Fatal(err)
	}
	if err := first.Release(); err != nil {
		t.Fatalf("second Release: %v", err)
	}
	again, err := Acquire(dir, since)
	if err != nil {
		t.Fatalf("Acquire after Release: %v", err)
	}
	again.Release()
}

// TestHelperProcess holds a lock for TestOtherProcess; it does nothing in a normal test run.
func TestHelperProcess(t *testing.T) {
	dir := os.Getenv("MARKETBRIEF_LOCK_HELPER")
	if dir == "" {
		return
	}
	if _, err := Acquire(dir, time.Now()); err != nil {
		os.Exit(3)
	}
	os.Stdout.WriteString("locked\n")
	io.Copy(io.Discard, os.Stdin) // hold until killed
	os.Exit(0)
}

// TestOtherProcess checks the lock against another process, and that the OS releases it when that
// process is killed without unlocking.
func TestOtherProcess(t *testing.T) {
	dir := t.TempDir()
	cmd := exec.Command(os.Args[0], "-test.run=^TestHelperProcess$")
	cmd.Env = append(os.Environ(), "MARKETBRIEF_LOCK_HELPER="+dir)
	stdin, _ := cmd.StdinPipe()
	defer stdin.Close()
	stdout, _ := cmd.StdoutPipe()
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	line, err := bufio.NewReader(stdout).ReadString('\n')
	if err != nil || line != "locked\n" {
		cmd.Process.Kill()
		t.Fatalf("helper: %q, %v", line, err)
	}
	_, err = Acquire(dir, time.Now())
	var held *HeldError
	if !errors.As(err, &held) || held.Holder.PID != cmd.Process.Pid {
		t.Errorf("Acquire while the helper holds it = %v, want held by pid %d", err, cmd.Process.Pid)
	}
	cmd.Process.Kill()
	cmd.Wait()
	l, err := Acquire(dir, time.Now())
	if err != nil {
		t.Fatalf("Acquire after the holder died: %v", err)
	}
	l.Release()
}

// A holder that has locked but not yet written itself (two schedulers firing on the same slot) is
// still named once it has.
func TestHeldNamesALateHolder(t *testing.T) {
	dir := t.TempDir()
	l, err := Acquire(dir, time.Now())
	if err != nil {
		t.Fatal(err)
	}
	defer l.Release()
	path := filepath.Join(dir, FileName)
	if err := os.Truncate(path, 0); err != nil { // as just after the winner's flock
		t.Fatal(err)
	}
	go func() {
		time.Sleep(10 * time.Millisecond)
		os.WriteFile(path, []byte(`{"pid":4242,"command":"marketbrief serve","since":"2025-11-24T07:00:00Z"}`), 0o644)
	}()
	_, err = Acquire(dir, time.Now())
	var held *HeldError
	if !errors.As(err, &held) || held.Holder.PID != 4242 || !strings.Contains(err.Error(), "pid 4242") {
		t.Fatalf("Acquire on a lock whose holder writes late = %v, want it named (pid 4242)", err)
	}
}
