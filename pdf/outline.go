package pdf

import (
	"strings"

	"samverka/model"
	"samverka/pdf/flow"
)

// The outline is a document recorded as it is drawn: its title, headings,
// paragraphs, fields and tables as a flow.Document, so that a document
// drawn straight onto the page (the agreement, the minutes, the report …)
// can be written as Word from the same single build, with the same
// headings and the same tables. Charts drawn on the page are not
// recorded.

// record appends b to the outline, if one is being made. A title (level
// 0) becomes the outline's title the first time.
func (d *doc) record(b flow.Block) {
	o := d.info.outline
	if o == nil {
		return
	}
	d.tableDone()
	if h, ok := b.(*flow.Heading); ok && h.Level == 0 {
		if o.Title == "" {
			o.Title = h.Text
			return
		}
		h.Level = 1
	}
	o.Add(b)
}

// recordField adds a label–value line, to the fields block the outline
// ends with if there is one.
func (d *doc) recordField(label, value safe) {
	o := d.info.outline
	if o == nil {
		return
	}
	d.tableDone()
	if n := len(o.Blocks); n > 0 {
		if f, ok := o.Blocks[n-1].(*flow.Fields); ok {
			f.Rows = append(f.Rows, [2]string{string(label), string(value)})
			return
		}
	}
	o.Add(&flow.Fields{Rows: [][2]string{{string(label), string(value)}}})
}

// recordTable starts recording table t, unless it is the one being
// recorded (its header repeats on every page).
func (d *doc) recordTable(t *table) {
	o := d.info.outline
	if o == nil || d.recording == t {
		return
	}
	d.recording = t
	ft := &flow.Table{}
	for _, c := range t.cols {
		ft.Header = append(ft.Header, string(c.title))
		ft.Widths = append(ft.Widths, c.width)
	}
	d.recorded = ft
	o.Add(ft)
}

// recordRow adds a row of t to the outline's table.
func (d *doc) recordRow(t *table, cells []cell) {
	if d.info.outline == nil {
		return
	}
	if d.recording != t {
		d.recordTable(t)
	}
	row := make([]string, len(t.cols))
	for i := range row {
		if i < len(cells) {
			var parts []string
			for _, s := range cells[i].spans {
				if s.text != "" {
					parts = append(parts, string(s.text))
				}
			}
			row[i] = strings.Join(parts, "\n")
		}
	}
	d.recorded.Rows = append(d.recorded.Rows, row)
}

// tableDone ends the table being recorded: what follows is not its row.
func (d *doc) tableDone() { d.recording, d.recorded = nil, nil }

// closeOutline fills the outline's page matters from the document.
func (d *doc) closeOutline() {
	o := d.info.outline
	if o == nil {
		return
	}
	o.Kind, o.Lang, o.Author, o.Program, o.Date = d.info.kind, d.info.lang, d.info.author, d.info.program, d.info.date
	o.Marking, o.Landscape = d.info.marker, d.info.landscape
	o.FooterNote = d.info.note
	if d.info.fingerprint != "" {
		o.FooterNote = string(d.msg("footer.fingerprint", "Short", model.ShortFingerprint(d.info.fingerprint)))
	}
	if o.Title == "" {
		o.Title = d.info.title
	}
}
