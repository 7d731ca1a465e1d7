package history

import (
	"path/filepath"
	"time"
)

// Store answers the scheduler's catch-up question from the histories under an output folder, where
// each report's history is OUTPUT/NAME/history.jsonl.
type Store struct {
	// Output is the output folder.
	Output string
}

// LastSuccess returns when report last succeeded: the slot time of a scheduled run, the start of a
// manual one.
func (s Store) LastSuccess(report string) (time.Time, bool, error) {
	e, ok, err := LastSuccess(filepath.Join(s.Output, report))
	if err != nil || !ok {
		return time.Time{}, false, err
	}
	return e.Since(), true, nil
}
