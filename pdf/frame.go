// Package pdf makes Samverka's printed documents: the samverkansöverens-
// kommelse, and the meeting's kallelse, närvarolista and protokoll. Each is
// a function from model records to PDF bytes; it knows nothing of storage
// or the user interface. Identical records give byte-identical PDFs.
package pdf

import (
	"bytes"
	"fmt"
	"strconv"
	"time"

	"github.com/jung-kurt/gofpdf"

	"samverka/assets"
	"samverka/model"
	"samverka/pdf/flow"
)

// The page geometry of every document, in millimetres.
const (
	pageWidth    = 210.0
	pageHeight   = 297.0
	marginX      = 20.0
	marginTop    = 20.0
	marginBottom = 24.0 // the footer lives below this
	contentWidth = pageWidth - 2*marginX
	pageBottom   = pageHeight - marginBottom

	family   = "dejavu"
	bodySize = 10.0
	lineH    = 5.0
)

// Colours used across documents.
var (
	black     = [3]int{0, 0, 0}
	grey      = [3]int{110, 110, 110}
	rule      = [3]int{170, 170, 170}
	shade     = [3]int{232, 235, 240}
	draftRed  = [3]int{190, 30, 30}
	white     = [3]int{255, 255, 255}
	inkBlue   = assets.InkBlue.Ints()
	lightRule = [3]int{210, 210, 210}
)

// docInfo is what a document says about itself: metadata and the footer
// printed on every page.
type docInfo struct {
	lang    string
	title   string // metadata title
	subject string
	author  string // the council
	program string // "Samverka 1.2.0"
	// date is the document's creation and modification date: taken from
	// the data, never the clock, so the same data gives the same bytes.
	date time.Time

	kind string // the footer's name of the document, "Protokoll"
	id   string // the record's id
	// caseNumbers are the document's diarienummer, printed in the footer
	// in place of the id when there are any.
	caseNumbers string
	version     int    // the agreement's version; 0 for none
	fingerprint string // the full fingerprint; "" for none
	// draft says the fingerprint is of content that may still change.
	draft bool
	// marker is printed in red at the top of every page, e.g. "UTKAST".
	marker string
	// note stands in the footer in place of a fingerprint.
	note string
	// landscape turns the pages sideways, for wide tables (the åtgärdsplan).
	landscape bool
	// outline, when set, is filled with the document as drawn (see
	// outline.go).
	outline *flow.Document
}

// doc is a document being made.
type doc struct {
	pdf  *gofpdf.Fpdf
	z    *sanitizer
	info docInfo
	// width and height are the page's size: A4 upright, or sideways for a
	// landscape document.
	width, height float64
	// recording is the table whose rows the outline receives, and
	// recorded the outline's copy of it.
	recording *table
	recorded  *flow.Table
	// classes are the class markings of the pages (see classmark.go).
	classes pageClasses
}

// contentW returns the width between the margins.
func (d *doc) contentW() float64 { return d.width - 2*marginX }

// bottom returns where the page's text ends and its footer begins.
func (d *doc) bottom() float64 { return d.height - marginBottom }

// fallbackDate stands in for a record without times (hand-built data).
var fallbackDate = time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)

// newDoc starts a document: A4, the embedded fonts, fixed dates.
func newDoc(info docInfo) (*doc, error) {
	fonts, err := loadCoverage()
	if err != nil {
		return nil, fmt.Errorf("pdf: reading the embedded font: %w", err)
	}
	if info.lang == "" {
		info.lang = "sv"
	}
	if info.date.IsZero() {
		info.date = fallbackDate
	}
	orientation, width, height := "P", pageWidth, pageHeight
	if info.landscape {
		orientation, width, height = "L", pageHeight, pageWidth
	}
	d := &doc{pdf: gofpdf.New(orientation, "mm", "A4", ""), z: &sanitizer{fonts: fonts}, info: info,
		width: width, height: height}
	p := d.pdf
	p.SetCatalogSort(true)
	p.SetCompression(false) // see deflatePages
	p.SetCreationDate(info.date.UTC())
	p.SetModificationDate(info.date.UTC())
	p.SetTitle(string(d.z.fixed(info.title)), true)
	p.SetSubject(string(d.z.fixed(info.subject)), true)
	p.SetAuthor(string(d.z.fixed(info.author)), true)
	p.SetCreator(string(d.z.fixed(info.program)), true)
	p.SetProducer("gofpdf", false)
	if info.fingerprint != "" {
		// The keywords carry the full fingerprint so that samverka-cli
		// verify can read it without extracting page text.
		p.SetKeywords(model.PDFFingerprintKeyword+info.fingerprint, false)
	}
	// gofpdf pads font tables in place while subsetting, so each document
	// gets its own copy of the fonts: documents may be made in parallel.
	p.AddUTF8FontFromBytes(family, "", bytes.Clone(assets.FontRegular))
	p.AddUTF8FontFromBytes(family, "B", bytes.Clone(assets.FontBold))
	p.SetMargins(marginX, marginTop, marginX)
	p.SetAutoPageBreak(true, marginBottom)
	p.SetFont(family, "", bodySize)
	if err := p.Error(); err != nil {
		return nil, fmt.Errorf("pdf: loading the embedded font: %w", err)
	}
	d.watchClasses()
	p.AddPage()
	return d, nil
}

