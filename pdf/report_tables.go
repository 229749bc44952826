package pdf

// resultTable writes title with heading (d.heading or d.subheading) and
// returns a table in small print with cols for n rows; with no rows it
// writes none under the title instead and returns nil. The report's lists
// (overdue commitments, indicators, effect goals) all begin so.
func (d *doc) resultTable(heading func(safe), title safe, n int, none safe, cols ...column) *table {
	heading(title)
	if n == 0 {
		d.paragraph(none)
		return nil
	}
	t := newTable(d, cols...)
	t.size = 8
	return t
}
