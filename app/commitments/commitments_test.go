package commitments

import (
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"samverka/app/internal/session"
	"samverka/app/internal/sessiontest"
	"samverka/model"
	"samverka/storage"
)

// TestNewCommitment adds a commitment in the editor, with a due date in
// the wrong form first, then reopens the file and finds it.
func TestNewCommitment(t *testing.T) {
	h := sessiontest.New(t)
	path := filepath.Join(h.Dir, "Rådet.samverka")
	d, err := storage.Create(path, &model.Council{Name: "Brottsförebyggande rådet i Testby"}, h.StorageOptions("Setup", "SETUP-PC"))
	if err != nil {
		t.Fatal(err)
	}
	if err := d.Close(); err != nil {
		t.Fatal(err)
	}
	h.OpenFile(path)
	part := &model.Part{Name: "Fryshuset", Kind: model.PartAssociation}
	if !h.S.Save(nil, "", nil, part) {
		t.Fatalf("part refused: %s", h.Dialog())
	}
	rep := &model.Representative{PartID: part.ID, Name: "Anna Andersson", Role: model.RoleMember}
	if !h.S.Save(nil, "", nil, rep) {
		t.Fatalf("representative refused: %s", h.Dialog())
	}

	// A commitment, with a date in the wrong form first.
	c := commitmentsOf(h)
	test.Tap(c.add)
	ed := c.editor
	test.Type(ed.title, "Nattvandring i centrum")
	test.Type(ed.description, "Vuxna vandrar fredagar och lördagar kl. 21–01.")
	ed.part.Sel.SetSelected("Fryshuset")
	ed.contact.Sel.SetSelected("Anna Andersson")
	ed.area.Sel.SetSelected(session.Tr(model.AreaCivilSociety.Key()))
	ed.method.Sel.SetSelected("Nattvandring")
	test.Type(ed.indicator, "Antal vandringar")
	test.Type(ed.target, "40 per år")
	ed.due.SetText("")
	test.Type(ed.due, "2026-13-01")
	test.Tap(ed.save)
	if ed.form.Problem("due") != session.Tr("error.date.invalid") {
		t.Fatalf("due date problem %q", ed.form.Problem("due"))
	}
	ed.due.SetText("2026-06-30")
	test.Tap(ed.save)
	if ed.form.Problem("due") != "" || ed.form.General.Text != "" {
		t.Fatalf("problems left: %q %q", ed.form.Problem("due"), ed.form.General.Text)
	}
	rows := sessiontest.ListTexts(c.list)
	if len(rows) != 1 || !strings.HasPrefix(rows[0], "Nattvandring i centrum | Fryshuset | 2026-06-30 | Planerad") {
		t.Fatalf("commitment rows %q", rows)
	}
	if c.count.Text != "1 av 1 åtaganden" {
		t.Fatalf("count %q", c.count.Text)
	}

	h.Reopen(path)
	if rows := sessiontest.ListTexts(commitmentsOf(h).list); len(rows) != 1 || !strings.HasPrefix(rows[0], "Nattvandring i centrum | Fryshuset") {
		t.Fatalf("rows after reopening %q", rows)
	}
	ds := h.Stored(path)
	cm := ds.Commitments[0]
	if cm.Title != "Nattvandring i centrum" || cm.PartID != part.ID || cm.ContactID != rep.ID ||
		cm.Area != model.AreaCivilSociety || cm.MethodID != "builtin-method-nattvandring" ||
		cm.Due != "2026-06-30" || cm.Goal.Target != "40 per år" || cm.Status != model.StatusPlanned {
		t.Fatalf("commitment on disk %+v", cm)
	}
	if cm.ModifiedBy != "Anna" {
		t.Fatalf("modified by %q", cm.ModifiedBy)
	}
}

// TestUndoRetireCommitment retires a commitment with confirmation and
// brings it back with Ctrl+Z, on screen and on disk.
func TestUndoRetireCommitment(t *testing.T) {
	h := sessiontest.New(t)
	path := h.DemoFile()
	h.OpenFile(path)
	v := h.S.Doc.View

	// The commitment.
	c := commitmentsOf(h)
	total := len(c.shown)
	target := c.shown[0].C
	c.list.Select(0)
	if c.editor.title.Text != target.Title {
		t.Fatalf("editor shows %q, want %q", c.editor.title.Text, target.Title)
	}
	test.Tap(c.editor.retire)
	h.Confirm("commitments.retire")
	if len(c.shown) != total-1 || v.Commitments[target.ID] != nil {
		t.Fatalf("%d shown after retiring one of %d", len(c.shown), total)
	}
	h.S.OnUndo()
	if len(c.shown) != total || v.Commitments[target.ID] == nil {
		t.Fatalf("%d shown after undo, want %d", len(c.shown), total)
	}
	if !strings.Contains(h.S.Status.State.Text, target.Title) {
		t.Fatalf("status after undo %q", h.S.Status.State.Text)
	}

	h.CloseFile()
	ds := h.Stored(path)
	for _, x := range ds.Commitments {
		if x.ID == target.ID && (x.Deleted || x.Rev < 3) {
			t.Fatalf("commitment on disk: deleted %v, rev %d", x.Deleted, x.Rev)
		}
	}
}

