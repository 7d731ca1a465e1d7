package cache

import (
	"bytes"
	"crypto/sha256"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"syscall"
	"testing"

	bolt "go.etcd.io/bbolt"

	"marketbrief/internal/model"
)

func entry(id string) Entry {
	return Entry{Doc: model.Document{ID: id, Title: "T " + id}, Facts: model.DocFacts{Document: id,
		Mentions: map[string]int{"Amazon": 2}, Deals: []model.Deal{{Type: model.Acquisition, Acquirer: "A", Target: "B"}}}}
}

func TestPutLookupSweep(t *testing.T) {
	t.Parallel()
	path := filepath.Join(t.TempDir(), FileName)
	c, rebuilt, err := Open(path, "v1")
	if err != nil || rebuilt != "" {
		t.Fatalf("open: %v (rebuilt %q)", err, rebuilt)
	}
	ka, kb := Key("a.txt", sha256.Sum256([]byte("a"))), Key("b.txt", sha256.Sum256([]byte("b")))
	w := c.Writer()
	if err := w.Put(ka, entry("a.txt")); err != nil {
		t.Fatal(err)
	}
	if err := w.Put(kb, entry("b.txt")); err != nil {
		t.Fatal(err)
	}
	if err := w.PutFile("a.txt", File{Size: 1, Keys: [][]byte{ka}}); err != nil {
		t.Fatal(err)
	}
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	if e, ok := c.Lookup(ka); !ok || e.Doc.ID != "a.txt" || e.Facts.Mentions["Amazon"] != 2 || len(e.Facts.Deals) != 1 {
		t.Fatalf("lookup a = %+v, %v", e, ok)
	}
	n, err := c.Sweep(func(k []byte) bool { return string(k) == string(ka) }, func([]byte) bool { return false })
	if err != nil || n != 2 {
		t.Fatalf("sweep deleted %d (%v), want b's entry and a's file", n, err)
	}
	if _, ok := c.Lookup(kb); ok {
		t.Error("a swept entry is still found")
	}
	if _, ok := c.LookupFile("a.txt"); ok {
		t.Error("a swept file is still found")
	}
	c.Close()
	// Another extractor version: nothing of the old one is trusted.
	c, rebuilt, err = Open(path, "v2")
	if err != nil || rebuilt == "" {
		t.Fatalf("reopen with another version: %v (rebuilt %q), want rebuilt", err, rebuilt)
	}
	defer c.Close()
	if _, ok := c.Lookup(ka); ok {
		t.Error("an entry of another version is found")
	}
}

// TestDamagedCacheIsRebuilt checks that a cache file cut short, filled with garbage, or with a
// value altered on disk is never trusted.
func TestDamagedCacheIsRebuilt(t *testing.T) {
	t.Parallel()
	key := Key("a.txt", sha256.Sum256([]byte("a")))
	write := func(t *testing.T) string {
		path := filepath.Join(t.TempDir(), FileName)
		c, _, err := Open(path, "v1")
		if err != nil {
			t.Fatal(err)
		}
		w := c.Writer()
		for range 200 { // enough to span pages
			w.Put(key, entry("a.txt"))
		}
		if err := w.Flush(); err != nil {
			t.Fatal(err)
		}
		c.Close()
		return path
	}
	for _, tt := range []struct {
		name   string
		damage func(path string) error
	}{
		{"cut short", func(p string) error { return os.Truncate(p, 100) }},
		{"garbage", func(p string) error { return os.WriteFile(p, []byte("not a bolt file at all, just text"), 0o644) }},
		{"empty", func(p string) error { return os.WriteFile(p, nil, 0o644) }},
		{"value altered", func(p string) error {
			db, err := bolt.Open(p, 0o644, nil)
			if err != nil {
				return err
			}
			defer db.Close()
			return db.Update(func(tx *bolt.Tx) error {
				v := append([]byte(nil), tx.Bucket(bucketDocs).Get(key)...)
				v[5] ^= 0xff
				return tx.Bucket(bucketDocs).Put(key, v)
			})
		}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			path := write(t)
			if err := tt.damage(path); err != nil {
				t.Fatal(err)
			}
			c, _, err := Open(path, "v1")
			if err != nil {
				t.Fatalf("a damaged cache should be rebuilt, got %v", err)
			}
			defer c.Close()
			if _, ok := c.Lookup(key); ok {
				t.Error("an entry of a damaged cache is trusted")
			}
			w := c.Writer()
			if err := w.Put(key, entry("a.txt")); err != nil || w.Flush() != nil {
				t.Fatalf("the rebuilt cache takes no entry: %v", err)
			}
			if _, ok := c.Lookup(key); !ok {
				t.Error("the rebuilt cache loses what it was given")
			}
		})
	}
}

