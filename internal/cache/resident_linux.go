package cache

import (
	"syscall"

	bolt "go.etcd.io/bbolt"
)

// dropResident tells the kernel that the process no longer needs the pages of the cache file
// it has mapped: they leave the process's resident memory and stay in the page cache, from
// where a later read maps them again. bbolt maps the file read-only and shared, so nothing is
// lost; the address is read inside a read transaction, which holds off bbolt's remapping.
func (c *Cache) dropResident() {
	c.view(func(tx *bolt.Tx) {
		if size := tx.Size(); size > 0 {
			_, _, _ = syscall.Syscall(syscall.SYS_MADVISE, c.db.Info().Data, uintptr(size), syscall.MADV_DONTNEED)
		}
	})
}
