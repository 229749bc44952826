package pdf

// span is a paragraph of a table cell in one style.
type span struct {
	text  safe
	bold  bool
	grey  bool
	right bool // aligned right, for figures
}

// cell is one cell of a table row: paragraphs, and optionally a filled
// circle before the first line (a traffic light).
type cell struct {
	spans []span
	dot   *[3]int
}

// text returns a cell of one plain paragraph.
func text(s safe) cell { return cell{spans: []span{{text: s}}} }

// column is a table column.
type column struct {
	title safe
	width float64
}

// table prints rows under a header that repeats on every page. A row is
// never cut by a page break unless it is taller than a whole page.
type table struct {
	d       *doc
	cols    []column
	size    float64 // font size
	lineH   float64
	pending bool // the header is yet to be printed
	// minLines is the least height of a row in lines: room to sign in.
	minLines int
	headerH  float64 // the header's height, once laid out
	// group is the last band's text: a group its rows run on under, which
	// a page break repeats over them ("Lokalpolisområde Skärholmen
	// (forts.)") so that a row at a page's top is not read as another's.
	group safe
}

// Cell geometry: vertical padding and the room a traffic light takes.
const (
	cellPad   = 1.2
	dotIndent = 5.0
	dotRadius = 1.6
)

// line is one laid-out line of a cell.
type line struct {
	text  string
	bold  bool
	grey  bool
	right bool
}

func newTable(d *doc, cols ...column) *table {
	return &table{d: d, cols: cols, size: 8.5, lineH: 4.2, pending: true}
}

// layout wraps c's paragraphs to width w.
func (t *table) layout(c cell, w float64) []line {
	if c.dot != nil {
		w -= dotIndent
	}
	var out []line
	for _, s := range c.spans {
		if s.text == "" {
			continue
		}
		t.d.font(t.size, s.bold)
		for _, l := range t.d.pdf.SplitText(string(s.text), w) {
			out = append(out, line{text: l, bold: s.bold, grey: s.grey, right: s.right})
		}
	}
	return out
}

func (t *table) height(lines int) float64 { return float64(lines)*t.lineH + 2*cellPad }

// headerLines lays out the column titles.
func (t *table) headerLines() ([][]line, int) {
	lay := make([][]line, len(t.cols))
	n := 1
	for i, c := range t.cols {
		lay[i] = t.layout(cell{spans: []span{{text: c.title, bold: true}}}, c.width)
		n = max(n, len(lay[i]))
	}
	return lay, n
}

func (t *table) header() {
	t.d.recordTable(t)
	lay, n := t.headerLines()
	t.draw(lay, 0, n, true, nil)
}

// headerHeight returns the header's height, laying it out the first time.
func (t *table) headerHeight() float64 {
	if t.headerH == 0 {
		_, n := t.headerLines()
		t.headerH = t.height(n)
	}
	return t.headerH
}

// lay lays out a row's cells and returns its height in lines.
func (t *table) lay(cells []cell) ([][]line, int) {
	lay := make([][]line, len(t.cols))
	n := max(1, t.minLines)
	for i := range t.cols {
		if i < len(cells) {
			lay[i] = t.layout(cells[i], t.cols[i].width)
		}
		n = max(n, len(lay[i]))
	}
	return lay, n
}

// fits reports whether a row of cells fits below the cursor, with the
// header when the table has not begun: whether row would print it on
// this page.
func (t *table) fits(cells ...cell) bool {
	_, n := t.lay(cells)
	room := t.d.room()
	if t.pending {
		room -= t.headerHeight()
	}
	return int((room-2*cellPad)/t.lineH) >= n
}

// needs returns the height a row of cells takes.
func (t *table) needs(cells ...cell) float64 {
	_, n := t.lay(cells)
	return t.height(n)
}

