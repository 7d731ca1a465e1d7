package extract

import "marketbrief/internal/model"

// TEMPORARY: replaced by the deal extractor.
func (e *Extractor) deals(doc model.Document, sents []Sentence) []model.Deal {
	return nil
}
