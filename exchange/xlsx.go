package exchange

import (
	"archive/zip"
	"bufio"
	"encoding/xml"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"samverka/model"
)

// The cell styles of styles.xml, by index.
const (
	styleNormal = 0
	styleDate   = 1
	styleHeader = 2
)

// dateFormat is the number format of date cells: ISO dates whatever the
// reader's locale.
const dateFormat = "yyyy-mm-dd"

// zipTime is the time stamp of every part of a workbook, so that the same
// data gives the same bytes.
var zipTime = time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)

// WriteXLSX writes the lists of ds (all of ExportLists when none are named) as
// an Excel workbook, one sheet per list: a bold header row in lang that
// stays in view when scrolling, with a filter; dates as real dates shown
// YYYY-MM-DD; columns as wide as their contents. Deleted records are left
// out. Text is stored as text, so nothing in it runs as a formula.
func WriteXLSX(w io.Writer, ds *model.Dataset, lang string, lists ...model.Kind) error {
	if len(lists) == 0 {
		lists = ExportLists
	}
	var tables []*table
	for _, k := range lists {
		t, err := newTable(k, ds, lang)
		if err != nil {
			return err
		}
		tables = append(tables, t)
	}
	zw := zip.NewWriter(w)
	part := func(name string, write func(*bufio.Writer)) error {
		f, err := zw.CreateHeader(&zip.FileHeader{Name: name, Method: zip.Deflate, Modified: zipTime})
		if err != nil {
			return err
		}
		bw := bufio.NewWriter(f)
		bw.WriteString(xml.Header)
		write(bw)
		return bw.Flush()
	}
	err := part("[Content_Types].xml", func(b *bufio.Writer) { contentTypes(b, len(tables)) })
	if err == nil {
		err = part("_rels/.rels", func(b *bufio.Writer) { b.WriteString(rootRels) })
	}
	if err == nil {
		err = part("xl/workbook.xml", func(b *bufio.Writer) { workbook(b, tables, lang) })
	}
	if err == nil {
		err = part("xl/_rels/workbook.xml.rels", func(b *bufio.Writer) { workbookRels(b, len(tables)) })
	}
	if err == nil {
		err = part("xl/styles.xml", func(b *bufio.Writer) { b.WriteString(styles) })
	}
	for i, t := range tables {
		if err == nil {
			err = part(fmt.Sprintf("xl/worksheets/sheet%d.xml", i+1), func(b *bufio.Writer) { sheet(b, t, lang, i == 0) })
		}
	}
	if err != nil {
		return err
	}
	return zw.Close()
}

const (
	nsMain = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
	nsRel  = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
	nsPkg  = "http://schemas.openxmlformats.org/package/2006/relationships"
)

const rootRels = `<Relationships xmlns="` + nsPkg + `">` +
	`<Relationship Id="rId1" Type="` + nsRel + `/officeDocument" Target="xl/workbook.xml"/>` +
	`</Relationships>`

const styles = `<styleSheet xmlns="` + nsMain + `">` +
	`<numFmts count="1"><numFmt numFmtId="164" formatCode="` + dateFormat + `"/></numFmts>` +
	`<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>` +
	`<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>` +
	`<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>` +
	`<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>` +
	`<cellXfs count="3">` +
	`<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>` +
	`<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>` +
	`<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>` +
	`</cellXfs>` +
	`<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>` +
	`</styleSheet>`

func contentTypes(b *bufio.Writer, sheets int) {
	b.WriteString(`<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">`)
	b.WriteString(`<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>`)
	b.WriteString(`<Default Extension="xml" ContentType="application/xml"/>`)
	b.WriteString(`<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>`)
	b.WriteString(`<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>`)
	for i := 1; i <= sheets; i++ {
		fmt.Fprintf(b, `<Override PartName="/xl/worksheets/sheet%d.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`, i)
	}
	b.WriteString(`</Types>`)
}

func workbook(b *bufio.Writer, tables []*table, lang string) {
	b.WriteString(`<workbook xmlns="` + nsMain + `" xmlns:r="` + nsRel + `"><bookViews><workbookView/></bookViews><sheets>`)
	for i, t := range tables {
		fmt.Fprintf(b, `<sheet name="%s" sheetId="%d" r:id="rId%d"/>`, escape(sheetName(t.kind, lang)), i+1, i+1)
	}
	b.WriteString(`</sheets><definedNames>`)
	for i, t := range tables {
		// Excel keeps a filter's range under this hidden name.
		fmt.Fprintf(b, `<definedName name="_xlnm._FilterDatabase" localSheetId="%d" hidden="1">%s</definedName>`,
			i, escape("'"+strings.ReplaceAll(sheetName(t.kind, lang), "'", "''")+"'!"+absRange(t)))
	}
	b.WriteString(`</definedNames></workbook>`)
}