// msg returns the document text key (without its "pdf." prefix) in the
// document's language.
func (d *doc) msg(key string, args ...any) safe {
	var m map[string]any
	if len(args) > 0 {
		m = make(map[string]any, len(args)/2)
		for i := 0; i+1 < len(args); i += 2 {
			m[args[i].(string)] = args[i+1]
		}
	}
	return d.z.fixed(assets.Message(d.info.lang, "pdf."+key, m))
}

// plain returns text the program made itself (numbers, dates) as safe.
func (d *doc) plain(s string) safe { return d.z.fixed(s) }

func (d *doc) font(size float64, bold bool) {
	style := ""
	if bold {
		style = "B"
	}
	d.pdf.SetFont(family, style, size)
}

func (d *doc) color(c [3]int) { d.pdf.SetTextColor(c[0], c[1], c[2]) }

// room reports the space left on the page below the cursor.
func (d *doc) room() float64 { return d.bottom() - d.pdf.GetY() }

// ensure starts a new page unless h millimetres fit below the cursor.
// What is taller than a page starts on a new page only if the page has
// been written on.
func (d *doc) ensure(h float64) {
	if d.room() < min(h, d.bottom()-marginTop) {
		d.pdf.AddPage()
	}
}

// gap moves the cursor down by h, or to the next page's top.
func (d *doc) gap(h float64) {
	if d.room() <= h {
		d.pdf.AddPage()
		return
	}
	d.pdf.SetXY(marginX, d.pdf.GetY()+h)
}

// title prints a document title.
func (d *doc) title(s safe) {
	d.record(&flow.Heading{Level: 0, Text: string(s)})
	d.font(18, true)
	d.color(black)
	d.pdf.SetX(marginX)
	d.pdf.MultiCell(d.contentW(), 8, string(s), "", "L", false)
	d.font(bodySize, false)
}

// heading prints a section heading, kept together with what follows.
func (d *doc) heading(s safe) {
	d.record(&flow.Heading{Level: 1, Text: string(s)})
	d.ensure(8 + 4*lineH)
	d.gap(4)
	d.font(13, true)
	d.color(inkBlue)
	d.pdf.SetX(marginX)
	d.pdf.MultiCell(d.contentW(), 7, string(s), "", "L", false)
	d.color(black)
	d.font(bodySize, false)
	d.pdf.SetY(d.pdf.GetY() + 1)
}

// subheading prints a smaller heading, kept together with what follows.
func (d *doc) subheading(s safe) {
	d.record(&flow.Heading{Level: 2, Text: string(s)})
	d.ensure(6 + 3*lineH)
	d.gap(2)
	d.font(11, true)
	d.pdf.SetX(marginX)
	d.pdf.MultiCell(d.contentW(), 6, string(s), "", "L", false)
	d.font(bodySize, false)
}

// paragraph prints wrapped body text; it may break across pages between
// lines.
func (d *doc) paragraph(s safe) {
	if s == "" {
		return
	}
	d.record(&flow.Paragraph{Text: string(s)})
	d.font(bodySize, false)
	d.pdf.SetX(marginX)
	d.pdf.MultiCell(d.contentW(), lineH, string(s), "", "L", false)
}

