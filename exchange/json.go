package exchange

import (
	"encoding/json"
	"fmt"
	"io"
	"reflect"

	"samverka/model"
)

// The JSON export is a council's whole model.Dataset, tombstones
// included, each kind in id order, indented: the same file gives the same
// bytes, and reading it back gives the same records, meta data included.

// CodeNotExport refuses input that is not a Samverka JSON export.
const CodeNotExport = "exchange.notExport"

// WriteJSON writes ds to w as the JSON export.
func WriteJSON(w io.Writer, ds *model.Dataset) error { return EncodeJSON(w, ds) }

// EncodeJSON writes v as indented JSON with a final newline, keeping
// characters such as < and & as they are.
func EncodeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}

// ReadJSON reads and checks a JSON export: Samverka's format, a schema
// this program reads, a council, and records that all validate. Every
// problem is collected, as ImportProblems, since an import is all or
// nothing and the user should fix the file once; the dataset is returned
// with them.
func ReadJSON(data []byte) (*model.Dataset, error) {
	var ds model.Dataset
	if err := json.Unmarshal(data, &ds); err != nil || ds.Format != model.FormatName {
		return nil, model.Errorf(CodeNotExport)
	}
	if ds.SchemaVersion > model.SchemaVersion {
		return nil, model.Errorf(model.CodeNewer, "Version", ds.SchemaVersion)
	}
	if ds.SchemaVersion < 1 || ds.Council == nil || ds.Council.ID == "" {
		return nil, model.Errorf(CodeNotExport)
	}
	var bad ImportProblems
	ds.Each(func(r model.Record) {
		if isNilRecord(r) {
			return // CheckDataset names it
		}
		if p := model.Validate(r); len(p) > 0 {
			bad = append(bad, &RecordProblem{Kind: r.RecordKind(), ID: r.RecordMeta().ID, Problems: p})
		}
	})
	for _, e := range model.CheckDataset(&ds) {
		bad = append(bad, e)
	}
	if len(bad) > 0 {
		return &ds, bad
	}
	return &ds, nil
}

// ImportProblems is every problem found in an export, each a
// *RecordProblem or a *model.Error.
type ImportProblems []error

func (p ImportProblems) Error() string { return fmt.Sprintf("%d problems, first: %v", len(p), p[0]) }

// Unwrap lets errors.As find the first problem.
func (p ImportProblems) Unwrap() error { return p[0] }

// RecordProblem names the record whose validation failed.
type RecordProblem struct {
	Kind     model.Kind
	ID       string
	Problems model.Problems
}

func (e *RecordProblem) Error() string {
	return fmt.Sprintf("%s %s: %v", e.Kind, e.ID, e.Problems)
}

func (e *RecordProblem) Unwrap() error { return e.Problems }

// isNilRecord reports whether r is a JSON null in a list of records.
func isNilRecord(r model.Record) bool {
	v := reflect.ValueOf(r)
	return r == nil || v.Kind() == reflect.Pointer && v.IsNil()
}
