package exchange

import (
	"bytes"
	"encoding/binary"
	"encoding/csv"
	"io"
	"strconv"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"samverka/model"
)

// Error codes of a figure table's import, each a translation key after
// "error.".
const (
	CodeFigureNumber = "exchange.figures.number" // a cell that is no number (Args: Cell, Text)
	CodeFigureRange  = "exchange.figures.range"  // not a range like B2:F9 (Args: Range)
	CodeFigureSheet  = "exchange.figures.sheet"  // no sheet of that name (Args: Sheet)
	CodeFigureEmpty  = "exchange.figures.empty"  // the range holds no header and rows
	CodeFigureXLSX   = "exchange.figures.xlsx"   // not an Excel workbook
	CodeFigureSex    = "exchange.figures.sex"    // a kön that is not women, men or all (Args: Cell, Text)
)

// Grid is a rectangle of cells read from a file, as text, before it
// becomes a figure table: what the import preview shows. Rows may be
// shorter than others where a file leaves trailing cells out.
type Grid [][]string

// ReadFigureCSV reads a CSV file as a grid: Swedish Excel CSV (semicolons,
// Windows-1252 or UTF-8 with BOM), or commas or tabs.
func ReadFigureCSV(r io.Reader) (Grid, error) {
	data, err := io.ReadAll(io.LimitReader(r, MaxFileSize+1))
	if err != nil {
		return nil, err
	}
	if len(data) > MaxFileSize {
		return nil, model.Errorf(CodeFile)
	}
	data = fromUTF16(data)
	data = bytes.TrimPrefix(data, []byte(bom))
	if !utf8.Valid(data) {
		data = fromWindows1252(data)
	}
	cr := csv.NewReader(bytes.NewReader(data))
	cr.Comma = separator(data)
	cr.FieldsPerRecord = -1
	cr.LazyQuotes = true
	rows, err := cr.ReadAll()
	if err != nil {
		return nil, &model.Error{Code: CodeFile, Err: err}
	}
	return Grid(rows), nil
}

// Cut returns the part of g inside rng, an Excel range such as "B2:F9"
// (or "" for all of it). Cells the grid lacks are empty.
func (g Grid) Cut(rng string) (Grid, error) {
	if strings.TrimSpace(rng) == "" {
		return g.trim(), nil
	}
	c0, r0, c1, r1, ok := parseRange(rng)
	if !ok {
		return nil, model.Errorf(CodeFigureRange, "Range", rng)
	}
	out := make(Grid, 0, r1-r0+1)
	for r := r0; r <= r1; r++ {
		row := make([]string, c1-c0+1)
		if r < len(g) {
			for c := c0; c <= c1 && c < len(g[r]); c++ {
				row[c-c0] = g[r][c]
			}
		}
		out = append(out, row)
	}
	return out.trim(), nil
}

// trim drops empty rows at the end and empty columns at the right.
func (g Grid) trim() Grid {
	for len(g) > 0 && blankRow(g[len(g)-1]) {
		g = g[:len(g)-1]
	}
	width := 0
	for _, r := range g {
		for i := len(r) - 1; i >= 0; i-- {
			if strings.TrimSpace(r[i]) != "" {
				width = max(width, i+1)
				break
			}
		}
	}
	out := make(Grid, len(g))
	for i, r := range g {
		row := make([]string, width)
		copy(row, r)
		out[i] = row
	}
	return out
}

func blankRow(r []string) bool {
	for _, c := range r {
		if strings.TrimSpace(c) != "" {
			return false
		}
	}
	return true
}

// parseRange reads "B2:F9" (or one cell, "B2") as 0-based columns and
// rows, first to last.
func parseRange(s string) (c0, r0, c1, r1 int, ok bool) {
	a, b, found := strings.Cut(strings.ToUpper(strings.ReplaceAll(strings.TrimSpace(s), "$", "")), ":")
	if !found {
		b = a
	}
	c0, r0, ok0 := parseCell(a)
	c1, r1, ok1 := parseCell(b)
	if !ok0 || !ok1 {
		return 0, 0, 0, 0, false
	}
	c0, c1 = min(c0, c1), max(c0, c1)
	r0, r1 = min(r0, r1), max(r0, r1)
	return c0, r0, c1, r1, c1-c0 < 16384 && r1-r0 < 1<<20
}

// parseCell reads "B2" as column 1, row 1.
func parseCell(s string) (col, row int, ok bool) {
	i := 0
	for i < len(s) && s[i] >= 'A' && s[i] <= 'Z' {
		col = col*26 + int(s[i]-'A'+1)
		i++
		if col > 16384 {
			return 0, 0, false
		}
	}
	n, err := strconv.Atoi(s[i:])
	if i == 0 || err != nil || n < 1 || n > 1<<20 {
		return 0, 0, false
	}
	return col - 1, n - 1, true
}

// CellName returns the Excel name of 0-based column col and row row, "B2".
func CellName(col, row int) string { return colName(col) + strconv.Itoa(row+1) }

