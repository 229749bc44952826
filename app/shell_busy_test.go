package app

import (
	"errors"
	"testing"
	"time"

	"fyne.io/fyne/v2/widget"

	"samverka/app/internal/session"
	"samverka/model"
	"samverka/storage"
)

// TestSaveWhileFileBusy: a save that gave up because another program held
// the file asks nothing, says in the status line that the changes are kept,
// and saves again by itself; the retry's success shows as saved.
func TestSaveWhileFileBusy(t *testing.T) {
	h := newHarness(t)
	h.openFile(h.DemoFile())
	var part model.Part
	for _, p := range h.ui.Doc.View.Parts {
		part = *p
		break
	}
	part.Notes = "Ändrat medan OneDrive höll filen"
	if err := h.ui.Doc.Store.Put(&part); err != nil {
		t.Fatal(err)
	}

	h.ui.afterSave(storage.SaveResult{}, &model.Error{Code: storage.CodeInUse, Err: errors.New("sharing violation")})
	if h.Dialog() != nil {
		t.Errorf("a busy file was reported with a dialog: %s", h.Dialog())
	}
	if h.ui.Status.State.Text != session.Tr("status.busyRetry") || h.ui.Status.State.Importance != widget.DangerImportance {
		t.Errorf("status %q", h.ui.Status.State.Text)
	}

	deadline := time.Now().Add(busyRetryDelay + 10*time.Second)
	for time.Now().Before(deadline) && (h.ui.Status.State.Text == session.Tr("status.busyRetry") || h.ui.Status.State.Text == session.Tr("status.saving")) {
		time.Sleep(100 * time.Millisecond)
	}
	if h.ui.Status.State.Importance == widget.DangerImportance {
		t.Fatalf("no retry after %v: status %q", busyRetryDelay, h.ui.Status.State.Text)
	}
	saved := h.Stored(h.ui.Doc.Store.Path())
	found := false
	for _, p := range saved.Parts {
		found = found || p.Notes == part.Notes
	}
	if !found {
		t.Error("the retried save did not write the change")
	}
}
