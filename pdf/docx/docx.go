// Package docx writes a flow.Document as a Word document (.docx), for
// kommuner that put Samverka's texts into their own templates: real
// headings (Word's Rubrik 1 and 2 styles), real tables with a header row
// that repeats, charts as pictures, the marking in every page's header,
// page numbers in the footer, and Swedish (or English) as the language.
//
// The package is small WordprocessingML written with archive/zip and
// encoding/xml: no library for .docx may be used here, and Word needs only
// a handful of parts. Identical documents give identical bytes.
package docx

import (
	"archive/zip"
	"encoding/xml"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"samverka/pdf/flow"
)

// zipTime stamps every part, so that the same document gives the same
// bytes.
var zipTime = time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)

// Page geometry in twentieths of a point (twips): A4 with 2 cm margins.
const (
	a4Short = 11906
	a4Long  = 16838
	margin  = 1134
)

// Write writes fd as a .docx package to w.
func Write(w io.Writer, fd *flow.Document) error {
	var pictures [][]byte
	body, err := bodyXML(fd, &pictures)
	if err != nil {
		return err
	}
	zw := zip.NewWriter(w)
	part := func(name, content string) error {
		f, err := zw.CreateHeader(&zip.FileHeader{Name: name, Method: zip.Deflate, Modified: zipTime})
		if err != nil {
			return err
		}
		_, err = io.WriteString(f, content)
		return err
	}
	lang := language(fd.Lang)
	parts := []struct{ name, content string }{
		{"[Content_Types].xml", contentTypes},
		{"_rels/.rels", packageRels},
		{"docProps/core.xml", coreXML(fd)},
		{"word/document.xml", body},
		{"word/styles.xml", strings.ReplaceAll(stylesXML, "LANG", lang)},
		{"word/settings.xml", strings.ReplaceAll(settingsXML, "LANG", lang)},
		{"word/header1.xml", headerXML(pageMarking(fd))},
		{"word/footer1.xml", footerXML(fd)},
		{"word/_rels/document.xml.rels", documentRels(len(pictures))},
	}
	for _, p := range parts {
		if err := part(p.name, p.content); err != nil {
			return err
		}
	}
	for i, pic := range pictures {
		f, err := zw.CreateHeader(&zip.FileHeader{Name: fmt.Sprintf("word/media/chart%d.png", i+1), Method: zip.Store, Modified: zipTime})
		if err != nil {
			return err
		}
		if _, err := f.Write(pic); err != nil {
			return err
		}
	}
	return zw.Close()
}

// language returns the document's language tag.
func language(lang string) string {
	if lang == "en" {
		return "en-GB"
	}
	return "sv-SE"
}

// esc returns s escaped for XML text; characters XML cannot hold become
// U+FFFD.
func esc(s string) string {
	var b strings.Builder
	xml.EscapeText(&b, []byte(s))
	return b.String()
}

// runs returns s as runs of text, its line breaks as Word line breaks.
func runs(s string, bold, small bool) string {
	var rpr string
	if bold || small {
		rpr = "<w:rPr>"
		if bold {
			rpr += "<w:b/>"
		}
		if small {
			rpr += `<w:color w:val="666666"/><w:sz w:val="17"/>`
		}
		rpr += "</w:rPr>"
	}
	var b strings.Builder
	for i, line := range strings.Split(s, "\n") {
		b.WriteString("<w:r>" + rpr)
		if i > 0 {
			b.WriteString("<w:br/>")
		}
		b.WriteString(`<w:t xml:space="preserve">` + esc(line) + "</w:t></w:r>")
	}
	return b.String()
}

// para returns a paragraph in style (or Normal for "").
func para(style, content string) string {
	ppr := ""
	if style != "" {
		ppr = `<w:pPr><w:pStyle w:val="` + style + `"/></w:pPr>`
	}
	return "<w:p>" + ppr + content + "</w:p>"
}