// TestFilterCommitments narrows the example council's commitments by text,
// part, area, status and due date.
func TestFilterCommitments(t *testing.T) {
	h := sessiontest.New(t)
	h.OpenFile(h.DemoFile())
	c := commitmentsOf(h)
	c.FocusSearch()
	if h.Win.Canvas().Focused() != c.search {
		t.Fatal("Ctrl+F does not put the cursor in the search field")
	}
	all := h.S.Doc.View.Rows
	total := len(all)
	if total < 20 || len(c.shown) != total {
		t.Fatalf("%d of %d shown before filtering", len(c.shown), total)
	}

	// Text: every word must occur, in any case.
	first := all[0].C
	word := strings.Fields(first.Title)[0]
	test.Type(c.search, strings.ToUpper(word))
	if len(c.shown) == 0 || len(c.shown) == total {
		t.Fatalf("searching %q shows %d of %d", word, len(c.shown), total)
	}
	for _, row := range c.shown {
		if !strings.Contains(row.Key, strings.ToLower(word)) {
			t.Fatalf("%q shown for %q", row.C.Title, word)
		}
	}
	fresh := filterRows(all, &commitmentFilter{terms: []string{strings.ToLower(word)}}, sessiontest.TestToday, nil)
	if !slices.Equal(fresh, c.shown) {
		t.Fatalf("typing letter by letter shows %d rows, searching at once %d", len(c.shown), len(fresh))
	}
	if want := session.Tr("commitments.count", map[string]any{"Shown": len(c.shown), "Total": total}); c.count.Text != want {
		t.Fatalf("count %q, want %q", c.count.Text, want)
	}
	test.Type(c.search, " zzzqqq")
	if len(c.shown) != 0 || len(sessiontest.ListTexts(c.list)) != 0 {
		t.Fatalf("nonsense search shows %d", len(c.shown))
	}
	c.search.SetText("")
	if len(c.shown) != total {
		t.Fatal("clearing the search does not show everything")
	}

	// Part.
	partName := h.S.Doc.View.PartName(first.PartID)
	c.part.Sel.SetSelected(partName)
	want := 0
	for _, row := range all {
		if row.C.PartID == first.PartID {
			want++
		}
	}
	if len(c.shown) != want {
		t.Fatalf("part %s: %d shown, want %d", partName, len(c.shown), want)
	}
	for _, r := range sessiontest.ListTexts(c.list) {
		if !strings.Contains(r, " | "+partName+" | ") {
			t.Fatalf("row %q under part %s", r, partName)
		}
	}
	c.part.Sel.SetSelected(session.Tr("commitments.allParts"))

	// Overdue: open commitments past their due date, shown in red.
	c.due.Sel.SetSelected(session.Tr("commitments.dueOverdue"))
	overdue := 0
	for _, row := range all {
		if row.C.Overdue(sessiontest.TestToday) {
			overdue++
		}
	}
	if overdue == 0 || len(c.shown) != overdue {
		t.Fatalf("overdue: %d shown, want %d", len(c.shown), overdue)
	}
	c.due.Sel.SetSelected(session.Tr("commitments.dueMonth"))
	for _, row := range c.shown {
		if !strings.HasPrefix(string(row.C.Due), string(sessiontest.TestToday[:7])) {
			t.Fatalf("due %s shown as this month", row.C.Due)
		}
	}
	c.due.Sel.SetSelected(session.Tr("commitments.allDue"))

	// Area and status together.
	c.area.Sel.SetSelected(session.Tr(model.AreaSchool.Key()))
	c.status.Sel.SetSelected(session.Tr("status.klar"))
	for _, row := range c.shown {
		if row.C.Area != model.AreaSchool || row.C.Status != model.StatusDone {
			t.Fatalf("%q (%d, %s) passes area 2 and done", row.C.Title, row.C.Area, row.C.Status)
		}
	}
	if len(c.shown) == 0 {
		t.Fatal("no done commitment in area 2 in the example council")
	}
}

// TestUnlistedChoiceKept edits a commitment whose contact person belongs
// to another part: the contact is not offered, but saving keeps it.
func TestUnlistedChoiceKept(t *testing.T) {
	h := sessiontest.New(t)
	path := h.DemoFile()
	h.OpenFile(path)
	v := h.S.Doc.View
	cm := *v.Rows[0].C
	var other *model.Representative
	for _, r := range v.Representatives {
		if r.PartID != cm.PartID {
			other = r
			break
		}
	}
	cm.ContactID = other.ID
	if err := h.S.Doc.Put(&cm); err != nil {
		t.Fatal(err)
	}
	c := commitmentsOf(h)
	i := slices.IndexFunc(c.shown, func(r *session.CommitmentRow) bool { return r.C.ID == cm.ID })
	c.list.Select(i)
	e := c.editor
	if e.contact.Sel.Selected != "" || e.contact.Sel.PlaceHolder != session.Tr("choice.unlisted") {
		t.Fatalf("contact shows %q / %q", e.contact.Sel.Selected, e.contact.Sel.PlaceHolder)
	}
	e.title.SetText(cm.Title + " (ändrad)")
	test.Tap(e.save)
	if got := v.Commitments[cm.ID].C; got.ContactID != other.ID || got.Title != cm.Title+" (ändrad)" {
		t.Fatalf("after saving: contact %q, title %q", got.ContactID, got.Title)
	}
	// Choosing "none" drops it, as the user asked.
	e.contact.Sel.SetSelectedIndex(0)
	test.Tap(e.save)
	if got := v.Commitments[cm.ID].C; got.ContactID != "" {
		t.Fatalf("contact %q after choosing none", got.ContactID)
	}
}
