package text

// CoSuffixes end a company name ("Inc", "Corp", …); after one only more suffixes may follow.
var CoSuffixes = map[string]bool{
	"inc": true, "corp": true, "co": true, "ltd": true, "plc": true, "llc": true, "ag": true,
	"sa": true, "nv": true, "n.v": true, "bv": true, "gmbh": true, "kg": true, "ab": true,
	"spa": true, "sarl": true, "lp": true, "l.p": true, "pty": true, "limited": true,
	"corporation": true, "incorporated": true, "cos": true, "bhd": true, "kgaa": true, "se": true,
	"sas": true, "oyj": true, "asa": true,
}
