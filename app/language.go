package app

import (
	"fyne.io/fyne/v2"

	"samverka/app/internal/session"
)

// Options configure the user interface; see session.Options.
type Options = session.Options

// SetupLanguage loads the translations of the language the user chose.
// It must run before any widget is built.
func SetupLanguage(prefs fyne.Preferences) error { return session.SetupLanguage(prefs) }
