package corpus

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"
)

// errTooLarge is returned by readLimited when a file holds more than its limit.
var errTooLarge = errors.New("too large")

// openRegular opens path for reading when it is, after resolving links, a regular file inside
// the corpus (or anywhere, with FollowLinksOutside). Otherwise it returns a reason to skip it
// and opens nothing: a named pipe would block the open or the read for ever, a device such as
// /dev/zero never ends.
func (r *reader) openRegular(path string) (*os.File, fs.FileInfo, string) {
	linfo, err := os.Lstat(path)
	if err != nil {
		return nil, nil, fmt.Sprintf("cannot be read: %v", unwrapPath(err))
	}
	if linfo.Mode()&fs.ModeSymlink != 0 {
		target, err := filepath.EvalSymlinks(path)
		if err != nil {
			return nil, nil, fmt.Sprintf("symbolic link that leads nowhere: %v", unwrapPath(err))
		}
		if !r.opts.FollowLinksOutside && !within(r.realRoot, target) {
			return nil, nil, fmt.Sprintf("symbolic link to %s, outside the corpus folder: not read (set follow_links_outside: true in config.yaml to read it)", target)
		}
	}
	info, err := os.Stat(path)
	if err != nil {
		return nil, nil, fmt.Sprintf("cannot be read: %v", unwrapPath(err))
	}
	if reason := notRegular(info.Mode()); reason != "" {
		return nil, nil, reason
	}
	// O_NONBLOCK: should the file have become a pipe since Stat, the open does not wait for a
	// writer; the Stat of the open file below then skips it.
	f, err := os.OpenFile(path, os.O_RDONLY|syscall.O_NONBLOCK, 0)
	if err != nil {
		return nil, nil, fmt.Sprintf("cannot be read: %v", unwrapPath(err))
	}
	info, err = f.Stat()
	if err == nil {
		if reason := notRegular(info.Mode()); reason != "" {
			f.Close()
			return nil, nil, reason
		}
	}
	if err != nil {
		f.Close()
		return nil, nil, fmt.Sprintf("cannot be read: %v", unwrapPath(err))
	}
	return f, info, ""
}

// notRegular says why a file of mode m is not read, or "" for a regular file.
func notRegular(m fs.FileMode) string {
	switch {
	case m.IsRegular():
		return ""
	case m.IsDir():
		return "symbolic link to a folder: not followed (link the files, or point corpus at that folder)"
	case m&fs.ModeNamedPipe != 0:
		return "named pipe (FIFO), not a regular file: not read"
	case m&fs.ModeSocket != 0:
		return "socket, not a regular file: not read"
	case m&fs.ModeDevice != 0 || m&fs.ModeCharDevice != 0:
		return "device, not a regular file: not read"
	default:
		return fmt.Sprintf("not a regular file (%s): not read", m.Type())
	}
}

// within reports whether path (resolved) is root or under it.
func within(root, path string) bool {
	rel, err := filepath.Rel(root, path)
	return err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator)) && !filepath.IsAbs(rel)
}

// readLimited reads f whole, or returns errTooLarge when it holds more than limit bytes:
// the size Stat gave is not trusted (a file may grow, or lie, as /proc files do).
func readLimited(f io.Reader, limit int64) ([]byte, error) {
	b, err := io.ReadAll(io.LimitReader(f, limit+1))
	if err != nil {
		return nil, err
	}
	if int64(len(b)) > limit {
		return nil, errTooLarge
	}
	return b, nil
}
