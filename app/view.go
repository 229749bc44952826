package app

import (
	"cmp"
	"slices"
	"strings"

	"samverka/model"
)

// view is the open council in memory: what the screens read. It is filled
// once from the file and then kept up to date after every change, so that
// lists and filters never wait for the disk. It holds live records only.
type view struct {
	council         *model.Council
	parts           map[string]*model.Part
	representatives map[string]*model.Representative
	methods         map[string]*model.Method
	situations      map[string]*model.Situation
	problems        map[string]*model.Problem
	causes          map[string]*model.Cause
	meetings        map[string]*model.Meeting
	agreements      map[string]*model.Agreement
	commitments     map[string]*commitmentRow
	// rows holds the commitments in the order the list shows them.
	rows []*commitmentRow
	// followUps are read from the file when a chain screen first needs
	// them (see chain_data.go) and kept up to date from then on.
	followUps followUpCache
}

// commitmentRow is a commitment with its lower-case search key, made once
// per change so that filtering per keystroke only compares strings.
type commitmentRow struct {
	c   *model.Commitment
	key string
}

func newView() *view {
	v := &view{
		parts:           map[string]*model.Part{},
		representatives: map[string]*model.Representative{},
		methods:         map[string]*model.Method{},
		situations:      map[string]*model.Situation{},
		problems:        map[string]*model.Problem{},
		causes:          map[string]*model.Cause{},
		meetings:        map[string]*model.Meeting{},
		agreements:      map[string]*model.Agreement{},
		commitments:     map[string]*commitmentRow{},
	}
	for _, m := range model.BuiltinMethods() {
		v.methods[m.ID] = &m
	}
	return v
}

// viewOf builds a view from a dataset, skipping tombstones.
func viewOf(ds *model.Dataset) *view {
	v := newView()
	v.council = ds.Council
	for _, r := range model.Live(ds.Parts) {
		v.parts[r.ID] = r
	}
	for _, r := range model.Live(ds.Representatives) {
		v.representatives[r.ID] = r
	}
	for _, r := range model.Live(ds.Methods) {
		v.methods[r.ID] = r
	}
	for _, r := range model.Live(ds.Situations) {
		v.situations[r.ID] = r
	}
	for _, r := range model.Live(ds.Problems) {
		v.problems[r.ID] = r
	}
	for _, r := range model.Live(ds.Causes) {
		v.causes[r.ID] = r
	}
	for _, r := range model.Live(ds.Meetings) {
		v.meetings[r.ID] = slimMeeting(r)
	}
	for _, r := range model.Live(ds.Agreements) {
		v.agreements[r.ID] = slimAgreement(r)
	}
	v.rows = make([]*commitmentRow, 0, len(ds.Commitments))
	for _, c := range model.Live(ds.Commitments) {
		row := &commitmentRow{c: c}
		v.commitments[c.ID] = row
		v.rows = append(v.rows, row)
	}
	v.reindex()
	return v
}

// apply puts a changed record into the view; a tombstone leaves it.
func (v *view) apply(r model.Record) {
	live := !r.RecordMeta().Deleted
	id := r.RecordMeta().ID
	switch x := r.(type) {
	case *model.Council:
		v.council = x
	case *model.Part:
		setOrDelete(v.parts, id, x, live)
		v.reindex() // a part's name is part of its commitments' search keys
	case *model.Representative:
		setOrDelete(v.representatives, id, x, live)
		v.reindex()
	case *model.Method:
		setOrDelete(v.methods, id, x, live)
	case *model.Situation:
		setOrDelete(v.situations, id, x, live)
	case *model.Problem:
		setOrDelete(v.problems, id, x, live)
	case *model.Cause:
		setOrDelete(v.causes, id, x, live)
	case *model.Meeting:
		setOrDelete(v.meetings, id, slimMeeting(x), live)
	case *model.Agreement:
		setOrDelete(v.agreements, id, slimAgreement(x), live)
	case *model.FollowUp:
		v.followUps.apply(x, live)
	case *model.Commitment:
		if live {
			if row, ok := v.commitments[id]; ok {
				row.c = x
			} else {
				row = &commitmentRow{c: x}
				v.commitments[id] = row
				v.rows = append(v.rows, row)
			}
		} else if _, ok := v.commitments[id]; ok {
			delete(v.commitments, id)
			v.rows = slices.DeleteFunc(v.rows, func(row *commitmentRow) bool { return row.c.ID == id })
		}
		v.reindex()
	}
}

// slimMeeting is what the lists need of a meeting: its agenda and
// attendance are read when the meeting is opened. With hundreds of
// meetings this halves what the view holds.
func slimMeeting(m *model.Meeting) *model.Meeting {
	c := *m
	c.Agenda, c.Attendance, c.AdjusterIDs = nil, nil, nil
	return &c
}

// slimAgreement is what the lists need of an agreement: its text and the
// copies of its commitments are read when it is opened.
func slimAgreement(a *model.Agreement) *model.Agreement {
	c := *a
	c.Sections, c.Included, c.Annexes, c.Promises = model.Sections{}, nil, nil, nil
	return &c
}

func setOrDelete[T any](m map[string]T, id string, r T, live bool) {
	if live {
		m[id] = r
	} else {
		delete(m, id)
	}
}

