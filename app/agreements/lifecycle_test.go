package agreements

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"samverka/model"

	"samverka/app/internal/session"
	"samverka/app/internal/sessiontest"
)

// openAgreementIn opens the first agreement of the open council in state,
// and returns its editor.
func openAgreementIn(h *sessiontest.Harness, state model.DocState) *agreementEditor {
	h.T.Helper()
	agreementsOf(h)
	a := agreementsOf(h)
	for _, ag := range a.shown {
		if ag.State == state && nextVersionOf(h.S.Doc.View, ag) == nil {
			a.show(ag.ID)
			return a.editor
		}
	}
	h.T.Fatalf("the demo council has no agreement %s", state)
	return nil
}

// TestSealedAgreementCannotBeChanged: every input of a signed agreement is
// disabled and its save buttons are gone; a save forced through the
// editor's save path is refused with the translated message, and the file
// keeps the agreement as it was.
func TestSealedAgreementCannotBeChanged(t *testing.T) {
	h := sessiontest.New(t)
	path := h.DemoFile()
	h.OpenFile(path)
	for _, state := range []model.DocState{model.StateSigned, model.StateForSigning} {
		e := openAgreementIn(h, state)
		before := e.before
		inputs := e.inputs()
		if len(inputs) < 12 {
			t.Fatalf("%s: only %d inputs to lock", state, len(inputs))
		}
		for i, in := range inputs {
			if !in.Disabled() {
				t.Fatalf("%s: input %d (%T) is enabled", state, i, in)
			}
		}
		if e.save.Visible() || e.send.Visible() || e.commitments.pick.Visible() || !e.lockNote.Visible() {
			t.Fatalf("%s: save %v, send %v, pick %v, lock note %v", state, e.save.Visible(), e.send.Visible(), e.commitments.pick.Visible(), e.lockNote.Visible())
		}
		if !e.newVersion.Visible() || e.newVersion.Disabled() || !e.print.Visible() {
			t.Fatalf("%s: no way to a new version or to print", state)
		}
		for _, rm := range e.commitments.removes {
			if rm.Visible() {
				t.Fatalf("%s: a frozen commitment can be removed", state)
			}
		}

		// The fields take text only from code; the save path is still
		// refused, by storage, and says so in Swedish.
		e.title.SetText("Ändrad titel")
		e.sections[2].entry.SetText("Nya mål")
		e.onSave()
		want := session.Tr("error.record.locked", map[string]any{"Label": before.Title})
		if h.Dialog() == nil || h.Dialog().Message() != want || !strings.Contains(want, "är låst") {
			t.Fatalf("%s: forced save not refused with %q", state, want)
		}
		h.Confirm("button.ok")
		stored, err := agreementsOf(h).full(before.ID)
		if err != nil || stored.Title != before.Title || stored.Rev != before.Rev || stored.Sections.Goals != before.Sections.Goals {
			t.Fatalf("%s: the stored agreement changed: %+v %v", state, stored, err)
		}
	}
}

// TestNewVersionReplacesOnSigning makes a new version of a signed
// agreement, changes its goals and has every party sign it: only then is
// the old version marked as replaced. The versions tab lists both and
// shows the changed section.
func TestNewVersionReplacesOnSigning(t *testing.T) {
	h := sessiontest.New(t)
	path := h.DemoFile()
	h.OpenFile(path)
	e := openAgreementIn(h, model.StateSigned)
	old := e.before

	test.Tap(e.newVersion)
	e = agreementsOf(h).editor
	n := e.before
	if n.ID == old.ID || n.PreviousID != old.ID || n.Version != old.Version+1 || n.State != model.StateDraft || n.Fingerprint != "" {
		t.Fatalf("new version %+v", n)
	}
	if e.locked || e.title.Disabled() || !e.save.Visible() {
		t.Fatal("the new version cannot be edited")
	}
	if got := h.S.Doc.View.Agreements[old.ID].State; got != model.StateSigned {
		t.Fatalf("the old version is %s while its successor is a draft", got)
	}

	// "Ny version" again on the old one opens the draft, not a second one.
	agreementsOf(h).show(old.ID)
	test.Tap(agreementsOf(h).editor.newVersion)
	h.Confirm("button.ok")
	if agreementsOf(h).editor.before.ID != n.ID || len(versionsOf(h.S.Doc.View, old)) != len(versionsOf(h.S.Doc.View, n)) {
		t.Fatal("a second new version was made")
	}

	e = agreementsOf(h).editor
	goals := e.sections[2]
	goals.entry.SetText("")
	test.Type(goals.entry, "Halvera antalet anmälda rån vid torget till 2027.")
	test.Tap(e.save)
	test.Tap(e.send)
	h.Confirm("agreement.edit.send")
	e = agreementsOf(h).editor
	for _, p := range e.before.SigningParties() {
		if got := h.S.Doc.View.Agreements[old.ID].State; got != model.StateSigned {
			t.Fatalf("the old version is %s before the new one is signed", got)
		}
		signWithPad(h, e.signing, p.PartID, 1)
		e = agreementsOf(h).editor
	}
	h.Confirm("button.ok")
	if e.before.State != model.StateSigned {
		t.Fatalf("the new version is %s", e.before.State)
	}
	replaced, err := agreementsOf(h).full(old.ID)
	if err != nil || replaced.State != model.StateSuperseded || replaced.SupersededBy != n.ID || replaced.Fingerprint != old.Fingerprint {
		t.Fatalf("old version after signing the new: %+v %v", replaced, err)
	}

	// The versions tab: both versions, and the goals compared.
	e.showTab(e.versions.content)
	v := e.versions
	if len(v.versions) < 2 || v.from.ID() != old.ID || v.to.ID() != n.ID {
		t.Fatalf("versions %d, comparing %s with %s", len(v.versions), v.from.ID(), v.to.ID())
	}
	section := diffSection(v, session.Tr("field.sections.goals"))
	if len(section) == 0 {
		t.Fatalf("the goals are not shown as changed: %v", diffTexts(v))
	}
	var added, removed bool
	for _, row := range section {
		switch {
		case row.text == "+ Halvera antalet anmälda rån vid torget till 2027." && row.fill == addedBackground:
			added = true
		case strings.HasPrefix(row.text, "− ") && row.fill == removedBackground:
			removed = true
		}
	}
	if !added || !removed {
		t.Fatalf("goals compared as %+v", section)
	}
	if diffSection(v, session.Tr("field.title")) != nil {
		t.Fatal("the unchanged title is shown as changed")
	}
	if texts := diffTexts(v); !strings.Contains(texts[len(texts)-1], session.Tr("field.title")) {
		t.Fatalf("unchanged sections not named: %q", texts[len(texts)-1])
	}
}

