// Package share reads the market shares a document states.
//
// It reads the sentences with their mentions (packages text and vendor) and the periods and
// regions of package measure, and gives model.MarketShare and model.GroupShare values:
// percentages near a vendor in sentences about a market, not growth rates, stakes, margins or
// polls; lists, "respectively", "chacun", joint shares, previous shares ("down from 32% in
// 2021"), qualifiers, periods and regions, inherited from earlier sentences when a sentence
// omits them.
//
// Reader is the entry point.
package share
