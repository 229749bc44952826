package exchange

import (
	"strconv"

	"samverka/assets"
	"samverka/model"
)

// column is one column of an exchanged list: its header (a translation
// key), the record field validation names it by, and how its cells are
// written and read. A column without set is written only: import skips
// it.
type column struct {
	key   string // translation key of the header
	field string // the record field, as model.Error's Field names it
	kind  cellKind
	get   func(r model.Record, x *names, lang string) string
	set   func(st *rowState, v, lang string) *model.Error
}

// header returns the column's header in lang.
func (c *column) header(lang string) string { return assets.Message(lang, c.key, nil) }

// rowState is one row being read: the record, and the references the
// row names, which are resolved once every cell is read.
type rowState struct {
	rec              model.Record
	partName, partID *string // nil when the file has no such column
	contact          *string
	method           *string
}

// columns returns the columns of list k, in the order they are written.
func columns(k model.Kind) []*column {
	switch k {
	case model.KindPart:
		return partColumns
	case model.KindRepresentative:
		return representativeColumns
	case model.KindCommitment:
		return commitmentColumns
	case model.KindFollowUp:
		return followUpColumns
	}
	return nil
}

var idColumn = &column{key: "exchange.col.id", field: "id",
	get: func(r model.Record, _ *names, _ string) string { return r.RecordMeta().ID }}

var partColumns = []*column{
	idColumn,
	text("exchange.col.name", "name", func(p *model.Part) *string { return &p.Name }),
	pick("exchange.col.partKind", "kind", partKinds, func(p *model.Part) *model.PartKind { return &p.Kind }),
	orgNumber(),
	flag("exchange.col.signing", "signing", func(p *model.Part) *bool { return &p.Signing }),
	text("exchange.col.address", "address", func(p *model.Part) *string { return &p.Address }),
	text("exchange.col.notes", "notes", func(p *model.Part) *string { return &p.Notes }),
}

var representativeColumns = []*column{
	idColumn,
	partName(func(r model.Record) string { return r.(*model.Representative).PartID }),
	partID(func(r model.Record) string { return r.(*model.Representative).PartID }),
	text("exchange.col.name", "name", func(p *model.Representative) *string { return &p.Name }),
	text("exchange.col.title", "title", func(p *model.Representative) *string { return &p.Title }),
	text("exchange.col.email", "email", func(p *model.Representative) *string { return &p.Email }),
	text("exchange.col.phone", "phone", func(p *model.Representative) *string { return &p.Phone }),
	pick("exchange.col.role", "role", roles, func(p *model.Representative) *model.CouncilRole { return &p.Role }),
	flag("exchange.col.maySign", "maySign", func(p *model.Representative) *bool { return &p.MaySign }),
	date("exchange.col.validFrom", "validFrom", func(p *model.Representative) *model.Date { return &p.ValidFrom }),
	date("exchange.col.validTo", "validTo", func(p *model.Representative) *model.Date { return &p.ValidTo }),
}

var commitmentColumns = []*column{
	idColumn,
	text("exchange.col.measure", "title", func(c *model.Commitment) *string { return &c.Title }),
	text("exchange.col.description", "description", func(c *model.Commitment) *string { return &c.Description }),
	partName(func(r model.Record) string { return r.(*model.Commitment).PartID }),
	partID(func(r model.Record) string { return r.(*model.Commitment).PartID }),
	{key: "exchange.col.contact", field: "contactId",
		get: func(r model.Record, x *names, _ string) string { return x.person[r.(*model.Commitment).ContactID] },
		set: func(st *rowState, v, _ string) *model.Error { st.contact = &v; return nil }},
	area(),
	{key: "exchange.col.method", field: "methodId",
		get: func(r model.Record, x *names, _ string) string { return x.method[r.(*model.Commitment).MethodID] },
		set: func(st *rowState, v, _ string) *model.Error { st.method = &v; return nil }},
	text("exchange.col.indicator", "goal.indicator", func(c *model.Commitment) *string { return &c.Goal.Indicator }),
	text("exchange.col.baseline", "goal.baseline", func(c *model.Commitment) *string { return &c.Goal.Baseline }),
	text("exchange.col.target", "goal.target", func(c *model.Commitment) *string { return &c.Goal.Target }),
	date("exchange.col.goalDate", "goal.date", func(c *model.Commitment) *model.Date { return &c.Goal.Date }),
	date("exchange.col.start", "start", func(c *model.Commitment) *model.Date { return &c.Start }),
	date("exchange.col.due", "due", func(c *model.Commitment) *model.Date { return &c.Due }),
	flag("exchange.col.oneOff", "oneOff", func(c *model.Commitment) *bool { return &c.OneOff }),
	// The status follows the follow-ups; it is shown, not imported.
	{key: "exchange.col.status", field: "status", kind: cellChoice,
		get: func(r model.Record, _ *names, lang string) string {
			s := r.(*model.Commitment).Status
			if s == "" {
				s = model.StatusPlanned
			}
			return statuses.label(string(s), lang)
		}},
	outcomeColumns[0], outcomeColumns[1], outcomeColumns[2], outcomeColumns[3],
	outcomeColumns[4], outcomeColumns[5], outcomeColumns[6], outcomeColumns[7],
}

