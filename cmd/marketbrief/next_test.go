package main

import (
	"bytes"
	"strings"
	"testing"
)

// TestNextDST is the acceptance check of issue 6: one run on each DST Sunday, at the first valid
// instant when 02:30 does not exist.
func TestNextDST(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		args []string
		want []string // lines, in order
		not  []string
	}{
		{name: "paris spring forward", args: []string{"--schedule", "CRON_TZ=Europe/Paris 30 2 * * 0", "--from", "2025-03-25", "-n", "2"},
			want: []string{"Sun 2025-03-30 03:00:00 CEST   2025-03-30 01:00:00 UTC", "does not exist",
				"Sun 2025-04-06 02:30:00 CEST   2025-04-06 00:30:00 UTC"}},
		{name: "paris fall back", args: []string{"--schedule", "CRON_TZ=Europe/Paris 30 2 * * 0", "--from", "2025-10-20", "-n", "2"},
			want: []string{"Sun 2025-10-26 02:30:00 CEST   2025-10-26 00:30:00 UTC", "occurs twice",
				"Sun 2025-11-02 02:30:00 CET   2025-11-02 01:30:00 UTC"},
			not: []string{"02:30:00 CET   2025-10-26"}},
		{name: "zone flag", args: []string{"--schedule", "@daily", "--zone", "America/New_York", "--from", "2025-03-08T12:00", "-n", "2"},
			want: []string{"Sun 2025-03-09 00:00:00 EST   2025-03-09 05:00:00 UTC", "Mon 2025-03-10 00:00:00 EDT   2025-03-10 04:00:00 UTC"}},
		{name: "seconds and rfc3339", args: []string{"--schedule", "*/20 * * * * *", "--zone", "UTC", "--from", "2025-01-01T00:00:00Z", "-n", "3"},
			want: []string{"00:00:20 UTC", "00:00:40 UTC", "00:01:00 UTC"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			var out, errb bytes.Buffer
			if err := run(t.Context(), append([]string{"next"}, tt.args...), &out, &errb); err != nil {
				t.Fatalf("next: %v", err)
			}
			rest := out.String()
			for _, w := range tt.want {
				i := strings.Index(rest, w)
				if i < 0 {
					t.Fatalf("output lacks %q (in order):\n%s", w, out.String())
				}
				rest = rest[i+len(w):]
			}
			if n := strings.Count(out.String(), "\n  "); n != countRuns(tt.args) {
				t.Errorf("%d runs printed, want %d:\n%s", n, countRuns(tt.args), out.String())
			}
			for _, w := range tt.not {
				if strings.Contains(out.String(), w) {
					t.Errorf("output has %q:\n%s", w, out.String())
				}
			}
		})
	}
}

// countRuns returns the -n of args.
func countRuns(args []string) int {
	for i, a := range args {
		if a == "-n" {
			return int(args[i+1][0] - '0')
		}
	}
	return 5
}

func TestNextErrors(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		args []string
		want string
	}{
		{name: "bad field", args: []string{"--schedule", "61 * * * *"}, want: "--schedule: invalid schedule"},
		{name: "zone without spec", args: []string{"--schedule", "CRON_TZ=UTC"}, want: "no fields after the zone"},
		{name: "bad zone", args: []string{"--schedule", "@daily", "--zone", "Mars/Base"}, want: `unknown time zone "Mars/Base"`},
		{name: "bad from", args: []string{"--schedule", "@daily", "--from", "tomorrow"}, want: `--from "tomorrow"`},
		{name: "both", args: []string{"--schedule", "@daily", "--report", "weekly"}, want: "not both"},
		{name: "n", args: []string{"--schedule", "@daily", "-n", "0"}, want: "-n 0"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			var out, errb bytes.Buffer
			err := run(t.Context(), append([]string{"next"}, tt.args...), &out, &errb)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("next %q = %v, want an error containing %q", tt.args, err, tt.want)
			}
			if code := exitCode(err, &errb); code != exitUsage {
				t.Errorf("exit code %d, want %d", code, exitUsage)
			}
		})
	}
}