// reindex renews every commitment's search key and sorts the rows: the
// open commitments before the done and cancelled ones, each by due date
// (undated last), then by title.
func (v *view) reindex() {
	for _, row := range v.rows {
		row.key = v.searchKey(row.c)
	}
	slices.SortFunc(v.rows, func(a, b *commitmentRow) int {
		if ao, bo := a.c.Status.Open(), b.c.Status.Open(); ao != bo {
			if ao {
				return -1
			}
			return 1
		}
		if (a.c.Due == "") != (b.c.Due == "") {
			if a.c.Due == "" {
				return 1
			}
			return -1
		}
		return cmp.Or(cmp.Compare(a.c.Due, b.c.Due), cmp.Compare(a.c.Title, b.c.Title), cmp.Compare(a.c.ID, b.c.ID))
	})
}

func (v *view) searchKey(c *model.Commitment) string {
	var b strings.Builder
	b.WriteString(c.Title)
	b.WriteByte('\n')
	b.WriteString(c.Description)
	b.WriteByte('\n')
	if p := v.parts[c.PartID]; p != nil {
		b.WriteString(p.Name)
		b.WriteByte('\n')
	}
	if r := v.representatives[c.ContactID]; r != nil {
		b.WriteString(r.Name)
		b.WriteByte('\n')
	}
	if m := v.methods[c.MethodID]; m != nil {
		b.WriteString(m.Name)
		b.WriteByte('\n')
	}
	b.WriteString(c.Goal.Indicator)
	return strings.ToLower(b.String())
}

// partsSorted returns the live parts ordered by kind, then name.
func (v *view) partsSorted() []*model.Part {
	list := mapValues(v.parts)
	slices.SortFunc(list, func(a, b *model.Part) int {
		return cmp.Or(cmp.Compare(slices.Index(model.PartKinds, a.Kind), slices.Index(model.PartKinds, b.Kind)),
			cmp.Compare(strings.ToLower(a.Name), strings.ToLower(b.Name)), cmp.Compare(a.ID, b.ID))
	})
	return list
}

// partsByName returns the live parts ordered by name.
func (v *view) partsByName() []*model.Part {
	list := mapValues(v.parts)
	slices.SortFunc(list, func(a, b *model.Part) int {
		return cmp.Or(cmp.Compare(strings.ToLower(a.Name), strings.ToLower(b.Name)), cmp.Compare(a.ID, b.ID))
	})
	return list
}

// representativesOf returns the part's live representatives by name.
func (v *view) representativesOf(partID string) []*model.Representative {
	var list []*model.Representative
	for _, r := range v.representatives {
		if r.PartID == partID {
			list = append(list, r)
		}
	}
	slices.SortFunc(list, func(a, b *model.Representative) int {
		return cmp.Or(cmp.Compare(a.Name, b.Name), cmp.Compare(a.ID, b.ID))
	})
	return list
}

// methodsSorted returns the built-in and the council's methods by name.
func (v *view) methodsSorted() []*model.Method {
	list := mapValues(v.methods)
	slices.SortFunc(list, func(a, b *model.Method) int {
		return cmp.Or(cmp.Compare(a.Name, b.Name), cmp.Compare(a.ID, b.ID))
	})
	return list
}

// problemsSorted returns the problems by rank, then title.
func (v *view) problemsSorted() []*model.Problem {
	list := mapValues(v.problems)
	slices.SortFunc(list, func(a, b *model.Problem) int {
		return cmp.Or(cmp.Compare(a.Rank, b.Rank), cmp.Compare(a.Title, b.Title), cmp.Compare(a.ID, b.ID))
	})
	return list
}

// causesOf returns the problem's causes by number.
func (v *view) causesOf(problemID string) []*model.Cause {
	var list []*model.Cause
	for _, c := range v.causes {
		if c.ProblemID == problemID {
			list = append(list, c)
		}
	}
	slices.SortFunc(list, func(a, b *model.Cause) int {
		return cmp.Or(cmp.Compare(a.Number, b.Number), cmp.Compare(a.ID, b.ID))
	})
	return list
}

// meetingsSorted returns the meetings, the latest first.
func (v *view) meetingsSorted() []*model.Meeting {
	list := mapValues(v.meetings)
	slices.SortFunc(list, func(a, b *model.Meeting) int {
		return cmp.Or(cmp.Compare(b.Date, a.Date), cmp.Compare(b.StartTime, a.StartTime), cmp.Compare(a.ID, b.ID))
	})
	return list
}

// agreementsSorted returns the agreements, the latest period first.
func (v *view) agreementsSorted() []*model.Agreement {
	list := mapValues(v.agreements)
	slices.SortFunc(list, func(a, b *model.Agreement) int {
		return cmp.Or(cmp.Compare(b.From, a.From), cmp.Compare(a.Title, b.Title), cmp.Compare(b.Version, a.Version), cmp.Compare(a.ID, b.ID))
	})
	return list
}

func mapValues[T any](m map[string]T) []T {
	list := make([]T, 0, len(m))
	for _, r := range m {
		list = append(list, r)
	}
	return list
}

// partName returns the part's name, or a dash when it is gone.
func (v *view) partName(id string) string {
	if p := v.parts[id]; p != nil {
		return p.Name
	}
	if id == "" {
		return "—"
	}
	return tr("part.retired")
}
