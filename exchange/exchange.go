// Package exchange moves the council's lists in and out of spreadsheets:
// parts, representatives and commitments as CSV that Swedish Excel opens
// by double-click (UTF-8 with BOM, semicolons, ISO dates), and as an XLSX
// workbook. Import reads rows, checks every one and returns the records to
// write and every rejected row; it never writes anything itself.
package exchange

import (
	"strconv"
	"strings"

	"samverka/assets"
	"samverka/model"
)

// Lists are the lists that can be exchanged, in the order they depend on
// each other: import parts before the representatives that name them.
var Lists = []model.Kind{model.KindPart, model.KindRepresentative, model.KindCommitment}

// ParseList returns the list named s: its kind ("parts", "representatives",
// "commitments") or its name in Swedish or English, in any case.
func ParseList(s string) (model.Kind, bool) {
	s = fold(s)
	for _, k := range Lists {
		if s == string(k) {
			return k, true
		}
		for _, lang := range assets.Languages {
			if s == fold(ListName(k, lang)) {
				return k, true
			}
		}
	}
	return "", false
}

// ListName returns the list's name in lang, as a sheet or file is named.
func ListName(k model.Kind, lang string) string {
	return assets.Message(lang, "exchange.list."+string(k), nil)
}

// FileName returns the name a CSV export of list k gets in lang, such as
// "parter.csv".
func FileName(k model.Kind, lang string) string {
	return fold(ListName(k, lang)) + ".csv"
}

// Error codes of import, each a translation key after "error.".
const (
	CodeHeader        = "exchange.header"        // no known column (Args: List)
	CodeColumnTwice   = "exchange.columnTwice"   // a column named twice (Args: Column)
	CodeUnreadable    = "exchange.unreadable"    // a line that is not CSV, e.g. a stray quote
	CodeUnknownID     = "exchange.unknownId"     // no such record in this file (Args: ID)
	CodeDuplicateID   = "exchange.duplicateId"   // the id is on an earlier line too (Args: Line)
	CodeUnknownPart   = "exchange.unknownPart"   // no part of that name or id (Args: Name)
	CodeAmbiguousPart = "exchange.ambiguousPart" // several parts of that name (Args: Name)
	CodeUnknownPerson = "exchange.unknownPerson" // no representative of the part by that name (Args: Name, Part)
	CodeUnknownMethod = "exchange.unknownMethod" // no method of that name (Args: Name)
	CodeYesNo         = "exchange.yesNo"         // not yes or no
	CodeChoice        = "exchange.choice"        // not one of the choices (Args: Choices)
	CodeFile          = "exchange.file"          // not a CSV file at all
)

// RowError is one problem of one rejected row.
type RowError struct {
	Line   int    // the line in the file, 1 being the header
	Column string // the column's header as the file has it, or ""
	Field  string // the record field, as model.Error's Field
	Err    *model.Error
}

// Message returns the problem in lang, for a list of rejected rows:
// "Rad 4, Organisationsnummer: …".
func (e RowError) Message(lang string) string {
	where := assets.Message(lang, "exchange.line", map[string]any{"Line": e.Line})
	col := e.Column
	if col == "" && e.Field != "" {
		col = assets.Message(lang, model.FieldKey(e.Field), nil)
	}
	if col != "" {
		where += ", " + col
	}
	return where + ": " + assets.Message(lang, e.Err.Key(), e.Err.Args)
}

// Error returns the problem in English, for logs and tests.
func (e RowError) Error() string {
	return "line " + strconv.Itoa(e.Line) + " " + e.Column + ": " + e.Err.Error()
}

// Import is what reading a list found: the records to write and the rows
// that were rejected. Records holds new records (without id; storage gives
// them one) and changed copies of existing ones, in the order of the file.
// Apply it only when Rejected is empty, or after the user has seen it.
type Import struct {
	Kind      model.Kind
	Records   []model.Record
	New       int
	Updated   int
	Unchanged int
	Rejected  []RowError
	// Ignored are the columns the file has that the list does not know;
	// their cells were not read.
	Ignored []string
}

// RejectedLines returns the numbers of the rejected lines, in order.
func (im *Import) RejectedLines() []int {
	var out []int
	for _, e := range im.Rejected {
		if len(out) == 0 || out[len(out)-1] != e.Line {
			out = append(out, e.Line)
		}
	}
	return out
}

// Summary says in lang what the import would do, and which columns it
// did not read, for the confirmation before anything is written.
func (im *Import) Summary(lang string) string {
	s := assets.Message(lang, "exchange.summary", map[string]any{
		"New": im.New, "Updated": im.Updated, "Unchanged": im.Unchanged, "Rejected": len(im.RejectedLines()),
	})
	if len(im.Ignored) > 0 {
		s += " " + assets.Message(lang, "exchange.ignored", map[string]any{"Columns": strings.Join(im.Ignored, ", ")})
	}
	return s
}

// fold returns s trimmed and lower-cased, for matching what people type.
func fold(s string) string { return strings.ToLower(strings.TrimSpace(s)) }
