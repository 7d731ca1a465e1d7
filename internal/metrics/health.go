package metrics

import (
	"fmt"
	"slices"
)

// SetUnhealthyAfter makes /healthz answer 503 once a report has failed n runs in a row (a
// success resets the count); n < 1 keeps /healthz healthy whatever the runs do.
func (r *Registry) SetUnhealthyAfter(n int) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.unhealthyAfter = n
}

// noteStreak counts failures in a row; cancelled and skipped runs leave the count as it is.
// The caller holds r.mu.
func (s *series) noteStreak(status string) {
	switch status {
	case "ok":
		s.failedInRow = 0
	case "failed":
		s.failedInRow++
	}
}

// unhealthy lists, sorted, the reports that failed at least unhealthyAfter runs in a row.
func (r *Registry) unhealthy() []string {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.unhealthyAfter < 1 {
		return nil
	}
	var out []string
	for name, s := range r.reports {
		if s.failedInRow >= r.unhealthyAfter {
			out = append(out, fmt.Sprintf("report %s failed its last %d runs", name, s.failedInRow))
		}
	}
	slices.Sort(out)
	return out
}
