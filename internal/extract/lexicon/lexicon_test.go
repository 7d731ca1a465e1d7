package lexicon

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// TestBuiltinParses checks the embedded files: well formed, no word twice in a kind and
// language, every kind with words.
func TestBuiltinParses(t *testing.T) {
	lx, err := parseBuiltin()
	if err != nil {
		t.Fatal(err)
	}
	for _, k := range lx.Kinds() {
		if len(lx.Words(k)) == 0 {
			t.Errorf("kind %s has no words", k)
		}
	}
}

func TestLoadExtends(t *testing.T) {
	lx, err := Load(File{Name: "extra.txt", R: strings.NewReader("# new verbs\ndeal_verb.acquire fr engloutit engloutir a_englouti\n")})
	if err != nil {
		t.Fatal(err)
	}
	fr := lx.Words("deal_verb.acquire", "fr")
	if !slices.Contains(fr, "a englouti") || !slices.Contains(fr, "rachète") {
		t.Errorf("fr acquire verbs = %v, want the built-in ones and the extra ones", fr)
	}
	if slices.Contains(lx.Words("deal_verb.acquire", "en"), "engloutit") {
		t.Error("a French word leaked into English")
	}
	if slices.Contains(Default().Words("deal_verb.acquire"), "engloutit") {
		t.Error("Load changed the default lexicon")
	}
}

// TestLoadErrors checks that each malformed line is reported with its file, its line and the fix.
func TestLoadErrors(t *testing.T) {
	cases := []struct {
		name, text string
		want       []string
	}{
		{"too few fields", "deal_verb.acquire fr\n", []string{"bad.txt:1:", "give a kind, a language"}},
		{"bad language", "# c\n\ndeal_verb.acquire de kaufen\n", []string{"bad.txt:3:", `language "de"`, "en, fr or *"}},
		{"unknown kind", "deal_verb.gobble en gobbles\n", []string{"bad.txt:1:", `unknown kind "deal_verb.gobble"`, "deal_verb.acquire"}},
		{"repeat of a built-in word", "deal_verb.acquire en buys\n", []string{"bad.txt:1:", `"buys" is already`, "remove the repeat"}},
		{"repeat in the file", "deal_verb.acquire en gulps\ndeal_verb.acquire en gulps\n", []string{"bad.txt:2:", `"gulps"`}},
		{"every problem at once", "x\ndeal_verb.acquire xx y\n", []string{"bad.txt:1:", "bad.txt:2:"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := Load(File{Name: "bad.txt", R: strings.NewReader(c.text)})
			if err == nil {
				t.Fatal("no error")
			}
			for _, w := range c.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q does not say %q", err, w)
				}
			}
		})
	}
}

func TestLoadFilesMissing(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "good.txt")
	if err := os.WriteFile(good, []byte("deal_verb.sell en offloads offloaded\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := LoadFiles(good); err != nil {
		t.Fatal(err)
	}
	_, err := LoadFiles(good, filepath.Join(dir, "nope.txt"))
	if err == nil || !strings.Contains(err.Error(), "nope.txt") || !strings.Contains(err.Error(), "fix the path") {
		t.Errorf("missing file: error %v", err)
	}
}

func TestExpand(t *testing.T) {
	lx, err := Load(File{Name: "x", R: strings.NewReader("deal_verb.merge fr fusionne s'unit_à\n")})
	if err != nil {
		t.Fatal(err)
	}
	got, err := lx.Expand(`\b{deal_verb.merge/fr}\s+`)
	if err != nil {
		t.Fatal(err)
	}
	if want := `\b(?:s['’]unit à|fusionne)\s+`; got != want {
		t.Errorf("Expand = %q, want %q", got, want)
	}
	if _, err := lx.Expand(`{deal_verb.nothing}`); err == nil {
		t.Error("an unknown slot expanded")
	}
}

func TestStems(t *testing.T) {
	cases := []struct {
		expr    string
		stems   []string
		atStart bool
	}{
		{`\b(?:acquire|acquires|acquired|acquiring|buy|buys)\s+`, []string{"acquire", "acquiring", "buy"}, true},
		{`\b(?:be|been|was|is)\s+(?:sold|vendue?s?)\s+to\s+`, []string{"sold", "vendu"}, false},
		{`(?:rachats?|prise de contrôle)\s+de`, []string{"prise de contrôle", "rachat"}, true},
		{`\bs['’]allie\s`, []string{"s'allie", "s’allie"}, true},
		{`^(?:le|the)\s+(?:\S+\s+){0,2}?(?:contrat|contract)\s+avec`, []string{"contract", "contrat"}, false},
	}
	for _, c := range cases {
		stems, atStart, err := Stems(c.expr, 3)
		if err != nil || !slices.Equal(stems, c.stems) || atStart != c.atStart {
			t.Errorf("Stems(%q) = %q, %v, %v; want %q, %v", c.expr, stems, atStart, err, c.stems, c.atStart)
		}
	}
	if _, _, err := Stems(`\b(?:a|an)\s+\S+`, 3); err == nil {
		t.Error("an expression without a literal of three bytes got stems")
	}
}