func workbookRels(b *bufio.Writer, sheets int) {
	b.WriteString(`<Relationships xmlns="` + nsPkg + `">`)
	for i := 1; i <= sheets; i++ {
		fmt.Fprintf(b, `<Relationship Id="rId%d" Type="%s/worksheet" Target="worksheets/sheet%d.xml"/>`, i, nsRel, i)
	}
	fmt.Fprintf(b, `<Relationship Id="rId%d" Type="%s/styles" Target="styles.xml"/>`, sheets+1, nsRel)
	b.WriteString(`</Relationships>`)
}

// sheetName returns the list's name as a sheet may be called: at most 31
// characters, none of []:*?/\.
func sheetName(k model.Kind, lang string) string {
	name := strings.Map(func(r rune) rune {
		if strings.ContainsRune(`[]:*?/\`, r) {
			return '-'
		}
		return r
	}, ListName(k, lang))
	if utf8.RuneCountInString(name) > 31 {
		name = string([]rune(name)[:31])
	}
	return name
}

// sheet writes one list as a worksheet.
func sheet(b *bufio.Writer, t *table, lang string, first bool) {
	b.WriteString(`<worksheet xmlns="` + nsMain + `" xmlns:r="` + nsRel + `">`)
	fmt.Fprintf(b, `<dimension ref="%s"/>`, cellRange(t))
	selected := ""
	if first {
		selected = ` tabSelected="1"`
	}
	fmt.Fprintf(b, `<sheetViews><sheetView%s workbookViewId="0">`, selected)
	b.WriteString(`<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>`)
	b.WriteString(`<selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView></sheetViews>`)
	b.WriteString(`<sheetFormatPr defaultRowHeight="15"/><cols>`)
	for i, w := range widths(t, lang) {
		fmt.Fprintf(b, `<col min="%d" max="%d" width="%d" customWidth="1"/>`, i+1, i+1, w)
	}
	b.WriteString(`</cols><sheetData><row r="1">`)
	for i, c := range t.cols {
		inlineCell(b, cellRef(i, 1), c.header(lang), styleHeader)
	}
	b.WriteString(`</row>`)
	for n, r := range t.recs {
		row := n + 2
		fmt.Fprintf(b, `<row r="%d">`, row)
		for i, c := range t.cols {
			v := c.get(r, t.names, lang)
			if v == "" {
				continue
			}
			if c.kind == cellNumber {
				if n, ok := xlsxNumber(v); ok {
					fmt.Fprintf(b, `<c r="%s"><v>%s</v></c>`, cellRef(i, row), n)
					continue
				}
			}
			if c.kind == cellDate {
				if serial, ok := dateSerial(model.Date(v)); ok {
					fmt.Fprintf(b, `<c r="%s" s="%d"><v>%d</v></c>`, cellRef(i, row), styleDate, serial)
					continue
				}
			}
			inlineCell(b, cellRef(i, row), v, styleNormal)
		}
		b.WriteString(`</row>`)
	}
	fmt.Fprintf(b, `</sheetData><autoFilter ref="%s"/>`, cellRange(t))
	b.WriteString(`<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>`)
}

func inlineCell(b *bufio.Writer, ref, text string, style int) {
	s := ""
	if style != styleNormal {
		s = ` s="` + strconv.Itoa(style) + `"`
	}
	fmt.Fprintf(b, `<c r="%s"%s t="inlineStr"><is><t xml:space="preserve">%s</t></is></c>`, ref, s, escape(text))
}

// widths returns each column's width in characters: its longest line,
// header included, with a little room, between 8 and 60.
func widths(t *table, lang string) []int {
	out := make([]int, len(t.cols))
	for i, c := range t.cols {
		w := longestLine(c.header(lang)) + 2 // the bold header and its filter button
		for _, r := range t.recs {
			w = max(w, longestLine(c.get(r, t.names, lang)))
		}
		out[i] = min(max(w+2, 8), 60)
	}
	return out
}

func longestLine(s string) int {
	n := 0
	for line := range strings.SplitSeq(s, "\n") {
		n = max(n, utf8.RuneCountInString(line))
	}
	return n
}

// cellRef returns the A1 reference of column col (from 0) in row.
func cellRef(col, row int) string { return colName(col) + strconv.Itoa(row) }

func colName(col int) string {
	name := ""
	for col++; col > 0; col = (col - 1) / 26 {
		name = string(rune('A'+(col-1)%26)) + name
	}
	return name
}

func cellRange(t *table) string {
	return "A1:" + cellRef(len(t.cols)-1, len(t.recs)+1)
}

func absRange(t *table) string {
	return "$A$1:$" + colName(len(t.cols)-1) + "$" + strconv.Itoa(len(t.recs)+1)
}

// escape returns s as XML character data. Characters XML cannot hold
// become U+FFFD.
func escape(s string) string {
	var b strings.Builder
	xml.EscapeText(&b, []byte(s))
	return b.String()
}
