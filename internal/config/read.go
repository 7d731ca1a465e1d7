package config

import (
	"errors"
	"io"
	"io/fs"
)

// maxConfigBytes is the largest config file or report definition read: they are a few
// hundred bytes, and one named by mistake (a log, /dev/zero) must not be read whole.
const maxConfigBytes = 1 << 20

// readSmall reads name from fsys when it is a regular file of at most maxConfigBytes; a named
// pipe would block the read for ever, a device never end.
func readSmall(fsys fs.FS, name string) ([]byte, error) {
	info, err := fs.Stat(fsys, name)
	if err != nil {
		return nil, err
	}
	if m := info.Mode(); !m.IsRegular() {
		what := "not a regular file"
		switch {
		case m.IsDir():
			what = "a folder, not a file"
		case m&fs.ModeNamedPipe != 0:
			what = "a named pipe, not a regular file"
		case m&fs.ModeDevice != 0:
			what = "a device, not a regular file"
		}
		return nil, errors.New(what)
	}
	f, err := fsys.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, maxConfigBytes+1))
	if err != nil {
		return nil, err
	}
	if len(data) > maxConfigBytes {
		return nil, errors.New("larger than 1 MB: not a configuration file")
	}
	return data, nil
}
