package exchange

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"io"
	"path"
	"slices"
	"strings"
	"testing"

	"samverka/model"
)

// The reader below reads back what WriteXLSX writes, through the
// workbook's own relationships and styles, the way a spreadsheet program
// finds its way; it does not try to read workbooks in general.

type xlsxFile struct {
	parts  map[string][]byte
	sheets []xlsxSheet
}

type xlsxSheet struct {
	Name  string
	Part  string
	Rows  [][]string // dates as YYYY-MM-DD when their style is a date format
	Dates map[string]bool
	XML   sheetXML
}

type sheetXML struct {
	Views struct {
		View []struct {
			Pane struct {
				YSplit string `xml:"ySplit,attr"`
				State  string `xml:"state,attr"`
			} `xml:"pane"`
		} `xml:"sheetView"`
	} `xml:"sheetViews"`
	Cols []struct {
		Width float64 `xml:"width,attr"`
	} `xml:"cols>col"`
	Rows []struct {
		R     int `xml:"r,attr"`
		Cells []struct {
			R      string `xml:"r,attr"`
			S      int    `xml:"s,attr"`
			T      string `xml:"t,attr"`
			V      string `xml:"v"`
			Inline string `xml:"is>t"`
		} `xml:"c"`
	} `xml:"sheetData>row"`
	AutoFilter struct {
		Ref string `xml:"ref,attr"`
	} `xml:"autoFilter"`
}

type stylesXML struct {
	NumFmts []struct {
		ID   int    `xml:"numFmtId,attr"`
		Code string `xml:"formatCode,attr"`
	} `xml:"numFmts>numFmt"`
	Fonts []struct {
		Bold *struct{} `xml:"b"`
	} `xml:"fonts>font"`
	Xfs []struct {
		NumFmt int `xml:"numFmtId,attr"`
		Font   int `xml:"fontId,attr"`
	} `xml:"cellXfs>xf"`
}

func readXLSX(t *testing.T, data []byte) *xlsxFile {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	f := &xlsxFile{parts: map[string][]byte{}}
	for _, zf := range zr.File {
		rc, err := zf.Open()
		if err != nil {
			t.Fatal(err)
		}
		b, err := io.ReadAll(rc)
		if err != nil {
			t.Fatal(err)
		}
		f.parts[zf.Name] = b
		// Every part must be well-formed XML.
		d := xml.NewDecoder(bytes.NewReader(b))
		for {
			if _, err := d.Token(); err == io.EOF {
				break
			} else if err != nil {
				t.Fatalf("%s: %v", zf.Name, err)
			}
		}
	}
	type rel struct {
		ID     string `xml:"Id,attr"`
		Target string `xml:"Target,attr"`
	}
	var rels struct {
		Rel []rel `xml:"Relationship"`
	}
	var book struct {
		Sheets []struct {
			Name string `xml:"name,attr"`
			RID  string `xml:"http://schemas.openxmlformats.org/officeDocument/2006/relationships id,attr"`
		} `xml:"sheets>sheet"`
	}
	var st stylesXML
	unmarshal(t, f.parts["xl/_rels/workbook.xml.rels"], &rels)
	unmarshal(t, f.parts["xl/workbook.xml"], &book)
	unmarshal(t, f.parts["xl/styles.xml"], &st)
	dateStyle := map[int]bool{}
	for i, xf := range st.Xfs {
		for _, nf := range st.NumFmts {
			if nf.ID == xf.NumFmt && strings.Contains(nf.Code, "yy") {
				dateStyle[i] = true
			}
		}
	}
	for _, s := range book.Sheets {
		i := slices.IndexFunc(rels.Rel, func(r rel) bool { return r.ID == s.RID })
		if i < 0 {
			t.Fatalf("sheet %s has no relationship %s", s.Name, s.RID)
		}
		sh := xlsxSheet{Name: s.Name, Part: path.Join("xl", rels.Rel[i].Target), Dates: map[string]bool{}}
		unmarshal(t, f.parts[sh.Part], &sh.XML)
		for _, row := range sh.XML.Rows {
			var cells []string
			for _, c := range row.Cells {
				col := colIndex(c.R)
				for len(cells) <= col {
					cells = append(cells, "")
				}
				switch {
				case c.T == "inlineStr":
					cells[col] = c.Inline
				case dateStyle[c.S]:
					d, ok := serialDate(c.V)
					if !ok {
						t.Fatalf("%s!%s: date %q", s.Name, c.R, c.V)
					}
					cells[col] = string(d)
					sh.Dates[c.R] = true
				default:
					cells[col] = c.V
				}
			}
			sh.Rows = append(sh.Rows, cells)
		}
		f.sheets = append(f.sheets, sh)
	}
	return f
}

func unmarshal(t *testing.T, data []byte, v any) {
	t.Helper()
	if data == nil {
		t.Fatal("part missing")
	}
	if err := xml.Unmarshal(data, v); err != nil {
		t.Fatal(err)
	}
}

