package corpus

import (
	"bytes"
	"strings"

	"golang.org/x/net/html"
)

// dropped are elements whose content a reader never sees.
var dropped = map[string]bool{"script": true, "style": true, "noscript": true, "template": true, "svg": true, "head": true, "iframe": true}

// blocks are elements that end a paragraph.
var blocks = map[string]bool{"p": true, "div": true, "br": true, "li": true, "h1": true, "h2": true, "h3": true,
	"h4": true, "h5": true, "h6": true, "tr": true, "section": true, "article": true, "header": true,
	"footer": true, "blockquote": true, "ul": true, "ol": true, "table": true, "figcaption": true, "hr": true}

// parseHTML extracts the title (the <title>, else the first <h1>), the date (a date <meta> or the
// first <time datetime>) and the visible text of an HTML page, one paragraph a line.
func parseHTML(raw []byte) (title, date, text string) {
	z := html.NewTokenizer(bytes.NewReader(raw))
	var b strings.Builder
	var h1 strings.Builder
	skipDepth, inTitle, inH1 := 0, false, false
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			if title == "" {
				title = strings.TrimSpace(h1.String())
			}
			return clip(collapse(title), 300), date, tidyLines(b.String())
		case html.StartTagToken, html.SelfClosingTagToken:
			tok := z.Token()
			switch {
			case tok.Data == "title":
				inTitle = tt == html.StartTagToken
			case tok.Data == "meta" && date == "":
				date = metaDate(tok)
			case tok.Data == "time" && date == "":
				date = NormalizeDate(attr(tok, "datetime"))
			case tok.Data == "h1":
				inH1 = true
			}
			if dropped[tok.Data] && tt == html.StartTagToken && tok.Data != "head" {
				skipDepth++
			}
			if blocks[tok.Data] {
				b.WriteString("\n")
			}
		case html.EndTagToken:
			tok := z.Token()
			switch {
			case tok.Data == "title":
				inTitle = false
			case tok.Data == "h1":
				inH1 = false
			case dropped[tok.Data] && tok.Data != "head" && skipDepth > 0:
				skipDepth--
			}
			if blocks[tok.Data] {
				b.WriteString("\n")
			}
		case html.TextToken:
			t := string(z.Text())
			switch {
			case inTitle:
				title += t
			case skipDepth > 0:
			default:
				if inH1 {
					h1.WriteString(t)
				}
				b.WriteString(t)
			}
		}
	}
}

func attr(tok html.Token, key string) string {
	for _, a := range tok.Attr {
		if strings.EqualFold(a.Key, key) {
			return a.Val
		}
	}
	return ""
}

// metaDate reads <meta name="date"> and its usual variants.
func metaDate(tok html.Token) string {
	name := strings.ToLower(attr(tok, "name") + attr(tok, "property") + attr(tok, "itemprop"))
	switch name {
	case "date", "dc.date", "article:published_time", "datepublished", "pubdate", "publish-date":
		return NormalizeDate(attr(tok, "content"))
	}
	return ""
}

// collapse folds runs of ASCII white space into one space; no-break spaces are kept, since
// French typography puts them before "%" and ":".
func collapse(s string) string {
	return strings.Join(strings.FieldsFunc(s, func(r rune) bool {
		return r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == '\f' || r == '\v'
	}), " ")
}

// tidyLines folds white space inside lines and drops empty lines.
func tidyLines(s string) string {
	var out []string
	for _, l := range strings.Split(s, "\n") {
		if l = collapse(l); l != "" {
			out = append(out, l)
		}
	}
	return strings.Join(out, "\n")
}
