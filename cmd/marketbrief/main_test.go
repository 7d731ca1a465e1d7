package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"marketbrief/internal/model"
)

// repoConfig is the repository's default config.yaml, whose paths resolve against the repo root.
const repoConfig = "../../config.yaml"

// sharedDir is ../shared seen from this package; tests that need it skip when it is absent,
// except in CI.
const sharedDir = "../../../shared"

func needShared(t *testing.T) {
	t.Helper()
	if _, err := os.Stat(sharedDir); err != nil {
		if os.Getenv("CI") != "" {
			t.Fatalf("%s is missing in CI", sharedDir)
		}
		t.Skipf("%s not present", sharedDir)
	}
}

func needTool(t *testing.T, name string) string {
	t.Helper()
	p, err := exec.LookPath(name)
	if err != nil {
		if os.Getenv("CI") != "" {
			t.Fatalf("%s is missing in CI (.ci/run installs it)", name)
		}
		t.Skipf("%s not installed", name)
	}
	return p
}

// mb runs marketbrief with args and returns stdout, stderr and the exit status.
func mb(t *testing.T, args ...string) (string, string, int) {
	t.Helper()
	var out, errOut bytes.Buffer
	code := exitCode(run(context.Background(), args, &out, &errOut), &errOut)
	return out.String(), errOut.String(), code
}

func readFacts(t *testing.T, dir string) model.Facts {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(dir, "facts.json"))
	if err != nil {
		t.Fatal(err)
	}
	var f model.Facts
	if err := json.Unmarshal(b, &f); err != nil {
		t.Fatal(err)
	}
	return f
}

func TestRunSampleCorpus(t *testing.T) {
	out := t.TempDir()
	stdout, stderr, code := mb(t, "run", "--config", repoConfig, "--out", out, "--as-of", "2025-11-24", "--window", "all")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	dir := strings.TrimSpace(stdout)
	for _, f := range []string{"weekly.xlsx", "weekly.pdf", "facts.json", "manifest.json"} {
		if info, err := os.Stat(filepath.Join(dir, f)); err != nil || info.Size() == 0 {
			t.Errorf("%s not written: %v", f, err)
		}
	}
	latest, err := filepath.EvalSymlinks(filepath.Join(out, "weekly", "latest"))
	if err != nil || latest != dir {
		t.Errorf("latest -> %s (%v), want %s", latest, err, dir)
	}
	f := readFacts(t, dir)
	if len(f.Documents) < 10 || len(f.Vendors) == 0 || len(f.Deals) == 0 || len(f.MarketShares) == 0 {
		t.Errorf("sample corpus gave %d documents, %d vendors, %d deals, %d shares", len(f.Documents), len(f.Vendors), len(f.Deals), len(f.MarketShares))
	}
	for _, d := range f.Deals {
		if len(d.Evidence) == 0 || d.Evidence[0].Text == "" || len(d.Documents) == 0 {
			t.Errorf("deal without evidence: %+v", d)
		}
	}
	for _, s := range f.MarketShares {
		if s.Evidence == "" || s.Document == "" {
			t.Errorf("share without evidence: %+v", s)
		}
	}
	wb, err := excelize.OpenFile(filepath.Join(dir, "weekly.xlsx"))
	if err != nil {
		t.Fatal(err)
	}
	defer wb.Close()
	for _, sheet := range []string{"Summary", "Vendors", "Deals", "Market shares", "Sources"} {
		if idx, err := wb.GetSheetIndex(sheet); err != nil || idx < 0 {
			t.Errorf("sheet %s missing", sheet)
		}
	}
	pdftotext := needTool(t, "pdftotext")
	text, err := exec.Command(pdftotext, "-layout", filepath.Join(dir, "weekly.pdf"), "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(text), "Cloud market weekly brief") {
		t.Errorf("brief text lacks the title:\n%.500s", text)
	}
}

