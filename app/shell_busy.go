package app

import (
	"time"

	"fyne.io/fyne/v2"

	"samverka/app/internal/session"
	"samverka/storage"
)

// busyRetryDelay is how long after a save gave up on a file another
// program held (OneDrive, a virus scanner) Samverka tries again by itself;
// each try waits up to storage's own limit for the file to come free.
const busyRetryDelay = 5 * time.Second

// watchBusy shows in the status line that a save is waiting for a file
// another program holds. It returns the function that stops watching.
func (u *UI) watchBusy() (stop func()) { return storage.OnBusy(u.onBusy) }

// onBusy is told by storage, from the saving goroutine, when a save starts
// (waiting) and stops waiting for a held file. The status line says
// "Väntar …" meanwhile, not as a problem; the save's outcome replaces it.
func (u *UI) onBusy(_ string, waiting bool) {
	if !waiting {
		return
	}
	fyne.Do(func() {
		if u.Doc != nil {
			u.Status.SetState(session.Tr("status.busyWaiting"), false)
		}
	})
}

// retryWhenFree reports a save that gave up because another program held
// the file: no dialog, since nothing is wrong with the user's work and the
// file comes free by itself; the status line says that the changes are
// kept, and the save is tried again after busyRetryDelay.
func (u *UI) retryWhenFree() {
	doc := u.Doc
	u.Status.SetState(session.Tr("status.busyRetry"), true)
	doc.ScheduleSave(busyRetryDelay, func() { u.autosave(doc) })
}
