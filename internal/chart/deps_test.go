package chart

import (
	"os/exec"
	"strings"
	"testing"
)

// TestImports enforces the layering of STYLE.md: charts are drawn from the model alone, with the
// shared font.
func TestImports(t *testing.T) {
	t.Parallel()
	goTool, err := exec.LookPath("go")
	if err != nil {
		t.Skip("go tool not on PATH")
	}
	out, err := exec.Command(goTool, "list", "-deps", ".").Output()
	if err != nil {
		t.Fatalf("go list: %v", err)
	}
	allowed := map[string]bool{"marketbrief/internal/chart": true, "marketbrief/internal/model": true,
		"marketbrief/internal/font": true}
	for dep := range strings.Lines(string(out)) {
		if dep = strings.TrimSpace(dep); strings.HasPrefix(dep, "marketbrief") && !allowed[dep] {
			t.Errorf("chart depends on %s", dep)
		}
	}
}
