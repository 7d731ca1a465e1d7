package pdftest

import (
	"strings"

	"marketbrief/internal/model"
)

// Empty returns a report of a run that read documents but found no vendor, deal or share.
func Empty(lang string) *model.Report {
	r := Realistic(lang)
	r.Vendors, r.Deals, r.Shares, r.Latest, r.DealsByYear = nil, nil, nil, nil, nil
	r.DealsByType = countTypes(nil)
	r.Facts.Deals, r.Facts.MarketShares, r.Facts.Vendors, r.Facts.Changes = nil, nil, nil, nil
	r.Figures = model.KeyFigures{Documents: r.Figures.Documents, Languages: r.Figures.Languages}
	r.PeriodStart, r.PeriodEnd = r.AsOf, r.AsOf
	return r
}

// Single returns a report with one vendor, one deal, one share and one year.
func Single(lang string) *model.Report {
	r := Realistic(lang)
	r.Vendors = r.Vendors[:1]
	r.Vendors[0].ShareOfVoice = 1
	r.Deals = r.Deals[:1]
	r.Shares = r.Shares[3:4]
	r.Latest = []model.RegionShares{{Region: "Global", Period: "2026-Q3", Shares: r.Shares}}
	r.DealsByType = countTypes(r.Deals)
	r.DealsByYear = []model.Count{{Label: "2026", N: 1}}
	r.Facts.Changes = nil
	return r
}

// Equal returns a report whose vendors, shares and deal counts are all equal.
func Equal(lang string) *model.Report {
	r := Realistic(lang)
	for i := range r.Vendors {
		r.Vendors[i].ShareOfVoice = 0.1
		r.Vendors[i].Mentions = 5
	}
	for i := range r.Shares {
		r.Shares[i].Share = 25
	}
	r.DealsByType = []model.Count{{Label: model.Acquisition, N: 2}, {Label: model.Merger, N: 2}}
	r.DealsByYear = []model.Count{{Label: "2025", N: 3}, {Label: "2026", N: 3}}
	return r
}

// Zero returns a report whose vendors and counts are all zero (as a broken aggregate could give).
func Zero(lang string) *model.Report {
	r := Equal(lang)
	for i := range r.Vendors {
		r.Vendors[i].ShareOfVoice = 0
	}
	for i := range r.Shares {
		r.Shares[i].Share = 0
	}
	r.DealsByType = countTypes(nil)
	r.DealsByYear = []model.Count{{Label: "2026", N: 0}}
	return r
}

// Awkward returns the realistic report with very long vendor names, emoji, CJK and characters
// outside the Basic Multilingual Plane in titles, names and evidence.
func Awkward(lang string) *model.Report {
	r := Realistic(lang)
	long := "International Business Machines Corporation Hybrid Cloud and Consulting Division"
	r.Title = "Cloud 🚀 weekly — 云计算 𝔘𝔫𝔦𝔠𝔬𝔡𝔢"
	r.Vendors[0].Name = long
	r.Deals[0].Acquirer = long
	r.Deals[0].Parties = []string{long, "Wiz 🎉"}
	r.Deals[0].Evidence[0].Text = strings.Repeat("A very long evidence sentence 📈 that never ends. ", 12)
	r.Shares[0].Vendor = long
	r.Latest[0].Shares[0].Vendor = long
	r.Sources[0].Title = "阿里巴巴 Alibaba Cloud 🌩 " + strings.Repeat("long title ", 20)
	return r
}

// NoShares returns the realistic report without any market share.
func NoShares(lang string) *model.Report {
	r := Realistic(lang)
	r.Shares, r.Latest, r.Trends = nil, nil, nil
	r.Facts.MarketShares, r.Facts.GroupShares = nil, nil
	r.Facts.Changes.ShareChanges = nil
	r.Figures.ShareStatements = 0
	return r
}
