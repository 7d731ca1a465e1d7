package extract

import (
	"fmt"
	"strings"
	"syscall"
	"testing"
	"time"

	"marketbrief/internal/extract/deal"
	"marketbrief/internal/model"
)

// benchName makes the i-th distinct company name: two invented words, sometimes with a
// generic word ("Cloud", "Systems") or a legal form, as the press writes them.
func benchName(i int) string {
	syl := []string{"zor", "va", "ki", "lum", "tre", "bax", "no", "qui", "sel", "dar", "fen", "ix"}
	var b strings.Builder
	for n := i + 1; n > 0; n /= len(syl) {
		b.WriteString(syl[n%len(syl)])
	}
	w := b.String()
	name := strings.ToUpper(w[:1]) + w[1:]
	switch i % 5 {
	case 1:
		name += " Cloud"
	case 2:
		name += " Systems Inc"
	case 3:
		name = "Groupe " + name
	}
	return name
}

// benchDeals makes n distinct deals of every type: acquirers come from a pool of a few
// thousand companies (big buyers make many deals), targets are new companies, one deal in ten
// is a partnership, and one in twenty is told again by a second document.
func benchDeals(n int) []model.Deal {
	deals := make([]model.Deal, 0, n+n/20)
	for i := range n {
		doc := fmt.Sprintf("d%07d.txt", i)
		acq, tgt := benchName(i%3000), benchName(3000+i)
		typ := model.DealTypes[i%len(model.DealTypes)]
		d := testDeal(typ, acq, tgt, "", doc, acq+" and "+tgt+".")
		if typ == model.Partnership {
			d = testDeal(typ, "", "", "", doc, acq+" partners with "+tgt+".")
			d.Parties = []string{acq, tgt}
		}
		deals = append(deals, d)
		if i%20 == 0 {
			again := d
			again.Documents = []string{fmt.Sprintf("e%07d.txt", i)}
			again.Evidence = []model.Evidence{{Document: again.Documents[0], Text: "again"}}
			deals = append(deals, again)
		}
	}
	return deals
}

// BenchmarkMergeDeals merges 10k, 100k and 1M distinct deals: time per deal stays flat.
func BenchmarkMergeDeals(b *testing.B) {
	for _, n := range []int{10_000, 100_000, 1_000_000} {
		b.Run(fmt.Sprintf("deals=%d", n), func(b *testing.B) {
			deals := benchDeals(n) // b.Loop times only the loop
			cpu := cpuTime()
			for b.Loop() {
				if got := deal.MergeDeals(deals); len(got) != n {
					b.Fatalf("got %d deals, want %d", len(got), n)
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(n), "ns/deal")
			b.ReportMetric(float64(cpuTime()-cpu)/float64(b.N)/float64(n), "cpu-ns/deal")
		})
	}
}

// BenchmarkMergeVendorsShares merges 100k documents naming distinct vendors and stating
// distinct market shares.
func BenchmarkMergeVendorsShares(b *testing.B) {
	const n = 100_000
	per := make([]model.DocFacts, n)
	for i := range per {
		doc, name := fmt.Sprintf("d%07d.txt", i), benchName(i)
		per[i] = model.DocFacts{Document: doc,
			Mentions: map[string]int{name: 2, "Amazon": 1},
			Aliases:  map[string][]string{name: {name}, "Amazon": {"AWS"}},
			MarketShares: []model.MarketShare{{Vendor: name, Share: float64(i % 100), Market: "cloud",
				Document: doc, Evidence: name + " holds a share."}},
		}
	}
	for b.Loop() {
		vendors, _, shares, _ := Merge(per)
		if len(vendors) != n+1 || len(shares) != n {
			b.Fatalf("got %d vendors and %d shares, want %d and %d", len(vendors), len(shares), n+1, n)
		}
	}
}

// cpuTime returns the CPU time (user and system) the process has used: on a machine shared
// with other work, wall time varies twofold while CPU time does not.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
