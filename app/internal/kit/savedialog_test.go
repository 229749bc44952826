package kit_test

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"samverka/app/internal/kit"
	"samverka/app/internal/session"
	"samverka/app/internal/sessiontest"
)

// TestSaveDialogInSwedish: the dialog for a new file is Swedish all
// through, proposes the name with the focus on it, refuses to write over
// a file, and Enter saves under the name typed.
func TestSaveDialogInSwedish(t *testing.T) {
	h := sessiontest.New(t)
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "Finns.samverka"), []byte("någons fil"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Mkdir(filepath.Join(dir, "Rådet"), 0o755); err != nil {
		t.Fatal(err)
	}
	var got string
	d := kit.NewSaveDialog(h.Win, "save.title", dir, "Rådet Skärholmen", ".samverka", func(p string) { got = p })
	d.Show(h.Win)
	if d.Name.Text != "Rådet Skärholmen.samverka" || h.Win.Canvas().Focused() != d.Name {
		t.Fatalf("proposed %q, focus on %v", d.Name.Text, h.Win.Canvas().Focused())
	}
	var places []string
	for _, b := range d.Places {
		places = append(places, b.Text)
	}
	if !slices.Contains(places, "Hem") || !slices.Contains(places, "Dator") || d.Up.Text != "Överordnad mapp" {
		t.Fatalf("places %q, up %q", places, d.Up.Text)
	}
	if h.Dialog() == nil || session.Tr("save.title") != "Spara fil" {
		t.Fatalf("no dialog titled Spara fil on screen")
	}

	d.Name.SetText("Finns")
	test.Tap(d.Save)
	if got != "" || !strings.Contains(d.Problem.Text, "Finns.samverka") {
		t.Fatalf("an existing file: chose %q, problem %q", got, d.Problem.Text)
	}
	d.Name.SetText("Mitt råd")
	if d.Problem.Text != "" {
		t.Fatal("the problem stays after the name was changed")
	}
	d.Name.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if got != filepath.Join(dir, "Mitt råd.samverka") {
		t.Fatalf("chose %q", got)
	}
}
