//go:build !linux

package cache

// dropResident does nothing here: the mapped cache file counts in resident memory as the
// system decides.
func (c *Cache) dropResident() {}
