package pdf

import (
	"samverka/pdf/flow"
)

// Render draws a flow document on A4 pages: its title, then its blocks in
// order, with the marking at the top of every page and the kind, page
// numbers and footer note at the bottom.
func Render(fd *flow.Document) ([]byte, Warnings, error) {
	d, err := newDoc(docInfo{lang: fd.Lang, title: fd.Title, subject: fd.Kind, author: fd.Author,
		program: fd.Program, date: fd.Date, kind: fd.Kind, marker: fd.Marking, note: fd.FooterNote,
		landscape: fd.Landscape})
	if err != nil {
		return nil, nil, err
	}
	if fd.Marking != "" {
		d.pdf.SetY(marginTop + 2)
	}
	d.title(d.plain(fd.Title))
	if fd.Subtitle != "" {
		d.font(12, false)
		d.color(grey)
		d.pdf.SetX(marginX)
		d.pdf.MultiCell(d.contentW(), 6, string(d.plain(fd.Subtitle)), "", "L", false)
		d.color(black)
		d.font(bodySize, false)
	}
	for i, b := range fd.Blocks {
		switch v := b.(type) {
		case *flow.Heading:
			// A heading stays on the page of the chart that follows it.
			if i+1 < len(fd.Blocks) {
				if _, ok := fd.Blocks[i+1].(*flow.Chart); ok {
					d.ensure(14 + chartHeight)
				}
			}
			if v.Level <= 1 {
				d.heading(d.plain(v.Text))
			} else {
				d.subheading(d.plain(v.Text))
			}
		case *flow.Paragraph:
			d.flowParagraph(v)
		case *flow.Fields:
			for _, r := range v.Rows {
				d.field(d.plain(r[0]), d.plain(r[1]))
			}
			d.gap(1.5)
		case *flow.Table:
			d.flowTable(v)
		case *flow.Chart:
			d.flowChart(v)
		case *flow.Mark:
			d.setClass(v)
		}
	}
	return d.finish()
}

func (d *doc) flowParagraph(p *flow.Paragraph) {
	switch {
	case p.Note:
		d.font(8.5, false)
		d.color(grey)
		d.pdf.SetX(marginX)
		d.pdf.MultiCell(d.contentW(), 4.2, string(d.plain(p.Text)), "", "L", false)
		d.color(black)
		d.font(bodySize, false)
	case p.Strong:
		d.font(bodySize, true)
		d.pdf.SetX(marginX)
		d.pdf.MultiCell(d.contentW(), lineH, string(d.plain(p.Text)), "", "L", false)
		d.font(bodySize, false)
	default:
		d.paragraph(d.plain(p.Text))
	}
	d.gap(1.5)
}

// flowTable prints a flow table across the page's width.
func (d *doc) flowTable(ft *flow.Table) {
	n := len(ft.Header)
	if n == 0 {
		return
	}
	total := 0.0
	for i := range n {
		total += weight(ft.Widths, i)
	}
	cols := make([]column, n)
	for i, h := range ft.Header {
		cols[i] = column{title: d.plain(h), width: d.contentW() * weight(ft.Widths, i) / total}
	}
	t := newTable(d, cols...)
	for _, r := range ft.Rows {
		cells := make([]cell, n)
		for i := range n {
			if i < len(r) {
				right := i < len(ft.Numeric) && ft.Numeric[i]
				cells[i] = cell{spans: []span{{text: d.plain(r[i]), right: right}}}
			}
		}
		t.row(cells...)
	}
	d.gap(3)
}

func weight(w []float64, i int) float64 {
	if i < len(w) && w[i] > 0 {
		return w[i]
	}
	return 1
}

// chartHeight is a chart's height on the page, in millimetres.
const chartHeight = 62.0

// flowChart draws a chart chartHeight high across the page, on this page if it
// fits.
func (d *doc) flowChart(c *flow.Chart) {
	const h = chartHeight
	d.ensure(h + 2)
	y := d.pdf.GetY() + 1
	c.Draw(pdfCanvas{d}, marginX, y, d.contentW(), h, 2.6)
	d.pdf.SetXY(marginX, y+h+2)
	d.font(bodySize, false)
	d.color(black)
}

// pdfCanvas draws a chart on the page, in millimetres; a text size of pt
// millimetres is a font of pt/0.3528 points.
type pdfCanvas struct{ d *doc }

func (c pdfCanvas) Line(x1, y1, x2, y2, w float64, col [3]uint8) {
	p := c.d.pdf
	p.SetLineWidth(w)
	p.SetDrawColor(int(col[0]), int(col[1]), int(col[2]))
	p.Line(x1, y1, x2, y2)
}

func (c pdfCanvas) Rect(x, y, w, h float64, col [3]uint8) {
	p := c.d.pdf
	p.SetFillColor(int(col[0]), int(col[1]), int(col[2]))
	p.Rect(x, y, w, h, "F")
}

func (c pdfCanvas) Text(x, y, size float64, s string, align int) {
	c.d.font(size/0.3528, false)
	c.d.color(grey)
	t := string(c.d.plain(s))
	switch align {
	case 1:
		x -= c.d.pdf.GetStringWidth(t) / 2
	case 2:
		x -= c.d.pdf.GetStringWidth(t)
	}
	c.d.pdf.Text(x, y, t)
	c.d.color(black)
}

func (c pdfCanvas) TextWidth(size float64, s string) float64 {
	c.d.font(size/0.3528, false)
	return c.d.pdf.GetStringWidth(string(c.d.plain(s)))
}
