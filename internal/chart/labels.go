package chart

import (
	"math"
	"strconv"
	"strings"
)

// Labels are the words and number conventions the charts use, keyed as in the locale block of the
// brief templates (pdf.Labels reads them from brief.LANG.tmpl): "decimal", "percent" ("{n}%"),
// "quarter" ("Q{n} {y}"), "half", "type.acquisition", "region.China", "chart.share_of_voice"…
// A missing key falls back to Render's built-in English or French words, then to the raw value.
type Labels map[string]string

// defaultLabels returns the built-in labels of a language: French for "fr", else English.
func defaultLabels(lang string) Labels {
	if strings.EqualFold(lang, "fr") {
		return Labels{"decimal": ",", "percent": "{n}\u202f%", "quarter": "T{n} {y}", "half": "S{n} {y}",
			"type.acquisition": "Acquisition", "type.merger": "Fusion", "type.partnership": "Partenariat",
			"type.investment": "Investissement", "type.divestiture": "Cession", "type.contract": "Contrat"}
	}
	return Labels{"decimal": ".", "percent": "{n}%", "quarter": "Q{n} {y}", "half": "H{n} {y}"}
}

// merge returns l with the keys of over replacing its own.
func (l Labels) merge(over Labels) Labels {
	out := Labels{}
	for k, v := range l {
		out[k] = v
	}
	for k, v := range over {
		out[k] = v
	}
	return out
}

// word returns the label of key, or fallback when there is none.
func (l Labels) word(key, fallback string) string {
	if s, ok := l[key]; ok && s != "" {
		return s
	}
	return fallback
}

// number writes v with at most one decimal, dropping a trailing zero.
func (l Labels) number(v float64) string {
	s := strconv.FormatFloat(math.Round(v*10)/10, 'f', 1, 64)
	s = strings.TrimSuffix(s, ".0")
	return strings.Replace(s, ".", l.word("decimal", "."), 1)
}

// percent writes v (already in percent) as "33%" or "33 %".
func (l Labels) percent(v float64) string {
	return strings.ReplaceAll(l.word("percent", "{n}%"), "{n}", l.number(v))
}

// period writes "2026-Q3" as "Q3 2026" / "T3 2026" and "2026-H1" as "H1 2026"; other periods are
// returned unchanged.
func (l Labels) period(p string) string {
	year, part, _ := strings.Cut(p, "-")
	if part == "" && len(p) == 2 {
		year, part = "", p
	}
	key := map[byte]string{'Q': "quarter", 'H': "half"}
	if len(part) != 2 || key[part[0]] == "" {
		return p
	}
	pat, ok := l[key[part[0]]]
	if !ok {
		return p
	}
	return strings.TrimSpace(strings.NewReplacer("{n}", part[1:], "{y}", year).Replace(pat))
}

// dealType names a deal type, capitalised when no label is known.
func (l Labels) dealType(t string) string {
	if t == "" {
		return "?"
	}
	return l.word("type."+t, strings.ToUpper(t[:1])+t[1:])
}

// title returns the chart's title from "chart.NAME", else fallback.
func (l Labels) title(name, fallback string) string {
	return l.word("chart."+name, fallback)
}
