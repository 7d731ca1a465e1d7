package text

// DealAbbrev end with a period without ending a sentence (compared lower-cased, no period).
var DealAbbrev = map[string]bool{
	"inc": true, "corp": true, "co": true, "ltd": true, "mr": true, "mrs": true, "ms": true,
	"dr": true, "st": true, "jan": true, "feb": true, "mar": true, "apr": true, "aug": true,
	"sept": true, "sep": true, "oct": true, "nov": true, "dec": true, "no": true, "vs": true,
	"fla": true, "calif": true, "mich": true, "ore": true, "va": true, "ill": true, "ariz": true,
	"mass": true, "conn": true, "tenn": true, "ky": true, "wash": true, "tex": true, "jr": true,
	"bros": true, "cos": true, "plc": true, "etc": true, "approx": true, "m": true, "mme": true,
}
