// Package cache keeps the facts extracted from each document of a corpus, so that a re-run
// reads, hashes and skips the documents that did not change. It is a bbolt file beside the
// report's output: pure Go (no cgo, the binary stays one static file), one file, and
// transactions that either commit whole or not at all, so a run killed mid-write leaves the
// entries committed before it, each of them complete and right. Nothing else is needed: keys
// and values, no queries.
//
// What is trusted: an entry is keyed by the document's file, the SHA-256 of its bytes and the
// extractor's version (Version: a digest of the running program and of the vendors the config
// adds); a whole file whose size and modification time (to the nanosecond) are those recorded
// is taken as unchanged without being read. A tool that rewrites a file keeping both would fool
// that short-cut: --no-cache reads everything. Every value carries a CRC-32; a value that does
// not check, or a file bbolt cannot open, is never trusted: the entry is a miss, the file is
// rebuilt.
package cache

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
	"os"
	"slices"
	"sync"
	"time"
	"unsafe"

	bolt "go.etcd.io/bbolt"

	"marketbrief/internal/model"
)

// FileName is the cache's file in a report's output folder.
const FileName = "facts-cache.db"

var (
	bucketDocs  = []byte("docs")  // KEY → entry
	bucketFiles = []byte("files") // file id → fileEntry
	bucketMeta  = []byte("meta")  // "version" → the extractor version the entries were made with
)

// Entry is what one document gave: a document (without text) and its facts, or a skipped one.
type Entry struct {
	Doc     model.Document
	Facts   model.DocFacts
	Skipped *model.Skipped
}

// File is what the cache knows of a whole file: its size and modification time when read, and
// the keys of the entries it gave, in order (one for a text file, one per line that is not
// blank for a JSON-lines file).
type File struct {
	Size    int64
	ModTime int64 // Unix nanoseconds
	Keys    [][]byte
}

// Cache is an open cache. Lookups are safe for concurrent use; writes (Put, PutFile, Sweep)
// must come from one goroutine.
type Cache struct {
	db       *bolt.DB
	stop     chan struct{} // closed by stopDropping: ends the goroutine that drops resident pages
	done     chan struct{}
	stopOnce sync.Once
}

// residentEvery is how often the pages of the mapped file are dropped from the process's
// resident memory (dropResident). bbolt reads the file through a memory map, so each page a
// run reads or a write walks through stays counted in the process's memory: a re-run over a
// million documents reads a 600 MB file whole, which would be 600 MB of the run's peak.
const residentEvery = 250 * time.Millisecond

// Open opens the cache at path for entries made with version. A file that bbolt cannot open,
// that holds no version or another one is removed and started afresh; rebuilt says why,
// for the log. An error means the folder cannot hold a cache at all.
func Open(path, version string) (c *Cache, rebuilt string, err error) {
	c, err = open(path, version)
	if err == nil {
		return c, "", nil
	}
	rebuilt = err.Error()
	if rmErr := os.Remove(path); rmErr != nil && !errors.Is(rmErr, os.ErrNotExist) {
		return nil, rebuilt, fmt.Errorf("cache %s: %w (and it cannot be removed: %v)", path, err, rmErr)
	}
	c, err = open(path, version)
	if err != nil {
		return nil, rebuilt, fmt.Errorf("cache %s: %w", path, err)
	}
	return c, rebuilt, nil
}

