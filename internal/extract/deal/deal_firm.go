package deal

import (
	"marketbrief/internal/extract/vendor"
)

// noteFirm remembers that canonical name stands for a company, when its surface form or the
// phrase it came in shows it.
func (c *dealContext) noteFirm(canon string, p vendor.Party) {
	if p.Firm || vendor.CoFirmLike(p.Name) {
		c.firms[canon] = true
	}
}

// bothFirms reports whether both names are known in this document to be companies.
func (c *dealContext) bothFirms(a, b string) bool {
	return c.isFirm(a) && c.isFirm(b)
}

// isFirm reports whether canonical name is known in this document to be a company: the vendor
// recogniser found it, or it was once written as only a company's name can be.
func (c *dealContext) isFirm(canon string) bool {
	if canon == "" || vendor.CoPerson(canon) {
		return false
	}
	if c.firms[canon] || c.mentioned[canon] || vendor.CoFirmLike(canon) {
		return true
	}
	for f := range c.firms {
		if vendor.CoSame(f, canon) {
			return true
		}
	}
	return false
}
