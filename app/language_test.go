package app

import (
	"encoding/json"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/test"

	"samverka/assets"
	"samverka/model"

	"samverka/app/internal/session"
)

// TestLanguageSetting shows that the preference chooses the language,
// whatever the system's, and that the window is rebuilt in it.
func TestLanguageSetting(t *testing.T) {
	h := newHarness(t)
	h.ui.Start("")
	if got := session.Tr("nav.overview"); got != "Översikt" {
		t.Fatalf("Swedish: %q", got)
	}
	if got := lang.L("Cancel"); got != "Avbryt" {
		t.Fatalf("Fyne's own words in Swedish: %q", got)
	}
	h.ui.welcome.language.Sel.SetSelected("English")
	if got := h.App.Preferences().String(session.PreferenceLanguage); got != "en" {
		t.Fatalf("preference %q", got)
	}
	if got := session.Tr("nav.overview"); got != "Overview" {
		t.Fatalf("English: %q", got)
	}
	if h.ui.welcome.create.Text != "Create council file…" {
		t.Fatalf("welcome screen not rebuilt in English: %q", h.ui.welcome.create.Text)
	}
	if got := lang.L("Cancel"); got != "Cancel" {
		t.Fatalf("Fyne's own words in English: %q", got)
	}
	h.ui.setLanguage("sv")
	if h.ui.welcome.create.Text != "Skapa rådsfil…" {
		t.Fatalf("back to Swedish: %q", h.ui.welcome.create.Text)
	}
}

// TestLanguageSettingOnOtherSystems runs TestLanguageSetting again on
// systems set to German, Swedish and British English.
func TestLanguageSettingOnOtherSystems(t *testing.T) {
	if os.Getenv("SAMVERKA_LANG_CHILD") != "" {
		t.Skip("already a child")
	}
	for _, loc := range []string{"de_DE.UTF-8", "sv_SE.UTF-8", "en_GB.UTF-8"} {
		cmd := exec.Command(os.Args[0], "-test.run=^TestLanguageSetting$", "-test.count=1")
		cmd.Env = append(os.Environ(), "SAMVERKA_LANG_CHILD=1", "LC_ALL="+loc, "LANG="+loc, "LANGUAGE=")
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Errorf("system %s: %v\n%s", loc, err, out)
		}
	}
}

func TestSystemLanguage(t *testing.T) {
	for loc, want := range map[fyne.Locale]string{"sv-SE": "sv", "sv": "sv", "en-GB": "en", "en-US": "en", "de-DE": "sv", "": "sv"} {
		if got := session.SystemLanguage(loc); got != want {
			t.Errorf("%q: %q, want %q", loc, got, want)
		}
	}
	a := test.NewTempApp(t)
	a.Preferences().SetString(session.PreferenceLanguage, "en")
	if session.Language(a.Preferences()) != "en" {
		t.Fatal("the preference does not win over the system")
	}
}

// keyPattern finds the translation keys the code names literally.
var keyPattern = regexp.MustCompile(`(?:\b[tT]r|[sS]ectionTitle|[sS]creenHeader|[nN]ewRecordDialog|[cC]onfirm|[cC]hoose|[sS]howInfo|\.[lL]ine|\.[sS]ection|\.[tT]ext)\("([a-zA-Z][a-zA-Z.]*[a-zA-Z])"|(?:key|Key): "([a-zA-Z.]+)"|\.[aA]dd\("[^"]*", "([a-zA-Z.]+)"`)

// TestTranslationsComplete checks that every text the screens show exists
// in Swedish and English, and that both languages have the same keys.
func TestTranslationsComplete(t *testing.T) {
	sv := readMessages(t, "ui.sv.json")
	en := readMessages(t, "ui.en.json")
	for k := range sv {
		if _, ok := en[k]; !ok {
			t.Errorf("%s: Swedish only", k)
		}
	}
	for k := range en {
		if _, ok := sv[k]; !ok {
			t.Errorf("%s: English only", k)
		}
	}
	all := map[string]map[string]string{}
	for _, l := range assets.Languages {
		m, err := assets.Messages(l)
		if err != nil {
			t.Fatal(err)
		}
		all[l] = m
	}
	var keys []string
	// The shell and every package under it.
	var files []string
	err := filepath.WalkDir(".", func(path string, d fs.DirEntry, err error) error {
		if err == nil && strings.HasSuffix(path, ".go") && !strings.HasSuffix(path, "_test.go") {
			files = append(files, path)
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range keyPattern.FindAllStringSubmatch(string(src), -1) {
			keys = append(keys, m[1]+m[2]+m[3])
		}
	}
	if len(keys) < 150 {
		t.Fatalf("only %d keys found in the code: is the pattern stale?", len(keys))
	}
	for _, s := range screens {
		keys = append(keys, "nav."+s.name)
	}
	for _, k := range model.PartKinds {
		keys = append(keys, "partKind."+string(k))
	}
	for _, s := range append(model.Statuses, "") {
		keys = append(keys, "status."+string(s))
	}
	for _, r := range model.CouncilRoles {
		keys = append(keys, "role."+string(r))
	}
	for _, k := range model.MeetingKinds {
		keys = append(keys, "meetingKind."+string(k))
	}
	for _, k := range model.ItemKinds {
		keys = append(keys, "itemKind."+string(k))
	}
	for _, p := range model.Presences {
		keys = append(keys, "presence."+string(p))
	}
	for _, s := range []model.DocState{model.StateDraft, model.StateApproved, model.StateForSigning, model.StateSigned, model.StateSuperseded} {
		keys = append(keys, "state."+string(s))
	}
	for _, a := range model.Areas {
		keys = append(keys, a.Key())
	}
	slices.Sort(keys)
	for _, k := range slices.Compact(keys) {
		for l, m := range all {
			if strings.TrimSpace(m[k]) == "" {
				t.Errorf("%s: no %s text", k, l)
			}
		}
	}
}

func readMessages(t *testing.T, name string) map[string]string {
	t.Helper()
	data, err := assets.Translations.ReadFile(assets.TranslationDir + "/" + name)
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]string
	if err := json.Unmarshal(data, &m); err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return m
}
