package app

import (
	"path/filepath"
	"strings"
	"testing"
	"time"

	"samverka/app/internal/session"
	"samverka/app/internal/sessiontest"
	"samverka/model"
)

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
	sessiontest.ShareRetitle(h.Harness, path, "Bertil", time.Now(), theirs.ID, "Bertil ändrade detta")

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
	if got := sessiontest.ShareCommitmentIn(stored, mine.ID).Title; got != "Anna ändrade detta" {
		t.Errorf("the file lacks Anna's change: %q", got)
	}
	if got := sessiontest.ShareCommitmentIn(stored, theirs.ID).Title; got != "Bertil ändrade detta" {
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
	if got := sessiontest.ShareCommitmentIn(h.Stored(path), mine.ID).Title; got != "Anna ändrade igen" {
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
	sessiontest.ShareRetitle(h.Harness, path, "Bertil", time.Now(), theirs.ID, "Bertil ändrade detta")

	h.ui.onCloseFile()
	if h.ui.Doc != nil || h.Dialog() == nil || h.Dialog().Button("share.changed.merge") == nil {
		t.Fatalf("closing did not offer to merge: %v", h.Dialog())
	}
	if got := sessiontest.ShareCommitmentIn(h.Stored(path), mine.ID).Title; got == "Anna ändrade detta" {
		t.Fatal("the close wrote over the other person's save")
	}
	h.Confirm("share.changed.merge")
	if h.ui.Doc == nil || !session.Same(h.ui.Doc.Store.Path(), path) {
		t.Fatal("the file did not open again")
	}
	h.ui.onCloseFile()
	stored := h.Stored(path)
	if got := sessiontest.ShareCommitmentIn(stored, mine.ID).Title; got != "Anna ändrade detta" {
		t.Errorf("the file lacks Anna's change: %q", got)
	}
	if got := sessiontest.ShareCommitmentIn(stored, theirs.ID).Title; got != "Bertil ändrade detta" {
		t.Errorf("the file lacks Bertil's change: %q", got)
	}
}
