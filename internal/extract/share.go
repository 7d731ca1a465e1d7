package extract

import "marketbrief/internal/model"

func (e *Extractor) shares(doc model.Document, sents []Sentence) ([]model.MarketShare, []model.GroupShare) {
	return nil, nil
}
