package config

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestLexiconFiles checks config.yaml's lexicon: a file relative to config.yaml is read; a
// missing file and a bad line are reported with the file, the line and the fix.
func TestLexiconFiles(t *testing.T) {
	dir := t.TempDir()
	write := func(name, text string) {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("verbs.txt", "deal_verb.acquire fr engloutit engloutir a_englouti\n")
	write("bad.txt", "# ok\ndeal_verb.acquire de kaufen\n")
	write("config.yaml", "lexicon:\n  - verbs.txt\n")
	cfg, err := Load(filepath.Join(dir, "config.yaml"))
	if err == nil {
		err = cfg.Validate()
	}
	if err != nil {
		t.Fatalf("good lexicon: %v", err)
	}
	if len(cfg.Lexicon) != 1 || cfg.Lexicon[0] != "verbs.txt" {
		t.Errorf("Lexicon = %v", cfg.Lexicon)
	}
	write("config.yaml", "lexicon:\n  - verbs.txt\n  - bad.txt\n  - missing.txt\n")
	cfg, err = Load(filepath.Join(dir, "config.yaml"))
	if err == nil {
		err = cfg.Validate()
	}
	if err == nil {
		t.Fatal("no error for a bad and a missing lexicon file")
	}
	for _, w := range []string{"lexicon[1]", "bad.txt:2:", "must be en, fr or *", "lexicon[2]", "missing.txt", "fix the path"} {
		if !strings.Contains(err.Error(), w) {
			t.Errorf("error %q lacks %q", err, w)
		}
	}
	if strings.Contains(err.Error(), "lexicon[0]") {
		t.Errorf("the good file is reported: %v", err)
	}
}