// open opens path and checks its version; a missing file is created.
func open(path, version string) (c *Cache, err error) {
	defer func() { // bbolt panics on some damaged files instead of failing
		if p := recover(); p != nil {
			err = fmt.Errorf("damaged: %v", p)
		}
	}()
	_, statErr := os.Stat(path)
	fresh := errors.Is(statErr, os.ErrNotExist)
	db, err := bolt.Open(path, 0o644, &bolt.Options{Timeout: 5 * time.Second, FreelistType: bolt.FreelistMapType})
	if err != nil {
		return nil, fmt.Errorf("not readable: %w", err)
	}
	err = db.Update(func(tx *bolt.Tx) error {
		meta := tx.Bucket(bucketMeta)
		if meta == nil && !fresh {
			return errors.New("holds no version")
		}
		if meta != nil {
			if got := string(meta.Get([]byte("version"))); got != version {
				return fmt.Errorf("made by another extractor version (%.12s, now %.12s)", got, version)
			}
			return nil
		}
		for _, b := range [][]byte{bucketDocs, bucketFiles, bucketMeta} {
			if _, err := tx.CreateBucketIfNotExists(b); err != nil {
				return err
			}
		}
		return tx.Bucket(bucketMeta).Put([]byte("version"), []byte(version))
	})
	if err != nil {
		db.Close()
		return nil, err
	}
	c = &Cache{db: db, stop: make(chan struct{}), done: make(chan struct{})}
	go c.dropResidentEvery(residentEvery)
	return c, nil
}

// Close closes the cache.
func (c *Cache) Close() error {
	c.stopDropping()
	return c.db.Close()
}

// stopDropping ends the goroutine that drops resident pages, and waits for it.
func (c *Cache) stopDropping() {
	c.stopOnce.Do(func() { close(c.stop) })
	<-c.done
}

// dropResidentEvery calls dropResident every period until Close.
func (c *Cache) dropResidentEvery(period time.Duration) {
	defer close(c.done)
	t := time.NewTicker(period)
	defer t.Stop()
	for {
		select {
		case <-c.stop:
			return
		case <-t.C:
			c.dropResident()
		}
	}
}

// countKey and filesKey, in the meta bucket, are how many documents and files the last
// complete run used (the cache then held those documents, and those files less the ones that
// gave a skipped document): a hint to size the next run's lists at once
// instead of growing them by copying, and a way to tell that a run has nothing to forget.
var countKey, filesKey = []byte("documents"), []byte("files")

// Count returns how many documents the last complete run used, or 0 when unknown.
func (c *Cache) Count() int {
	docs, _ := c.Counts()
	return docs
}

// Counts returns how many documents and files the last complete run used, or zeros.
func (c *Cache) Counts() (docs, files int) {
	c.view(func(tx *bolt.Tx) {
		get := func(k []byte) int {
			if v := tx.Bucket(bucketMeta).Get(k); len(v) == 8 {
				return int(min(binary.LittleEndian.Uint64(v), 1<<40))
			}
			return 0
		}
		docs, files = get(countKey), get(filesKey)
	})
	return docs, files
}

// SetCounts records what Counts returns.
func (c *Cache) SetCounts(docs, files int) error {
	return c.db.Update(func(tx *bolt.Tx) error {
		meta := tx.Bucket(bucketMeta)
		if err := meta.Put(countKey, binary.LittleEndian.AppendUint64(nil, uint64(docs))); err != nil {
			return err
		}
		return meta.Put(filesKey, binary.LittleEndian.AppendUint64(nil, uint64(files)))
	})
}

// Key returns the key of a document: its file's id and the SHA-256 of its bytes.
func Key(fileID string, sum [32]byte) []byte {
	k := make([]byte, 0, len(fileID)+1+16)
	return append(append(append(k, fileID...), 0), sum[:16]...)
}

// Lookup returns the entry stored under key, if there is a sound one.
func (c *Cache) Lookup(key []byte) (e Entry, ok bool) {
	return DecodeEntry(c.Get(key))
}

// LookupFile returns what the cache knows of file id, if anything sound.
func (c *Cache) LookupFile(id string) (f File, ok bool) {
	var raw []byte
	c.view(func(tx *bolt.Tx) { raw = bytes.Clone(tx.Bucket(bucketFiles).Get([]byte(id))) })
	if len(raw) < 4 || crc32.ChecksumIEEE(raw[:len(raw)-4]) != binary.LittleEndian.Uint32(raw[len(raw)-4:]) {
		return f, false
	}
	ok = decodeFile(raw[:len(raw)-4], &f)
	return f, ok
}

