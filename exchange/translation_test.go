package exchange

import (
	"testing"

	"samverka/assets"
	"samverka/model"
)

// TestEveryTextIsTranslated checks that every header, choice, list name
// and error this package shows has its text in both languages.
func TestEveryTextIsTranslated(t *testing.T) {
	keys := []string{"exchange.line", "exchange.yes", "exchange.no", "exchange.summary", "exchange.ignored"}
	for _, k := range Lists {
		keys = append(keys, "exchange.list."+string(k))
		for _, c := range columns(k) {
			keys = append(keys, c.key)
		}
	}
	for _, ch := range []choice{partKinds, roles, statuses, areas} {
		for _, v := range ch.values {
			keys = append(keys, ch.key+v)
		}
	}
	for _, code := range []string{CodeHeader, CodeColumnTwice, CodeUnreadable, CodeUnknownID, CodeDuplicateID,
		CodeUnknownPart, CodeAmbiguousPart, CodeUnknownPerson, CodeUnknownMethod, CodeYesNo, CodeChoice, CodeFile,
		model.CodeOtherCouncil} {
		keys = append(keys, (&model.Error{Code: code}).Key())
	}
	for _, lang := range assets.Languages {
		m, err := assets.Messages(lang)
		if err != nil {
			t.Fatal(err)
		}
		for _, k := range keys {
			if m[k] == "" {
				t.Errorf("%s: no text for %s", lang, k)
			}
		}
	}
}
