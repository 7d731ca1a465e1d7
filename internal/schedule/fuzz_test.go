package schedule

import (
	"testing"
	"time"
)

// FuzzParse checks that no spec panics, and that a parsed schedule's slots move forward.
func FuzzParse(f *testing.F) {
	for _, s := range []string{"30 2 * * 0", "CRON_TZ=Europe/Paris 30 2 * * 0", "CRON_TZ=UTC", "TZ=", "@weekly",
		"*/5 * * * * *", "0 0 30 2 *", "1-5/0 * * * *", "TZ=America/New_York 0,30 1 * * *", "@every 1h"} {
		f.Add(s)
	}
	from := time.Date(2025, 3, 25, 0, 0, 0, 0, time.UTC)
	f.Fuzz(func(t *testing.T, spec string) {
		s, err := Parse(spec, "Europe/Paris")
		if err != nil {
			return
		}
		prev := from
		for _, slot := range s.Upcoming(3, from) {
			if !slot.At.After(prev) {
				t.Fatalf("%q: slot %v not after %v", spec, slot.At, prev)
			}
			prev = slot.At
		}
	})
}

// TestYearOfSlots walks a year of quarter-hour slots in zones with 1-hour and 30-minute DST
// changes: instants and keys strictly increase, and a slot runs at its own wall time unless a
// change skipped it, in which case it runs at the change.
func TestYearOfSlots(t *testing.T) {
	t.Parallel()
	for _, zone := range []string{"Europe/Paris", "America/New_York", "Australia/Lord_Howe", "Australia/Sydney", "UTC"} {
		t.Run(zone, func(t *testing.T) {
			t.Parallel()
			s := mustParse(t, "*/15 * * * *", zone)
			from := time.Date(2025, 1, 1, 0, 0, 0, 0, s.Location())
			var prev Slot
			skipped, repeated := 0, 0
			for slot := s.Next(from); slot.At.Year() == 2025; slot = s.Next(slot.At) {
				if !prev.IsZero() && (!slot.At.After(prev.At) || slot.Key <= prev.Key) {
					t.Fatalf("%s then %s", prev.Key, slot.Key)
				}
				switch slot.DST() {
				case "skipped":
					skipped++
					if start, _ := slot.At.ZoneBounds(); !start.Equal(slot.At) {
						t.Fatalf("skipped slot %s runs at %v, not at the change", slot.Key, slot.At)
					}
				case "repeated":
					repeated++
				}
				prev = slot
			}
			if zone != "UTC" && (skipped != 1 || repeated == 0) {
				t.Errorf("%d skipped and %d repeated slots in 2025, want 1 and some", skipped, repeated)
			}
		})
	}
}
