package app

import (
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"samverka/model"
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

	// Create the council file: its name, then the folder (the folder
	// dialog's answer).
	test.Type(w.name, "Brottsförebyggande rådet i Testby")
	test.Type(w.district, "Testby")
	folder := filepath.Join(h.dir, "Rådet")
	if err := osMkdir(folder); err != nil {
		t.Fatal(err)
	}
	w.createIn(folder)
	path := filepath.Join(folder, "Brottsförebyggande rådet i Testby.samverka")
	if h.ui.doc == nil || h.ui.doc.store.Path() != path {
		t.Fatalf("no council open at %s", path)
	}
	if title := h.win.Title(); !strings.Contains(title, "Brottsförebyggande rådet i Testby") || !strings.Contains(title, ".samverka") {
		t.Fatalf("window title %q", title)
	}
	if h.ui.status.path.Text != path {
		t.Fatalf("status line shows %q", h.ui.status.path.Text)
	}
	if got := recentFiles(h.app.Preferences()); len(got) == 0 || got[0] != path {
		t.Fatalf("recent files %v", got)
	}

	// A part: a bad organisationsnummer is shown beside its field.
	h.ui.showScreen(screenParts)
	p := h.ui.screenNamed(screenParts).(*parts)
	test.Tap(p.add)
	test.Type(p.name, "Fryshuset")
	p.kind.sel.SetSelected(tr("partKind.forening"))
	test.Type(p.orgNumber, "212000-0143")
	test.Tap(p.save)
	if got := p.form.problem("orgNumber"); got != tr("error.orgnr.luhn") || !strings.Contains(got, "kontrollsiffran") {
		t.Fatalf("problem beside organisationsnummer: %q", got)
	}
	if len(h.ui.doc.view.parts) != 0 {
		t.Fatal("a part with a bad organisationsnummer was stored")
	}
	p.orgNumber.SetText("")
	test.Type(p.orgNumber, "2120000142")
	p.orgNumber.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn}) // Enter saves
	if got := p.form.problem("orgNumber"); got != "" {
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
	e.role.sel.SetSelected(tr("role.ledamot"))
	test.Tap(e.save)
	if e.form.problem("email") != tr("error.email") || p.repEditor != e {
		t.Fatalf("e-mail problem %q", e.form.problem("email"))
	}
	e.email.SetText("anna@exempel.se")
	test.Tap(e.save)
	if p.repEditor != nil {
		t.Fatalf("dialog still open: %q", e.form.general.Text)
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
	ed.part.sel.SetSelected("Fryshuset")
	ed.contact.sel.SetSelected("Anna Andersson")
	ed.area.sel.SetSelected(tr(model.AreaCivilSociety.Key()))
	ed.method.sel.SetSelected("Nattvandring")
	test.Type(ed.indicator, "Antal vandringar")
	test.Type(ed.target, "40 per år")
	ed.due.SetText("")
	test.Type(ed.due, "2026-13-01")
	test.Tap(ed.save)
	if ed.form.problem("due") != tr("error.date.invalid") {
		t.Fatalf("due date problem %q", ed.form.problem("due"))
	}
	ed.due.SetText("2026-06-30")
	test.Tap(ed.save)
	if ed.form.problem("due") != "" || ed.form.general.Text != "" {
		t.Fatalf("problems left: %q %q", ed.form.problem("due"), ed.form.general.Text)
	}
	rows := listTexts(c.list)
	if len(rows) != 1 || !strings.HasPrefix(rows[0], "Nattvandring i centrum | Fryshuset | 2026-06-30 | Planerad") {
		t.Fatalf("commitment rows %q", rows)
	}
	if c.count.Text != "1 av 1 åtaganden" {
		t.Fatalf("count %q", c.count.Text)
	}

	// Ctrl+S saves; the status line says so.
	h.ui.saveNow()
	if !strings.HasPrefix(h.ui.status.state.Text, "Sparad ") {
		t.Fatalf("status after saving: %q", h.ui.status.state.Text)
	}

	// Reopen: everything is there, on screen and on disk.
	h.reopen(path)
	v := h.ui.doc.view
	if len(v.parts) != 1 || len(v.representatives) != 1 || len(v.rows) != 1 {
		t.Fatalf("after reopening: %d parts, %d representatives, %d commitments", len(v.parts), len(v.representatives), len(v.rows))
	}
	h.ui.showScreen(screenCommitments)
	if rows := listTexts(h.ui.screenNamed(screenCommitments).(*commitments).list); len(rows) != 1 || !strings.HasPrefix(rows[0], "Nattvandring i centrum | Fryshuset") {
		t.Fatalf("rows after reopening %q", rows)
	}
	h.ui.onCloseFile()
	ds := h.stored(path)
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
	h.openFile(h.demoFile())
	h.ui.onFind()
	c := h.ui.screenNamed(screenCommitments).(*commitments)
	if h.win.Canvas().Focused() != c.search {
		t.Fatal("Ctrl+F does not put the cursor in the search field")
	}
	all := h.ui.doc.view.rows
	total := len(all)
	if total < 20 || len(c.shown) != total {
		t.Fatalf("%d of %d shown before filtering", len(c.shown), total)
	}

	// Text: every word must occur, in any case.
	first := all[0].c
	word := strings.Fields(first.Title)[0]
	test.Type(c.search, strings.ToUpper(word))
	if len(c.shown) == 0 || len(c.shown) == total {
		t.Fatalf("searching %q shows %d of %d", word, len(c.shown), total)
	}
	for _, row := range c.shown {
		if !strings.Contains(row.key, strings.ToLower(word)) {
			t.Fatalf("%q shown for %q", row.c.Title, word)
		}
	}
	fresh := filterRows(all, &commitmentFilter{terms: []string{strings.ToLower(word)}}, testToday, nil)
	if !slices.Equal(fresh, c.shown) {
		t.Fatalf("typing letter by letter shows %d rows, searching at once %d", len(c.shown), len(fresh))
	}
	if want := tr("commitments.count", map[string]any{"Shown": len(c.shown), "Total": total}); c.count.Text != want {
		t.Fatalf("count %q, want %q", c.count.Text, want)
	}
	test.Type(c.search, " zzzqqq")
	if len(c.shown) != 0 || len(listTexts(c.list)) != 0 {
		t.Fatalf("nonsense search shows %d", len(c.shown))
	}
	c.search.SetText("")
	if len(c.shown) != total {
		t.Fatal("clearing the search does not show everything")
	}

	// Part.
	partName := h.ui.doc.view.partName(first.PartID)
	c.part.sel.SetSelected(partName)
	want := 0
	for _, row := range all {
		if row.c.PartID == first.PartID {
			want++
		}
	}
	if len(c.shown) != want {
		t.Fatalf("part %s: %d shown, want %d", partName, len(c.shown), want)
	}
	for _, r := range listTexts(c.list) {
		if !strings.Contains(r, " | "+partName+" | ") {
			t.Fatalf("row %q under part %s", r, partName)
		}
	}
	c.part.sel.SetSelected(tr("commitments.allParts"))

	// Overdue: open commitments past their due date, shown in red.
	c.due.sel.SetSelected(tr("commitments.dueOverdue"))
	overdue := 0
	for _, row := range all {
		if row.c.Overdue(testToday) {
			overdue++
		}
	}
	if overdue == 0 || len(c.shown) != overdue {
		t.Fatalf("overdue: %d shown, want %d", len(c.shown), overdue)
	}
	c.due.sel.SetSelected(tr("commitments.dueMonth"))
	for _, row := range c.shown {
		if !strings.HasPrefix(string(row.c.Due), string(testToday[:7])) {
			t.Fatalf("due %s shown as this month", row.c.Due)
		}
	}
	c.due.sel.SetSelected(tr("commitments.allDue"))

	// Area and status together.
	c.area.sel.SetSelected(tr(model.AreaSchool.Key()))
	c.status.sel.SetSelected(tr("status.klar"))
	for _, row := range c.shown {
		if row.c.Area != model.AreaSchool || row.c.Status != model.StatusDone {
			t.Fatalf("%q (%d, %s) passes area 2 and done", row.c.Title, row.c.Area, row.c.Status)
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
	path := h.demoFile()
	h.openFile(path)
	v := h.ui.doc.view

	// The commitment.
	h.ui.showScreen(screenCommitments)
	c := h.ui.screenNamed(screenCommitments).(*commitments)
	total := len(c.shown)
	target := c.shown[0].c
	c.list.Select(0)
	if c.editor.title.Text != target.Title {
		t.Fatalf("editor shows %q, want %q", c.editor.title.Text, target.Title)
	}
	test.Tap(c.editor.retire)
	h.confirm("commitments.retire")
	if len(c.shown) != total-1 || v.commitments[target.ID] != nil {
		t.Fatalf("%d shown after retiring one of %d", len(c.shown), total)
	}
	h.ui.onUndo()
	if len(c.shown) != total || v.commitments[target.ID] == nil {
		t.Fatalf("%d shown after undo, want %d", len(c.shown), total)
	}
	if !strings.Contains(h.ui.status.state.Text, target.Title) {
		t.Fatalf("status after undo %q", h.ui.status.state.Text)
	}

	// The part, and a cancelled retire that changes nothing.
	h.ui.showScreen(screenParts)
	p := h.ui.screenNamed(screenParts).(*parts)
	part := v.partsSorted()[0]
	p.tree.Select(part.ID)
	test.Tap(p.retire)
	h.confirm("button.cancel")
	if v.parts[part.ID] == nil {
		t.Fatal("cancel retired the part")
	}
	test.Tap(p.retire)
	h.confirm("parts.retire")
	if v.parts[part.ID] != nil || slices.Contains(p.childIDs(kindNodePrefix+string(part.Kind)), part.ID) {
		t.Fatal("the retired part is still listed")
	}
	h.ui.onUndo()
	if v.parts[part.ID] == nil || !slices.Contains(p.childIDs(kindNodePrefix+string(part.Kind)), part.ID) {
		t.Fatal("undo did not bring the part back")
	}
	h.ui.onUndo() // the commitment's retire was already undone: nothing left
	if h.ui.status.state.Text != tr("undo.nothing") {
		t.Fatalf("status %q", h.ui.status.state.Text)
	}

	h.ui.onCloseFile()
	ds := h.stored(path)
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
	path := h.demoFile()
	h.openFile(path)
	h.ui.showScreen(screenParts)
	p := h.ui.screenNamed(screenParts).(*parts)
	part := h.ui.doc.view.partsSorted()[0]
	old := part.Name
	p.tree.Select(part.ID)
	p.name.SetText(old + " (nytt namn)")
	test.Tap(p.save)
	if h.ui.doc.view.parts[part.ID].Name != old+" (nytt namn)" {
		t.Fatal("the edit was not made")
	}
	h.ui.onUndo()
	if got := h.ui.doc.view.parts[part.ID].Name; got != old {
		t.Fatalf("name after undo %q", got)
	}
	h.ui.onCloseFile()
	for _, x := range h.stored(path).Parts {
		if x.ID == part.ID && x.Name != old {
			t.Fatalf("name on disk %q", x.Name)
		}
	}
}

// TestUnlistedChoiceKept edits a commitment whose contact person belongs
// to another part: the contact is not offered, but saving keeps it.
func TestUnlistedChoiceKept(t *testing.T) {
	h := newHarness(t)
	path := h.demoFile()
	h.openFile(path)
	v := h.ui.doc.view
	cm := *v.rows[0].c
	var other *model.Representative
	for _, r := range v.representatives {
		if r.PartID != cm.PartID {
			other = r
			break
		}
	}
	cm.ContactID = other.ID
	if err := h.ui.doc.put(&cm); err != nil {
		t.Fatal(err)
	}
	h.ui.showScreen(screenCommitments)
	c := h.ui.screenNamed(screenCommitments).(*commitments)
	i := slices.IndexFunc(c.shown, func(r *commitmentRow) bool { return r.c.ID == cm.ID })
	c.list.Select(i)
	e := c.editor
	if e.contact.sel.Selected != "" || e.contact.sel.PlaceHolder != tr("choice.unlisted") {
		t.Fatalf("contact shows %q / %q", e.contact.sel.Selected, e.contact.sel.PlaceHolder)
	}
	e.title.SetText(cm.Title + " (ändrad)")
	test.Tap(e.save)
	if got := v.commitments[cm.ID].c; got.ContactID != other.ID || got.Title != cm.Title+" (ändrad)" {
		t.Fatalf("after saving: contact %q, title %q", got.ContactID, got.Title)
	}
	// Choosing "none" drops it, as the user asked.
	e.contact.sel.SetSelectedIndex(0)
	test.Tap(e.save)
	if got := v.commitments[cm.ID].c; got.ContactID != "" {
		t.Fatalf("contact %q after choosing none", got.ContactID)
	}
}

// TestExampleCouncil opens the example council from the welcome screen,
// the first time by making its file, later by opening it again.
func TestExampleCouncil(t *testing.T) {
	h := newHarness(t)
	h.ui.Start("")
	test.Tap(h.ui.welcome.example)
	if h.ui.doc == nil {
		t.Fatal("the example council did not open")
	}
	path := h.ui.doc.store.Path()
	if filepath.Base(path) != "Exempelrådet.samverka" || len(h.ui.doc.view.parts) < 5 || len(h.ui.doc.view.rows) < 20 {
		t.Fatalf("example %s: %d parts, %d commitments", path, len(h.ui.doc.view.parts), len(h.ui.doc.view.rows))
	}
	h.ui.onCloseFile()
	test.Tap(h.ui.welcome.example)
	if h.ui.doc == nil || h.ui.doc.store.Path() != path {
		t.Fatal("the example council's file was not opened again")
	}
	if len(h.ui.welcome.recent) != 1 {
		t.Fatalf("%d recent files on the welcome screen", len(h.ui.welcome.recent))
	}
}
