package measure

import (
	"marketbrief/internal/extract/text"

	"testing"
)

func TestFindPeriods(t *testing.T) {
	t.Parallel()
	tests := []struct {
		text          string
		year, docYear int
		want          []string
	}{
		{"in Q3 2020 and in 3Q21", 0, 0, []string{"2020-Q3", "2021-Q3"}},
		{"in Q3 '25", 0, 0, []string{"2025-Q3"}},
		{"au troisième trimestre de 2020", 0, 0, []string{"2020-Q3"}},
		{"au T3 2025 et au 4e trimestre", 0, 0, []string{"2025-Q3", "2025-Q4"}},
		{"in the third quarter", 2024, 0, []string{"2024-Q3"}},
		{"in the third quarter", 0, 0, []string{"Q3"}},
		{"in the first half of 2021", 0, 0, []string{"2021-H1"}},
		{"au premier semestre 2022", 0, 0, []string{"2022-H1"}},
		{"in March 2021", 0, 0, []string{"2021-03"}},
		{"in 2021, at Huawei Connect 2017", 0, 0, []string{"2021"}},
		{"last year", 0, 2025, []string{"2024"}},
		{"l'an dernier", 0, 2025, []string{"2024"}},
		{"fourth-quarter results", 2023, 0, []string{"2023-Q4"}},
		{"in the fourth quarter", 0, 2026, []string{"2026-Q4"}},
	}
	for _, tt := range tests {
		var got []string
		for _, p := range FindPeriods(text.Tokenize(tt.text), YearHint{Context: tt.year, DocYear: tt.docYear}) {
			got = append(got, p.String())
		}
		if len(got) != len(tt.want) {
			t.Errorf("findPeriods(%q) = %q, want %q", tt.text, got, tt.want)
			continue
		}
		for i := range got {
			if got[i] != tt.want[i] {
				t.Errorf("findPeriods(%q) = %q, want %q", tt.text, got, tt.want)
			}
		}
	}
}

func TestShifted(t *testing.T) {
	t.Parallel()
	base := Period{Year: 2025, Part: "Q1"}
	if got := Shifted(base, Period{shiftQ: 1}).String(); got != "2024-Q4" {
		t.Errorf("previous quarter of 2025-Q1 = %s, want 2024-Q4", got)
	}
	if got := (YearHint{DocYear: 2026, DocMonth: 2}).yearFor("Q4"); got != 2025 {
		t.Errorf("Q4 read in February 2026 is of %d, want 2025", got)
	}
	if got := Shifted(base, Period{shiftYears: 1}).String(); got != "2024-Q1" {
		t.Errorf("a year before 2025-Q1 = %s, want 2024-Q1", got)
	}
}

func TestFindRegion(t *testing.T) {
	t.Parallel()
	tests := []struct{ text, want string }{
		{"40% of the Chinese market", "China"},
		{"17 % du marché européen du cloud", "Europe"},
		{"the worldwide cloud market", "Global"},
		{"sur le marché mondial", "Global"},
		{"AWS leads in the US with 40%", "US"},
		{"the Chinese giant holds 16% of the global market", "Global"},
		{"aux États-Unis, AWS détient 40 %", "US"},
		{"in Asia-Pacific", "Asia-Pacific"},
		{"us and them", ""},
		// a region of several words ending the sentence, with nothing after it to be a possessive
		{"Les ventes reculent en Amérique du Nord", "North America"},
		{"AWS mène en Corée du Sud", "South Korea"},
	}
	for _, tt := range tests {
		r, _ := FindRegion(text.Tokenize(text.NormalizeText(tt.text)))
		if r.Name != tt.want {
			t.Errorf("findRegion(%q) = %q, want %q", tt.text, r.Name, tt.want)
		}
	}
}
