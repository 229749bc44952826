package model

import (
	"strconv"
	"strings"
)

// The longest texts a field may hold, counted in characters. Names and
// titles are printed on one line; free text may be several pages.
const (
	MaxName = 200
	MaxText = 10000
)

// textField is one free-text field of a record: what a person typed, as
// opposed to ids, dates, choices and contact details. Validation checks
// their length and presence; the privacy guard reads every one of them.
type textField struct {
	Field    string // the JSON path, e.g. "parties[1].signerName"
	Text     string
	Max      int
	Required bool
}

// texts collects a record's free-text fields.
type texts []textField

func (t *texts) add(field, text string, max int) {
	*t = append(*t, textField{Field: field, Text: text, Max: max})
}

func (t *texts) need(field, text string, max int) {
	*t = append(*t, textField{Field: field, Text: text, Max: max, Required: true})
}

// freeTexts lists every free-text field of r. A field added to a record
// type that a person types into must be added here, or the privacy guard
// never sees it; TestEveryTextFieldIsGuarded fails until it is.
func freeTexts(r Record) []textField {
	var t texts
	switch v := r.(type) {
	case *Council:
		t.need("name", v.Name, MaxName)
		t.add("district", v.District, MaxName)
		t.add("chair", v.Chair, MaxName)
		t.add("secretary", v.Secretary, MaxName)
		t.add("notes", v.Notes, MaxText)
	case *Part:
		t.need("name", v.Name, MaxName)
		t.add("legalName", v.LegalName, MaxName)
		t.add("through", v.Through, MaxName)
		t.add("address", v.Address, MaxName)
		t.add("notes", v.Notes, MaxText)
	case *Representative:
		t.need("name", v.Name, MaxName)
		t.add("title", v.Title, MaxName)
	case *Method:
		t.need("name", v.Name, MaxName)
		t.add("description", v.Description, MaxText)
	case *Situation:
		t.need("title", v.Title, MaxName)
		t.add("area", v.Area, MaxName)
		t.add("summary", v.Summary, MaxText)
		for i, s := range v.SourcesUsed {
			t.add(index("sourcesUsed", i), s, MaxText)
		}
		for i, s := range v.SourcesLeftOut {
			t.add(index("sourcesLeftOut", i), s, MaxText)
		}
		t.add("limitations", v.Limitations, MaxText)
		situationTexts(&t, v)
	case *Problem:
		t.need("title", v.Title, MaxName)
		t.add("what", v.What, MaxText)
		t.add("where", v.Where, MaxText)
		t.add("when", v.When, MaxText)
		t.add("affected", v.Affected, MaxText)
		t.add("consequences", v.Consequences, MaxText)
		v.Marking.texts(&t, "")
		for i, g := range v.EffectGoals {
			f := index("effectGoals", i) + "."
			t.need(f+"indicator", g.Indicator, MaxText)
			t.add(f+"unit", g.Unit, MaxName)
			t.add(f+"table", g.Table, MaxName)
			t.add(f+"row", g.Row, MaxName)
		}
	case *Cause:
		t.need("description", v.Description, MaxText)
		v.Marking.texts(&t, "")
	case *ActionPlan:
		planTexts(&t, v)
	case *Commitment:
		t.need("title", v.Title, MaxName)
		t.add("description", v.Description, MaxText)
		t.add("goal.indicator", v.Goal.Indicator, MaxText)
		t.add("goal.baseline", v.Goal.Baseline, MaxText)
		t.add("goal.target", v.Goal.Target, MaxText)
		for i, m := range v.Milestones {
			f := index("milestones", i) + "."
			t.need(f+"title", m.Title, MaxName)
			t.add(f+"target", m.Target, MaxText)
		}
	case *ReportText:
		t.add("summary", v.Summary, MaxText)
		t.add("analysis", v.Analysis, MaxText)
		t.add("proposals", v.Proposals, MaxText)
	case *FollowUp:
		t.add("comment", v.Comment, MaxText)
	case *Meeting:
		meetingTexts(&t, v)
	case *Agreement:
		agreementTexts(&t, v)
	case *Dialogue:
		dialogueTexts(&t, v)
	case *Deadline:
		deadlineTexts(&t, v)
	case *Signature:
		t.need("signerName", v.SignerName, MaxName)
		t.add("signerTitle", v.SignerTitle, MaxName)
		t.add("organisation", v.Organisation, MaxName)
		t.add("place", v.Place, MaxName)
	}
	return t
}

