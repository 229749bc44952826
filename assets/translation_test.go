package assets

import (
	"encoding/json"
	"io/fs"
	"path"
	"regexp"
	"slices"
	"strings"
	"testing"
	"text/template"

	"samverka/model"
)

// translationFiles reads every message file: file name → key → text.
func translationFiles(t *testing.T) map[string]map[string]string {
	t.Helper()
	entries, err := fs.ReadDir(Translations, TranslationDir)
	if err != nil {
		t.Fatal(err)
	}
	files := map[string]map[string]string{}
	for _, e := range entries {
		data, err := Translations.ReadFile(path.Join(TranslationDir, e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		var m map[string]string
		if err := json.Unmarshal(data, &m); err != nil {
			t.Fatalf("%s is not a flat JSON object of texts: %v", e.Name(), err)
		}
		files[e.Name()] = m
	}
	return files
}

// langOf returns the language of a file named [prefix.]lang.json.
func langOf(name string) string {
	name = strings.TrimSuffix(name, ".json")
	return name[strings.LastIndex(name, ".")+1:]
}

// placeholder finds {{.Name}} and the names inside {{if .Name}}.
var placeholder = regexp.MustCompile(`\{\{[^}]*?\.([A-Za-z_][A-Za-z0-9_]*)`)

func placeholders(text string) []string {
	var names []string
	for _, m := range placeholder.FindAllStringSubmatch(text, -1) {
		if !slices.Contains(names, m[1]) {
			names = append(names, m[1])
		}
	}
	slices.Sort(names)
	return names
}

func TestTranslationsComplete(t *testing.T) {
	files := translationFiles(t)
	merged := map[string]map[string]string{} // lang → key → text
	from := map[string]map[string]string{}   // lang → key → file
	for name, m := range files {
		lang := langOf(name)
		if !slices.Contains(Languages, lang) {
			t.Errorf("%s: unknown language %q", name, lang)
			continue
		}
		if merged[lang] == nil {
			merged[lang], from[lang] = map[string]string{}, map[string]string{}
		}
		for k, v := range m {
			if other, ok := from[lang][k]; ok {
				t.Errorf("%s: key %q is also in %s; one file would overwrite the other", name, k, other)
			}
			merged[lang][k], from[lang][k] = v, name
			if strings.TrimSpace(v) == "" {
				t.Errorf("%s: %q is empty", name, k)
			}
			if _, err := template.New(k).Parse(v); err != nil {
				t.Errorf("%s: %q is not a valid template: %v", name, k, err)
			}
		}
	}
	sv, en := merged["sv"], merged["en"]
	if len(sv) == 0 {
		t.Fatal("no Swedish messages")
	}
	for k := range sv {
		if _, ok := en[k]; !ok {
			t.Errorf("%q (in %s) has no English text", k, from["sv"][k])
		}
	}
	for k := range en {
		if _, ok := sv[k]; !ok {
			t.Errorf("%q (in %s) has no Swedish text", k, from["en"][k])
		}
	}
	for k, s := range sv {
		e, ok := en[k]
		if !ok {
			continue
		}
		if ps, pe := placeholders(s), placeholders(e); !slices.Equal(ps, pe) {
			t.Errorf("%q: Swedish uses %v, English %v", k, ps, pe)
		}
	}
}

func TestMessageFillsPlaceholders(t *testing.T) {
	args := map[string]any{"User": "Anna", "Host": "RADET-PC", "Since": "12 mars 09:15"}
	got := Message("sv", "error.file.locked", args)
	for _, want := range []string{"Anna", "RADET-PC", "12 mars 09:15"} {
		if !strings.Contains(got, want) {
			t.Errorf("message %q lacks %q", got, want)
		}
	}
	if got := Message("en", "error.record.locked", nil); strings.Contains(got, "{{") || !strings.HasPrefix(got, "This item") {
		t.Errorf("record.locked without a label: %q", got)
	}
	if got := Message("sv", "error.record.locked", map[string]any{"Label": "Överenskommelse 2026"}); !strings.Contains(got, "”Överenskommelse 2026”") {
		t.Errorf("record.locked with a label: %q", got)
	}
}

// TestKindsOfRecordsAreNamed: a message about a record named its kind by
// the data file's bucket ("parts"); every kind has a name in every
// language, and Message shows it.
func TestKindsOfRecordsAreNamed(t *testing.T) {
	for _, lang := range Languages {
		m, err := Messages(lang)
		if err != nil {
			t.Fatal(err)
		}
		for _, k := range model.Kinds {
			if m["records."+string(k)] == "" {
				t.Errorf("%s: no name for the records %q", lang, k)
			}
		}
	}
	got := Message("sv", "error.dataset.duplicate", map[string]any{"Kind": string(model.KindPart), "ID": "p1"})
	if !strings.Contains(got, "aktörer") || strings.Contains(got, "parts") {
		t.Errorf("the message reads %q", got)
	}
	// A kind that is not a record's is shown as it is.
	if got := Message("sv", "cli.badKind", map[string]any{"Kind": "partz", "Kinds": "parts"}); !strings.Contains(got, "”partz”") {
		t.Errorf("the message reads %q", got)
	}
}
