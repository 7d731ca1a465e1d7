package config

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"testing/fstest"
)

// TestEveryProblemOfAFile: NaN, fractions in counts and a value of the wrong type are each named,
// with the file's other problems, not only the first decode error.
func TestEveryProblemOfAFile(t *testing.T) {
	tests := []struct {
		name   string
		yaml   string
		want   []string
		absent []string
	}{
		{"nan", "min_confidence: .nan\n", []string{"min_confidence: must be between 0 and 1"}, nil},
		{"fractional counts", "keep: 2.5\nserve:\n  attempts: 1.5\n  unhealthy_after: 2.0\n",
			[]string{`line 1: keep: expected a whole number, got "2.5"`, `line 3: serve.attempts: expected a whole number, got "1.5"`, `line 4: serve.unhealthy_after`}, nil},
		{"type error and the rest", "serve:\n  grace: soon\nlog_format: xml\nlimits:\n  max_sentence_bytes: 10\n",
			[]string{"grace: expected a duration", `log_format: must be text or json (got "xml")`, "limits.max_sentence_bytes"}, nil},
		{"sizes", "limits:\n  max_file_bytes: 2MB\n  max_decompressed_bytes: 1MB\n  document_timeout: 1ms\n",
			[]string{"limits.max_decompressed_bytes: must be at least max_file_bytes", "limits.document_timeout"}, []string{"limits.max_file_bytes"}},
		{"not a size", "limits:\n  max_file_bytes: lots\n", []string{`expected a size such as 4MB or 4194304, got "lots"`}, nil},
		{"whole float is fine for a float", "min_confidence: 1\nkeep: 3\n", nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := filepath.Join(t.TempDir(), "config.yaml")
			if err := os.WriteFile(p, []byte(tt.yaml), 0o644); err != nil {
				t.Fatal(err)
			}
			cfg, err := Load(p)
			if err == nil {
				err = cfg.Validate()
			}
			if len(tt.want) == 0 {
				if err != nil {
					t.Fatal(err)
				}
				return
			}
			if err == nil {
				t.Fatalf("no error, want %q", tt.want)
			}
			for _, w := range tt.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q lacks %q", err, w)
				}
			}
			for _, a := range tt.absent {
				if strings.Contains(err.Error(), a) {
					t.Errorf("error %q names %q, which is right", err, a)
				}
			}
		})
	}
}

func TestReportEveryProblem(t *testing.T) {
	tmpl := fstest.MapFS{"brief.en.tmpl": {Data: []byte("x")}}
	bad := fstest.MapFS{"a.yaml": {Data: []byte("top_vendors: 2.5\nmin_confidence: .nan\nlanguage: de\n")}}
	_, err := LoadReports(Default(), bad, tmpl)
	for _, w := range []string{"reports/a.yaml", "top_vendors: expected a whole number", "min_confidence", "language"} {
		if err == nil || !strings.Contains(err.Error(), w) {
			t.Errorf("error %v lacks %q", err, w)
		}
	}
	if err != nil && strings.Contains(err.Error(), "a.yaml: name") {
		t.Errorf("the name from the file name was lost: %v", err)
	}
}

func TestByteSize(t *testing.T) {
	for in, want := range map[string]ByteSize{"4MB": 4 << 20, "512 KiB": 512 << 10, "1048576": 1 << 20, "2g": 2 << 30, "10b": 10} {
		if got, err := ParseByteSize(in); err != nil || got != want {
			t.Errorf("ParseByteSize(%q) = %d, %v; want %d", in, got, err, want)
		}
	}
	for _, in := range []string{"", "-1MB", "1.5MB", "MB", "9999999999GB"} {
		if _, err := ParseByteSize(in); err == nil {
			t.Errorf("ParseByteSize(%q) accepted", in)
		}
	}
	if s := ByteSize(4 << 20).String(); s != "4MB" {
		t.Errorf("String = %q", s)
	}
}

// TestConfigNotRegular: a config named by mistake as a pipe or a device is refused unread (the
// read would block for ever, or never end).
func TestConfigNotRegular(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "config.yaml")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Skip("no named pipes:", err)
	}
	for _, p := range []string{fifo, "/dev/zero", dir} {
		if _, err := os.Stat(p); err != nil {
			continue
		}
		if _, err := Load(p); err == nil || !strings.Contains(err.Error(), "not a") {
			t.Errorf("Load(%s) = %v", p, err)
		}
	}
	big := filepath.Join(dir, "big.yaml")
	os.WriteFile(big, make([]byte, maxConfigBytes+1), 0o644)
	if _, err := Load(big); err == nil || !strings.Contains(err.Error(), "larger than 1 MB") {
		t.Errorf("Load(big) = %v", err)
	}
}
