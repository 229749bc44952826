package app

import (
	"errors"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
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

// TestStatusWhileSaveWaits: while a save waits for a file another program
// holds, storage tells the shell from the saving goroutine, and the status
// line says "Väntar – …" (not as an error, and without a dialog); when
// the file comes free the save's outcome replaces it.
func TestStatusWhileSaveWaits(t *testing.T) {
	h := newHarness(t)
	h.openFile(h.DemoFile())
	path := h.ui.Doc.Store.Path()
	h.ui.Status.SetState(session.Tr("status.saving"), false)

	done := make(chan struct{})
	go func() {
		h.ui.onBusy(path, true)
		close(done)
	}()
	<-done
	waiting := session.Tr("status.busyWaiting")
	if !strings.HasPrefix(waiting, "Väntar – filen används av ett annat program") || !strings.Contains(waiting, "OneDrive") {
		t.Errorf("the waiting text reads %q", waiting)
	}
	deadline := time.Now().Add(5 * time.Second)
	for h.ui.Status.State.Text != waiting && time.Now().Before(deadline) {
		time.Sleep(20 * time.Millisecond)
	}
	if h.ui.Status.State.Text != waiting {
		t.Fatalf("status %q while the save waits, want %q", h.ui.Status.State.Text, waiting)
	}
	if h.ui.Status.State.Importance == widget.DangerImportance {
		t.Error("waiting for a held file is shown as an error")
	}
	if h.find(func(o fyne.CanvasObject) bool { l, ok := o.(*widget.Label); return ok && l.Text == waiting }) == nil {
		t.Error("the window does not draw the waiting status")
	}
	if h.Dialog() != nil {
		t.Errorf("waiting asked something: %s", h.Dialog())
	}

	h.ui.onBusy(path, false)
	if h.ui.Status.State.Text != waiting {
		t.Error("the waiting status went before the save's outcome")
	}
	h.ui.saveNow()
	deadline = time.Now().Add(10 * time.Second)
	for h.ui.Status.State.Text == waiting || h.ui.Status.State.Text == session.Tr("status.saving") {
		if time.Now().After(deadline) {
			t.Fatalf("the save never finished: %q", h.ui.Status.State.Text)
		}
		time.Sleep(20 * time.Millisecond)
	}
	if h.ui.Status.State.Importance == widget.DangerImportance {
		t.Errorf("the save after the wait failed: %q", h.ui.Status.State.Text)
	}

	h.ui.closeDocument()
	h.ui.onBusy(path, true)
	time.Sleep(100 * time.Millisecond)
	if h.ui.Status.State.Text == waiting {
		t.Error("waiting shown with no council open")
	}
}
