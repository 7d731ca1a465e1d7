package cache

import (
	"bytes"
	"encoding/binary"
	"hash/crc32"
	"slices"

	bolt "go.etcd.io/bbolt"
)

// batchBytes is about how much a write transaction holds: bbolt keeps a transaction's pages
// in memory until it commits, and commits cost a sync each.
const batchBytes = 16 << 20

// Writer writes entries in batches. It is not safe for concurrent use.
type Writer struct {
	c     *Cache
	docs  []kv
	files []kv
	size  int
}

// fillPercent is how full a page is left when it splits.
const fillPercent = 0.9

type kv struct{ k, v []byte }

// Writer returns a writer to the cache.
func (c *Cache) Writer() *Writer { return &Writer{c: c} }

// Put stores e under key.
func (w *Writer) Put(key []byte, e Entry) error {
	v := encodeEntry(&e)
	w.docs = append(w.docs, kv{key, v})
	return w.grow(len(key) + len(v))
}

// PutFile stores what the cache knows of file id.
func (w *Writer) PutFile(id string, f File) error {
	v := appendFile(nil, &f)
	v = binary.LittleEndian.AppendUint32(v, crc32.ChecksumIEEE(v))
	w.files = append(w.files, kv{[]byte(id), v})
	return w.grow(len(id) + len(v))
}

func (w *Writer) grow(n int) error {
	w.size += n
	if w.size < batchBytes {
		return nil
	}
	return w.Flush()
}

// Flush commits the entries written so far, in key order. The order matters: bbolt keeps the
// keys a transaction adds to a page in one sorted slice until it commits, so keys in random
// order (a key ends in a hash) shift that slice on every Put, quadratic in the batch: 187,000
// tiny documents of one file took half a minute to commit instead of a fraction of a second.
func (w *Writer) Flush() error {
	if len(w.docs)+len(w.files) == 0 {
		return nil
	}
	byKey := func(a, b kv) int { return bytes.Compare(a.k, b.k) }
	slices.SortStableFunc(w.docs, byKey) // stable: a key put twice keeps its last value
	slices.SortStableFunc(w.files, byKey)
	err := w.c.db.Update(func(tx *bolt.Tx) error {
		for _, b := range []struct {
			name []byte
			kvs  []kv
		}{{bucketDocs, w.docs}, {bucketFiles, w.files}} {
			bk := tx.Bucket(b.name)
			// Keys come in order: pages split fuller than bbolt's default half leave a
			// smaller file (it is mapped, so counted in the process's memory) for the same
			// entries.
			bk.FillPercent = fillPercent
			for _, e := range b.kvs {
				if err := bk.Put(e.k, e.v); err != nil {
					return err
				}
			}
		}
		return nil
	})
	w.docs, w.files, w.size = w.docs[:0], w.files[:0], 0
	return err
}

// Sweep deletes the entries and files for which keep is false: documents and files that the
// corpus no longer holds, or that changed.
func (c *Cache) Sweep(keepDoc func(key []byte) bool, keepFile func(id []byte) bool) (deleted int, err error) {
	err = c.db.Update(func(tx *bolt.Tx) error {
		for _, b := range []struct {
			name []byte
			keep func([]byte) bool
		}{{bucketDocs, keepDoc}, {bucketFiles, keepFile}} {
			cur := tx.Bucket(b.name).Cursor()
			for k, _ := cur.First(); k != nil; {
				if b.keep(k) {
					k, _ = cur.Next()
					continue
				}
				next := append([]byte(nil), k...)
				if err := cur.Delete(); err != nil {
					return err
				}
				deleted++
				// The first key after the deleted one.
				k, _ = cur.Seek(next)
			}
		}
		return nil
	})
	return deleted, err
}
