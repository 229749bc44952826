package app

import (
	"slices"
	"time"

	"fyne.io/fyne/v2"

	"samverka/app/internal/session"

	"samverka/app/screenshot"
	"samverka/app/sharing"
)

// Scenes that Screenshot can show, besides the main window's screens and
// the scenes of the screens' table: the welcome screen and the dialogs.
const (
	ScreenWelcome    = "welcome"
	screenBackups    = "backups"
	screenAbout      = "about"
	screenNewCouncil = "new"
)

// Screenshot makes the program picture its window, showing scene screen,
// and quit (see screenshot.Probe).
func (u *UI) Screenshot(path string, started time.Time, screen string) {
	screenshot.Probe(probeWindow{u}, path, started, screen)
}

// probeWindow is the shell as the screenshot probe sees it.
type probeWindow struct{ u *UI }

func (p probeWindow) Window() fyne.Window   { return p.u.Win }
func (p probeWindow) OnReady(fn func())     { p.u.OnReady(fn) }
func (p probeWindow) ShowNamed(name string) { p.u.ShowNamed(name) }
func (p probeWindow) Busy() bool            { return p.u.Busy.Load() > 0 }
func (p probeWindow) Shutdown()             { p.u.Shutdown() }

// sceneShower is a screen that sets itself up for a screenshot.
type sceneShower interface {
	ShowScene(name string)
}

// ShowNamed shows a screen by name, for screenshots: a main-window screen
// ("overview", "parts", …), one with its first record open ("part",
// "commitment", "meeting", "agreement") or a dialog ("backups", "about").
func (u *UI) ShowNamed(name string) {
	if u.Doc == nil {
		if name == screenNewCouncil && u.welcome != nil {
			u.welcome.name.SetText(session.Tr("welcome.exampleName"))
			u.welcome.onCreate()
		}
		return
	}
	for _, info := range screens {
		if slices.Contains(info.scenes, name) {
			u.showScreen(info.name)
			u.screenNamed(info.name).(sceneShower).ShowScene(name)
			return
		}
	}
	switch name {
	case screenBackups:
		sharing.OnBackups(u.Session)
	case screenAbout:
		u.showAbout()
	default:
		if !sharing.ShowScene(u.Session, name) && !u.everydayScene(name) {
			u.showScreen(name)
		}
	}
}
