package corpus

// Defaults of Options: a news story is a few kilobytes; these leave room for long reports
// while keeping one bad file from taking the run's memory.
const (
	DefaultMaxFileBytes         = 4 << 20   // a .txt, .md or .html file, or one JSON-lines document
	DefaultMaxDecompressedBytes = 256 << 20 // what a .jsonl or .jsonl.gz file may expand to
)

// Options bound what a walk reads. The zero value means the defaults.
type Options struct {
	// MaxFileBytes is the largest .txt, .md or .html file read, and the longest JSON-lines
	// line (one document); a larger one is skipped, naming the limit.
	MaxFileBytes int64
	// MaxDecompressedBytes is the most read from one JSON-lines file (after decompression for
	// .jsonl.gz); reading stops there, the documents before kept and the file listed as skipped.
	MaxDecompressedBytes int64
	// FollowLinksOutside reads symbolic links whose target is outside the corpus folder; by
	// default they are skipped (a link to /etc/passwd is no article).
	FollowLinksOutside bool
}

func (o Options) maxFile() int64 {
	if o.MaxFileBytes > 0 {
		return o.MaxFileBytes
	}
	return DefaultMaxFileBytes
}

func (o Options) maxDecompressed() int64 {
	if o.MaxDecompressedBytes > 0 {
		return o.MaxDecompressedBytes
	}
	return DefaultMaxDecompressedBytes
}