// field prints "label  value" with the label in a fixed column and the
// value wrapped beside it. A label wider than its column stands on a line
// of its own above the value.
func (d *doc) field(label, value safe) {
	const labelW = 42.0
	d.recordField(label, value)
	d.font(bodySize, true)
	wide := d.pdf.GetStringWidth(string(label)) > labelW-2
	d.font(bodySize, false)
	lines := max(1, len(d.pdf.SplitText(string(value), d.contentW()-labelW)))
	if wide {
		lines++
	}
	d.ensure(float64(lines) * lineH)
	y := d.pdf.GetY()
	d.font(bodySize, true)
	d.pdf.SetXY(marginX, y)
	if wide {
		d.pdf.CellFormat(d.contentW(), lineH, string(label), "", 0, "L", false, 0, "")
		y += lineH
	} else {
		d.pdf.CellFormat(labelW, lineH, string(label), "", 0, "L", false, 0, "")
	}
	d.font(bodySize, false)
	d.pdf.SetXY(marginX+labelW, y)
	d.pdf.MultiCell(d.contentW()-labelW, lineH, string(value), "", "L", false)
}

// finish writes every page's footer and marker, now that the number of
// pages is known, and returns the PDF.
func (d *doc) finish() ([]byte, Warnings, error) {
	d.closeOutline()
	d.closeClasses()
	p := d.pdf
	n := p.PageCount()
	p.SetAutoPageBreak(false, 0)
	for i := 1; i <= n; i++ {
		p.SetPage(i)
		d.footer(i, n)
	}
	p.SetPage(n)
	var buf bytes.Buffer
	if err := p.Output(&buf); err != nil {
		return nil, d.z.warnings, fmt.Errorf("pdf: %w", err)
	}
	return deflatePages(buf.Bytes()), d.z.warnings, nil
}

// footer draws page i of n's footer and marker. A page's drawing state is
// unknown here, so colours, line width and font are all set anew.
func (d *doc) footer(i, n int) {
	p := d.pdf
	p.SetLineWidth(0.2)
	p.SetDrawColor(rule[0], rule[1], rule[2])
	p.SetFillColor(white[0], white[1], white[2])
	y := d.height - marginBottom + 8
	p.Line(marginX, y, d.width-marginX, y)

	d.font(7.5, false)
	d.color(grey)
	left := d.plain(d.info.kind)
	switch {
	case d.info.caseNumbers != "":
		left += " · " + d.msg("footer.casenumbers", "Numbers", d.info.caseNumbers)
	case d.info.id != "":
		left += " · " + d.msg("footer.id", "ID", d.info.id)
	}
	p.SetXY(marginX, y+1)
	p.CellFormat(d.contentW()-30, 4, string(left), "", 0, "L", false, 0, "")
	var second safe
	if d.info.version > 0 {
		second = d.msg("footer.version", "Version", strconv.Itoa(d.info.version)) + " · "
	}
	switch {
	case d.info.fingerprint != "" && d.info.draft:
		second += d.msg("footer.draftfingerprint", "Short", model.ShortFingerprint(d.info.fingerprint))
	case d.info.fingerprint != "":
		second += d.msg("footer.fingerprint", "Short", model.ShortFingerprint(d.info.fingerprint))
	case d.info.note != "":
		second += d.plain(d.info.note)
	default:
		second += d.msg("footer.nofingerprint")
	}
	p.SetXY(marginX, y+5)
	p.CellFormat(d.contentW()-30, 4, string(second), "", 0, "L", false, 0, "")

	d.font(8.5, true)
	d.color(black)
	p.SetXY(d.width-marginX-30, y+1)
	p.CellFormat(30, 4, string(d.msg("footer.page", "Page", i, "Pages", n)), "", 0, "R", false, 0, "")

	if d.info.marker != "" {
		d.font(9, true)
		d.color(draftRed)
		p.SetXY(marginX, 9)
		p.CellFormat(d.contentW(), 5, string(d.plain(d.info.marker)), "", 0, "C", false, 0, "")
		p.SetDrawColor(draftRed[0], draftRed[1], draftRed[2])
		p.SetLineWidth(0.4)
		p.Line(marginX, 15, d.width-marginX, 15)
	}
	d.drawClass(i)
	d.color(black)
}

// index returns the path of element i of a list field, "parties[1]", as
// model names fields.
func index(field string, i int) string { return field + "[" + strconv.Itoa(i) + "]" }

// errMissing says the caller left out a record a document cannot do
// without: a programming error, not the user's.
func errMissing(what string) error { return fmt.Errorf("pdf: no %s given", what) }
