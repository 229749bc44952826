package app

import (
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"samverka/model"

	"samverka/app/internal/session"
	"samverka/app/internal/sessiontest"
)

// TestCouncilFromScratch acts as a council chair: create a council file,
// add a part with a bad and then a good organisationsnummer, a
// representative and a commitment, then reopen the file and find it all.
func TestCouncilFromScratch(t *testing.T) {
	h := newHarness(t)
	h.ui.Start("")
	w := h.ui.welcome
	if w == nil || !isShown(h.ui.root, w.content) {
		t.Fatal("no welcome screen without a file")
	}

	// Create the council file: its name, then where and under which
	// name (the save dialog proposes the council's name).
	test.Type(w.name, "Brottsförebyggande rådet i Testby")
	test.Type(w.district, "Testby")
	folder := filepath.Join(h.Dir, "Rådet")
	if err := sessiontest.OsMkdir(folder); err != nil {
		t.Fatal(err)
	}
	test.Tap(w.create)
	d := w.saveDialog
	if d == nil || d.Name.Text != "Brottsförebyggande rådet i Testby.samverka" {
		t.Fatalf("the save dialog proposes %v", d)
	}
	d.Open(folder)
	test.Tap(d.Save)
	path := filepath.Join(folder, "Brottsförebyggande rådet i Testby.samverka")
	if h.ui.Doc == nil || h.ui.Doc.Store.Path() != path {
		t.Fatalf("no council open at %s", path)
	}
	if title := h.Win.Title(); title != "Brottsförebyggande rådet i Testby — Samverka" {
		t.Fatalf("window title %q", title)
	}
	if h.ui.Status.Path.Text != path {
		t.Fatalf("status line shows %q", h.ui.Status.Path.Text)
	}
	if got := recentFiles(h.App.Preferences()); len(got) == 0 || got[0] != path {
		t.Fatalf("recent files %v", got)
	}

	// A part: a bad organisationsnummer is shown beside its field.
	h.ui.showScreen(screenParts)
	p := h.ui.screenNamed(screenParts).(*parts)
	test.Tap(p.add)
	test.Type(p.name, "Fryshuset")
	p.kind.Sel.SetSelected(session.Tr("partKind.forening"))
	test.Type(p.orgNumber, "212000-0143")
	test.Tap(p.save)
	if got := p.form.Problem("orgNumber"); got != session.Tr("error.orgnr.luhn") || !strings.Contains(got, "kontrollsiffran") {
		t.Fatalf("problem beside organisationsnummer: %q", got)
	}
	if len(h.ui.Doc.View.Parts) != 0 {
		t.Fatal("a part with a bad organisationsnummer was stored")
	}
	p.orgNumber.SetText("")
	test.Type(p.orgNumber, "2120000142")
	p.orgNumber.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn}) // Enter saves
	if got := p.form.Problem("orgNumber"); got != "" {
		t.Fatalf("problem left after fixing: %q", got)
	}
	if p.orgNumber.Text != "212000-0142" {
		t.Fatalf("organisationsnummer shown as %q", p.orgNumber.Text)
	}
	if p.heading.Text != "Fryshuset" {
		t.Fatalf("editor heading %q after saving", p.heading.Text)
	}

	// A representative of the part, through its dialog; a bad e-mail
	// address keeps the dialog open with the problem beside the field.
	test.Tap(p.addRep)
	e := p.repEditor
	if e == nil {
		t.Fatal("no representative dialog")
	}
	test.Type(e.name, "Anna Andersson")
	test.Type(e.title, "Verksamhetschef")
	test.Type(e.email, "anna.exempel.se")
	e.role.Sel.SetSelected(session.Tr("role.ledamot"))
	test.Tap(e.save)
	if e.form.Problem("email") != session.Tr("error.email") || p.repEditor != e {
		t.Fatalf("e-mail problem %q", e.form.Problem("email"))
	}
	e.email.SetText("anna@exempel.se")
	test.Tap(e.save)
	if p.repEditor != nil {
		t.Fatalf("dialog still open: %q", e.form.General.Text)
	}
	if names := p.representativeNames(); !slices.Equal(names, []string{"Anna Andersson"}) {
		t.Fatalf("representatives shown %v", names)
	}

	// A commitment, with a date in the wrong form first.
	h.ui.showScreen(screenCommitments)
	c := h.ui.screenNamed(screenCommitments).(*commitments)
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

	// Ctrl+S saves; the status line says so.
	h.ui.saveNow()
	if !strings.HasPrefix(h.ui.Status.State.Text, "Sparad ") {
		t.Fatalf("status after saving: %q", h.ui.Status.State.Text)
	}

	// Reopen: everything is there, on screen and on disk.
	h.reopen(path)
	v := h.ui.Doc.View
	if len(v.Parts) != 1 || len(v.Representatives) != 1 || len(v.Rows) != 1 {
		t.Fatalf("after reopening: %d parts, %d representatives, %d commitments", len(v.Parts), len(v.Representatives), len(v.Rows))
	}
	h.ui.showScreen(screenCommitments)
	if rows := sessiontest.ListTexts(h.ui.screenNamed(screenCommitments).(*commitments).list); len(rows) != 1 || !strings.HasPrefix(rows[0], "Nattvandring i centrum | Fryshuset") {
		t.Fatalf("rows after reopening %q", rows)
	}
	h.ui.onCloseFile()
	ds := h.Stored(path)
	if ds.Council.Name != "Brottsförebyggande rådet i Testby" || ds.Council.District != "Testby" {
		t.Fatalf("council on disk %+v", ds.Council)
	}
	if len(ds.Parts) != 1 || ds.Parts[0].OrgNumber != "212000-0142" || ds.Parts[0].Kind != model.PartAssociation {
		t.Fatalf("parts on disk %+v", ds.Parts)
	}
	r := ds.Representatives[0]
	if r.Name != "Anna Andersson" || r.Email != "anna@exempel.se" || r.PartID != ds.Parts[0].ID || r.Role != model.RoleMember {
		t.Fatalf("representative on disk %+v", r)
	}
	cm := ds.Commitments[0]
	if cm.Title != "Nattvandring i centrum" || cm.PartID != ds.Parts[0].ID || cm.ContactID != r.ID ||
		cm.Area != model.AreaCivilSociety || cm.MethodID != "builtin-method-nattvandring" ||
		cm.Due != "2026-06-30" || cm.Goal.Target != "40 per år" || cm.Status != model.StatusPlanned {
		t.Fatalf("commitment on disk %+v", cm)
	}
	if cm.ModifiedBy != "Anna" {
		t.Fatalf("modified by %q", cm.ModifiedBy)
	}
}

