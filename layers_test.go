package marketbrief

import (
	"os"
	"os/exec"
	"slices"
	"strings"
	"testing"
)

// layers lists, for each package, the packages of marketbrief it may depend on (directly or
// not): data flows one way, corpus → extract → aggregate → renderers → output, and only
// pipeline and cmd/ see every stage (STYLE.md). A package missing here fails the test, so that
// a new one is placed on purpose.
var layers = map[string][]string{
	"marketbrief":                      {},
	"marketbrief/internal/model":       {},
	"marketbrief/internal/font":        {},
	"marketbrief/internal/config":      {"fx", "window", "extract/lexicon"}, // checks config.yaml's lexicon: files
	"marketbrief/internal/fx":          {},
	"marketbrief/internal/window":      {},
	"marketbrief/internal/output":      {},
	"marketbrief/internal/lock":        {},
	"marketbrief/internal/history":     {},
	"marketbrief/internal/metrics":     {},
	"marketbrief/internal/schedule":    {}, // runs func(ctx) error jobs, knows nothing of reports
	"marketbrief/internal/corpus":      {"model"},
	"marketbrief/internal/cache":       {"model"}, // facts per document, beside the output
	"marketbrief/internal/extract":     {"model", "extract/lexicon", "extract/text", "extract/measure", "extract/vendor", "extract/deal", "extract/share"},
	"marketbrief/internal/aggregate":   {"model", "fx"},
	"marketbrief/internal/locale":      {"model"},
	"marketbrief/internal/xlsx":        {"model", "locale"},
	"marketbrief/internal/chart":       {"model", "font"},
	"marketbrief/internal/pdf":         {"model", "font", "locale"}, // receives chart PNGs, never imports chart
	"marketbrief/internal/pdf/pdftest": {"model"},
	"marketbrief/internal/pipeline":    nil, // every stage
	"marketbrief/cmd/marketbrief":      nil,

	// extraction reads a document downwards: lexicon (word lists as data, importing nothing of
	// ours) → text (sentences, tokens, words) → measure (periods, dates, regions, values) → vendor
	// (names → mentions) → deal and share, side by side → the extract façade.
	"marketbrief/internal/extract/lexicon": {},
	"marketbrief/internal/extract/text":    {"model", "extract/lexicon"},
	"marketbrief/internal/extract/measure": {"model", "extract/lexicon", "extract/text"},
	"marketbrief/internal/extract/vendor":  {"model", "extract/lexicon", "extract/text", "extract/measure"},
	"marketbrief/internal/extract/deal":    {"model", "extract/lexicon", "extract/text", "extract/measure", "extract/vendor"},
	"marketbrief/internal/extract/share":   {"model", "extract/lexicon", "extract/text", "extract/measure", "extract/vendor"},

	// deliver composes and sends messages; the pipeline decides when. status is the page: reports
	// come to it as values and runs go through a func.
	"marketbrief/internal/deliver": {"model", "history"},
	"marketbrief/internal/status":  {"history"},
}

func TestLayers(t *testing.T) {
	goTool, err := exec.LookPath("go")
	if err != nil {
		if os.Getenv("CI") != "" {
			t.Fatal("go tool not on PATH")
		}
		t.Skip("go tool not on PATH")
	}
	out, err := exec.Command(goTool, "list", "-f", `{{.ImportPath}}{{range .Deps}} {{.}}{{end}}`, "./...").Output()
	if err != nil {
		t.Fatalf("go list: %v", err)
	}
	for line := range strings.Lines(string(out)) {
		fields := strings.Fields(line)
		pkg, deps := fields[0], fields[1:]
		allowed, ok := layers[pkg]
		if !ok {
			t.Errorf("%s is not placed in the layers of layers_test.go", pkg)
			continue
		}
		if allowed == nil {
			continue
		}
		for _, d := range deps {
			if !strings.HasPrefix(d, "marketbrief") || d == pkg {
				continue
			}
			if !slices.Contains(allowed, strings.TrimPrefix(d, "marketbrief/internal/")) {
				t.Errorf("%s depends on %s; it may depend only on %v", pkg, d, allowed)
			}
		}
	}
}