func meetingTexts(t *texts, m *Meeting) {
	t.add("number", m.Number, MaxName)
	t.add("place", m.Place, MaxName)
	for i, it := range m.Agenda {
		f := index("agenda", i) + "."
		t.need(f+"title", it.Title, MaxName)
		t.add(f+"presenter", it.Presenter, MaxName)
		t.add(f+"notes", it.Notes, MaxText)
		it.Marking.texts(t, f)
		for j, d := range it.Decisions {
			t.need(index(f+"decisions", j)+".text", d.Text, MaxText)
		}
	}
	for i, a := range m.Attendance {
		f := index("attendance", i) + "."
		t.add(f+"guestName", a.GuestName, MaxName)
		t.add(f+"guestOrg", a.GuestOrg, MaxName)
	}
}

func agreementTexts(t *texts, a *Agreement) {
	t.need("title", a.Title, MaxName)
	for i, p := range a.Parties {
		f := index("parties", i) + "."
		t.add(f+"organisation", p.Organisation, MaxName)
		t.add(f+"signerName", p.SignerName, MaxName)
		t.add(f+"signerTitle", p.SignerTitle, MaxName)
		t.add(f+"through", p.Through, MaxName)
		t.add(f+"caseNumber", p.CaseNumber, MaxName)
	}
	for i, c := range a.Clauses {
		f := index("clauses", i) + "."
		t.add(f+"title", c.Title, MaxName)
		t.add(f+"text", c.Text, MaxText)
	}
	t.add("frame.title", a.Frame.Title, MaxName)
	t.add("replaces.title", a.Replaces.Title, MaxName)
	s := a.Sections
	t.add("sections.problems", s.Problems, MaxText)
	t.add("sections.causes", s.Causes, MaxText)
	t.add("sections.goals", s.Goals, MaxText)
	t.add("sections.documentation", s.Documentation, MaxText)
	t.add("sections.followUp", s.FollowUp, MaxText)
	t.add("sections.background", s.Background, MaxText)
	for i, c := range a.Included {
		f := index("included", i) + "."
		t.add(f+"part", c.Part, MaxName)
		t.add(f+"title", c.Title, MaxName)
		t.add(f+"description", c.Description, MaxText)
		t.add(f+"contact", c.Contact, MaxName)
		t.add(f+"indicator", c.Indicator, MaxText)
		t.add(f+"target", c.Target, MaxText)
		for j, n := range c.Contributors {
			t.add(index(f+"contributors", j), n, MaxName)
		}
		t.add(f+"subArea", c.SubArea, MaxName)
	}
	for i, x := range a.FollowUpPlan.Rows {
		f := index("followUpPlan.rows", i) + "."
		t.add(f+"number", x.Number, MaxName)
		for j, w := range x.What {
			t.add(index(f+"what", j), w, MaxText)
		}
	}
	for i, x := range a.Annexes {
		f := index("annexes", i) + "."
		t.need(f+"title", x.Title, MaxName)
		t.add(f+"description", x.Description, MaxText)
	}
	for i, p := range a.Promises {
		f := index("promises", i) + "."
		t.need(f+"text", p.Text, MaxText)
		t.add(f+"quantity", p.Quantity, MaxName)
		t.add(f+"expectedEffect", p.ExpectedEffect, MaxText)
	}
}

// index returns the path of element i of the list field, "parties[1]".
func index(field string, i int) string {
	return field + "[" + strconv.Itoa(i) + "]"
}

// FieldKey returns the translation key that names a problem's field:
// "field." and the field's JSON path without list positions, so
// "parties[1].signerName" is named by "field.parties.signerName".
func FieldKey(field string) string {
	var b strings.Builder
	b.WriteString("field.")
	skip := false
	for _, c := range field {
		switch {
		case c == '[':
			skip = true
		case c == ']':
			skip = false
		case !skip:
			b.WriteRune(c)
		}
	}
	return b.String()
}

// FieldRow returns the 1-based position of the outermost list element a
// problem's field lies in ("parties[1].signerName" gives 2), or 0 when the
// field is not inside a list, so that a message can say which row.
func FieldRow(field string) int {
	open := strings.IndexByte(field, '[')
	end := strings.IndexByte(field, ']')
	if open < 0 || end < open {
		return 0
	}
	n, err := strconv.Atoi(field[open+1 : end])
	if err != nil {
		return 0
	}
	return n + 1
}