// view runs fn in a short read transaction; a damaged page (bbolt panics) reads as missing.
func (c *Cache) view(fn func(tx *bolt.Tx)) {
	defer func() { _ = recover() }()
	_ = c.db.View(func(tx *bolt.Tx) error {
		fn(tx)
		return nil
	})
}

// Get returns a copy of the value stored under key after checking its CRC-32, or nil.
func (c *Cache) Get(key []byte) []byte {
	var raw []byte
	c.view(func(tx *bolt.Tx) { raw = bytes.Clone(tx.Bucket(bucketDocs).Get(key)) })
	if len(raw) < 4 || crc32.ChecksumIEEE(raw[:len(raw)-4]) != binary.LittleEndian.Uint32(raw[len(raw)-4:]) {
		return nil
	}
	return raw
}

// GetFile returns the entries stored under keys (the keys of one file, all of which begin
// with the file's id, so that they are neighbours in the file) in one read transaction, by
// one walk of a cursor rather than a lookup each, their CRC-32 checked; nil when any is
// missing or damaged. The entries, CRC-32 left out, are strings cut from one copy of them
// all: a file of a thousand documents is one allocation, and the documents' strings
// (DecodeEntryString) are cut from it in turn.
func (c *Cache) GetFile(keys [][]byte) []string {
	if len(keys) == 0 {
		return nil
	}
	order := make([]int, len(keys))
	for i := range order {
		order[i] = i
	}
	slices.SortFunc(order, func(a, b int) int { return bytes.Compare(keys[a], keys[b]) })
	var buf []byte
	ends := make([]int, len(keys)) // where entry i ends in buf
	ok := false
	c.view(func(tx *bolt.Tx) {
		vals := make([][]byte, len(keys))
		cur := tx.Bucket(bucketDocs).Cursor()
		k, v := cur.Seek(keys[order[0]])
		total := 0
		for _, i := range order {
			for k != nil && bytes.Compare(k, keys[i]) < 0 {
				k, v = cur.Next()
			}
			if k == nil || !bytes.Equal(k, keys[i]) || len(v) < 4 {
				return
			}
			vals[i] = v
			total += len(v) - 4
		}
		buf = make([]byte, 0, total)
		for i, v := range vals {
			body := v[:len(v)-4]
			if crc32.ChecksumIEEE(body) != binary.LittleEndian.Uint32(v[len(v)-4:]) {
				return
			}
			buf = append(buf, body...)
			ends[i] = len(buf)
		}
		ok = true
	})
	if !ok {
		return nil
	}
	// buf is never written again: the strings may share its bytes.
	all := unsafe.String(unsafe.SliceData(buf), len(buf))
	out := make([]string, len(keys))
	start := 0
	for i, end := range ends {
		out[i] = all[start:end]
		start = end
	}
	return out
}

// DecodeEntryString decodes an entry GetFile returned.
func DecodeEntryString(s string) (e Entry, ok bool) {
	ok = decodeEntryString(s, &e)
	return e, ok
}

// DecodeEntry decodes a value Get returned (it checked its CRC-32).
func DecodeEntry(raw []byte) (e Entry, ok bool) {
	if len(raw) < 4 {
		return e, false
	}
	ok = decodeEntry(raw[:len(raw)-4], &e)
	return e, ok
}

// encodeEntry encodes e followed by its CRC-32.
func encodeEntry(e *Entry) []byte {
	b := appendEntry(nil, e)
	return binary.LittleEndian.AppendUint32(b, crc32.ChecksumIEEE(b))
}

// Len returns how many document entries and files the cache holds (a walk over every page:
// for tests and checks, not for runs).
func (c *Cache) Len() (docs, files int) {
	c.view(func(tx *bolt.Tx) {
		docs, files = tx.Bucket(bucketDocs).Stats().KeyN, tx.Bucket(bucketFiles).Stats().KeyN
	})
	return docs, files
}
