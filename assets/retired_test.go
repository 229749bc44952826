package assets

import (
	"regexp"
	"testing"
)

// retired are the words issue 14 retired, per language, with what took
// their place; no translation may use them.
var retired = map[string][]struct {
	re   *regexp.Regexp
	with string
}{
	"sv": {
		{regexp.MustCompile(`(?i)förseglad`), "Undertecknad av samtliga parter"},
		{regexp.MustCompile(`(?i)fingeravtryck`), "Kontrollsumma"},
		{regexp.MustCompile(`(?i)skicka för underskrift`), "Lås för underskrift"},
		{regexp.MustCompile(`(?i)låst för underskrift`), "Fastställd för underskrift"},
		{regexp.MustCompile(`^Läge$`), "Status"},
		{regexp.MustCompile(`^Sätt`), "Underskriftssätt"},
		{regexp.MustCompile(`^Undertecknad på papper$`), "Originalet undertecknat på papper (a footnote)"},
	},
	"en": {
		{regexp.MustCompile(`(?i)fingerprint`), "checksum"},
		{regexp.MustCompile(`(?i)\bseal`), "signed by all parties"},
		{regexp.MustCompile(`(?i)send for signing`), "lock for signing"},
		{regexp.MustCompile(`(?i)frozen for signing`), "approved for signing"},
		{regexp.MustCompile(`^State$`), "Status"},
	},
}

// action finds template actions, whose names ({{.Fingerprint}}) are not
// words a user reads.
var action = regexp.MustCompile(`\{\{[^}]*\}\}`)

func TestNoRetiredWords(t *testing.T) {
	for name, m := range translationFiles(t) {
		lang := langOf(name)
		for k, v := range m {
			text := action.ReplaceAllString(v, "")
			for _, w := range retired[lang] {
				if w.re.MatchString(text) {
					t.Errorf("%s: %s = %q uses the retired %q; say %s", name, k, v, w.re.FindString(text), w.with)
				}
			}
		}
	}
}
