package pdf

// maxShareChanges caps the rows of the share-changes table.
const maxShareChanges = 15

// since writes what changed since the previous run: the template's sentences, then the market
// shares whose value moved (old → new). It writes nothing on a first run.
func (d *doc) since(v view) error {
	c := v.Changes
	if c == nil {
		return nil
	}
	ps, err := d.b.paragraphs("since", v)
	if err != nil {
		return err
	}
	if len(ps) == 0 && len(c.ShareChanges) == 0 {
		return nil
	}
	d.heading("section.since", 20)
	for _, p := range ps {
		d.paragraph(p, 10, inkColor)
	}
	loc := d.b.loc
	cols := []column{
		{loc.Get("col.vendor"), 3, "L"}, {loc.Get("col.region"), 2, "L"},
		{loc.Get("col.period"), 1.5, "L"}, {loc.Get("col.before"), 1.3, "R"},
		{loc.Get("col.now"), 1.3, "R"},
	}
	var rows [][]string
	for _, s := range first(maxShareChanges, c.ShareChanges) {
		before := loc.Get("col.new")
		if s.Old != nil {
			before = loc.Percent(*s.Old)
		}
		rows = append(rows, []string{s.Vendor, orNone(loc, d.b.region(s.Region)),
			loc.Period(s.Period, true), before, loc.Percent(s.New)})
	}
	d.table(cols, rows)
	d.more(len(c.ShareChanges) - maxShareChanges)
	return nil
}
