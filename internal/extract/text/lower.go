package text

// DealLower lower-cases the ASCII letters of s only, so that byte offsets stay those of s.
// A string without capitals is returned as is, without a copy.
func DealLower(s string) string {
	i := 0
	for i < len(s) && !('A' <= s[i] && s[i] <= 'Z') {
		i++
	}
	if i == len(s) {
		return s
	}
	b := []byte(s)
	for ; i < len(b); i++ {
		b[i] = dealLowerBytes[b[i]] // a look-up, not a branch the capitals would mispredict
	}
	return string(b)
}

// dealLowerBytes maps each ASCII capital to its small letter and every other byte to itself.
var dealLowerBytes = func() (t [256]byte) {
	for c := range t {
		t[c] = byte(c)
		if 'A' <= c && c <= 'Z' {
			t[c] = byte(c) + 'a' - 'A'
		}
	}
	return t
}()

// DealWordStart moves i back to the start of the word it is in, so that a window never starts
// inside a word.
func DealWordStart(s string, i int) int {
	for i > 0 && s[i-1] != ' ' {
		i--
	}
	return i
}