// FigureTable turns a grid into a figure table: the first row is the
// header, the first column names the rows, and columns headed "Kön" or
// "Ålder" (or "Sex", "Age") split the rows; every other column holds
// figures. Numbers may be written the Swedish way ("1 234,5", "12 %") or
// as Excel stores them; "..", "–", "x" and empty cells are blanks. origin
// is the grid's top-left cell in the file (0-based), so that a message
// names the cell as Excel does. Title, source and unit are left to the
// caller. The table is not yet validated.
func (g Grid) FigureTable(originCol, originRow int) (model.FigureTable, error) {
	var t model.FigureTable
	g = g.trim()
	if len(g) < 2 || len(g[0]) < 2 {
		return t, model.Errorf(CodeFigureEmpty)
	}
	sexCol, ageCol := -1, -1
	var valueCols []int
	for i, h := range g[0] {
		switch fold(h) {
		case "kön", "kon", "sex", "gender":
			if i > 0 {
				sexCol = i
				continue
			}
		case "ålder", "alder", "age", "åldersgrupp":
			if i > 0 {
				ageCol = i
				continue
			}
		}
		if i > 0 {
			valueCols = append(valueCols, i)
			t.Columns = append(t.Columns, strings.TrimSpace(h))
		}
	}
	if len(valueCols) == 0 {
		return t, model.Errorf(CodeFigureEmpty)
	}
	for r, cells := range g[1:] {
		if blankRow(cells) {
			continue
		}
		row := model.FigureRow{Label: strings.TrimSpace(cells[0])}
		if sexCol >= 0 {
			sex, ok := parseSex(cells[sexCol])
			if !ok {
				return t, model.Errorf(CodeFigureSex, "Cell", CellName(originCol+sexCol, originRow+r+1), "Text", cells[sexCol])
			}
			row.Sex = sex
		}
		if ageCol >= 0 {
			row.Age = strings.TrimSpace(cells[ageCol])
		}
		for _, c := range valueCols {
			v, ok := ParseFigure(cells[c])
			if !ok {
				return t, model.Errorf(CodeFigureNumber, "Cell", CellName(originCol+c, originRow+r+1), "Text", cells[c])
			}
			row.Values = append(row.Values, v)
		}
		t.Rows = append(t.Rows, row)
	}
	return t, nil
}

// blanks are what statistics write where there is no figure: nothing,
// ".." (not available), "x" or "–" (too few to show).
var blanks = map[string]bool{"": true, "..": true, "…": true, "-": true, "–": true, "—": true, "x": true, "X": true}

// ParseFigure reads a figure as Swedish Excel writes it ("1 234,5", "12,5
// %", "−3") or as a workbook stores it ("1234.5"); blanks give nil.
func ParseFigure(s string) (*float64, bool) {
	s = strings.TrimSpace(s)
	if blanks[s] {
		return nil, true
	}
	s = strings.TrimSpace(strings.TrimSuffix(s, "%"))
	// Word turns a minus typed before a number into a dash: "–3" is −3.
	if rest, ok := strings.CutPrefix(s, "–"); ok {
		s = "-" + rest
	}
	s = strings.NewReplacer(" ", "", "\u00a0", "", "\u202f", "", "−", "-").Replace(s)
	if strings.Contains(s, ",") {
		s = strings.ReplaceAll(strings.ReplaceAll(s, ".", ""), ",", ".")
	}
	v, err := strconv.ParseFloat(s, 64)
	if err != nil {
		return nil, false
	}
	return &v, true
}

// parseSex reads a kön cell: women, men, or all (empty, "Totalt").
func parseSex(s string) (model.Sex, bool) {
	switch fold(s) {
	case "", "totalt", "total", "alla", "samtliga", "all", "båda", "both":
		return model.SexAll, true
	case "kvinnor", "kvinna", "k", "flickor", "flicka", "tjejer", "women", "woman", "female", "f", "girls":
		return model.SexFemale, true
	case "män", "man", "m", "pojkar", "pojke", "killar", "men", "male", "boys":
		return model.SexMale, true
	}
	return "", false
}

// RangeStart returns the top-left cell of an Excel range such as "B3:F9",
// 0-based, so that messages name cells as Excel does.
func RangeStart(rng string) (col, row int, ok bool) {
	c0, r0, _, _, ok := parseRange(rng)
	return c0, r0, ok
}

// fromUTF16 returns data as UTF-8 when it starts with a UTF-16 byte order
// mark, as Excel's "Unicode text" files do; other data is returned as it
// is.
func fromUTF16(data []byte) []byte {
	var order binary.ByteOrder
	switch {
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE}):
		order = binary.LittleEndian
	case bytes.HasPrefix(data, []byte{0xFE, 0xFF}):
		order = binary.BigEndian
	default:
		return data
	}
	units := make([]uint16, 0, len(data)/2)
	for i := 2; i+1 < len(data); i += 2 {
		units = append(units, order.Uint16(data[i:]))
	}
	return []byte(string(utf16.Decode(units)))
}
