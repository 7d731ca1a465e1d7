package corpus

import (
	"regexp"
	"strings"
)

// dateLine matches a "Date: 2025-10-02" line near the top of a text or Markdown file.
var dateLine = regexp.MustCompile(`(?i)^\s*(?:date|published|publié le|date de publication)\s*:\s*(.+?)\s*$`)

// maxTitle is the longest first line taken as a title; a longer one is the first paragraph.
const maxTitle = 250

// parseText reads a text or Markdown article: the title is a Markdown heading (markdown) or the
// first non-empty line; a YAML front matter block or a "Date: …" line among the first lines gives
// the date. The text returned excludes the title and the date line, except when the first line is
// a paragraph rather than a title: then the text keeps it whole, the title is its shortened first
// sentence, and lead is true.
func parseText(s string, markdown bool) (title, date, text string, lead bool) {
	s = strings.TrimPrefix(s, "\ufeff")
	s = strings.ReplaceAll(s, "\r\n", "\n")
	lines := strings.Split(s, "\n")
	if markdown && len(lines) > 0 && strings.TrimSpace(lines[0]) == "---" {
		for i := 1; i < len(lines) && i < 40; i++ {
			l := strings.TrimSpace(lines[i])
			if l == "---" {
				lines = lines[i+1:]
				break
			}
			if k, v, ok := strings.Cut(l, ":"); ok {
				v = strings.Trim(strings.TrimSpace(v), `"'`)
				switch strings.ToLower(strings.TrimSpace(k)) {
				case "title":
					title = v
				case "date":
					date = NormalizeDate(v)
				}
			}
		}
	}
	var body []string
	for i, l := range lines {
		trimmed := strings.TrimSpace(l)
		if title == "" && trimmed != "" {
			title = trimmed
			if markdown {
				title = strings.TrimSpace(strings.TrimLeft(trimmed, "#"))
			}
			continue
		}
		if date == "" && i < 8 {
			if m := dateLine.FindStringSubmatch(l); m != nil {
				if d := NormalizeDate(m[1]); d != "" {
					date = d
					continue
				}
			}
		}
		if markdown {
			l = stripMarkdown(l)
		}
		body = append(body, l)
	}
	if len(title) > maxTitle { // a lead paragraph: none of it may be lost to extraction
		body = append([]string{title}, body...)
		title, lead = clip(firstSentence(title), maxTitle), true
	}
	return title, date, strings.TrimSpace(strings.Join(body, "\n")), lead
}

// firstSentence returns s up to the end of its first sentence, or s.
func firstSentence(s string) string {
	for i := 40; i < len(s)-1; i++ {
		if (s[i] == '.' || s[i] == '!' || s[i] == '?') && s[i+1] == ' ' {
			return s[:i+1]
		}
	}
	return s
}

// stripMarkdown removes the markup a reader does not see: heading marks, emphasis, link targets.
func stripMarkdown(l string) string {
	t := strings.TrimLeft(l, " ")
	if strings.HasPrefix(t, "#") {
		l = strings.TrimSpace(strings.TrimLeft(t, "#"))
	}
	l = mdLink.ReplaceAllString(l, "$1")
	l = strings.NewReplacer("**", "", "__", "", "`", "").Replace(l)
	return l
}

var mdLink = regexp.MustCompile(`!?\[([^\]]*)\]\([^)]*\)`)

// clip shortens s to at most n bytes on a rune boundary.
func clip(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && (s[n]&0xC0) == 0x80 {
		n--
	}
	return strings.TrimSpace(s[:n]) + "…"
}
