package kit_test

import (
	"fmt"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"samverka/model"

	"samverka/app/internal/kit"
	"samverka/app/internal/sessiontest"
)

// TestStickyProblems is issue 19's eighth case: a save with problems
// says how many there are and scrolls the long form to the first; a
// problem stays beside its field until the field is changed, and its
// line then keeps its height, so that the button under the form does not
// move under the pointer.
func TestStickyProblems(t *testing.T) {
	h := sessiontest.New(t)
	f := kit.NewForm()
	var entries []*widget.Entry
	for i := 0; i < 20; i++ {
		e := widget.NewEntry()
		entries = append(entries, e)
		f.Add(fmt.Sprintf("f%d", i), "name", e)
	}
	save := widget.NewButton("Spara", nil)
	scroll := container.NewVScroll(container.NewVBox(f.View(), save))
	h.Win.SetContent(scroll)
	h.Win.Resize(fyne.NewSize(800, 400))

	f.ShowProblems(model.Problems{model.FieldErr("f15", model.CodeRequired), model.FieldErr("f18", model.CodeRequired)})
	if f.Count.Hidden || f.Count.Text != "2 fel att rätta – de står i rött vid fälten." {
		t.Fatalf("count %q hidden %v", f.Count.Text, f.Count.Hidden)
	}
	if f.Problem("f15") == "" || f.Problem("f18") == "" {
		t.Fatal("the problems are not beside their fields")
	}
	if scroll.Offset.Y == 0 || h.Win.Canvas().Focused() != entries[15] {
		t.Fatalf("the form did not scroll to the first problem: offset %v, focus %v", scroll.Offset.Y, h.Win.Canvas().Focused())
	}
	buttonAt := save.Position().Y

	// Typing in the first field with a problem clears its line only.
	test.Type(entries[15], "Fältgruppen")
	if f.Problem("f15") != "" || f.Problem("f18") == "" {
		t.Fatalf("after correcting f15: %q, %q", f.Problem("f15"), f.Problem("f18"))
	}
	if f.Count.Text != "1 fel att rätta – det står i rött vid fältet." {
		t.Fatalf("count after one correction %q", f.Count.Text)
	}
	scroll.Content.Refresh()
	h.Win.Content().Refresh()
	if save.Position().Y != buttonAt {
		t.Fatalf("the button moved from %v to %v", buttonAt, save.Position().Y)
	}
	// A problem stays until its field changes: a save of the other field
	// alone leaves it.
	f.ShowProblems(model.Problems{model.FieldErr("f18", model.CodeRequired)})
	if f.Problem("f18") == "" || f.Count.Text != "1 fel att rätta – det står i rött vid fältet." {
		t.Fatalf("f18 %q count %q", f.Problem("f18"), f.Count.Text)
	}
	f.Clear()
	if !f.Count.Hidden || f.Problem("f18") != "" {
		t.Fatal("Clear left problems")
	}
}