// bodyXML returns word/document.xml; charts are drawn into pictures.
func bodyXML(fd *flow.Document, pictures *[][]byte) (string, error) {
	var b strings.Builder
	b.WriteString(xml.Header)
	b.WriteString(`<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" ` +
		`xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" ` +
		`xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" ` +
		`xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" ` +
		`xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"><w:body>`)
	b.WriteString(para("Title", runs(fd.Title, false, false)))
	if fd.Subtitle != "" {
		b.WriteString(para("Subtitle", runs(fd.Subtitle, false, false)))
	}
	width := a4Short - 2*margin
	if fd.Landscape {
		width = a4Long - 2*margin
	}
	for _, blk := range fd.Blocks {
		switch v := blk.(type) {
		case *flow.Heading:
			style := "Heading1"
			if v.Level > 1 {
				style = "Heading2"
			}
			b.WriteString(para(style, runs(v.Text, false, false)))
		case *flow.Paragraph:
			style := ""
			if v.Note {
				style = "Note"
			}
			b.WriteString(para(style, runs(v.Text, v.Strong, false)))
		case *flow.Fields:
			for _, r := range v.Rows {
				b.WriteString(para("Field", runs(r[0], true, false)+"<w:r><w:tab/></w:r>"+runs(r[1], false, false)))
			}
		case *flow.Table:
			b.WriteString(tableXML(v, width))
		case *flow.Mark:
			b.WriteString(stampXML(v))
		case *flow.Chart:
			png, err := chartPNG(v)
			if err != nil {
				return "", err
			}
			*pictures = append(*pictures, png)
			b.WriteString(pictureXML(len(*pictures), width))
		}
	}
	b.WriteString(sectionXML(fd.Landscape))
	b.WriteString("</w:body></w:document>")
	return b.String(), nil
}

// tableXML returns a table across width twips, its first row the header
// repeated on every page.
func tableXML(t *flow.Table, width int) string {
	n := len(t.Header)
	if n == 0 {
		return ""
	}
	total := 0.0
	for i := range n {
		total += weight(t.Widths, i)
	}
	widths := make([]int, n)
	for i := range n {
		widths[i] = int(float64(width) * weight(t.Widths, i) / total)
	}
	var b strings.Builder
	b.WriteString(`<w:tbl><w:tblPr><w:tblStyle w:val="Tabell"/><w:tblW w:w="` + strconv.Itoa(width) + `" w:type="dxa"/>` +
		`<w:tblLayout w:type="fixed"/></w:tblPr><w:tblGrid>`)
	for _, w := range widths {
		b.WriteString(`<w:gridCol w:w="` + strconv.Itoa(w) + `"/>`)
	}
	b.WriteString("</w:tblGrid>")
	row := func(cells []string, head bool) {
		b.WriteString("<w:tr>")
		if head {
			b.WriteString("<w:trPr><w:tblHeader/><w:cantSplit/></w:trPr>")
		} else {
			b.WriteString("<w:trPr><w:cantSplit/></w:trPr>")
		}
		for i := range n {
			text := ""
			if i < len(cells) {
				text = cells[i]
			}
			b.WriteString(`<w:tc><w:tcPr><w:tcW w:w="` + strconv.Itoa(widths[i]) + `" w:type="dxa"/>`)
			if head {
				b.WriteString(`<w:shd w:val="clear" w:color="auto" w:fill="E8EBF0"/>`)
			}
			b.WriteString("</w:tcPr>")
			ppr := `<w:pPr><w:pStyle w:val="TableText"/>`
			if !head && i < len(t.Numeric) && t.Numeric[i] {
				ppr += `<w:jc w:val="right"/>`
			}
			b.WriteString("<w:p>" + ppr + "</w:pPr>" + runs(text, head, false) + "</w:p></w:tc>")
		}
		b.WriteString("</w:tr>")
	}
	row(t.Header, true)
	for _, r := range t.Rows {
		row(r, false)
	}
	b.WriteString("</w:tbl>")
	b.WriteString(para("", ""))
	return b.String()
}

func weight(w []float64, i int) float64 {
	if i < len(w) && w[i] > 0 {
		return w[i]
	}
	return 1
}

// pictureXML places chart picture i across width twips, keeping the
// picture's proportions (a twip is 635 EMU).
func pictureXML(i, width int) string {
	cx := int64(width) * 635
	cy := cx * pictureH / pictureW
	id := strconv.Itoa(i)
	ext := `cx="` + strconv.FormatInt(cx, 10) + `" cy="` + strconv.FormatInt(cy, 10) + `"`
	return `<w:p><w:pPr><w:keepNext/></w:pPr><w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0">` +
		`<wp:extent ` + ext + `/><wp:docPr id="` + id + `" name="Diagram ` + id + `"/>` +
		`<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture">` +
		`<pic:pic><pic:nvPicPr><pic:cNvPr id="` + id + `" name="chart` + id + `.png"/><pic:cNvPicPr/></pic:nvPicPr>` +
		`<pic:blipFill><a:blip r:embed="rIdChart` + id + `"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>` +
		`<pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext ` + ext + `/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr>` +
		`</pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>`
}

