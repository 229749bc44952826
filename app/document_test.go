package app

import (
	"path/filepath"
	"slices"
	"testing"
	"time"

	"fyne.io/fyne/v2"

	"samverka/model"
	"samverka/storage"

	"samverka/app/internal/session"
)

// TestAutosave saves a change on its own shortly after it is made.
func TestAutosave(t *testing.T) {
	h := newHarness(t)
	h.ui.Opt.AutosaveDelay = 20 * time.Millisecond
	path := h.DemoFile()
	h.openFile(path)
	before, err := storage.Check(path)
	if err != nil {
		t.Fatal(err)
	}
	h.addPart("Autosparade föreningen")
	doc := h.ui.Doc.Store
	for deadline := time.Now().Add(20 * time.Second); doc.Dirty(); time.Sleep(10 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatal("the change was not saved automatically")
		}
	}
	after, err := storage.Check(path)
	if err != nil || after.Counts[model.KindPart] != before.Counts[model.KindPart]+1 {
		t.Fatalf("parts on disk: %d before, %+v after (%v)", before.Counts[model.KindPart], after.Counts, err)
	}
}

// TestSaveCopy writes a copy that opens on its own and leaves the
// document where it was.
func TestSaveCopy(t *testing.T) {
	h := newHarness(t)
	path := h.DemoFile()
	h.openFile(path)
	copyPath := filepath.Join(h.Dir, "Kopia.samverka")
	h.ui.saveCopyTo(copyPath)
	if h.Dialog() == nil || h.Dialog().Message() != session.Tr("dialog.copy.done", map[string]any{"Path": copyPath}) {
		t.Fatal("no word that the copy was saved")
	}
	h.Confirm("button.ok")
	if h.ui.Doc.Store.Path() != path {
		t.Fatal("the open document moved to the copy")
	}
	st, err := storage.Check(copyPath)
	if err != nil || st.Counts[model.KindCommitment] != len(h.ui.Doc.View.Rows) {
		t.Fatalf("copy: %+v %v", st, err)
	}
	h.ui.saveCopyTo(path)
	if h.Dialog() == nil || h.Dialog().Message() != session.Tr("dialog.copy.same") {
		t.Fatal("a copy over the file itself was not refused")
	}
}

// TestMenus checks the menus, their shortcuts and that they act.
func TestMenus(t *testing.T) {
	h := newHarness(t)
	path := h.DemoFile()
	h.openFile(path)
	menu := h.Win.MainMenu()
	if menu == nil || len(menu.Items) != 3 {
		t.Fatalf("main menu %+v", menu)
	}
	labels := func(m *fyne.Menu) []string {
		var l []string
		for _, it := range m.Items {
			if !it.IsSeparator {
				l = append(l, it.Label)
			}
		}
		return l
	}
	want := [][]string{
		{"Arkiv", "Ny…", "Öppna…", "Öppna senaste", "Spara nu", "Spara kopia som…", "Säkerhetskopior…",
			"Skriv ut…", "Slå samman med…", "Exportera listor…", "Importera CSV…", "Stäng filen", "Avsluta"},
		{"Redigera", "Ångra", "Sök åtaganden", "Konflikter…", "Språk"},
		{"Hjälp", "Kom igång", "Kortkommandon", "Om Samverka"},
	}
	for i, m := range menu.Items {
		if got := append([]string{m.Label}, labels(m)...); !slices.Equal(got, want[i]) {
			t.Errorf("menu %d: %q, want %q", i, got, want[i])
		}
	}
	find := func(label string) *fyne.MenuItem {
		for _, m := range menu.Items {
			for _, it := range m.Items {
				if it.Label == label {
					return it
				}
			}
		}
		t.Fatalf("no menu item %q", label)
		return nil
	}
	keys := map[string]string{"Ny…": "N", "Öppna…": "O", "Spara nu": "S", "Sök åtaganden": "F", "Stäng filen": "W"}
	for label, key := range keys {
		if sc := find(label).Shortcut; sc == nil || !slices.Contains([]string{"CustomDesktop:Control+" + key, "CustomDesktop:Super+" + key}, sc.ShortcutName()) {
			t.Errorf("%s: shortcut %v", label, sc)
		}
	}
	if _, ok := find("Ångra").Shortcut.(*fyne.ShortcutUndo); !ok {
		t.Error("Ångra is not on Ctrl+Z")
	}
	if !find("Avsluta").IsQuit {
		t.Error("Avsluta is not the quit item")
	}
	if recent := find("Öppna senaste"); recent.ChildMenu == nil || len(recent.ChildMenu.Items) != 1 || recent.ChildMenu.Items[0].Label != "Exempel" {
		t.Errorf("recent files menu %+v", recent.ChildMenu)
	}

	find("Sök åtaganden").Action()
	if h.ui.screen != screenCommitments || h.Win.Canvas().Focused() != h.entryWithPlaceHolder("commitments.search") {
		t.Error("Ctrl+F does not go to the commitments' search")
	}
	find("Säkerhetskopior…").Action()
	find("Stäng filen").Action()
	if h.ui.Doc != nil || !isShown(h.ui.root, h.ui.welcome.content) {
		t.Fatal("Ctrl+W does not close the file")
	}
	if menu := h.Win.MainMenu(); !findIn(menu, "Spara nu").Disabled || findIn(menu, "Ny…").Disabled {
		t.Error("the menu does not follow the closed file")
	}
}

func findIn(menu *fyne.MainMenu, label string) *fyne.MenuItem {
	for _, m := range menu.Items {
		for _, it := range m.Items {
			if it.Label == label {
				return it
			}
		}
	}
	return &fyne.MenuItem{}
}
