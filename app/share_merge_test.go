package app

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"samverka/model"
	"samverka/storage"

	"samverka/app/internal/sessiontest"
)

// shareCopy copies the file at from to to, as a USB stick would.
func shareCopy(t *testing.T, from, to string) {
	t.Helper()
	data, err := os.ReadFile(from)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(to, data, 0o644); err != nil {
		t.Fatal(err)
	}
}

// shareRetitle gives commitment id a new title in the file at path, as
// user working at the time at.
func shareRetitle(h *sessiontest.Harness, path, user string, at time.Time, id, title string) {
	h.T.Helper()
	opt := h.StorageOptions(user, "PC-"+user)
	opt.Now = func() time.Time { return at }
	opt.IgnoreLock = true
	d, err := storage.Open(path, opt)
	if err != nil {
		h.T.Fatal(err)
	}
	r, err := d.Get(model.KindCommitment, id)
	if err != nil {
		h.T.Fatal(err)
	}
	c := r.(*model.Commitment)
	c.Title = title
	if err := d.Put(c); err != nil {
		h.T.Fatal(err)
	}
	if err := d.Close(); err != nil {
		h.T.Fatal(err)
	}
}

// shareCommitment returns a live commitment of the file at path.
func shareCommitment(h *sessiontest.Harness, path string) *model.Commitment {
	h.T.Helper()
	ds := h.Stored(path)
	for _, c := range ds.Commitments {
		if !c.Deleted {
			return c
		}
	}
	h.T.Fatal("the demo council has no commitment")
	return nil
}

func shareCommitmentIn(ds *model.Dataset, id string) *model.Commitment {
	for _, c := range ds.Commitments {
		if c.ID == id {
			return c
		}
	}
	return nil
}

// TestShareMergeReviewChooseOther merges a diverged copy from the menu's
// handler, reviews the conflict and chooses the other side, then reads
// the file back: the commitment has the other copy's title and the
// conflict is resolved.
func TestShareMergeReviewChooseOther(t *testing.T) {
	h := newHarness(t)
	path := h.DemoFile()
	other := filepath.Join(h.Dir, "Exempel från Bertil.samverka")
	shareCopy(t, path, other)
	c := shareCommitment(h.Harness, path)
	now := time.Now().Truncate(time.Second)
	shareRetitle(h.Harness, other, "Bertil", now.Add(-2*time.Hour), c.ID, "Nattvandring fredagar (Bertil)")
	shareRetitle(h.Harness, path, "Anna", now.Add(-time.Hour), c.ID, "Nattvandring lördagar (Anna)")

	h.openFile(path)
	m := mergeFile(h.ui.Session, other)
	if m == nil {
		t.Fatalf("no merge summary; dialog: %v", h.Dialog())
	}
	if !strings.Contains(m.text.Text, "1 konflikt") || !strings.Contains(m.text.Text, filepath.Base(other)) {
		t.Errorf("summary = %q, want 1 konflikt from %s", m.text.Text, filepath.Base(other))
	}
	if !strings.Contains(m.kinds.Text, "Åtaganden: ") || !strings.Contains(m.kinds.Text, "1 konflikt") {
		t.Errorf("per kind = %q, want the commitments' conflict", m.kinds.Text)
	}
	if m.review.Hidden {
		t.Fatal("no Granska konflikter button")
	}
	// The newer version, Anna's in the open file, is kept for now.
	if got := h.ui.Doc.View.Commitments[c.ID].C.Title; got != "Nattvandring lördagar (Anna)" {
		t.Errorf("after the merge the title is %q", got)
	}

	test.Tap(m.review)
	r := m.reviewed
	if r == nil || len(r.open) != 1 {
		t.Fatalf("review shows %v, want one conflict", r)
	}
	row := sessiontest.ObjectText(listItem(r))
	// The row names the commitment as the screens call it now, and who
	// wrote the other version when.
	bertils := now.Add(-2 * time.Hour).Format("2006-01-02 15:04")
	for _, want := range []string{"Nattvandring lördagar (Anna)", "Åtagande", "Bertil", bertils} {
		if !strings.Contains(row, want) {
			t.Errorf("conflict row %q lacks %q", row, want)
		}
	}
	if !strings.Contains(r.heading.Text, "Anna") || !strings.Contains(r.heading.Text, "Bertil") {
		t.Errorf("heading %q should name both authors", r.heading.Text)
	}
	title := shareDiffRow(t, r, "Titel")
	if !strings.Contains(title, "Nattvandring lördagar (Anna)") || !strings.Contains(title, "Nattvandring fredagar (Bertil)") {
		t.Errorf("title row = %q, want both titles side by side", title)
	}
	if r.other.Disabled() || r.keep.Disabled() {
		t.Fatal("the choices are disabled")
	}

	test.Tap(r.other)
	if len(r.open) != 0 || r.empty.Hidden {
		t.Errorf("after choosing, the review shows %d conflicts and empty=%v", len(r.open), !r.empty.Hidden)
	}
	if got := h.ui.Doc.View.Commitments[c.ID].C.Title; got != "Nattvandring fredagar (Bertil)" {
		t.Errorf("the screens show %q after choosing the other", got)
	}

	h.reopen(path)
	ds := h.Stored(path)
	if got := shareCommitmentIn(ds, c.ID).Title; got != "Nattvandring fredagar (Bertil)" {
		t.Errorf("the file holds %q, want the other side's title", got)
	}
	if open := model.OpenConflicts(ds); len(open) != 0 {
		t.Errorf("%d conflicts still open", len(open))
	}
	if len(ds.Conflicts) != 1 || !ds.Conflicts[0].Resolved {
		t.Errorf("conflicts in the file: %v, want one resolved", ds.Conflicts)
	}
	// The reopened file offers nothing more to review.
	again := onConflicts(h.ui.Session)
	if len(again.open) != 0 || again.empty.Hidden || !again.other.Disabled() {
		t.Error("Konflikter… should show the empty state")
	}
}

