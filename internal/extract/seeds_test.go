package extract

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"marketbrief/internal/model"
)

const (
	seedsDir  = "../../../shared/corpus/seeds"
	seedsGold = "../../../shared/gold/seeds"
	scorer    = "../../../shared/tools/score"
)

// needShared skips a test when a shared folder is missing, except in CI where it fails.
func needShared(t testing.TB, paths ...string) {
	t.Helper()
	for _, p := range paths {
		if _, err := os.Stat(p); err != nil {
			if os.Getenv("CI") != "" {
				t.Fatalf("%s is required in CI: %v", p, err)
			}
			t.Skipf("%s not found: %v", p, err)
		}
	}
}

// seedDocuments reads the seed corpus: title is the first non-empty line, text the rest.
func seedDocuments(t testing.TB) []model.Document {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(seedsDir, "*.txt"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no seed documents in %s: %v", seedsDir, err)
	}
	sort.Strings(files)
	var docs []model.Document
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		title, text, _ := strings.Cut(strings.TrimLeft(string(b), " \t\r\n"), "\n")
		docs = append(docs, model.Document{
			ID: filepath.Base(f), Title: strings.TrimSpace(title), Text: text,
			Language: guessLanguage(string(b)), Bytes: int64(len(b)),
		})
	}
	return docs
}

// guessLanguage tells French from English by a few frequent words, as the corpus reader does.
func guessLanguage(s string) string {
	fr, en := 0, 0
	for _, w := range strings.Fields(strings.ToLower(s)) {
		switch w {
		case "le", "la", "les", "des", "est", "et", "du", "une":
			fr++
		case "the", "and", "is", "of", "to", "with":
			en++
		}
	}
	if fr > en {
		return "fr"
	}
	return "en"
}

// extractAll runs Extract and Merge over docs and returns the facts.
func extractAll(docs []model.Document) model.Facts {
	x := New(nil)
	var per []model.DocFacts
	for _, d := range docs {
		per = append(per, x.Extract(d))
	}
	f := model.Facts{SchemaVersion: model.SchemaVersion, Report: "seeds", Documents: docs}
	f.Vendors, f.Deals, f.MarketShares, f.GroupShares = Merge(per)
	return f
}

func TestSeeds(t *testing.T) {
	needShared(t, seedsDir, seedsGold, scorer)
	if _, err := exec.LookPath("python3"); err != nil {
		needShared(t, "/nonexistent/python3")
	}
	facts := extractAll(seedDocuments(t))
	path := filepath.Join(t.TempDir(), "facts.json")
	if p := os.Getenv("SEEDS_FACTS"); p != "" {
		path = p // keep the facts for a look: SEEDS_FACTS=/tmp/facts.json go test -run TestSeeds
	}
	b, err := json.MarshalIndent(facts, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, b, 0o644); err != nil {
		t.Fatal(err)
	}
	if testing.Verbose() {
		out, _ := exec.Command("python3", scorer, path, seedsGold, "--verbose").CombinedOutput()
		t.Logf("scorer:\n%s", out)
	}
	out, err := exec.Command("python3", scorer, path, seedsGold, "--json").Output()
	if err != nil {
		t.Fatalf("scorer: %v\n%s", err, out)
	}
	var res map[string]any
	if err := json.NewDecoder(bytes.NewReader(out)).Decode(&res); err != nil {
		t.Fatalf("scorer output: %v\n%s", err, out)
	}
	f1 := func(k string) float64 { return res[k].(map[string]any)["f1"].(float64) }
	acc := func(k string) float64 {
		v, _ := res[k].(float64)
		return v
	}
	t.Logf("vendors F1 %.3f, deals F1 %.3f, shares F1 %.3f, period %.3f, region %.3f, qualifier %.3f",
		f1("vendors"), f1("deals"), f1("shares"), acc("period_accuracy"), acc("region_accuracy"), acc("qualifier_accuracy"))
	if got := f1("vendors"); got < 0.95 {
		t.Errorf("vendors F1 = %.3f, want ≥ 0.95", got)
	}
	if got := f1("shares"); got < 1 {
		t.Errorf("market shares F1 = %.3f, want 1", got)
	}
	for _, k := range []string{"period_accuracy", "region_accuracy"} {
		if got := acc(k); got < 1 {
			t.Errorf("%s = %.3f, want 1", k, got)
		}
	}
}
