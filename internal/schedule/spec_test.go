package schedule

import (
	"strings"
	"testing"
	"time"
)

func TestParseErrors(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, spec, zone, want string
	}{
		{name: "empty", spec: "", want: "empty schedule"},
		{name: "zone only panics robfig", spec: "CRON_TZ=UTC", want: `no fields after the zone in "CRON_TZ=UTC"`},
		{name: "zone without name", spec: "TZ= 0 * * * *", want: "no zone after TZ="},
		{name: "bad prefix zone", spec: "CRON_TZ=Mars/Olympus 0 * * * *", want: `unknown time zone "Mars/Olympus"`},
		{name: "doubled zone", spec: "CRON_TZ=UTC CRON_TZ=Europe/Paris 30 2 * * *", want: `more than one zone`},
		{name: "doubled zone, TZ", spec: "TZ=UTC TZ=Europe/Paris 30 2 * * *", want: `more than one zone`},
		{name: "bad default zone", spec: "0 * * * *", zone: "Europe/Pariss", want: `unknown time zone "Europe/Pariss"`},
		{name: "too few fields", spec: "61 * *", want: "expected 5 to 6 fields"},
		{name: "out of range", spec: "61 * * * *", want: "above maximum"},
		{name: "every", spec: "@every 5m", want: "no fixed slots"},
		{name: "unknown descriptor", spec: "@fortnightly", want: "unrecognized descriptor"},
		{name: "never", spec: "0 0 30 2 *", want: "never matches"},
		{name: "garbage", spec: "a b c d e", want: "invalid schedule"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			_, err := Parse(tt.spec, tt.zone)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("Parse(%q) error = %v, want containing %q", tt.spec, err, tt.want)
			}
		})
	}
}

func TestParseAccepts(t *testing.T) {
	t.Parallel()
	for _, spec := range []string{"30 2 * * 0", "*/5 * * * * *", "@weekly", "CRON_TZ=Europe/Paris 30 2 * * 0",
		"TZ=America/New_York @daily"} {
		if _, err := Parse(spec, "Europe/Paris"); err != nil {
			t.Errorf("Parse(%q): %v", spec, err)
		}
	}
}

// TestDST checks the slots around daylight-saving changes: exactly one per wall-clock slot, a skipped
// wall time at the first valid instant after it.
func TestDST(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, spec, zone, from string
		want                   []string // RFC 3339 instants in the zone
		keys                   []string
		dst                    []string // Slot.DST of each
	}{
		{name: "paris spring forward", spec: "CRON_TZ=Europe/Paris 30 2 * * 0", from: "2025-03-25T00:00:00Z",
			want: []string{"2025-03-30T03:00:00+02:00", "2025-04-06T02:30:00+02:00"},
			keys: []string{"2025-03-30T02:30:00 Europe/Paris", "2025-04-06T02:30:00 Europe/Paris"},
			dst:  []string{"skipped", ""}},
		{name: "paris fall back", spec: "CRON_TZ=Europe/Paris 30 2 * * 0", from: "2025-10-20T00:00:00Z",
			want: []string{"2025-10-26T02:30:00+02:00", "2025-11-02T02:30:00+01:00"}, dst: []string{"repeated", ""}},
		{name: "new york spring forward", spec: "30 2 * * 0", zone: "America/New_York", from: "2025-03-05T00:00:00Z",
			want: []string{"2025-03-09T03:00:00-04:00", "2025-03-16T02:30:00-04:00"}},
		{name: "new york fall back", spec: "30 1 * * 0", zone: "America/New_York", from: "2025-10-30T00:00:00Z",
			want: []string{"2025-11-02T01:30:00-04:00", "2025-11-09T01:30:00-05:00"}, dst: []string{"repeated", ""}},
		{name: "every 20 minutes across a gap", spec: "*/20 1-3 30 3 *", zone: "Europe/Paris", from: "2025-03-30T00:30:00+01:00",
			want: []string{"2025-03-30T01:00:00+01:00", "2025-03-30T01:20:00+01:00", "2025-03-30T01:40:00+01:00",
				"2025-03-30T03:00:00+02:00", "2025-03-30T03:20:00+02:00", "2025-03-30T03:40:00+02:00"}},
		{name: "hourly across a repeat", spec: "0 * 26 10 *", zone: "Europe/Paris", from: "2025-10-26T01:30:00+02:00",
			want: []string{"2025-10-26T02:00:00+02:00", "2025-10-26T03:00:00+01:00", "2025-10-26T04:00:00+01:00"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			s, err := Parse(tt.spec, tt.zone)
			if err != nil {
				t.Fatal(err)
			}
			from, _ := time.Parse(time.RFC3339, tt.from)
			got := s.Upcoming(len(tt.want), from)
			for i, w := range tt.want {
				if i >= len(got) || got[i].At.Format(time.RFC3339) != w {
					t.Fatalf("slot %d: got %v, want %s", i, got, w)
				}
				if tt.dst != nil && got[i].DST() != tt.dst[i] {
					t.Errorf("slot %d DST() = %q, want %q", i, got[i].DST(), tt.dst[i])
				}
				if tt.keys != nil && got[i].Key != tt.keys[i] {
					t.Errorf("slot %d key = %q, want %q", i, got[i].Key, tt.keys[i])
				}
			}
		})
	}
}

func TestLatest(t *testing.T) {
	t.Parallel()
	s, _ := Parse("0 9 * * *", "Europe/Paris")
	after := time.Date(2025, 1, 1, 12, 0, 0, 0, time.UTC)
	until := time.Date(2025, 1, 5, 8, 0, 0, 0, time.UTC)
	last, ok := s.Latest(after, until, 1000)
	if !ok || last.Key != "2025-01-05T09:00:00 Europe/Paris" {
		t.Fatalf("Latest = %v %v", last, ok)
	}
	if _, ok := s.Latest(until, until.Add(time.Minute), 1000); ok {
		t.Fatal("Latest found a slot in an empty range")
	}
}