// colIndex returns the column (from 0) of an A1 reference.
func colIndex(ref string) int {
	n := 0
	for _, c := range ref {
		if c < 'A' || c > 'Z' {
			break
		}
		n = n*26 + int(c-'A'+1)
	}
	return n - 1
}

func writeXLSX(t *testing.T, ds *model.Dataset, lang string) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := WriteXLSX(&b, ds, lang); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func TestXLSXRoundTrip(t *testing.T) {
	for _, lang := range []string{"sv", "en"} {
		t.Run(lang, func(t *testing.T) {
			ds := council(t)
			f := readXLSX(t, writeXLSX(t, ds, lang))
			if len(f.sheets) != len(ExportLists) {
				t.Fatalf("%d sheets", len(f.sheets))
			}
			for i, k := range Lists {
				sh := f.sheets[i]
				if sh.Name != ListName(k, lang) {
					t.Errorf("sheet %d is %q", i, sh.Name)
				}
				rows := make([]fileRow, len(sh.Rows)-1)
				for j, cells := range sh.Rows[1:] {
					rows[j] = fileRow{line: j + 2, cells: cells}
				}
				im, err := readRows(k, sh.Rows[0], rows, ds)
				if err != nil {
					t.Fatal(err)
				}
				if n := exportedCount(ds, k); im.Unchanged != n || len(im.Rejected) > 0 || len(im.Records) > 0 {
					t.Errorf("%s: %d of %d unchanged, rejected %v", k, im.Unchanged, n, im.Rejected)
				}
			}
		})
	}
}

func TestXLSXLooksRight(t *testing.T) {
	ds := council(t)
	data := writeXLSX(t, ds, "sv")
	f := readXLSX(t, data)
	var st stylesXML
	unmarshal(t, f.parts["xl/styles.xml"], &st)

	people := f.sheets[1]
	if got := people.Rows[0]; !slices.Equal(got[:4], []string{"Id", "Part", "Part-id", "Namn"}) {
		t.Errorf("header %q", got)
	}
	names := []string{}
	for _, r := range people.Rows[1:] {
		names = append(names, r[3])
	}
	if want := []string{"Ayşe Yılmaz", "Nguyễn Thị Hương", "Łukasz Wiśniewski", "Åsa Öberg"}; !slices.Equal(names, want) {
		t.Errorf("names %q, want %q", names, want)
	}
	// A phone number that starts with + is text, not escaped.
	if got := people.Rows[3][6]; got != "+46 10 567 00 00" {
		t.Errorf("phone %q", got)
	}

	x := people.XML
	if v := x.Views.View; len(v) != 1 || v[0].Pane.YSplit != "1" || v[0].Pane.State != "frozen" {
		t.Errorf("header row not frozen: %+v", v)
	}
	if x.AutoFilter.Ref != "A1:K5" {
		t.Errorf("filter %q", x.AutoFilter.Ref)
	}
	if len(x.Cols) != 11 || x.Cols[0].Width < 36 || x.Cols[3].Width < 19 || x.Cols[8].Width < 8 || x.Cols[9].Width > 16 {
		t.Errorf("widths %+v", x.Cols)
	}
	for _, c := range x.Rows[0].Cells {
		if xf := st.Xfs[c.S]; st.Fonts[xf.Font].Bold == nil {
			t.Errorf("header cell %s is not bold", c.R)
		}
	}
	// Valid from of Åsa Öberg (row 5, column J) is a real date.
	if !people.Dates["J5"] || people.Rows[4][9] != "2026-01-01" {
		t.Errorf("J5 = %q, date %v", people.Rows[4][9], people.Dates["J5"])
	}
	serial, _ := dateSerial("2026-01-01")
	if serial != 46023 {
		t.Errorf("2026-01-01 is serial %d, Excel says 46023", serial)
	}
	if !strings.Contains(string(f.parts[people.Part]), `<c r="J5" s="1"><v>46023</v></c>`) {
		t.Error("date cell not written as a number with the date style")
	}
	if len(st.NumFmts) != 1 || st.NumFmts[0].Code != "yyyy-mm-dd" {
		t.Errorf("number formats %+v", st.NumFmts)
	}
	// A line break stays in the cell.
	if got := f.sheets[0].Rows[1][6]; got != "Träffas på tisdagar\nI Bredängs träff" {
		t.Errorf("note %q", got)
	}

	// The same data gives the same bytes.
	if again := writeXLSX(t, ds, "sv"); !bytes.Equal(again, data) {
		t.Error("two exports of the same data differ")
	}
}

func TestColNames(t *testing.T) {
	for i, want := range map[int]string{0: "A", 25: "Z", 26: "AA", 27: "AB", 51: "AZ", 52: "BA", 701: "ZZ", 702: "AAA"} {
		if got := colName(i); got != want {
			t.Errorf("colName(%d) = %s, want %s", i, got, want)
		}
		if got := colIndex(want + "1"); got != i {
			t.Errorf("colIndex(%s) = %d", want, got)
		}
	}
	if got := cellRef(2, 10); got != "C10" {
		t.Error(got)
	}
}
