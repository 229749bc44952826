// Package flow is a printed document as a neutral structure: headings,
// paragraphs, label–value fields, tables and charts, in reading order. A
// document is built once as a flow.Document; the pdf package draws it on
// A4 pages and the docx package writes it as a Word document, so that the
// two never say different things.
package flow

import "time"

// Document is one document in reading order. Its texts are final: already
// in the document's language, with the user's text as typed.
type Document struct {
	Kind     string // the kind's name in the footer, "Lägesbild"
	Title    string
	Subtitle string
	Lang     string // "sv" or "en"
	Author   string // the council
	Program  string // "Samverka 1.2.0"
	Date     time.Time
	// Marking is printed at the top of every page, e.g. "Intern – ej för
	// publicering" or "UTKAST"; "" for none.
	Marking string
	// FooterNote stands in the footer: the dnr, the kontrollsumma.
	FooterNote string
	// Landscape turns the pages sideways, for wide tables.
	Landscape bool
	Blocks    []Block
}

// Block is one part of a document's flow: *Heading, *Paragraph, *Fields,
// *Table or *Chart.
type Block interface{ isBlock() }

// Heading starts a section (Level 1, Word's Rubrik 1) or a part of one
// (Level 2, Rubrik 2).
type Heading struct {
	Level int
	Text  string
}

// Paragraph is body text; its line breaks are kept. Note prints it smaller
// and grey (sources, reading notes); Strong prints it bold.
type Paragraph struct {
	Text   string
	Note   bool
	Strong bool
}

// Fields are label–value lines: "Beslutsinstans  Stadsdelsnämnden".
type Fields struct {
	Rows [][2]string
}

// Table is a table with a header row. Widths are the columns' relative
// widths (nil for equal); Numeric marks the columns whose cells are
// figures, aligned right.
type Table struct {
	Header  []string
	Rows    [][]string
	Widths  []float64
	Numeric []bool
}

// Chart is a figure table drawn: a trend (one line per series over the
// columns) or grouped bars (one group per series).
type Chart struct {
	Bars    bool
	Unit    string
	Columns []string
	Series  []Series
}

// Series is one line or one group of bars; a nil value is no figure.
type Series struct {
	Name   string
	Values []*float64
}

func (*Heading) isBlock()   {}
func (*Paragraph) isBlock() {}
func (*Fields) isBlock()    {}
func (*Table) isBlock()     {}
func (*Chart) isBlock()     {}

// Add appends blocks to d.
func (d *Document) Add(b ...Block) { d.Blocks = append(d.Blocks, b...) }

// H1 appends a section heading.
func (d *Document) H1(text string) { d.Add(&Heading{Level: 1, Text: text}) }

// H2 appends a sub-heading.
func (d *Document) H2(text string) { d.Add(&Heading{Level: 2, Text: text}) }

// P appends a paragraph unless text is empty.
func (d *Document) P(text string) {
	if text != "" {
		d.Add(&Paragraph{Text: text})
	}
}

// Note appends a small grey paragraph unless text is empty.
func (d *Document) Note(text string) {
	if text != "" {
		d.Add(&Paragraph{Text: text, Note: true})
	}
}

// Headings returns the texts of d's headings in order, for tests that
// compare what two renderings show.
func (d *Document) Headings() []string {
	var out []string
	for _, b := range d.Blocks {
		if h, ok := b.(*Heading); ok {
			out = append(out, h.Text)
		}
	}
	return out
}