// listItem returns the first row of the review's list as drawn.
func listItem(r *conflictReview) *fyne.Container {
	o := r.list.CreateItem()
	r.list.UpdateItem(0, o)
	return o.(*fyne.Container)
}

// shareDiffRow returns the texts of the difference row whose field is
// named field.
func shareDiffRow(t *testing.T, r *conflictReview, field string) string {
	t.Helper()
	var names []string
	for _, o := range r.rows.Objects {
		row, ok := o.(*fyne.Container)
		if !ok || len(row.Objects) != 3 {
			continue
		}
		text := sessiontest.ObjectText(row)
		names = append(names, text)
		if strings.HasPrefix(text, field+" | ") {
			return text
		}
	}
	t.Fatalf("no row %q among %q", field, names)
	return ""
}

// TestShareMergeOtherCouncil refuses to merge another council's file with
// a clear message and changes neither file.
func TestShareMergeOtherCouncil(t *testing.T) {
	h := newHarness(t)
	path := h.DemoFile()
	foreign := filepath.Join(h.Dir, "Rådet Bredäng.samverka")
	d, err := storage.Create(foreign, &model.Council{Name: "Rådet Bredäng", District: "Bredäng"}, h.StorageOptions("Setup", "SETUP-PC"))
	if err != nil {
		t.Fatal(err)
	}
	if err := d.Close(); err != nil {
		t.Fatal(err)
	}
	before, _ := os.ReadFile(path)
	foreignBefore, _ := os.ReadFile(foreign)

	h.openFile(path)
	if m := mergeFile(h.ui.Session, foreign); m != nil {
		t.Fatal("a summary for another council's file")
	}
	if h.Dialog() == nil || !strings.Contains(h.Dialog().Message(), "olika råd") || !strings.Contains(h.Dialog().Message(), "Rådet Bredäng") {
		t.Fatalf("refusal = %v", h.Dialog())
	}
	if h.ui.Doc.Store.Dirty() {
		t.Error("the refused merge changed the open council")
	}
	h.Confirm("button.ok")
	h.ui.onCloseFile()
	after, _ := os.ReadFile(path)
	foreignAfter, _ := os.ReadFile(foreign)
	if !bytes.Equal(before, after) {
		t.Error("the open file changed")
	}
	if !bytes.Equal(foreignBefore, foreignAfter) {
		t.Error("the other council's file changed")
	}
}

