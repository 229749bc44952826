package sharing

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

// TestShareMergeReviewChooseOther merges a diverged copy from the menu's
// handler, reviews the conflict and chooses the other side, then reads
// the file back: the commitment has the other copy's title and the
// conflict is resolved.
func TestShareMergeReviewChooseOther(t *testing.T) {
	h := sessiontest.New(t)
	path := h.DemoFile()
	other := filepath.Join(h.Dir, "Exempel från Bertil.samverka")
	sessiontest.ShareCopy(t, path, other)
	c := sessiontest.ShareCommitment(h, path)
	now := time.Now().Truncate(time.Second)
	sessiontest.ShareRetitle(h, other, "Bertil", now.Add(-2*time.Hour), c.ID, "Nattvandring fredagar (Bertil)")
	sessiontest.ShareRetitle(h, path, "Anna", now.Add(-time.Hour), c.ID, "Nattvandring lördagar (Anna)")

	h.OpenFile(path)
	m := MergeFile(h.S, other)
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
	if got := h.S.Doc.View.Commitments[c.ID].C.Title; got != "Nattvandring lördagar (Anna)" {
		t.Errorf("after the merge the title is %q", got)
	}

	// Granska konflikter opens the review of Redigera → Konflikter….
	test.Tap(m.review)
	if d := h.Dialog(); d == nil || d.Button("share.conflicts.other") == nil {
		t.Fatal("Granska konflikter did not open the review")
	}
	r := OnConflicts(h.S)
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
	if got := h.S.Doc.View.Commitments[c.ID].C.Title; got != "Nattvandring fredagar (Bertil)" {
		t.Errorf("the screens show %q after choosing the other", got)
	}

	h.Reopen(path)
	ds := h.Stored(path)
	if got := sessiontest.ShareCommitmentIn(ds, c.ID).Title; got != "Nattvandring fredagar (Bertil)" {
		t.Errorf("the file holds %q, want the other side's title", got)
	}
	if open := model.OpenConflicts(ds); len(open) != 0 {
		t.Errorf("%d conflicts still open", len(open))
	}
	if len(ds.Conflicts) != 1 || !ds.Conflicts[0].Resolved {
		t.Errorf("conflicts in the file: %v, want one resolved", ds.Conflicts)
	}
	// The reopened file offers nothing more to review.
	again := OnConflicts(h.S)
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
	h := sessiontest.New(t)
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

	h.OpenFile(path)
	if m := MergeFile(h.S, foreign); m != nil {
		t.Fatal("a summary for another council's file")
	}
	if h.Dialog() == nil || !strings.Contains(h.Dialog().Message(), "olika råd") || !strings.Contains(h.Dialog().Message(), "Rådet Bredäng") {
		t.Fatalf("refusal = %v", h.Dialog())
	}
	if h.S.Doc.Store.Dirty() {
		t.Error("the refused merge changed the open council")
	}
	h.Confirm("button.ok")
	h.CloseFile()
	after, _ := os.ReadFile(path)
	foreignAfter, _ := os.ReadFile(foreign)
	if !bytes.Equal(before, after) {
		t.Error("the open file changed")
	}
	if !bytes.Equal(foreignBefore, foreignAfter) {
		t.Error("the other council's file changed")
	}
}
