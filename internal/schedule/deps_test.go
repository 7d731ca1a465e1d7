package schedule

import (
	"os/exec"
	"strings"
	"testing"
)

// TestKnowsNoReports enforces the layering of STYLE.md: schedule imports nothing of marketbrief's.
func TestKnowsNoReports(t *testing.T) {
	t.Parallel()
	goTool, err := exec.LookPath("go")
	if err != nil {
		t.Skip("go tool not on PATH")
	}
	out, err := exec.Command(goTool, "list", "-deps", ".").Output()
	if err != nil {
		t.Fatalf("go list: %v", err)
	}
	for dep := range strings.Lines(string(out)) {
		if dep = strings.TrimSpace(dep); strings.HasPrefix(dep, "marketbrief/") && dep != "marketbrief/internal/schedule" {
			t.Errorf("schedule depends on %s", dep)
		}
	}
}