// TestKilledInsideAWrite kills a process inside a write transaction, after an earlier batch
// was committed: the next open finds the committed entries, sound, and none of the others.
func TestKilledInsideAWrite(t *testing.T) {
	keyOf := func(i int) []byte { return Key(fmt.Sprintf("d%d.txt", i), sha256.Sum256([]byte{byte(i)})) }
	if path := os.Getenv("MARKETBRIEF_CACHE_KILL"); path != "" {
		c, _, err := Open(path, "v1")
		if err != nil {
			os.Exit(3)
		}
		w := c.Writer()
		for i := range 100 {
			w.Put(keyOf(i), entry(fmt.Sprint(i)))
		}
		if w.Flush() != nil {
			os.Exit(3)
		}
		c.db.Update(func(tx *bolt.Tx) error {
			for i := 100; i < 200; i++ {
				tx.Bucket(bucketDocs).Put(keyOf(i), make([]byte, 4000))
			}
			syscall.Kill(os.Getpid(), syscall.SIGKILL)
			select {} // the signal ends the process here
		})
		os.Exit(4)
	}
	t.Parallel()
	path := filepath.Join(t.TempDir(), FileName)
	cmd := exec.Command(os.Args[0], "-test.run=^TestKilledInsideAWrite$")
	cmd.Env = append(os.Environ(), "MARKETBRIEF_CACHE_KILL="+path)
	err := cmd.Run()
	if ws, ok := cmd.ProcessState.Sys().(syscall.WaitStatus); !ok || !ws.Signaled() {
		t.Fatalf("the child was not killed: %v", err)
	}
	c, rebuilt, err := Open(path, "v1")
	if err != nil || rebuilt != "" {
		t.Fatalf("reopen after the kill: %v (rebuilt %q), want the committed cache", err, rebuilt)
	}
	defer c.Close()
	for i := range 200 {
		e, ok := c.Lookup(keyOf(i))
		if i < 100 && (!ok || e.Doc.ID != fmt.Sprint(i)) {
			t.Fatalf("committed entry %d lost: %+v %v", i, e, ok)
		}
		if i >= 100 && ok {
			t.Fatalf("entry %d of the killed transaction is found", i)
		}
	}
}

// TestGetFile checks that a file's entries are read in its order, a document repeated in it
// included, past entries of other versions of its documents; and that one missing or damaged
// entry makes the whole file a miss.
func TestGetFile(t *testing.T) {
	t.Parallel()
	c, _, err := Open(filepath.Join(t.TempDir(), FileName), "v1")
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	keyOf := func(file string, i int) []byte { return Key(file, sha256.Sum256([]byte{byte(i)})) }
	w := c.Writer()
	for i := range 50 { // f.jsonl's entries, and those of its neighbours e and g
		for _, file := range []string{"e.jsonl", "f.jsonl", "g.jsonl"} {
			if err := w.Put(keyOf(file, i), entry(fmt.Sprintf("%s#%d", file, i))); err != nil {
				t.Fatal(err)
			}
		}
	}
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	// The file's documents: every third one (the others are older versions), one twice.
	var keys [][]byte
	var want []string
	for i := 49; i >= 0; i -= 3 {
		keys, want = append(keys, keyOf("f.jsonl", i)), append(want, fmt.Sprintf("f.jsonl#%d", i))
	}
	keys, want = append(keys, keys[2]), append(want, want[2])
	got := c.GetFile(keys)
	if len(got) != len(keys) {
		t.Fatalf("GetFile gives %d entries, want %d", len(got), len(keys))
	}
	for i, s := range got {
		if e, ok := DecodeEntryString(s); !ok || e.Doc.ID != want[i] || e.Facts.Mentions["Amazon"] != 2 {
			t.Errorf("entry %d is %+v (%v), want %s", i, e.Doc, ok, want[i])
		}
	}
	if c.GetFile(append(keys[:3:3], keyOf("f.jsonl", 77))) != nil {
		t.Error("a file with a missing entry is found")
	}
	err = c.db.Update(func(tx *bolt.Tx) error {
		v := bytes.Clone(tx.Bucket(bucketDocs).Get(keys[1]))
		v[3] ^= 0x10
		return tx.Bucket(bucketDocs).Put(keys[1], v)
	})
	if err != nil {
		t.Fatal(err)
	}
	if c.GetFile(keys) != nil {
		t.Error("a file with a damaged entry is found")
	}
}
