package model

import (
	"encoding/json"
	"strings"
	"testing"
)

// TestSHA256Text checks that a digest is written as hex, read back the same, and that no
// digest is written as "" (as the hex string it replaces was).
func TestSHA256Text(t *testing.T) {
	d := SHA256{0xde, 0xad, 31: 0x01}
	b, err := json.Marshal(Document{SHA256: d})
	if err != nil {
		t.Fatal(err)
	}
	want := `"sha256":"dead` + strings.Repeat("0", 58) + `01"`
	if !strings.Contains(string(b), want) {
		t.Fatalf("%s does not hold %s", b, want)
	}
	var back Document
	if err := json.Unmarshal(b, &back); err != nil || back.SHA256 != d {
		t.Errorf("read back %x, %v; want %x", back.SHA256, err, d)
	}
	if b, _ := json.Marshal(Document{}); !strings.Contains(string(b), `"sha256":""`) {
		t.Errorf("no digest: %s", b)
	}
	if err := back.SHA256.UnmarshalText([]byte("abc")); err == nil {
		t.Error("a short digest was read")
	}
}
