package exchange

import (
	"encoding/json"
	"strings"

	"samverka/assets"
	"samverka/model"
)

// fileRow is one row of a file being imported: its line number and its
// cells, or the error that kept it from being read.
type fileRow struct {
	line  int
	cells []string
	err   error
}

// importer reads the rows of one list against the dataset they go into.
type importer struct {
	kind     model.Kind
	lang     string    // the language of the header, for messages
	cols     []*column // by position in the file; nil for unknown
	headers  []string  // as the file writes them
	existing map[string]model.Record
	parts    map[string]*model.Part   // live parts by id
	byName   map[string][]*model.Part // live parts by folded name
	people   []*model.Representative  // live representatives
	methods  []model.Method           // built-in and the council's own, live
	im       *Import
}

// readRows checks the rows of list k, under header, against ds.
func readRows(k model.Kind, header []string, rows []fileRow, ds *model.Dataset) (*Import, error) {
	x, err := newImporter(k, header, ds)
	if err != nil {
		return nil, err
	}
	seen := map[string]int{} // id → line
	for _, r := range rows {
		x.row(r, seen)
	}
	return x.im, nil
}

func newImporter(k model.Kind, header []string, ds *model.Dataset) (*importer, error) {
	cols := columns(k)
	if cols == nil {
		return nil, model.Errorf(CodeHeader, "List", string(k))
	}
	x := &importer{kind: k, lang: assets.Languages[0], im: &Import{Kind: k}, headers: header,
		existing: map[string]model.Record{}, parts: map[string]*model.Part{}, byName: map[string][]*model.Part{}}
	votes := map[string]int{}
	used := map[*column]bool{}
	for _, h := range header {
		c, lang := matchColumn(cols, h)
		if c != nil && used[c] {
			return nil, model.Errorf(CodeColumnTwice, "Column", strings.TrimSpace(h))
		}
		if c == nil && strings.TrimSpace(h) != "" {
			x.im.Ignored = append(x.im.Ignored, strings.TrimSpace(h))
		}
		if c != nil {
			used[c] = true
			votes[lang]++
		}
		x.cols = append(x.cols, c)
	}
	if len(used) == 0 {
		return nil, model.Errorf(CodeHeader, "List", ListName(k, x.lang))
	}
	if votes["en"] > votes["sv"] {
		x.lang = "en"
	}
	ds.Each(func(r model.Record) {
		if r.RecordKind() == k {
			x.existing[r.RecordMeta().ID] = r
		}
	})
	for _, p := range model.Live(ds.Parts) {
		x.parts[p.ID] = p
		x.byName[fold(p.Name)] = append(x.byName[fold(p.Name)], p)
	}
	x.people = model.Live(ds.Representatives)
	x.methods = model.BuiltinMethods()
	for _, m := range model.Live(ds.Methods) {
		x.methods = append(x.methods, *m)
	}
	return x, nil
}

// matchColumn returns the column header h names, in either language or by
// its short name, and the language it was named in.
func matchColumn(cols []*column, h string) (*column, string) {
	h = fold(strings.TrimPrefix(h, "\ufeff"))
	for _, c := range cols {
		for _, lang := range assets.Languages {
			if h == fold(c.header(lang)) {
				return c, lang
			}
		}
		if h == fold(strings.TrimPrefix(c.key, "exchange.col.")) {
			return c, ""
		}
	}
	return nil, ""
}

// row reads one row into a new or changed record, or rejects it.
func (x *importer) row(r fileRow, seen map[string]int) {
	var errs []RowError
	reject := func(col int, field string, err *model.Error) {
		e := RowError{Line: r.line, Field: field, Err: err}
		if col >= 0 {
			e.Column = strings.TrimSpace(x.headers[col])
		}
		errs = append(errs, e)
	}
	defer func() { x.im.Rejected = append(x.im.Rejected, errs...) }()
	if r.err != nil {
		reject(-1, "", &model.Error{Code: CodeUnreadable, Err: r.err})
		return
	}
	cells := make([]string, len(x.cols))
	blank := true
	for i := range cells {
		if i < len(r.cells) {
			cells[i] = unescapeFormula(strings.TrimSpace(r.cells[i]))
			blank = blank && cells[i] == ""
		}
	}
	if blank {
		return
	}

	st := &rowState{}
	var old model.Record
	id := x.cell(cells, idColumn)
	switch ex, ok := x.existing[id]; {
	case id == "":
		st.rec = model.NewRecord(x.kind)
		if c, ok := st.rec.(*model.Commitment); ok {
			c.Status = model.StatusPlanned
		}
	case !ok || ex.RecordMeta().Deleted:
		reject(x.colIndex(idColumn), "id", model.Errorf(CodeUnknownID, "ID", id))
		return
	case seen[id] > 0:
		reject(x.colIndex(idColumn), "id", model.Errorf(CodeDuplicateID, "Line", seen[id]))
		return
	default:
		seen[id] = r.line
		old, st.rec = ex, clone(ex)
	}

	bad := map[string]bool{}
	for i, c := range x.cols {
		if c == nil || c.set == nil || c == idColumn {
			continue
		}
		if err := c.set(st, cells[i], x.lang); err != nil {
			err.Field = c.field
			reject(i, c.field, err)
			bad[c.field] = true
		}
	}
	if err, col := x.resolve(st); err != nil {
		reject(col, err.Field, err)
		bad[err.Field] = true
	}
	for _, p := range model.Validate(st.rec) {
		if !bad[p.Field] {
			reject(x.colByField(p.Field), p.Field, p)
		}
	}
	if len(errs) > 0 {
		return
	}
	switch {
	case old == nil:
		x.im.New++
	case same(old, st.rec):
		x.im.Unchanged++
		return
	default:
		x.im.Updated++
	}
	x.im.Records = append(x.im.Records, st.rec)
}

// cell returns the row's cell of column c, or "" when the file lacks it.
func (x *importer) cell(cells []string, c *column) string {
	if i := x.colIndex(c); i >= 0 {
		return cells[i]
	}
	return ""
}

func (x *importer) colIndex(c *column) int {
	for i, fc := range x.cols {
		if fc == c {
			return i
		}
	}
	return -1
}

// colByField returns the position of the first column of field, or -1.
func (x *importer) colByField(field string) int {
	for i, c := range x.cols {
		if c != nil && c.field == field {
			return i
		}
	}
	return -1
}

// clone returns a deep copy of r.
func clone(r model.Record) model.Record {
	data, err := json.Marshal(r)
	if err != nil {
		panic(err) // records are plain data
	}
	n := model.NewRecord(r.RecordKind())
	if err := json.Unmarshal(data, n); err != nil {
		panic(err)
	}
	return n
}

// same reports whether a and b hold the same data.
func same(a, b model.Record) bool {
	ja, errA := json.Marshal(a)
	jb, errB := json.Marshal(b)
	return errA == nil && errB == nil && string(ja) == string(jb)
}
