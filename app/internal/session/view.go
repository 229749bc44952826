package session

import (
	"cmp"
	"slices"
	"strings"

	"samverka/model"
)

// View is the open council in memory: what the screens read. It is filled
// once from the file and then kept up to date after every change, so that
// lists and filters never wait for the disk. It holds live records only.
type View struct {
	Council         *model.Council
	Parts           map[string]*model.Part
	Representatives map[string]*model.Representative
	Methods         map[string]*model.Method
	Situations      map[string]*model.Situation
	Problems        map[string]*model.Problem
	Causes          map[string]*model.Cause
	Meetings        map[string]*model.Meeting
	Agreements      map[string]*model.Agreement
	Commitments     map[string]*CommitmentRow
	// Rows holds the commitments in the order the list shows them.
	Rows []*CommitmentRow
	// FollowUps are read from the file when a chain screen first needs
	// them (see chain_data.go) and kept up to date from then on.
	FollowUps followUpCache
}

// CommitmentRow is a commitment with its lower-case search key, made once
// per change so that filtering per keystroke only compares strings.
type CommitmentRow struct {
	C   *model.Commitment
	Key string
}

func newView() *View {
	v := &View{
		Parts:           map[string]*model.Part{},
		Representatives: map[string]*model.Representative{},
		Methods:         map[string]*model.Method{},
		Situations:      map[string]*model.Situation{},
		Problems:        map[string]*model.Problem{},
		Causes:          map[string]*model.Cause{},
		Meetings:        map[string]*model.Meeting{},
		Agreements:      map[string]*model.Agreement{},
		Commitments:     map[string]*CommitmentRow{},
	}
	for _, m := range model.BuiltinMethods() {
		v.Methods[m.ID] = &m
	}
	return v
}

// ViewOf builds a view from a dataset, skipping tombstones.
func ViewOf(ds *model.Dataset) *View {
	v := newView()
	v.Council = ds.Council
	for _, r := range model.Live(ds.Parts) {
		v.Parts[r.ID] = r
	}
	for _, r := range model.Live(ds.Representatives) {
		v.Representatives[r.ID] = r
	}
	for _, r := range model.Live(ds.Methods) {
		v.Methods[r.ID] = r
	}
	for _, r := range model.Live(ds.Situations) {
		v.Situations[r.ID] = r
	}
	for _, r := range model.Live(ds.Problems) {
		v.Problems[r.ID] = r
	}
	for _, r := range model.Live(ds.Causes) {
		v.Causes[r.ID] = r
	}
	for _, r := range model.Live(ds.Meetings) {
		v.Meetings[r.ID] = slimMeeting(r)
	}
	for _, r := range model.Live(ds.Agreements) {
		v.Agreements[r.ID] = slimAgreement(r)
	}
	v.Rows = make([]*CommitmentRow, 0, len(ds.Commitments))
	for _, c := range model.Live(ds.Commitments) {
		row := &CommitmentRow{C: c}
		v.Commitments[c.ID] = row
		v.Rows = append(v.Rows, row)
	}
	v.reindex()
	return v
}

