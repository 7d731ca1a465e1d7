package pipeline

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"testing"

	"marketbrief/internal/model"
)

// TestManifestDigest checks the documents' digest against its definition: the SHA-256 of
// "ID\x00SHA256\n" per document, in facts.json's order, the SHA-256 in hex (empty when unknown).
func TestManifestDigest(t *testing.T) {
	t.Parallel()
	docs := []model.Document{{ID: "a.txt", SHA256: sha256.Sum256([]byte("a")), Language: "en", Bytes: 3},
		{ID: "feed.jsonl#7", Language: "fr", Bytes: 5}, {ID: "é/b.md", SHA256: sha256.Sum256([]byte("b")), Language: "en"}}
	h := sha256.New()
	for _, d := range docs {
		fmt.Fprintf(h, "%s\x00%s\n", d.ID, d.SHA256.String())
	}
	var m manifest
	m.fill(&model.Report{Facts: model.Facts{Documents: docs}})
	if want := hex.EncodeToString(h.Sum(nil)); m.Documents.SHA256 != want {
		t.Errorf("digest %s, want %s", m.Documents.SHA256, want)
	}
	if m.Documents.Count != 3 || m.Documents.Bytes != 8 || m.Documents.Languages["en"] != 2 {
		t.Errorf("summary %+v", m.Documents)
	}
}