// row prints one row, moving to a new page first when it does not fit.
func (t *table) row(cells ...cell) {
	d := t.d
	d.recordRow(t, cells)
	lay, n := t.lay(cells)
	dots := make([]*[3]int, len(t.cols))
	for i := range cells {
		if i < len(dots) {
			dots[i] = cells[i].dot
		}
	}
	headerH := t.headerHeight()
	if t.pending {
		d.ensure(headerH + t.height(min(n, 3)))
		t.header()
		t.pending = false
	}
	perPage := int((d.bottom() - marginTop - headerH - 2*cellPad) / t.lineH)
	for start := 0; start < n; {
		fit := int((d.room() - 2*cellPad) / t.lineH)
		rest := n - start
		if fit < rest && (rest <= perPage || fit < 3) {
			t.nextPage()
			continue
		}
		k := min(fit, rest)
		t.draw(lay, start, start+k, false, dots)
		start += k
		if start < n {
			t.nextPage()
		}
	}
}

// draw prints lines [from, to) of every cell as one band of the table.
func (t *table) draw(lay [][]line, from, to int, head bool, dots []*[3]int) {
	p := t.d.pdf
	y := p.GetY()
	h := t.height(to - from)
	p.SetLineWidth(0.2)
	p.SetDrawColor(rule[0], rule[1], rule[2])
	p.SetFillColor(shade[0], shade[1], shade[2])
	x := marginX
	for i, c := range t.cols {
		style := "D"
		if head {
			style = "FD"
		}
		p.Rect(x, y, c.width, h, style)
		indent := 0.0
		if dots != nil && dots[i] != nil {
			indent = dotIndent
			if from == 0 {
				col := dots[i]
				p.SetFillColor(col[0], col[1], col[2])
				p.SetDrawColor(grey[0], grey[1], grey[2])
				p.Circle(x+1+dotRadius+0.4, y+cellPad+t.lineH/2, dotRadius, "FD")
				p.SetDrawColor(rule[0], rule[1], rule[2])
			}
		}
		for j := from; j < to && j < len(lay[i]); j++ {
			l := lay[i][j]
			t.d.font(t.size, l.bold)
			if l.grey {
				t.d.color(grey)
			}
			align := "L"
			if l.right {
				align = "R"
			}
			p.SetXY(x+indent, y+cellPad+float64(j-from)*t.lineH)
			p.CellFormat(c.width-indent, t.lineH, l.text, "", 0, align, false, 0, "")
			t.d.color(black)
		}
		x += c.width
	}
	p.SetXY(marginX, y+h)
	t.d.font(bodySize, false)
}

// nextPage goes on with the table on a new page: its header, and the
// group its rows run on under.
func (t *table) nextPage() {
	t.d.pdf.AddPage()
	t.header()
	if t.group != "" {
		t.drawBand(t.group + " " + t.d.msg("table.continued"))
	}
}

// band prints a full-width shaded row, a group's heading, kept on the
// page with the row after it.
func (t *table) band(s safe) {
	d, p := t.d, t.d.pdf
	d.recordRow(t, []cell{{spans: []span{{text: s, bold: true}}}})
	next := t.height(max(1, t.minLines))
	if t.pending {
		d.ensure(t.headerHeight() + t.height(1) + next)
		t.header()
		t.pending = false
	} else if d.room() < t.height(1)+next {
		p.AddPage()
		t.header()
	}
	t.group = s
	t.drawBand(s)
}

// drawBand draws a band of text s at the cursor.
func (t *table) drawBand(s safe) {
	d, p := t.d, t.d.pdf
	y := p.GetY()
	h := t.height(1)
	p.SetLineWidth(0.2)
	p.SetDrawColor(rule[0], rule[1], rule[2])
	p.SetFillColor(shade[0], shade[1], shade[2])
	w := d.contentW()
	p.Rect(marginX, y, w, h, "FD")
	d.font(t.size, true)
	p.SetXY(marginX, y+cellPad)
	p.CellFormat(w, t.lineH, string(fitWidth(d, s, w)), "", 0, "L", false, 0, "")
	p.SetXY(marginX, y+h)
	d.font(bodySize, false)
}