// apply puts a changed record into the view; a tombstone leaves it.
func (v *View) apply(r model.Record) {
	live := !r.RecordMeta().Deleted
	id := r.RecordMeta().ID
	switch x := r.(type) {
	case *model.Council:
		v.Council = x
	case *model.Part:
		setOrDelete(v.Parts, id, x, live)
		v.reindex() // a part's name is part of its commitments' search keys
	case *model.Representative:
		setOrDelete(v.Representatives, id, x, live)
		v.reindex()
	case *model.Method:
		setOrDelete(v.Methods, id, x, live)
	case *model.Situation:
		setOrDelete(v.Situations, id, x, live)
	case *model.Problem:
		setOrDelete(v.Problems, id, x, live)
	case *model.Cause:
		setOrDelete(v.Causes, id, x, live)
	case *model.Meeting:
		setOrDelete(v.Meetings, id, slimMeeting(x), live)
	case *model.Agreement:
		setOrDelete(v.Agreements, id, slimAgreement(x), live)
	case *model.FollowUp:
		v.FollowUps.apply(x, live)
	case *model.Commitment:
		if live {
			if row, ok := v.Commitments[id]; ok {
				row.C = x
			} else {
				row = &CommitmentRow{C: x}
				v.Commitments[id] = row
				v.Rows = append(v.Rows, row)
			}
		} else if _, ok := v.Commitments[id]; ok {
			delete(v.Commitments, id)
			v.Rows = slices.DeleteFunc(v.Rows, func(row *CommitmentRow) bool { return row.C.ID == id })
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
func (v *View) reindex() {
	for _, row := range v.Rows {
		row.Key = v.searchKey(row.C)
	}
	slices.SortFunc(v.Rows, func(a, b *CommitmentRow) int {
		if ao, bo := a.C.Status.Open(), b.C.Status.Open(); ao != bo {
			if ao {
				return -1
			}
			return 1
		}
		if (a.C.Due == "") != (b.C.Due == "") {
			if a.C.Due == "" {
				return 1
			}
			return -1
		}
		return cmp.Or(cmp.Compare(a.C.Due, b.C.Due), cmp.Compare(a.C.Title, b.C.Title), cmp.Compare(a.C.ID, b.C.ID))
	})
}

func (v *View) searchKey(c *model.Commitment) string {
	var b strings.Builder
	b.WriteString(c.Title)
	b.WriteByte('\n')
	b.WriteString(c.Description)
	b.WriteByte('\n')
	if p := v.Parts[c.PartID]; p != nil {
		b.WriteString(p.Name)
		b.WriteByte('\n')
	}
	if r := v.Representatives[c.ContactID]; r != nil {
		b.WriteString(r.Name)
		b.WriteByte('\n')
	}
	if m := v.Methods[c.MethodID]; m != nil {
		b.WriteString(m.Name)
		b.WriteByte('\n')
	}
	b.WriteString(c.Goal.Indicator)
	return strings.ToLower(b.String())
}

// sortedOf returns the records of m that keep accepts (all when keep is
// nil) in order, then by id, so that the order never depends on the map.
func sortedOf[T model.Record](m map[string]T, keep func(T) bool, order func(a, b T) int) []T {
	list := make([]T, 0, len(m))
	for _, r := range m {
		if keep == nil || keep(r) {
			list = append(list, r)
		}
	}
	slices.SortFunc(list, func(a, b T) int {
		return cmp.Or(order(a, b), cmp.Compare(a.RecordMeta().ID, b.RecordMeta().ID))
	})
	return list
}

// byName compares names as a reader sorts them, ignoring case.
func byName(a, b string) int { return cmp.Compare(strings.ToLower(a), strings.ToLower(b)) }

// PartsSorted returns the live parts ordered by kind, then name.
func (v *View) PartsSorted() []*model.Part {
	return sortedOf(v.Parts, nil, func(a, b *model.Part) int {
		return cmp.Or(cmp.Compare(slices.Index(model.PartKinds, a.Kind), slices.Index(model.PartKinds, b.Kind)), byName(a.Name, b.Name))
	})
}

// PartsByName returns the live parts ordered by name.
func (v *View) PartsByName() []*model.Part {
	return sortedOf(v.Parts, nil, func(a, b *model.Part) int { return byName(a.Name, b.Name) })
}

// RepresentativesOf returns the part's live representatives by name.
func (v *View) RepresentativesOf(partID string) []*model.Representative {
	return sortedOf(v.Representatives, func(r *model.Representative) bool { return r.PartID == partID },
		func(a, b *model.Representative) int { return cmp.Compare(a.Name, b.Name) })
}

// MethodsSorted returns the built-in and the council's methods by name.
func (v *View) MethodsSorted() []*model.Method {
	return sortedOf(v.Methods, nil, func(a, b *model.Method) int { return cmp.Compare(a.Name, b.Name) })
}

// ProblemsSorted returns the problems by rank, then title.
func (v *View) ProblemsSorted() []*model.Problem {
	return sortedOf(v.Problems, nil, func(a, b *model.Problem) int {
		return cmp.Or(cmp.Compare(a.Rank, b.Rank), cmp.Compare(a.Title, b.Title))
	})
}

// CausesOf returns the problem's causes by number.
func (v *View) CausesOf(problemID string) []*model.Cause {
	return sortedOf(v.Causes, func(c *model.Cause) bool { return c.ProblemID == problemID },
		func(a, b *model.Cause) int { return cmp.Compare(a.Number, b.Number) })
}

// MeetingsSorted returns the meetings, the latest first.
func (v *View) MeetingsSorted() []*model.Meeting {
	return sortedOf(v.Meetings, nil, func(a, b *model.Meeting) int {
		return cmp.Or(cmp.Compare(b.Date, a.Date), cmp.Compare(b.StartTime, a.StartTime))
	})
}

// AgreementsSorted returns the agreements, the latest period first.
func (v *View) AgreementsSorted() []*model.Agreement {
	return sortedOf(v.Agreements, nil, func(a, b *model.Agreement) int {
		return cmp.Or(cmp.Compare(b.From, a.From), cmp.Compare(a.Title, b.Title), cmp.Compare(b.Version, a.Version))
	})
}

// PartName returns the part's name, or a dash when it is gone.
func (v *View) PartName(id string) string {
	if p := v.Parts[id]; p != nil {
		return p.Name
	}
	if id == "" {
		return "—"
	}
	return Tr("part.retired")
}
