package corpus

import (
	"bufio"
	"bytes"
	"io"
)

// lineReader reads lines of at most max bytes; a longer line is skipped whole (errTooLarge)
// without being held in memory, and the next call reads the line after it.
type lineReader struct {
	r    *bufio.Reader
	max  int64
	read int64 // bytes read so far, line ends included
	buf  []byte
}

// next returns the next line without its end ("\n" or "\r\n"), io.EOF after the last one, or
// errTooLarge for a line over max.
func (l *lineReader) next() ([]byte, error) {
	l.buf = l.buf[:0]
	tooLong := false
	for {
		chunk, err := l.r.ReadSlice('\n')
		l.read += int64(len(chunk))
		if !tooLong {
			if int64(len(l.buf)+len(chunk)) > l.max+2 { // +2: the line end
				tooLong, l.buf = true, l.buf[:0]
			} else {
				l.buf = append(l.buf, chunk...)
			}
		}
		switch {
		case err == bufio.ErrBufferFull:
			continue
		case err == io.EOF && len(chunk) == 0 && len(l.buf) == 0 && !tooLong:
			return nil, io.EOF
		case err != nil && err != io.EOF:
			return nil, err
		}
		if tooLong {
			return nil, errTooLarge
		}
		line := bytes.TrimSuffix(bytes.TrimSuffix(l.buf, []byte("\n")), []byte("\r"))
		if int64(len(line)) > l.max {
			return nil, errTooLarge
		}
		return line, nil
	}
}
