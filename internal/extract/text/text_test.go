package text

import (
	"strings"
	"testing"
)

// The fast paths of the text helpers must read exactly as the plain definitions they replace.
var (
	refReplacer = strings.NewReplacer(
		"\u00a0", " ", "\u202f", " ", "\u2009", " ", "\u2007", " ", "\u2002", " ", "\u2003", " ",
		"\u2004", " ", "\u2005", " ", "\u2006", " ", "\u2008", " ", "\u200a", " ", "\u205f", " ",
		"\u2019", "'", "\u2018", "'", "\u02bc", "'", "\u00b4", "'",
		"\u00ad", "", "\u200b", "", "\ufeff", "",
		"\r\n", "\n", "\r", "\n",
	)
	textCases = []string{
		"", " ", "plain ascii text", "l\u2019\u00e9diteur\u00a0fran\u00e7ais", "a\r\nb\rc\r", "\r",
		"soft\u00adhyphen\u200bzero\ufeffbom", "caf\u00e9 \u2014 \u00ab guillemets \u00bb \u2026",
		"  lead and trail  ", "inner  run\tand\ttab", "line\u2028sep", "  x\u3000y ", "\u2028edge",
		"ok\u2028inner", "bad \xc2 byte\xe2\x80", "\u0130stanbul MARCH\u00c9 \u0152uvre Stra\u00dfe",
		"AWS' share", "U.S. market", "17,9 %", "17,9\u202f%", "T3\u200a2025\u205fx", "\u212a kelvin",
	}
)

func TestNormalizeText(t *testing.T) {
	t.Parallel()
	for _, in := range textCases {
		if got, want := NormalizeText(in), refReplacer.Replace(in); got != want {
			t.Errorf("normalizeText(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestFoldSpace(t *testing.T) {
	t.Parallel()
	for _, in := range textCases {
		want := in
		if strings.Join(strings.Fields(in), " ") != in && !isFoldedASCII(in) {
			want = strings.Join(strings.Fields(in), " ")
		}
		if got := foldSpace(in); got != want {
			t.Errorf("foldSpace(%q) = %q, want %q", in, got, want)
		}
	}
}

// isFoldedASCII reports whether s has no ASCII white space to fold: foldSpace then keeps it as
// is, Unicode spaces included.
func isFoldedASCII(s string) bool {
	return s != "" && !isSpaceByte(s[0]) && !isSpaceByte(s[len(s)-1]) &&
		!strings.Contains(s, "  ") && !strings.ContainsAny(s, "\t\n\v\f\r")
}

func TestFold(t *testing.T) {
	t.Parallel()
	tests := []struct{ name, in, want string }{
		{"ascii lower", "telecom", "telecom"},
		{"capitals", "AWS", "aws"},
		{"accents", "T\u00e9l\u00e9com", "telecom"},
		{"ligature", "\u0152uvre", "oeuvre"},
		{"eszett", "Stra\u00dfe", "strasse"},
		{"dotted capital", "\u0130", "i"},
		{"other script", "\u0416", "\u0436"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Fold(tt.in); got != tt.want {
				t.Errorf("fold(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestTokenizeLows(t *testing.T) {
	t.Parallel()
	tests := []struct{ name, in, want string }{
		{"mixed", "Le Marché du Cloud, en marche", "le marche du cloud , en marche~"},
		{"capital walk", "La République En Marche", "la republique en marche~"},
		{"numbers", "AWS 31 % Q3 2025", "aws 31 % q3 2025"},
		{"apostrophe", "l'Opérateur Orange's", "l ' operateur orange ' s"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var lows []string
			for _, tok := range Tokenize(tt.in) {
				lows = append(lows, tok.Low)
			}
			if got := strings.Join(lows, " "); got != tt.want {
				t.Errorf("lows of %q = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestTitleCase(t *testing.T) {
	t.Parallel()
	tests := []struct {
		in   string
		want bool
	}{
		{"Microsoft Buys Northwind Data Systems", true},
		{"MICROSOFT BUYS NORTHWIND", true},
		{"Microsoft buys a small data company in Oregon", false},
		{"AWS Q3", false}, // too few words to tell
		{"SFR en capte 25 %, Bouygues Telecom 22 % et Free 16 %.", false},
		{"Orange And Free Lead The Market.", true},
	}
	for _, tt := range tests {
		var sc FoldScratch
		AppendTokens(nil, tt.in, &sc)
		if got := sc.TitleCase(); got != tt.want {
			t.Errorf("titleCase(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestLower(t *testing.T) {
	t.Parallel()
	for in, want := range map[string]string{
		"ACME Rachète L'ÉDITEUR À Paris": "acme rachète l'éditeur à paris",
		"déjà en minuscules":             "déjà en minuscules",
		"Kelvin \u212a and İstanbul":     "kelvin \u212a and İstanbul", // capitals whose small letter is wider stay
		"bad \xff BYTE":                  "bad \xff byte",
	} {
		got := Lower(in)
		if got != want {
			t.Errorf("Lower(%q) = %q, want %q", in, got, want)
		}
		if len(got) != len(in) {
			t.Errorf("Lower(%q) changed the length: %d → %d", in, len(in), len(got))
		}
	}
	if s := "already lower"; Lower(s) != s {
		t.Error("Lower changed a lower-case string")
	}
}