func text[T model.Record](key, field string, at func(T) *string) *column {
	return &column{key: key, field: field, kind: cellText,
		get: func(r model.Record, _ *names, _ string) string { return *at(r.(T)) },
		set: func(st *rowState, v, _ string) *model.Error { *at(st.rec.(T)) = v; return nil }}
}

func date[T model.Record](key, field string, at func(T) *model.Date) *column {
	return &column{key: key, field: field, kind: cellDate,
		get: func(r model.Record, _ *names, _ string) string { return string(*at(r.(T))) },
		set: func(st *rowState, v, _ string) *model.Error {
			d, err := parseDate(v)
			if err == nil {
				*at(st.rec.(T)) = d
			}
			return err
		}}
}

func flag[T model.Record](key, field string, at func(T) *bool) *column {
	return &column{key: key, field: field, kind: cellYesNo,
		get: func(r model.Record, _ *names, lang string) string { return yesNo(*at(r.(T)), lang) },
		set: func(st *rowState, v, _ string) *model.Error {
			b, ok := parseYesNo(v)
			if !ok {
				return model.Errorf(CodeYesNo)
			}
			*at(st.rec.(T)) = b
			return nil
		}}
}

func pick[T model.Record, V ~string](key, field string, ch choice, at func(T) *V) *column {
	return &column{key: key, field: field, kind: cellChoice,
		get: func(r model.Record, _ *names, lang string) string { return ch.label(string(*at(r.(T))), lang) },
		set: func(st *rowState, v, lang string) *model.Error {
			s, err := ch.parse(v, lang)
			if err == nil {
				*at(st.rec.(T)) = V(s)
			}
			return err
		}}
}

func orgNumber() *column {
	c := text("exchange.col.orgNumber", "orgNumber", func(p *model.Part) *string { return &p.OrgNumber })
	set := c.set
	c.set = func(st *rowState, v, lang string) *model.Error { return set(st, model.NormalizeOrgNumber(v), lang) }
	return c
}

func area() *column {
	return &column{key: "exchange.col.area", field: "area", kind: cellChoice,
		get: func(r model.Record, _ *names, lang string) string {
			a := r.(*model.Commitment).Area
			if !a.Valid() {
				return ""
			}
			return areas.label(strconv.Itoa(int(a)), lang)
		},
		set: func(st *rowState, v, lang string) *model.Error {
			s, err := areas.parse(v, lang)
			if err != nil {
				return err
			}
			n, _ := strconv.Atoi(s)
			st.rec.(*model.Commitment).Area = model.Area(n)
			return nil
		}}
}

func partName(id func(model.Record) string) *column {
	return &column{key: "exchange.col.part", field: "partId",
		get: func(r model.Record, x *names, _ string) string { return x.part[id(r)] },
		set: func(st *rowState, v, _ string) *model.Error { st.partName = &v; return nil }}
}

func partID(id func(model.Record) string) *column {
	return &column{key: "exchange.col.partId", field: "partId",
		get: func(r model.Record, _ *names, _ string) string { return id(r) },
		set: func(st *rowState, v, _ string) *model.Error { st.partID = &v; return nil }}
}

// names maps ids to the names an export writes for them.
type names struct {
	part, person, method map[string]string
	outcomeNames
}

func newNames(ds *model.Dataset) *names {
	x := &names{part: map[string]string{}, person: map[string]string{}, method: map[string]string{}}
	for _, p := range ds.Parts {
		x.part[p.ID] = p.Name
	}
	for _, r := range ds.Representatives {
		x.person[r.ID] = r.Name
	}
	for _, m := range model.BuiltinMethods() {
		x.method[m.ID] = m.Name
	}
	for _, m := range ds.Methods {
		x.method[m.ID] = m.Name
	}
	return x
}