// TestFilterCommitments narrows the example council's commitments by text,
// part, area, status and due date.
func TestFilterCommitments(t *testing.T) {
	h := newHarness(t)
	h.openFile(h.DemoFile())
	h.ui.onFind()
	c := h.ui.screenNamed(screenCommitments).(*commitments)
	if h.Win.Canvas().Focused() != c.search {
		t.Fatal("Ctrl+F does not put the cursor in the search field")
	}
	all := h.ui.Doc.View.Rows
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
	partName := h.ui.Doc.View.PartName(first.PartID)
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

// TestUndoRetire retires a part and a commitment with confirmation and
// brings them back with Ctrl+Z, on screen and on disk.
func TestUndoRetire(t *testing.T) {
	h := newHarness(t)
	path := h.DemoFile()
	h.openFile(path)
	v := h.ui.Doc.View

	// The commitment.
	h.ui.showScreen(screenCommitments)
	c := h.ui.screenNamed(screenCommitments).(*commitments)
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
	h.ui.OnUndo()
	if len(c.shown) != total || v.Commitments[target.ID] == nil {
		t.Fatalf("%d shown after undo, want %d", len(c.shown), total)
	}
	if !strings.Contains(h.ui.Status.State.Text, target.Title) {
		t.Fatalf("status after undo %q", h.ui.Status.State.Text)
	}

	// The part, and a cancelled retire that changes nothing.
	h.ui.showScreen(screenParts)
	p := h.ui.screenNamed(screenParts).(*parts)
	part := v.PartsSorted()[0]
	p.tree.Select(part.ID)
	test.Tap(p.retire)
	h.Confirm("button.cancel")
	if v.Parts[part.ID] == nil {
		t.Fatal("cancel retired the part")
	}
	test.Tap(p.retire)
	h.Confirm("parts.retire")
	if v.Parts[part.ID] != nil || slices.Contains(p.childIDs(kindNodePrefix+string(part.Kind)), part.ID) {
		t.Fatal("the retired part is still listed")
	}
	h.ui.OnUndo()
	if v.Parts[part.ID] == nil || !slices.Contains(p.childIDs(kindNodePrefix+string(part.Kind)), part.ID) {
		t.Fatal("undo did not bring the part back")
	}
	h.ui.OnUndo() // the commitment's retire was already undone: nothing left
	if h.ui.Status.State.Text != session.Tr("undo.nothing") {
		t.Fatalf("status %q", h.ui.Status.State.Text)
	}

	h.ui.onCloseFile()
	ds := h.Stored(path)
	for _, x := range ds.Parts {
		if x.ID == part.ID && x.Deleted {
			t.Fatal("the part is a tombstone on disk after undo")
		}
	}
	for _, x := range ds.Commitments {
		if x.ID == target.ID && (x.Deleted || x.Rev < 3) {
			t.Fatalf("commitment on disk: deleted %v, rev %d", x.Deleted, x.Rev)
		}
	}
}

// TestUndoEdit changes a part's name and takes the change back.
func TestUndoEdit(t *testing.T) {
	h := newHarness(t)
	path := h.DemoFile()
	h.openFile(path)
	h.ui.showScreen(screenParts)
	p := h.ui.screenNamed(screenParts).(*parts)
	part := h.ui.Doc.View.PartsSorted()[0]
	old := part.Name
	p.tree.Select(part.ID)
	p.name.SetText(old + " (nytt namn)")
	test.Tap(p.save)
	if h.ui.Doc.View.Parts[part.ID].Name != old+" (nytt namn)" {
		t.Fatal("the edit was not made")
	}
	h.ui.OnUndo()
	if got := h.ui.Doc.View.Parts[part.ID].Name; got != old {
		t.Fatalf("name after undo %q", got)
	}
	h.ui.onCloseFile()
	for _, x := range h.Stored(path).Parts {
		if x.ID == part.ID && x.Name != old {
			t.Fatalf("name on disk %q", x.Name)
		}
	}
}

// TestUnlistedChoiceKept edits a commitment whose contact person belongs
// to another part: the contact is not offered, but saving keeps it.
func TestUnlistedChoiceKept(t *testing.T) {
	h := newHarness(t)
	path := h.DemoFile()
	h.openFile(path)
	v := h.ui.Doc.View
	cm := *v.Rows[0].C
	var other *model.Representative
	for _, r := range v.Representatives {
		if r.PartID != cm.PartID {
			other = r
			break
		}
	}
	cm.ContactID = other.ID
	if err := h.ui.Doc.Put(&cm); err != nil {
		t.Fatal(err)
	}
	h.ui.showScreen(screenCommitments)
	c := h.ui.screenNamed(screenCommitments).(*commitments)
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

// TestExampleCouncil opens the example council from the welcome screen,
// the first time by making its file, later by opening it again.
func TestExampleCouncil(t *testing.T) {
	h := newHarness(t)
	h.ui.Start("")
	test.Tap(h.ui.welcome.example)
	if h.ui.Doc == nil {
		t.Fatal("the example council did not open")
	}
	path := h.ui.Doc.Store.Path()
	if filepath.Base(path) != "Exempelrådet.samverka" || len(h.ui.Doc.View.Parts) < 5 || len(h.ui.Doc.View.Rows) < 20 {
		t.Fatalf("example %s: %d parts, %d commitments", path, len(h.ui.Doc.View.Parts), len(h.ui.Doc.View.Rows))
	}
	h.ui.onCloseFile()
	test.Tap(h.ui.welcome.example)
	if h.ui.Doc == nil || h.ui.Doc.Store.Path() != path {
		t.Fatal("the example council's file was not opened again")
	}
	if len(h.ui.welcome.recent) != 1 {
		t.Fatalf("%d recent files on the welcome screen", len(h.ui.welcome.recent))
	}
}
