package kit_test

import (
	"image/color"
	"math"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"

	"samverka/app/internal/kit"
)

// luminance is WCAG 2's relative luminance of c.
func luminance(c color.Color) float64 {
	r, g, b, _ := c.RGBA()
	lin := func(v uint32) float64 {
		s := float64(v) / 0xffff
		if s <= 0.03928 {
			return s / 12.92
		}
		return math.Pow((s+0.055)/1.055, 2.4)
	}
	return 0.2126*lin(r) + 0.7152*lin(g) + 0.0722*lin(b)
}

// contrast is WCAG 2's contrast ratio of two opaque colours.
func contrast(a, b color.Color) float64 {
	la, lb := luminance(a), luminance(b)
	return (max(la, lb) + 0.05) / (min(la, lb) + 0.05)
}

// TestThemeContrast is issue 19's fourteenth case for colours: every text
// colour of the app's theme, faint ones (disabled fields, place holders,
// paths) included, has at least WCAG AA's 4.5:1 against every background
// it is drawn on, in the light and the dark variant; so do the texts on
// coloured buttons.
func TestThemeContrast(t *testing.T) {
	th := kit.NewAppTheme()
	texts := []fyne.ThemeColorName{theme.ColorNameForeground, theme.ColorNameDisabled, theme.ColorNamePlaceHolder,
		theme.ColorNameError, theme.ColorNameWarning, theme.ColorNameSuccess, theme.ColorNameHyperlink}
	grounds := []fyne.ThemeColorName{theme.ColorNameBackground, theme.ColorNameInputBackground,
		theme.ColorNameMenuBackground, theme.ColorNameOverlayBackground, theme.ColorNameHeaderBackground}
	pairs := [][2]fyne.ThemeColorName{
		{theme.ColorNameForegroundOnPrimary, theme.ColorNamePrimary},
		{theme.ColorNameForegroundOnError, theme.ColorNameError},
		{theme.ColorNameForegroundOnWarning, theme.ColorNameWarning},
		{theme.ColorNameForegroundOnSuccess, theme.ColorNameSuccess},
		{theme.ColorNameForeground, theme.ColorNameButton},
		{theme.ColorNameDisabled, theme.ColorNameDisabledButton},
	}
	for _, text := range texts {
		for _, ground := range grounds {
			pairs = append(pairs, [2]fyne.ThemeColorName{text, ground})
		}
	}
	for _, v := range []fyne.ThemeVariant{theme.VariantLight, theme.VariantDark} {
		for _, p := range pairs {
			if r := contrast(th.Color(p[0], v), th.Color(p[1], v)); r < 4.5 {
				t.Errorf("variant %d: %s on %s is %.2f:1", v, p[0], p[1], r)
			}
		}
	}
	// Fyne's own theme fails, which is why the app has its own.
	if r := contrast(theme.DefaultTheme().Color(theme.ColorNameDisabled, theme.VariantLight),
		theme.DefaultTheme().Color(theme.ColorNameBackground, theme.VariantLight)); r >= 4.5 {
		t.Errorf("Fyne's disabled grey has %.2f:1; the app theme may not be needed", r)
	}
}