// The same corpus and as-of date give byte-identical facts.json, whatever ran in between: a run's
// history (what is new since the previous run) goes to changes.json, never into facts.json.
func TestRunIsDeterministic(t *testing.T) {
	out := t.TempDir()
	var facts [][]byte
	for _, asOf := range []string{"2025-11-24", "2025-09-30", "2025-11-24"} {
		stdout, stderr, code := mb(t, "run", "--config", repoConfig, "--out", out, "--as-of", asOf, "--window", "all")
		if code != 0 {
			t.Fatalf("exit %d: %s", code, stderr)
		}
		b, err := os.ReadFile(filepath.Join(strings.TrimSpace(stdout), "facts.json"))
		if err != nil {
			t.Fatal(err)
		}
		facts = append(facts, b)
	}
	if !bytes.Equal(facts[0], facts[2]) {
		t.Error("two runs with the same corpus and --as-of, another run between them, wrote different facts.json")
	}
	if bytes.Contains(facts[2], []byte(`"new"`)) {
		t.Error("facts.json carries the run history's new marks")
	}
}

func TestRunSkipsBadFiles(t *testing.T) {
	corpus := t.TempDir()
	files := map[string][]byte{
		"good.txt":    []byte("Contoso buys Fabrikam\nDate: 2025-10-01\n\nMicrosoft said on Monday that it had agreed to acquire Fabrikam Inc for $1.2 billion."),
		"picture.txt": {0x89, 'P', 'N', 'G', 0, 0, 0, 0x0d, 0x49, 0x48},
		"latin1.txt":  []byte("March\xe9 du cloud en Europe"),
		"empty.txt":   {},
	}
	for name, data := range files {
		if err := os.WriteFile(filepath.Join(corpus, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	out := t.TempDir()
	stdout, stderr, code := mb(t, "run", "--config", repoConfig, "--corpus", corpus, "--out", out, "--as-of", "2025-11-24", "--window", "all")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	dir := strings.TrimSpace(stdout)
	for _, name := range []string{"picture.txt", "latin1.txt", "empty.txt"} {
		if !strings.Contains(stderr, name) {
			t.Errorf("no warning names %s:\n%s", name, stderr)
		}
	}
	var man struct {
		Skipped []model.Skipped `json:"skipped"`
	}
	b, _ := os.ReadFile(filepath.Join(dir, "manifest.json"))
	if err := json.Unmarshal(b, &man); err != nil || len(man.Skipped) != 3 {
		t.Errorf("manifest skipped = %+v (%v), want 3", man.Skipped, err)
	}
	wb, err := excelize.OpenFile(filepath.Join(dir, "weekly.xlsx"))
	if err != nil {
		t.Fatal(err)
	}
	defer wb.Close()
	rows, _ := wb.GetRows("Sources")
	var listed int
	for _, r := range rows {
		line := strings.Join(r, " ")
		if strings.Contains(line, "skipped") {
			listed++
		}
	}
	if listed != 3 {
		t.Errorf("Sources sheet lists %d skipped files, want 3:\n%v", listed, rows)
	}
}

func TestRunMissingCorpusWritesNothing(t *testing.T) {
	out := filepath.Join(t.TempDir(), "out")
	stdout, stderr, code := mb(t, "run", "--config", repoConfig, "--corpus", "/nonexistent", "--out", out)
	if code == 0 || stdout != "" {
		t.Fatalf("exit %d, stdout %q", code, stdout)
	}
	if lines := strings.Count(strings.TrimSpace(stderr), "\n"); lines != 0 || !strings.Contains(stderr, "/nonexistent") {
		t.Errorf("want a one-line reason naming the folder, got:\n%s", stderr)
	}
	if _, err := os.Stat(out); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("output folder created: %v", err)
	}
}

func TestHelpAndUsage(t *testing.T) {
	for _, c := range commands() {
		stdout, _, code := mb(t, c.name, "--help")
		if code != 0 || !strings.Contains(stdout, "Usage: marketbrief "+c.name) {
			t.Errorf("%s --help: exit %d\n%s", c.name, code, stdout)
		}
	}
	if _, _, code := mb(t, "frobnicate"); code != exitUsage {
		t.Errorf("unknown command: exit %d, want %d", code, exitUsage)
	}
}

// A command's usage line names every flag it takes (the logging ones, which every command
// that logs takes, aside): "run --help" once left out --jobs, --no-cache and --facts, which
// the README's command list shows.
func TestUsageLineNamesEveryFlag(t *testing.T) {
	flagLine := regexp.MustCompile(`(?m)^  -([a-z][a-z0-9-]*)`)
	for _, c := range commands() {
		stdout, _, _ := mb(t, c.name, "--help")
		synopsis, _, _ := strings.Cut(stdout, "\n")
		for _, m := range flagLine.FindAllStringSubmatch(stdout, -1) {
			name := m[1]
			if name == "log-format" || name == "v" {
				continue
			}
			if !strings.Contains(synopsis+" ", "--"+name+" ") && !strings.Contains(synopsis, "--"+name+"]") && !strings.Contains(synopsis, "-"+name+" ") {
				t.Errorf("%s: the usage line %q does not name --%s", c.name, synopsis, name)
			}
		}
	}
}

func TestUnknownCommandIsUsageError(t *testing.T) {
	if _, _, code := mb(t, "frobnicate"); code != exitUsage {
		t.Errorf("unknown command: exit %d, want %d", code, exitUsage)
	}
	if _, stderr, code := mb(t, "run", "--as-of", "yesterday"); code != exitUsage || !strings.Contains(stderr, "YYYY-MM-DD") {
		t.Errorf("bad --as-of: exit %d, %s", code, stderr)
	}
}

func TestValidate(t *testing.T) {
	if stdout, stderr, code := mb(t, "validate", "--config", repoConfig); code != 0 || !strings.Contains(stdout, "report weekly") {
		t.Fatalf("repo config: exit %d\n%s%s", code, stdout, stderr)
	}
	dir := t.TempDir()
	os.MkdirAll(filepath.Join(dir, "reports"), 0o755)
	os.WriteFile(filepath.Join(dir, "reports", "daily.yaml"), []byte("schedule: '61 * * * *'\nlanguage: de\n"), 0o644)
	cfg := filepath.Join(dir, "config.yaml")
	os.WriteFile(cfg, []byte("reports: reports\nlog_format: xml\nserve:\n  overlap: queue\n"), 0o644)
	_, stderr, code := mb(t, "validate", "--config", cfg)
	if code != exitUsage {
		t.Errorf("exit %d, want %d", code, exitUsage)
	}
	for _, want := range []string{"log_format", `"xml"`, "serve.overlap", "reports/daily.yaml: language", "reports/daily.yaml: schedule", `"61 * * * *"`} {
		if !strings.Contains(stderr, want) {
			t.Errorf("validate output lacks %q:\n%s", want, stderr)
		}
	}
}

func TestSeedsScore(t *testing.T) {
	needShared(t)
	python := needTool(t, "python3")
	out := t.TempDir()
	stdout, stderr, code := mb(t, "run", "--config", repoConfig, "--corpus", sharedDir+"/corpus/seeds", "--out", out, "--as-of", "2025-11-24", "--window", "all")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	facts := filepath.Join(strings.TrimSpace(stdout), "facts.json")
	// The pipeline issue's thresholds; the extraction tests hold the higher targets.
	cmd := exec.Command(python, sharedDir+"/tools/score", facts, sharedDir+"/gold/seeds",
		"--min-vendor-f1", "0.90", "--min-deal-f1", "0.80", "--min-share-f1", "1.0")
	res, err := cmd.CombinedOutput()
	t.Logf("seeds score:\n%s", res)
	if err != nil {
		t.Errorf("seeds below the thresholds: %v", err)
	}
}

// TestSampleCorpusScore scores extraction on the repository's own sample corpus against the gold
// facts in internal/extract/testdata/sample-gold (written from docs/sample-corpus.md).
func TestSampleCorpusScore(t *testing.T) {
	needShared(t) // for the scorer
	python := needTool(t, "python3")
	var out, errOut bytes.Buffer
	if code := exitCode(run(context.Background(), []string{"extract", "--config", repoConfig, "../../corpus"}, &out, &errOut), &errOut); code != 0 {
		t.Fatalf("extract: exit %d: %s", code, errOut.String())
	}
	facts := filepath.Join(t.TempDir(), "facts.json")
	if err := os.WriteFile(facts, out.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(python, sharedDir+"/tools/score", facts, "../../internal/extract/testdata/sample-gold", "--verbose",
		"--min-vendor-f1", "0.95", "--min-deal-f1", "0.90", "--min-share-f1", "0.95")
	res, err := cmd.CombinedOutput()
	t.Logf("sample corpus score:\n%s", res)
	if err != nil {
		t.Errorf("sample corpus below the thresholds: %v", err)
	}
}
