// Package output is the only writer of reports. A run's files are written into a hidden staging
// folder, each one fsynced, and the folder is renamed into place (OUT/REPORT/RUN-ID) only when
// every file is complete; a "latest" link then points at it. A killed or failed run therefore
// never leaves a partial file and never touches earlier runs.
package output

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// Latest is the name of the link to a report's newest successful run.
const Latest = "latest"

const stagingPrefix = ".staging-"

// Run is one run's output folder while it is being written.
type Run struct {
	final   string // OUT/REPORT/RUN-ID
	staging string // OUT/REPORT/.staging-RUN-ID
	done    bool
}

// Begin prepares the output of run id of report under out. It removes staging folders that
// earlier killed runs left behind; the caller must hold the report's lock.
func Begin(out, report, id string) (*Run, error) {
	dir := filepath.Join(out, report)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("output folder %s: %w", dir, unwrap(err))
	}
	stale, _ := filepath.Glob(filepath.Join(dir, stagingPrefix+"*"))
	for _, s := range stale {
		_ = os.RemoveAll(s) // leftovers of a killed run: never a report
	}
	r := &Run{final: filepath.Join(dir, id), staging: filepath.Join(dir, stagingPrefix+id)}
	if _, err := os.Stat(r.final); err == nil {
		return nil, fmt.Errorf("output folder %s already exists: choose another run id", r.final)
	}
	if err := os.Mkdir(r.staging, 0o755); err != nil {
		return nil, fmt.Errorf("output folder %s: %w", r.staging, unwrap(err))
	}
	return r, nil
}

// Dir is the folder the run will have once committed.
func (r *Run) Dir() string { return r.final }

// Write writes the file name of the run with fill. The file is complete and synced when Write
// returns nil.
func (r *Run) Write(name string, fill func(io.Writer) error) error {
	return WriteFile(filepath.Join(r.staging, name), fill)
}

// Commit moves the finished run into place and points the latest link at it.
func (r *Run) Commit() error {
	if err := syncDir(r.staging); err != nil {
		return err
	}
	if err := os.Rename(r.staging, r.final); err != nil {
		return fmt.Errorf("publish %s: %w", r.final, unwrap(err))
	}
	r.done = true
	parent := filepath.Dir(r.final)
	if err := syncDir(parent); err != nil {
		return err
	}
	return pointLatest(parent, filepath.Base(r.final))
}

// Abort removes what the run wrote; it does nothing after Commit. It is safe to defer.
func (r *Run) Abort() {
	if !r.done {
		_ = os.RemoveAll(r.staging)
		r.done = true
	}
}

// pointLatest replaces the link dir/latest atomically with one to target.
func pointLatest(dir, target string) error {
	tmp := filepath.Join(dir, "."+Latest+".tmp")
	_ = os.Remove(tmp)
	if err := os.Symlink(target, tmp); err != nil {
		return fmt.Errorf("link %s: %w", filepath.Join(dir, Latest), unwrap(err))
	}
	if err := os.Rename(tmp, filepath.Join(dir, Latest)); err != nil {
		_ = os.Remove(tmp)
		return fmt.Errorf("link %s: %w", filepath.Join(dir, Latest), unwrap(err))
	}
	return syncDir(dir)
}

// WriteFile writes path atomically: fill writes a temporary file beside it, which is synced
// and renamed over path. On error path is left as it was.
func WriteFile(path string, fill func(io.Writer) error) (err error) {
	f, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return fmt.Errorf("write %s: %w", path, unwrap(err))
	}
	defer func() {
		if err != nil {
			f.Close()
			os.Remove(f.Name())
		}
	}()
	if err = fill(f); err != nil {
		return fmt.Errorf("write %s: %w", filepath.Base(path), err)
	}
	if err = f.Chmod(0o644); err != nil {
		return err
	}
	if err = f.Sync(); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err = f.Close(); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err = os.Rename(f.Name(), path); err != nil {
		return fmt.Errorf("write %s: %w", path, unwrap(err))
	}
	return nil
}

func syncDir(dir string) error {
	d, err := os.Open(dir)
	if err != nil {
		return err
	}
	defer d.Close()
	if err := d.Sync(); err != nil && !errors.Is(err, os.ErrInvalid) {
		return fmt.Errorf("sync %s: %w", dir, err)
	}
	return nil
}

// Runs lists the committed run ids of report under out, oldest first (ids sort by time).
func Runs(out, report string) ([]string, error) {
	entries, err := os.ReadDir(filepath.Join(out, report))
	if err != nil {
		if errors.Is(err, os.ErrNotExist) {
			return nil, nil
		}
		return nil, err
	}
	var ids []string
	for _, e := range entries {
		if e.IsDir() && !strings.HasPrefix(e.Name(), ".") {
			ids = append(ids, e.Name())
		}
	}
	sort.Strings(ids)
	return ids, nil
}

// Prune removes the oldest runs of report so that keep remain (keep 0 keeps all); the run the
// latest link points at is never removed.
func Prune(out, report string, keep int) error {
	if keep <= 0 {
		return nil
	}
	ids, err := Runs(out, report)
	if err != nil || len(ids) <= keep {
		return err
	}
	latest, _ := os.Readlink(filepath.Join(out, report, Latest))
	var errs []error
	for _, id := range ids[:len(ids)-keep] {
		if id != latest {
			errs = append(errs, os.RemoveAll(filepath.Join(out, report, id)))
		}
	}
	return errors.Join(errs...)
}

func unwrap(err error) error {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	var le *os.LinkError
	if errors.As(err, &le) {
		return le.Err
	}
	return err
}
