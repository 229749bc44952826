package exchange

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"unicode/utf8"

	"samverka/model"
)

// bom is the byte order mark that tells Excel a CSV file is UTF-8.
const bom = "\ufeff"

// MaxFileSize is the largest file import reads.
const MaxFileSize = 64 << 20

// WriteCSV writes list k of ds as CSV for Excel: UTF-8 with a byte order
// mark, semicolons between cells, CRLF line ends, dates as YYYY-MM-DD and
// a header row in lang. Deleted records are left out. A cell a
// spreadsheet would run as a formula gets a leading apostrophe.
func WriteCSV(w io.Writer, k model.Kind, ds *model.Dataset, lang string) error {
	t, err := newTable(k, ds, lang)
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(w)
	bw.WriteString(bom)
	cw := csv.NewWriter(bw)
	cw.Comma = ';'
	cw.UseCRLF = true
	row := make([]string, len(t.cols))
	for i, c := range t.cols {
		row[i] = escapeFormula(c.header(lang))
	}
	cw.Write(row)
	for _, r := range t.recs {
		for i, c := range t.cols {
			row[i] = escapeFormula(c.get(r, t.names, lang))
		}
		cw.Write(row)
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return err
	}
	return bw.Flush()
}

// ReadCSV reads list k from CSV and checks every row against ds. It takes
// what Excel saves: UTF-8 with or without a byte order mark, or Windows'
// Western encoding (Excel's plain "CSV" on Swedish Windows), and
// semicolons, commas or tabs between cells. The header may be in Swedish
// or English, in any column order; unknown columns are ignored. A file
// that is not such a list is refused with a *model.Error.
func ReadCSV(r io.Reader, k model.Kind, ds *model.Dataset) (*Import, error) {
	data, err := io.ReadAll(io.LimitReader(r, MaxFileSize+1))
	if err != nil {
		return nil, err
	}
	if len(data) > MaxFileSize {
		return nil, model.Errorf(CodeFile)
	}
	data = bytes.TrimPrefix(data, []byte(bom))
	if !utf8.Valid(data) {
		data = fromWindows1252(data)
	}
	cr := csv.NewReader(bytes.NewReader(data))
	cr.Comma = separator(data)
	cr.FieldsPerRecord = -1
	header, err := cr.Read()
	if err != nil {
		return nil, &model.Error{Code: CodeFile, Err: err}
	}
	var rows []fileRow
	for {
		cells, err := cr.Read()
		if err == io.EOF {
			break
		}
		var pe *csv.ParseError
		if errors.As(err, &pe) {
			rows = append(rows, fileRow{line: pe.StartLine, err: err})
			continue
		}
		if err != nil {
			return nil, fmt.Errorf("exchange: read CSV: %w", err)
		}
		line, _ := cr.FieldPos(0)
		rows = append(rows, fileRow{line: line, cells: cells})
	}
	return readRows(k, header, rows, ds)
}

// separator guesses the cell separator from the first line: the most
// common of semicolon, comma and tab outside quotes; semicolon on a tie.
func separator(data []byte) rune {
	counts := map[rune]int{}
	quoted := false
	for _, c := range string(data) {
		switch {
		case c == '"':
			quoted = !quoted
		case quoted:
		case c == '\n':
			goto done
		case c == ';' || c == ',' || c == '\t':
			counts[c]++
		}
	}
done:
	best := ';'
	for _, c := range []rune{',', '\t'} {
		if counts[c] > counts[best] {
			best = c
		}
	}
	return best
}

// fromWindows1252 decodes Windows-1252 text to UTF-8.
func fromWindows1252(data []byte) []byte {
	var b bytes.Buffer
	b.Grow(len(data) + len(data)/8)
	for _, c := range data {
		if c >= 0x80 && c < 0xa0 {
			b.WriteRune(cp1252[c-0x80])
		} else {
			b.WriteRune(rune(c))
		}
	}
	return b.Bytes()
}

// cp1252 are the characters Windows-1252 puts at 0x80–0x9F; the rest of
// its upper half is Latin-1.
var cp1252 = [32]rune{
	'€', '\ufffd', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\ufffd', 'Ž', '\ufffd',
	'\ufffd', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\ufffd', 'ž', 'Ÿ',
}
