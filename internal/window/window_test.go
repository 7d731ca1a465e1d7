package window

import (
	"testing"
	"time"
)

func date(s string) time.Time {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		panic(err)
	}
	return t
}

func TestParseAndStart(t *testing.T) {
	asOf, last := date("2025-11-18"), date("2025-11-04")
	tests := []struct {
		spec, start, str string
	}{
		{"7d", "2025-11-12", "7d"},
		{"1w", "2025-11-12", "7d"},
		{"1mo", "2025-10-19", "1mo"},
		{"1y", "2024-11-19", "12mo"},
		{"since-last-run", "2025-11-05", "since-last-run"},
		{"all", "", "all"},
		{"", "", "all"},
	}
	for _, tt := range tests {
		t.Run(tt.spec, func(t *testing.T) {
			w, err := Parse(tt.spec)
			if err != nil {
				t.Fatal(err)
			}
			got := w.Start(asOf, last)
			if s := got.Format(time.DateOnly); tt.start == "" && !got.IsZero() || tt.start != "" && s != tt.start {
				t.Errorf("Start = %v, want %q", got, tt.start)
			}
			if w.String() != tt.str {
				t.Errorf("String = %q, want %q", w.String(), tt.str)
			}
		})
	}
	for _, bad := range []string{"7", "d7", "0d", "1 fortnight", "-3d"} {
		if _, err := Parse(bad); err == nil {
			t.Errorf("Parse(%q) accepted", bad)
		}
	}
}

func TestContains(t *testing.T) {
	w, _ := Parse("7d")
	asOf := date("2025-11-18")
	start := w.Start(asOf, time.Time{})
	for d, want := range map[string]bool{"2025-11-11": false, "2025-11-12": true, "2025-11-18": true, "2025-11-19": false} {
		if got := Contains(start, asOf, date(d)); got != want {
			t.Errorf("Contains(%s) = %v, want %v", d, got, want)
		}
	}
	if w := (Window{SinceLastRun: true}); !w.Start(asOf, time.Time{}).IsZero() {
		t.Error("since-last-run without a previous run should read everything")
	}
	if FromInterval(7*24*time.Hour-time.Hour) != (Window{Days: 7}) || FromInterval(time.Hour) != (Window{Days: 1}) {
		t.Error("FromInterval")
	}
}