// sectionXML is the page set-up: A4, upright or sideways, with the
// header and footer.
func sectionXML(landscape bool) string {
	w, h, orient := a4Short, a4Long, ""
	if landscape {
		w, h, orient = a4Long, a4Short, ` w:orient="landscape"`
	}
	return `<w:sectPr><w:headerReference w:type="default" r:id="rIdHeader"/><w:footerReference w:type="default" r:id="rIdFooter"/>` +
		`<w:pgSz w:w="` + strconv.Itoa(w) + `" w:h="` + strconv.Itoa(h) + `"` + orient + `/>` +
		`<w:pgMar w:top="` + strconv.Itoa(margin) + `" w:right="` + strconv.Itoa(margin) + `" w:bottom="` + strconv.Itoa(margin) +
		`" w:left="` + strconv.Itoa(margin) + `" w:header="567" w:footer="567" w:gutter="0"/></w:sectPr>`
}

const wordNS = `xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"`

// headerXML prints the marking ("UTKAST · INTERN") at the top
// of every page; empty when there is none.
func headerXML(marking string) string {
	content := ""
	if marking != "" {
		content = `<w:r><w:rPr><w:b/><w:color w:val="BE1E1E"/></w:rPr><w:t xml:space="preserve">` + esc(marking) + `</w:t></w:r>`
	}
	return xml.Header + `<w:hdr ` + wordNS + `><w:p><w:pPr><w:pStyle w:val="Header"/><w:jc w:val="center"/></w:pPr>` + content + `</w:p></w:hdr>`
}

// footerXML prints the kind, the footer note and "Sida X av Y".
func footerXML(fd *flow.Document) string {
	left := fd.Kind
	if fd.FooterNote != "" {
		left += " · " + fd.FooterNote
	}
	page, of := "Sida ", " av "
	if fd.Lang == "en" {
		page, of = "Page ", " of "
	}
	field := func(name string) string {
		return `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> ` + name +
			` </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>`
	}
	return xml.Header + `<w:ftr ` + wordNS + `><w:p><w:pPr><w:pStyle w:val="Footer"/></w:pPr>` + runs(left, false, true) +
		`<w:r><w:tab/></w:r>` + runs(page, false, true) + field("PAGE") + runs(of, false, true) + field("NUMPAGES") + `</w:p></w:ftr>`
}

func coreXML(fd *flow.Document) string {
	date := fd.Date.UTC().Format("2006-01-02T15:04:05Z")
	return xml.Header + `<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ` +
		`xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ` +
		`xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">` +
		`<dc:title>` + esc(fd.Title) + `</dc:title><dc:subject>` + esc(fd.Kind) + `</dc:subject>` +
		`<dc:creator>` + esc(fd.Author) + `</dc:creator><dc:language>` + language(fd.Lang) + `</dc:language>` +
		`<dcterms:created xsi:type="dcterms:W3CDTF">` + date + `</dcterms:created>` +
		`<dcterms:modified xsi:type="dcterms:W3CDTF">` + date + `</dcterms:modified></cp:coreProperties>`
}

func documentRels(pictures int) string {
	var b strings.Builder
	b.WriteString(xml.Header + `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">`)
	rel := func(id, typ, target string) {
		b.WriteString(`<Relationship Id="` + id + `" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/` +
			typ + `" Target="` + target + `"/>`)
	}
	rel("rIdStyles", "styles", "styles.xml")
	rel("rIdSettings", "settings", "settings.xml")
	rel("rIdHeader", "header", "header1.xml")
	rel("rIdFooter", "footer", "footer1.xml")
	for i := 1; i <= pictures; i++ {
		rel("rIdChart"+strconv.Itoa(i), "image", "media/chart"+strconv.Itoa(i)+".png")
	}
	b.WriteString(`</Relationships>`)
	return b.String()
}