// TestSwitchingSavesTheDraft: choosing another agreement saves the edits
// of the draft on screen; edits that cannot be saved keep the draft open
// with the problem beside the field.
func TestSwitchingSavesTheDraft(t *testing.T) {
	h := sessiontest.New(t)
	h.OpenFile(h.DemoFile())
	e := openAgreementIn(h, model.StateDraft)
	draft := e.before
	a := agreementsOf(h)
	other := a.shown[0]
	if other.ID == draft.ID {
		other = a.shown[1]
	}
	test.Type(e.sections[4].entry, " Och i rådets årsrapport.")
	a.list.Select(a.row(other.ID))
	if a.editor.before.ID != other.ID {
		t.Fatal("the other agreement is not shown")
	}
	stored, err := a.full(draft.ID)
	if err != nil || !strings.Contains(stored.Sections.FollowUp, "Och i rådets årsrapport.") {
		t.Fatalf("the draft's edit was not saved: %q %v", stored.Sections.FollowUp, err)
	}

	a.show(draft.ID)
	e = a.editor
	e.to.SetText("2020-01-01")
	a.list.Select(a.row(other.ID))
	if a.editor != e || e.form.Problem("to") != session.Tr("error.date.order", map[string]any{"From": string(draft.From)}) {
		t.Fatalf("a draft that cannot be saved was left: problem %q", e.form.Problem("to"))
	}
	if a.list.Length() == 0 || a.row(draft.ID) < 0 {
		t.Fatal("the draft is not in the list")
	}
}

// diffRow is a line of the comparison as shown: its text and background.
type diffRow struct {
	text string
	fill any
}

// diffSection returns the lines shown under the heading title, nil when
// the section is not shown.
func diffSection(v *agreementVersions, title string) []diffRow {
	var rows []diffRow
	in := false
	for _, o := range v.diff.Objects {
		switch x := o.(type) {
		case *widget.Label:
			if in && x.TextStyle.Bold {
				return rows
			}
			in = x.TextStyle.Bold && x.Text == title
		case *fyne.Container:
			if in {
				rows = append(rows, diffRow{text: x.Objects[1].(*widget.Label).Text, fill: x.Objects[0].(*canvas.Rectangle).FillColor})
			}
		}
	}
	return rows
}

func diffTexts(v *agreementVersions) []string {
	var out []string
	for _, o := range v.diff.Objects {
		out = append(out, sessiontest.ObjectText(o))
	}
	return out
}

func TestLineDiff(t *testing.T) {
	got := lineDiff([]string{"a", "b", "c"}, []string{"a", "x", "c", "d"})
	want := []diffLine{{' ', "a"}, {'-', "b"}, {'+', "x"}, {' ', "c"}, {'+', "d"}}
	if len(got) != len(want) {
		t.Fatalf("diff %v", got)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("diff %v, want %v", got, want)
		}
	}
	if d := lineDiff(nil, nil); len(d) != 0 {
		t.Fatalf("diff of nothing: %v", d)
	}
}

// TestReadOnlyFileLocksAgreements: in a file opened read-only, a draft's
// inputs are disabled, and nobody can sign or start a new version.
func TestReadOnlyFileLocksAgreements(t *testing.T) {
	h := sessiontest.New(t)
	path := h.DemoFile()
	opt := h.Options().Storage
	opt.ReadOnly = true
	h.OpenWith(path, opt)
	if h.S.Doc == nil || !h.S.ReadOnly() {
		t.Fatal("the file is not open read-only")
	}
	e := openAgreementIn(h, model.StateDraft)
	for i, in := range e.inputs() {
		if !in.Disabled() {
			t.Fatalf("input %d (%T) of a draft is enabled in a read-only file", i, in)
		}
	}
	if e.save.Visible() || e.send.Visible() {
		t.Fatal("a read-only file offers to save or send the draft")
	}
	if !agreementsOf(h).add.Disabled() {
		t.Fatal("a read-only file offers a new agreement")
	}
	e = openAgreementIn(h, model.StateForSigning)
	if !e.newVersion.Disabled() {
		t.Fatal("a read-only file offers a new version")
	}
	e.signing.refresh()
	if len(e.signing.signs) == 0 {
		t.Fatal("no party left to sign in the demo agreement")
	}
	for _, b := range e.signing.signs {
		if !b.Disabled() {
			t.Fatal("a read-only file lets a party sign")
		}
	}
}
