package extract

import (
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
	acqDocs   = "../../../shared/eval/acquisitions/docs"
	acqKeys   = "../../../shared/eval/acquisitions/keys"
	acqScorer = "../../../shared/tools/score-acquisitions"
)

// skipWithout skips the test when a shared file is missing, except in CI, where it fails.
func skipWithout(t *testing.T, paths ...string) {
	t.Helper()
	for _, p := range paths {
		if _, err := os.Stat(p); err != nil {
			if os.Getenv("CI") != "" {
				t.Fatalf("%s is missing: %v", p, err)
			}
			t.Skipf("%s is missing (the shared folder is beside the repository in CI): %v", p, err)
		}
	}
	if _, err := exec.LookPath("python3"); err != nil {
		if os.Getenv("CI") != "" {
			t.Fatal("python3 is needed to score")
		}
		t.Skip("python3 is needed to score")
	}
}

// readAcquisitionDocs reads every story as a document: the file name is its id, the first
// non-empty line its title and the rest, trimmed, its text (as the corpus reader reads a .txt file).
func readAcquisitionDocs(t *testing.T, dir string) []model.Document {
	t.Helper()
	names, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil {
		t.Fatal(err)
	}
	sort.Strings(names)
	var docs []model.Document
	for _, name := range names {
		b, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		text := strings.TrimLeft(string(b), " \t\r\n")
		title, rest, _ := strings.Cut(text, "\n")
		docs = append(docs, model.Document{
			ID: filepath.Base(name), Title: strings.TrimSpace(title), Text: strings.TrimSpace(rest),
			Language: "en", Bytes: int64(len(b)),
		})
	}
	return docs
}

// scoreFacts runs Extract and Merge over docs, writes facts.json and returns the output of the
// scorer run with args (the facts path is inserted first).
func scoreFacts(t *testing.T, docs []model.Document, scorer string, args ...string) []byte {
	t.Helper()
	x := New(nil)
	var per []model.DocFacts
	for _, d := range docs {
		per = append(per, x.Extract(d))
	}
	f := model.Facts{SchemaVersion: model.SchemaVersion, Report: "test", Documents: docs}
	f.Vendors, f.Deals, f.MarketShares, f.GroupShares = Merge(per)
	path := filepath.Join(t.TempDir(), "facts.json")
	b, err := json.MarshalIndent(f, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, b, 0o644); err != nil {
		t.Fatal(err)
	}
	if p := os.Getenv("DEAL_FACTS_OUT"); p != "" {
		_ = os.WriteFile(p, b, 0o644) // for development: keep the facts to inspect misses
	}
	out, err := exec.Command("python3", append([]string{scorer, path}, args...)...).Output()
	if err != nil {
		t.Fatalf("%s: %v\n%s", scorer, err, out)
	}
	return out
}

// TestAcquisitions scores the deals read from the Reuters acquisition stories against their
// answer keys. The floors sit just under the scores with minority stake purchases typed as
// investments (our contract, FACTS.md): the Reuters keys count those as acquisitions, so typing
// them right costs this set about 0.03 of F1 (measured at the end of 2026-12-02: PURCHASER 0.742, ACQUIRED 0.734, overall 0.730).
func TestAcquisitions(t *testing.T) {
	skipWithout(t, acqDocs, acqKeys, acqScorer)
	docs := readAcquisitionDocs(t, acqDocs)
	out := scoreFacts(t, docs, acqScorer, acqKeys, "--json")
	var res map[string]struct {
		F1 float64 `json:"f1"`
		P  float64 `json:"precision"`
		R  float64 `json:"recall"`
	}
	if err := json.Unmarshal(out, &res); err != nil {
		// documents_missing is a number, not an object: decode leniently.
		var raw map[string]json.RawMessage
		if err2 := json.Unmarshal(out, &raw); err2 != nil {
			t.Fatalf("scorer output: %v\n%s", err, out)
		}
		res = map[string]struct {
			F1 float64 `json:"f1"`
			P  float64 `json:"precision"`
			R  float64 `json:"recall"`
		}{}
		for k, v := range raw {
			var x struct {
				F1 float64 `json:"f1"`
				P  float64 `json:"precision"`
				R  float64 `json:"recall"`
			}
			if json.Unmarshal(v, &x) == nil {
				res[k] = x
			}
		}
	}
	for _, k := range []string{"PURCHASER", "ACQUIRED", "SELLER", "DLRAMT", "overall"} {
		t.Logf("%-9s P=%.3f R=%.3f F1=%.3f", k, res[k].P, res[k].R, res[k].F1)
	}
	for k, min := range map[string]float64{"overall": 0.715, "PURCHASER": 0.73, "ACQUIRED": 0.72} {
		if res[k].F1 < min {
			t.Errorf("%s F1 = %.3f, want ≥ %.2f", k, res[k].F1, min)
		}
	}
}
