// Package marketbrief holds the files the binary ships with: the default report definitions and
// the brief templates, embedded so that the binary works from any folder.
package marketbrief

import "embed"

// Assets holds reports/ and templates/ as they were at build time.
//
//go:embed reports templates
var Assets embed.FS
