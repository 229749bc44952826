package kit

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// AppTheme is Fyne's theme with text colours that can be read: Fyne's
// own grey of disabled fields (#e3e3e3 on white), its red, orange and
// green and its blue buttons fall below the 4.5:1 contrast WCAG AA asks
// of text. Read-only fields are disabled fields, and must be read.
type AppTheme struct{ fyne.Theme }

// NewAppTheme returns the app's theme over Fyne's default.
func NewAppTheme() fyne.Theme { return AppTheme{theme.DefaultTheme()} }

// Text colours by variant; the contrast test checks each against the
// backgrounds it is drawn on.
var appColours = map[fyne.ThemeVariant]map[fyne.ThemeColorName]color.NRGBA{
	theme.VariantLight: {
		theme.ColorNameDisabled:            {R: 0x6b, G: 0x6b, B: 0x6b, A: 0xff},
		theme.ColorNamePlaceHolder:         {R: 0x6b, G: 0x6b, B: 0x6b, A: 0xff},
		theme.ColorNameError:               {R: 0xc6, G: 0x28, B: 0x28, A: 0xff},
		theme.ColorNameWarning:             {R: 0xa8, G: 0x4d, B: 0x00, A: 0xff},
		theme.ColorNameSuccess:             {R: 0x2e, G: 0x7d, B: 0x32, A: 0xff},
		theme.ColorNamePrimary:             {R: 0x15, G: 0x65, B: 0xc0, A: 0xff},
		theme.ColorNameHyperlink:           {R: 0x15, G: 0x65, B: 0xc0, A: 0xff},
		theme.ColorNameForegroundOnPrimary: {R: 0xff, G: 0xff, B: 0xff, A: 0xff},
	},
	theme.VariantDark: {
		theme.ColorNameDisabled:  {R: 0x9a, G: 0x9a, B: 0x9a, A: 0xff},
		theme.ColorNameError:     {R: 0xff, G: 0x6e, B: 0x62, A: 0xff},
		theme.ColorNameHyperlink: {R: 0x64, G: 0xb5, B: 0xf6, A: 0xff},
		// White on the darker blue of buttons, as in the light variant.
		theme.ColorNamePrimary:             {R: 0x15, G: 0x65, B: 0xc0, A: 0xff},
		theme.ColorNameForegroundOnPrimary: {R: 0xff, G: 0xff, B: 0xff, A: 0xff},
	},
}

// Color implements fyne.Theme.
func (t AppTheme) Color(n fyne.ThemeColorName, v fyne.ThemeVariant) color.Color {
	if c, ok := appColours[v][n]; ok {
		return c
	}
	return t.Theme.Color(n, v)
}
