package pdf

import (
	"fmt"
	"strings"

	"samverka/assets"
	"samverka/model"
)

// Warning says that a text could not be printed exactly as written: the
// fonts have no glyph for some of its characters (an emoji, Chinese
// script), so the document shows □ in their place. The document is still
// made; the user is told which text to look at.
type Warning struct {
	Kind     model.Kind // the kind of record the text belongs to
	RecordID string
	Label    string // the record as the user knows it, e.g. a name
	// Field is the text's JSON path in the record, as model names fields
	// ("parties[1].signerName"); model.FieldKey gives its translation key.
	Field    string
	Replaced []rune // the characters replaced, each once
}

// Chars returns the replaced characters with their code points,
// "😀 (U+1F600), 中 (U+4E2D)".
func (w Warning) Chars() string {
	parts := make([]string, len(w.Replaced))
	for i, r := range w.Replaced {
		parts[i] = fmt.Sprintf("%c (U+%04X)", r, r)
	}
	return strings.Join(parts, ", ")
}

// Message returns the warning as a sentence in lang ("sv" or "en").
func (w Warning) Message(lang string) string {
	field := w.Field
	if key := model.FieldKey(w.Field); w.Field != "" {
		if name := assets.Message(lang, key, nil); name != key {
			field = name
		}
	}
	if row := model.FieldRow(w.Field); row > 0 {
		field = assets.Message(lang, "pdf.warning.row", map[string]any{"Field": field, "Row": row})
	}
	return assets.Message(lang, "pdf.warning.replaced", map[string]any{
		"Label": w.Label, "Field": field, "Chars": w.Chars(),
	})
}

// String returns the warning in Swedish.
func (w Warning) String() string { return w.Message("sv") }

// Warnings are the warnings of one document, in the order the texts
// appear in it.
type Warnings []Warning

// Messages returns every warning as a sentence in lang.
func (ws Warnings) Messages(lang string) []string {
	out := make([]string, len(ws))
	for i, w := range ws {
		out[i] = w.Message(lang)
	}
	return out
}
