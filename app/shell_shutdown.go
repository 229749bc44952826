package app

import "log"

// Shutdown saves and closes the open council; main calls it when the
// event loop ends, however it ended.
func (u *UI) Shutdown() {
	defer func() {
		u.dropExample()
		for _, fn := range u.atShutdown {
			fn()
		}
		u.atShutdown = nil
	}()
	if u.stopBusy != nil {
		u.stopBusy()
		u.stopBusy = nil
	}
	if u.Doc == nil {
		return
	}
	u.Doc.StopAutosave()
	if err := u.Doc.Store.Close(); err != nil {
		log.Printf("closing %s: %v", u.Doc.Store.Path(), err)
	}
	u.Doc = nil
}

// OnShutdown has fn run once Shutdown has closed the council.
func (u *UI) OnShutdown(fn func()) { u.atShutdown = append(u.atShutdown, fn) }
