package pdf

import (
	"regexp"
	"testing"
)

// retiredWords are the words issue 14 retired from Samverka's documents,
// with what replaced them: no PDF the tests make may print them.
var retiredWords = []struct {
	re   *regexp.Regexp
	with string
}{
	{regexp.MustCompile(`(?i)förseglad`), "Undertecknad av samtliga parter"},
	{regexp.MustCompile(`(?i)fingeravtryck`), "Kontrollsumma"},
	{regexp.MustCompile(`(?i)skicka för underskrift`), "Lås för underskrift"},
	{regexp.MustCompile(`(?i)låst för underskrift`), "Fastställd för underskrift"},
	{regexp.MustCompile(`\bLäge\b`), "Status"},
	{regexp.MustCompile(`\bSätt\b`), "Underskriftssätt"},
	{regexp.MustCompile(`Undertecknad på papper`), "a footnote: Originalet undertecknat på papper"},
	{regexp.MustCompile(`Samverka dev\b`), "the real version or nothing"},
	{regexp.MustCompile(`(?i)\bfingerprint`), "Checksum"},
	{regexp.MustCompile(`(?i)\bsealed\b`), "Signed by all parties"},
}

// checkRetiredWords fails the test for every retired word in a
// document's text.
func checkRetiredWords(t *testing.T, text string) {
	t.Helper()
	for _, w := range retiredWords {
		if m := w.re.FindString(text); m != "" {
			t.Errorf("the document prints the retired %q; it says %s now", m, w.with)
		}
	}
}
