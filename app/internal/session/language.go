package session

import (
	"fmt"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"

	"samverka/assets"
)

// PreferenceLanguage holds the language the user chose ("sv" or "en"); when
// it is empty Samverka follows the system.
const PreferenceLanguage = "language"

// Language returns the language Samverka speaks: the user's choice, else the
// system's when Samverka has it, else Swedish.
func Language(prefs fyne.Preferences) string {
	if l := prefs.String(PreferenceLanguage); slices.Contains(assets.Languages, l) {
		return l
	}
	return SystemLanguage(lang.SystemLocale())
}

func SystemLanguage(loc fyne.Locale) string {
	if base := baseLanguage(loc); slices.Contains(assets.Languages, base) {
		return base
	}
	return assets.Languages[0]
}

// baseLanguage returns the language of a locale without region or script:
// "sv" for "sv-SE".
func baseLanguage(loc fyne.Locale) string {
	base, _, _ := strings.Cut(strings.ReplaceAll(string(loc), "_", "-"), "-")
	return strings.ToLower(base)
}

// SetupLanguage loads the translations of the chosen language. It must run
// before any widget is built.
//
// Fyne's lang package picks its language from the system locale and has no
// setter, so SetupLanguage registers the chosen language's messages under
// every tag the package may settle on: the system locale, its base language
// and English, Fyne's fallback. Registering again with another language
// replaces the messages, so a change applies to widgets built afterwards.
func SetupLanguage(prefs fyne.Preferences) error {
	chosen := Language(prefs)
	data, err := assets.MessagesJSON(chosen)
	if err != nil {
		return fmt.Errorf("translations: %w", err)
	}
	sys := lang.SystemLocale()
	tags := []string{chosen, "en", baseLanguage(sys), sys.LanguageString(), strings.ReplaceAll(sys.String(), "_", "-")}
	var done []string
	for _, tag := range tags {
		if tag == "" || slices.Contains(done, tag) {
			continue
		}
		done = append(done, tag)
		if err := lang.AddTranslationsForLocale(data, fyne.Locale(tag)); err != nil {
			return fmt.Errorf("translations for %s: %w", tag, err)
		}
	}
	return nil
}

// Tr returns the text of key in the user's language, with the placeholders
// filled from args. A missing key shows as itself, so a test can find it.
func Tr(key string, args ...map[string]any) string {
	if len(args) > 0 {
		return lang.X(key, key, args[0])
	}
	return lang.X(key, key)
}
