package measure

import (
	"regexp"
	"testing"
)

func TestDealDate(t *testing.T) {
	t.Parallel()
	tests := []struct{ name, text, doc, want string }{
		{"year", "Purchased by Facebook for $19 billion in 2014, WhatsApp…", "", "2014"},
		{"French month and year", "finalisé en avril 2016", "", "2016-04"},
		{"English month and year", "announced in March 2021", "", "2021-03"},
		{"last year", "It bought the firm last year.", "2021-02-01", "2020"},
		{"l'année dernière", "Au cours de l'année dernière, le groupe a vendu Honor.", "2021-02-01", "2020"},
		{"this year", "The deal closed this year.", "2024-05-15", "2024"},
		{"cette année", "Orange a retenu cette année les solutions de Huawei.", "2017-09-05", "2017"},
		{"relative without a document date", "It bought the firm last year.", "", ""},
		{"none stated", "Oracle buys Cerner.", "2024-05-15", ""},
		{"month without year, before the document's month", "En avril, Huawei avait indiqué…", "2017-09-05", "2017-04"},
		{"month without year, after it", "In November the deal closed.", "2017-09-05", "2016-11"},
		{"season", "Orange a cédé Totem à l'été 2024.", "2025-10-02", "2024"},
		{"fin", "Thales a acquis Imperva fin 2023.", "2025-10-02", "2023"},
		{"début", "Atos a vendu Worldgrid début 2024.", "2025-10-02", "2024"},
		{"early", "Cisco completed the deal in early 2024.", "2025-10-02", "2024"},
		{"mi-", "Kestel a été racheté mi-2022.", "2025-10-02", "2022"},
		{"English quarter", "Oracle acquired Cerner in the second quarter of 2022.", "", "2022-Q2"},
		{"French quarter", "HPE a racheté Juniper au deuxième trimestre 2025.", "", "2025-Q2"},
		{"Q and year", "Nokia bought Infinera in Q1 2025.", "", "2025-Q1"},
		{"a year with no time word before it", "Kestel, founded 2019, was bought.", "", ""},
		{"In May", "In May, Kestel also bought a stake in Brisk.", "1987-06-29", "1987-05"},
		{"in early May", "Kestel bought the unit in early May.", "1987-06-29", "1987-05"},
		{"on May 5", "Kestel said on May 5 it had bought Brisk.", "1987-06-29", "1987-05"},
		{"May after the document's month", "Kestel closed the purchase in May.", "1987-03-10", "1986-05"},
		{"the verb may is no month", "Kestel said the sale may close in a few weeks.", "1987-06-29", ""},
		{"a modal may with a time word before it", "Talks begun in June may end soon.", "1987-06-29", "1987-06"},
		{"May with its year", "Kestel bought Brisk in May 1985.", "1987-06-29", "1985-05"},
		{"en mai", "En mai, Kestel a racheté Brisk.", "2020-09-12", "2020-05"},
		{"le 5 mai", "Kestel a finalisé le 5 mai le rachat de Brisk.", "2020-09-12", "2020-05"},
		{"on a day of another month", "Kestel said on March 3 it completed the sale.", "1987-04-02", "1987-03"},
		{"a month to come", "Delmar agreed to buy Ovan, a deal that may close in August.", "1987-06-29", ""},
		{"a month to come, French", "L'opération devrait être finalisée en octobre.", "2020-09-12", ""},
		{"a month past with a future verb after it", "Kestel bought Brisk in August and will merge it with Ovan.", "1987-10-02", "1987-08"},
		{"a day between month and year", "Court papers say Kestel bought Brisk stock from March 3 to March 9, 1986.", "1987-04-02", "1986-03"},
		{"a time limit is no date", "Kestel extended its bid for Brisk until May 9.", "1987-04-02", ""},
		{"a month pending", "Brisk agreed to merge with Kestel, pending approval in mid-April.", "1987-03-20", ""},
		{"a time limit with its year", "Kestel may buy the rest of Brisk under an option that runs until Sept 15, 1989.", "1987-04-02", ""},
		{"a time limit, then the date", "Kestel's option, valid until May 1990, was used in March 1987 to buy Brisk.", "1987-04-02", "1987-03"},
		{"the day a deal takes effect", "Kestel takes over Brisk's distribution rights effective March 1, 1989.", "1987-06-29", ""},
		{"a deadline extended", "Kestel said Brisk agreed to move the deadline for closing the Ovan sale to Sept 30, 1987.", "1987-03-20", ""},
		{"an offer extended", "Kestel said its offer for Brisk was extended to midnight June 8, 1987.", "1987-03-20", ""},
		{"an offer extended, far from its verb", "Kestel said it extended its earlier offer to buy all the shares of Brisk Holdings Ltd to midnight June 8, 1987.", "1987-03-20", ""},
		{"a year before a deal noun", "The offer relates to its 1985 acquisition of Brisk.", "1987-04-01", "1985"},
		{"a security's maturity", "The merger with Kestel cut the rating of Brisk's 9 pct notes of 1996.", "1987-04-01", ""},
		{"notes due", "Kestel bought Brisk, which has 40 mln dlrs of notes due 1995.", "1987-04-01", ""},
		{"maturing in", "Kestel agreed to buy Brisk and to assume its bonds maturing in 1999.", "1987-04-01", ""},
		{"a maturity, then the deal's year", "Kestel, whose notes mature in 1998, bought Brisk in 1986.", "1987-04-01", "1986"},
		{"a warrant's term", "The accord gives Kestel a warrant to buy Brisk shares exercisable until March 1993.", "1987-04-01", ""},
		{"a repayment's start", "Kestel will lend Brisk 5 mln dlrs for repayment starting in June 1989.", "1987-04-01", ""},
		{"a service's start", "Brisk signed a contract with Kestel to run its data centres beginning January 1988.", "1987-10-01", ""},
		{"a product's launch", "Kestel signed a partnership with Brisk and will launch a joint range in 2027.", "2026-05-01", ""},
		{"a rule taking effect", "Ahead of rules that take effect in 1990, Kestel agreed to buy Brisk.", "1987-04-01", ""},
		{"à échéance", "Kestel reprend Brisk et ses obligations arrivant à échéance en 2029.", "2025-05-01", ""},
		{"remboursable", "Kestel prête 3 millions d'euros à Brisk, remboursables en 2030.", "2025-05-01", ""},
		{"à partir de", "Brisk a signé un contrat avec Kestel pour gérer ses serveurs à partir de 2027.", "2025-05-01", ""},
		{"à partir de, a month", "Brisk a signé un contrat avec Kestel pour gérer ses serveurs à partir de septembre.", "2025-05-01", ""},
		{"lancer", "Kestel a conclu un partenariat avec Brisk et va lancer une offre commune en 2027.", "2026-05-01", ""},
		{"a deadline by a day", "Kestel must buy the rest of Brisk if its shares stay below 20 dlrs by June 30, 1989.", "1987-04-01", ""},
		{"a deal told after a security", "Kestel got the warrants when it agreed to sell its mill to Brisk in 1983.", "1987-04-01", "1983"},
		{"a start leading the clause", "Kestel said that beginning in mid-1985, Brisk bought its shares.", "1987-04-01", "1985"},
		{"a relative clause's date", "A judge approved the plan for Kestel to buy the plants of Brisk, which was put into receivership in early March.", "1987-06-01", ""},
		{"a relative clause's date, French", "Kestel va reprendre les usines de Brisk, qui a été placée en redressement judiciaire en mars 2024.", "2024-06-01", ""},
		{"a relative clause with a deal verb", "Kestel sold Brisk, which it had bought in March 1983.", "1987-06-01", "1983-03"},
		{"an expected completion stays", "Kestel will complete the purchase of Brisk in the third quarter of 1987.", "1987-04-01", "1987-Q3"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			if got := DealDate(tt.text, tt.doc); got != tt.want {
				t.Errorf("dealDate(%q, %q) = %q, want %q", tt.text, tt.doc, got, tt.want)
			}
		})
	}
}

func TestOtherDate(t *testing.T) {
	t.Parallel()
	tests := []struct {
		text string
		want bool
	}{
		{"the agreement includes notes due 1993", true},
		{"the agreement gives it warrants to buy shares through 1993", true},
		{"l'accord prévoit un prêt remboursable en 2031", true},
		{"the agreement was signed in 1986", false},
		{"l'accord a été signé en 2019", false},
	}
	for _, tt := range tests {
		at := regexp.MustCompile(`(?:19|20)\d\d`).FindStringIndex(tt.text)[0]
		if got := OtherDate(tt.text, at); got != tt.want {
			t.Errorf("OtherDate(%q, %d) = %v, want %v", tt.text, at, got, tt.want)
		}
	}
}