// TestShareSaveChangedOnDiskMerge saves while someone else has saved the
// file: the dialog offers to merge, and merging puts both people's
// changes in the file.
func TestShareSaveChangedOnDiskMerge(t *testing.T) {
	h := newHarness(t)
	path := h.DemoFile()
	ds := h.Stored(path)
	var mine, theirs *model.Commitment
	for _, c := range ds.Commitments {
		if c.Deleted {
			continue
		}
		if mine == nil {
			mine = c
		} else if theirs == nil {
			theirs = c
		}
	}
	h.openFile(path)
	changed := *h.ui.Doc.View.Commitments[mine.ID].C
	changed.Title = "Anna ändrade detta"
	if err := h.ui.Doc.Put(&changed); err != nil {
		t.Fatal(err)
	}
	shareRetitle(h.Harness, path, "Bertil", time.Now(), theirs.ID, "Bertil ändrade detta")

	h.ui.saveNow()
	if h.Dialog() == nil || h.Dialog().Button("share.changed.merge") == nil || h.Dialog().Button("share.changed.keepBoth") == nil {
		t.Fatalf("the save did not offer to merge: %v", h.Dialog())
	}
	var kept string
	if list, _ := filepath.Glob(filepath.Join(h.Dir, "Exempel (kopia från Anna*")); len(list) == 1 {
		kept = list[0]
	} else {
		t.Fatalf("kept copies: %v", list)
	}
	h.Confirm("share.changed.merge")
	if d := h.Dialog(); d == nil || !strings.Contains(d.Message(), "finns nu med") {
		t.Fatalf("merging said: %s", d)
	}
	if !strings.HasPrefix(h.ui.Status.State.Text, "Sparad") || h.ui.Status.Path.Text != path {
		t.Errorf("status line: %q, %q", h.ui.Status.Path.Text, h.ui.Status.State.Text)
	}
	if got := h.ui.Doc.View.Commitments[theirs.ID].C.Title; got != "Bertil ändrade detta" {
		t.Errorf("the screens show %q for Bertil's commitment", got)
	}
	stored := h.Stored(path)
	if got := shareCommitmentIn(stored, mine.ID).Title; got != "Anna ändrade detta" {
		t.Errorf("the file lacks Anna's change: %q", got)
	}
	if got := shareCommitmentIn(stored, theirs.ID).Title; got != "Bertil ändrade detta" {
		t.Errorf("the file lacks Bertil's change: %q", got)
	}
	if !sessiontest.FileExists(kept) {
		t.Error("the copy with Anna's version went away")
	}
	// Later saves go to the file again.
	changed.Title = "Anna ändrade igen"
	if err := h.ui.Doc.Put(&changed); err != nil {
		t.Fatal(err)
	}
	h.ui.saveNow()
	if got := shareCommitmentIn(h.Stored(path), mine.ID).Title; got != "Anna ändrade igen" {
		t.Errorf("a save after the merge went elsewhere: the file holds %q", got)
	}
}

// TestShareCloseChangedOnDiskMerge closes a council that someone else
// saved meanwhile: the close offers to merge the kept copy, and merging
// opens the file again with both people's changes.
func TestShareCloseChangedOnDiskMerge(t *testing.T) {
	h := newHarness(t)
	path := h.DemoFile()
	ds := h.Stored(path)
	mine, theirs := ds.Commitments[0], ds.Commitments[1]
	h.openFile(path)
	changed := *h.ui.Doc.View.Commitments[mine.ID].C
	changed.Title = "Anna ändrade detta"
	if err := h.ui.Doc.Put(&changed); err != nil {
		t.Fatal(err)
	}
	shareRetitle(h.Harness, path, "Bertil", time.Now(), theirs.ID, "Bertil ändrade detta")

	h.ui.onCloseFile()
	if h.ui.Doc != nil || h.Dialog() == nil || h.Dialog().Button("share.changed.merge") == nil {
		t.Fatalf("closing did not offer to merge: %v", h.Dialog())
	}
	if got := shareCommitmentIn(h.Stored(path), mine.ID).Title; got == "Anna ändrade detta" {
		t.Fatal("the close wrote over the other person's save")
	}
	h.Confirm("share.changed.merge")
	if h.ui.Doc == nil || !same(h.ui.Doc.Store.Path(), path) {
		t.Fatal("the file did not open again")
	}
	h.ui.onCloseFile()
	stored := h.Stored(path)
	if got := shareCommitmentIn(stored, mine.ID).Title; got != "Anna ändrade detta" {
		t.Errorf("the file lacks Anna's change: %q", got)
	}
	if got := shareCommitmentIn(stored, theirs.ID).Title; got != "Bertil ändrade detta" {
		t.Errorf("the file lacks Bertil's change: %q", got)
	}
}
