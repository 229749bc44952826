// Package assets holds what Samverka embeds: translations, fonts and the
// icon. It imports no GUI code, so the headless program uses it too.
package assets

import (
	"embed"
	"encoding/json"
	"fmt"
	"io/fs"
	"path"
	"strings"
	"sync"
	"text/template"
)

// Translations holds the message files, named [prefix.]lang.json as Fyne's
// lang.AddTranslationsFS expects; several files per language are merged.
//
//go:embed translation/*.json
var Translations embed.FS

// TranslationDir is the folder of Translations that holds the files.
const TranslationDir = "translation"

// Languages are the languages Samverka speaks, Swedish first.
var Languages = []string{"sv", "en"}

var (
	loadOnce sync.Once
	messages map[string]map[string]string // lang → key → text
	loadErr  error
)

func load() {
	messages = map[string]map[string]string{}
	entries, err := fs.ReadDir(Translations, TranslationDir)
	if err != nil {
		loadErr = err
		return
	}
	for _, e := range entries {
		name := strings.TrimSuffix(e.Name(), ".json")
		lang := name[strings.LastIndex(name, ".")+1:]
		data, err := Translations.ReadFile(path.Join(TranslationDir, e.Name()))
		if err != nil {
			loadErr = err
			return
		}
		var m map[string]string
		if err := json.Unmarshal(data, &m); err != nil {
			loadErr = fmt.Errorf("%s: %w", e.Name(), err)
			return
		}
		if messages[lang] == nil {
			messages[lang] = map[string]string{}
		}
		for k, v := range m {
			messages[lang][k] = v
		}
	}
}

// Messages returns every message of lang, merged from all its files. The
// map is shared: do not change it.
func Messages(lang string) (map[string]string, error) {
	loadOnce.Do(load)
	return messages[lang], loadErr
}

// MessagesJSON returns lang's merged messages as one JSON object, for
// lang.AddTranslationsForLocale.
func MessagesJSON(lang string) ([]byte, error) {
	m, err := Messages(lang)
	if err != nil {
		return nil, err
	}
	return json.Marshal(m)
}

// Message returns the message key in lang with its {{.Name}} placeholders
// filled from args. An unknown key falls back to English, then to the key.
func Message(lang, key string, args map[string]any) string {
	loadOnce.Do(load)
	text, ok := messages[lang][key]
	if !ok {
		text, ok = messages["en"][key]
	}
	if !ok {
		return key
	}
	if !strings.Contains(text, "{{") {
		return text
	}
	t, err := template.New(key).Option("missingkey=zero").Parse(text)
	if err != nil {
		return text
	}
	var b strings.Builder
	if err := t.Execute(&b, RecordsArgs(args, func(k string) (string, bool) {
		s, ok := messages[lang][k]
		return s, ok
	})); err != nil {
		return text
	}
	return b.String()
}

// RecordsArgs returns args with a kind of record given as its data file's
// name ("parts") under Kind shown as the language calls a list of them
// ("aktörer", key "records.parts"), so that no message shows a bucket
// name to the user; lookup finds a message. Other kinds (a meeting's, a
// dialogue's) have no such key and stay as they are.
func RecordsArgs(args map[string]any, lookup func(key string) (string, bool)) map[string]any {
	kind, ok := args["Kind"].(string)
	if !ok {
		return args
	}
	name, ok := lookup("records." + kind)
	if !ok {
		return args
	}
	out := make(map[string]any, len(args))
	for k, v := range args {
		out[k] = v
	}
	out["Kind"] = name
	return out
}
