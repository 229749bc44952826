package pdf

import (
	"samverka/model"
	"samverka/pdf/flow"
)

// Class markings. A part of a document that is Intern or Ej offentlig is
// drawn after setClass; every page that receives any of it is marked at
// its top right, as a sekretessmarkerad handling is: "INTERN" or "EJ
// OFFENTLIG – OSL 18 kap. 1 §". Pages that hold only open text stay
// unmarked, so the marking says where the closed parts are.

// pageClasses follows the class of what is being drawn and what each page
// received.
type pageClasses struct {
	cur   *flow.Mark // the class being drawn; nil for Öppen
	from  float64    // where on the current page cur began
	pages map[int]*flow.Classes
	done  bool // the pages are drawn: nothing more to follow
}

// watchClasses hooks the page breaks: before a page ends it is settled,
// and on a new page the class being drawn starts at its top.
func (d *doc) watchClasses() {
	d.pdf.SetFooterFunc(func() { d.settleClass() })
	d.pdf.SetHeaderFunc(func() { d.classes.from = d.pdf.GetY() })
}

// setClass says that what is drawn next is of class m (nil or rank 0 for
// Öppen), and records it in the outline for the Word version.
func (d *doc) setClass(m *flow.Mark) {
	d.settleClass()
	if m != nil && m.Rank == 0 {
		m = nil
	}
	if d.info.outline != nil && (m != nil || d.classes.cur != nil) {
		if m == nil {
			d.record(&flow.Mark{})
		} else {
			d.record(m)
		}
	}
	d.classes.cur = m
	d.classes.from = d.pdf.GetY()
}

// settleClass marks the current page with the class being drawn if
// anything of it was drawn there: the cursor moved on since it began.
func (d *doc) settleClass() {
	c := &d.classes
	if c.done || c.cur == nil || d.pdf.GetY() <= c.from+0.01 {
		return
	}
	if c.pages == nil {
		c.pages = map[int]*flow.Classes{}
	}
	n := d.pdf.PageNo()
	if c.pages[n] == nil {
		c.pages[n] = &flow.Classes{}
	}
	c.pages[n].Add(c.cur)
	c.from = d.pdf.GetY()
}

// closeClasses settles the last page; after it the page hooks do nothing.
func (d *doc) closeClasses() {
	d.settleClass()
	d.classes.done = true
}

// PageMarking returns the class marking printed on page i (1-based) of the
// document being made, "" for none: for tests that look at one page.
func (d *doc) pageMarking(i int) string {
	if c := d.classes.pages[i]; c != nil {
		return c.Text()
	}
	return ""
}

// drawClass draws page i's class marking at the top right, in a frame.
func (d *doc) drawClass(i int) {
	text := d.pageMarking(i)
	if text == "" {
		return
	}
	p := d.pdf
	d.font(9, true)
	s := string(d.plain(text))
	w := p.GetStringWidth(s) + 6
	x := d.width - marginX - w
	p.SetDrawColor(draftRed[0], draftRed[1], draftRed[2])
	p.SetLineWidth(0.5)
	d.color(draftRed)
	p.SetXY(x, 7.5)
	p.CellFormat(w, 6.5, s, "1", 0, "C", false, 0, "")
	d.color(black)
}

// classMark is the Mark of a marking in the document's language; nil for
// Öppen.
func classMark(lang string, m model.Marking) *flow.Mark {
	switch m.Class {
	case model.ClassInternal:
		return &flow.Mark{Rank: m.Class.Rank(), Label: tr(lang, "class.mark.internal")}
	case model.ClassSecret:
		return &flow.Mark{Rank: m.Class.Rank(), Label: tr(lang, "class.mark.secret"), Provision: m.Provision}
	}
	return nil
}

// markAs appends to fd the Mark of marking m, or the end of the
// classified blocks for Öppen.
func markAs(fd *flow.Document, lang string, m model.Marking) {
	if mk := classMark(lang, m); mk != nil {
		fd.Add(mk)
	} else {
		fd.Add(&flow.Mark{})
	}
}
