package kit_test

import (
	"testing"

	"fyne.io/fyne/v2/test"

	"samverka/model"

	"samverka/app/internal/kit"
	"samverka/app/internal/sessiontest"
)

// TestClassPicker: the picker offers Öppen, Intern and Ej offentlig in
// Swedish, asks for the provision only for Ej offentlig, and leaves no
// provision behind when the user switches away from it.
func TestClassPicker(t *testing.T) {
	sessiontest.New(t)
	c := kit.NewClassPicker()
	w := test.NewWindow(c.Content)
	defer w.Close()
	if got := c.Choice.Sel.Options; len(got) != 3 || got[0] != "Öppen" || got[1] != "Intern" || got[2] != "Ej offentlig" {
		t.Fatalf("the classes offered: %q", got)
	}
	changes := 0
	c.OnChanged = func() { changes++ }
	if c.Marking() != (model.Marking{}) || c.Provision.Visible() {
		t.Fatal("a new picker is not Öppen without a provision")
	}
	c.Choice.Sel.SetSelectedIndex(2)
	if !c.Provision.Visible() {
		t.Fatal("Ej offentlig does not ask for its provision")
	}
	test.Type(c.Provision, "OSL 18 kap. 1 §")
	if want := (model.Marking{Class: model.ClassSecret, Provision: "OSL 18 kap. 1 §"}); c.Marking() != want {
		t.Fatalf("picked %+v, want %+v", c.Marking(), want)
	}
	c.Choice.Sel.SetSelectedIndex(1)
	if c.Provision.Visible() || c.Marking() != (model.Marking{Class: model.ClassInternal}) {
		t.Fatalf("after Intern: %+v, provision shown %v", c.Marking(), c.Provision.Visible())
	}
	if changes == 0 {
		t.Error("OnChanged was not called")
	}
	changes = 0
	c.Set(model.Marking{Class: model.ClassSecret, Provision: "OSL 35 kap. 1 §"})
	if changes != 0 || !c.Provision.Visible() || c.Provision.Text != "OSL 35 kap. 1 §" {
		t.Errorf("Set: %d changes, provision %q shown %v", changes, c.Provision.Text, c.Provision.Visible())
	}
	if kit.ClassBadge(model.Marking{}) != "" || kit.ClassBadge(model.Marking{Class: model.ClassInternal}) != "Intern" {
		t.Error("the list badges")
	}
	c.SetDisabled(true)
	if !c.Choice.Sel.Disabled() || !c.Provision.Disabled() {
		t.Error("a disabled picker can be changed")
	}
}
