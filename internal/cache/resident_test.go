package cache

import (
	"crypto/sha256"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"testing"
)

// TestDropResidentKeepsEntries writes and reads a cache while its mapped pages are dropped
// from resident memory over and over: every entry still reads back whole, and on Linux the
// pages a full read mapped leave the process's resident memory when dropped.
func TestDropResidentKeepsEntries(t *testing.T) {
	t.Parallel()
	c, _, err := Open(filepath.Join(t.TempDir(), FileName), "v1")
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	const n = 20000
	keys := make([][]byte, n)
	stop := make(chan struct{})
	var dropping sync.WaitGroup
	dropping.Go(func() {
		for {
			select {
			case <-stop:
				return
			default:
				c.dropResident()
			}
		}
	})
	w := c.Writer()
	for i := range n {
		id := fmt.Sprintf("f%03d.jsonl", i/1000)
		keys[i] = Key(id, sha256.Sum256([]byte(strconv.Itoa(i))))
		e := entry(id)
		e.Doc.Title = strings.Repeat("a long enough title ", 10) + strconv.Itoa(i)
		if err := w.Put(keys[i], e); err != nil {
			t.Fatal(err)
		}
		if i%5000 == 4999 {
			if err := w.Flush(); err != nil {
				t.Fatal(err)
			}
		}
	}
	check := func() {
		for first := 0; first < n; first += 1000 { // a file's keys
			vs := c.GetFile(keys[first:min(first+1000, n)])
			if vs == nil {
				t.Fatalf("the entries of file %d are not found", first/1000)
			}
			for j, v := range vs {
				e, ok := DecodeEntryString(v)
				if i := first + j; !ok || !strings.HasSuffix(e.Doc.Title, " "+strconv.Itoa(i)) {
					t.Fatalf("entry %d reads %+v, %v", i, e.Doc, ok)
				}
			}
		}
	}
	check()
	close(stop)
	dropping.Wait()
	if runtime.GOOS != "linux" {
		return
	}
	c.stopDropping() // no drop between the reads and the measure
	check()          // every page mapped again
	before := rssFileKB(t)
	c.dropResident()
	after := rssFileKB(t)
	if before-after < 2048 {
		t.Errorf("file-backed resident memory %d kB before dropping, %d kB after: want 2 MB less at least", before, after)
	}
}

// rssFileKB returns the process's resident memory mapped from files, in kB.
func rssFileKB(t *testing.T) int {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		t.Skip("no /proc/self/status")
	}
	for line := range strings.Lines(string(b)) {
		if v, ok := strings.CutPrefix(line, "RssFile:"); ok {
			kb, _ := strconv.Atoi(strings.TrimSuffix(strings.TrimSpace(v), " kB"))
			return kb
		}
	}
	t.Skip("no RssFile in /proc/self/status")
	return 0
}
