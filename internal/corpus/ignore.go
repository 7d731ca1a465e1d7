package corpus

import (
	"bufio"
	"os"
	"path"
	"path/filepath"
	"strings"
)

// IgnoreFile names the file in a corpus folder that lists files that are not articles, one
// pattern per line ('#' starts a comment): a name ("notes.txt"), a glob ("drafts/*", "*.csv")
// matched against the path relative to the corpus folder and against the file name.
const IgnoreFile = ".marketbriefignore"

// notArticle lists the names of the files a corpus folder holds about itself (its README,
// licence, changelog), which are never read as news, in any letter case and with any extension.
var notArticle = []string{"readme", "licence", "license", "changelog", "changes", "contributing", "copying", "notice"}

// ignorer decides which files of a corpus are not articles.
type ignorer struct {
	patterns []string
}

// loadIgnore reads root's IgnoreFile, if any.
func loadIgnore(root string) ignorer {
	var ig ignorer
	f, err := os.Open(filepath.Join(root, IgnoreFile))
	if err != nil {
		return ig
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line != "" && !strings.HasPrefix(line, "#") {
			ig.patterns = append(ig.patterns, strings.TrimPrefix(filepath.ToSlash(line), "/"))
		}
	}
	return ig
}

// ignored reports whether the file at rel (relative to the corpus root, "/" separators) is not
// an article: a README-like file or one the ignore file lists.
func (ig ignorer) ignored(rel string) bool {
	base := path.Base(rel)
	stem := strings.ToLower(base)
	if i := strings.IndexByte(stem, '.'); i > 0 {
		stem = stem[:i]
	}
	for _, n := range notArticle {
		if stem == n {
			return true
		}
	}
	for _, p := range ig.patterns {
		if ok, _ := path.Match(p, rel); ok {
			return true
		}
		if ok, _ := path.Match(p, base); ok {
			return true
		}
		if strings.HasSuffix(p, "/") && strings.HasPrefix(rel, p) {
			return true
		}
	}
	return false
}
