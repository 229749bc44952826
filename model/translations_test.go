package model

import (
	"encoding/json"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// messages reads the translation files the model's codes and fields are
// named in. The model cannot import assets, so the test reads the files.
func messages(t *testing.T, lang string) map[string]string {
	t.Helper()
	files, err := filepath.Glob(filepath.Join("..", "assets", "translation", "*."+lang+".json"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no %s translation files: %v", lang, err)
	}
	all := map[string]string{}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		var m map[string]string
		if err := json.Unmarshal(data, &m); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		for k, v := range m {
			all[k] = v
		}
	}
	return all
}

// errorCodes returns the values of the Code… constants declared in the
// given files of this package.
func errorCodes(t *testing.T, files ...string) map[string]string {
	t.Helper()
	codes := map[string]string{}
	fset := token.NewFileSet()
	for _, name := range files {
		f, err := parser.ParseFile(fset, name, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		ast.Inspect(f, func(n ast.Node) bool {
			vs, ok := n.(*ast.ValueSpec)
			if !ok {
				return true
			}
			for i, id := range vs.Names {
				if !strings.HasPrefix(id.Name, "Code") || i >= len(vs.Values) {
					continue
				}
				if lit, ok := vs.Values[i].(*ast.BasicLit); ok && lit.Kind == token.STRING {
					codes[id.Name], _ = strconv.Unquote(lit.Value)
				}
			}
			return true
		})
	}
	if len(codes) < 20 {
		t.Fatalf("found only %d codes; is the parse right?", len(codes))
	}
	return codes
}

func TestEveryCodeIsTranslated(t *testing.T) {
	codes := errorCodes(t, "errors.go", "validate.go", "outcome_validate.go", "agreement_check.go", "infoclass.go")
	for _, lang := range []string{"sv", "en"} {
		m := messages(t, lang)
		for name, code := range codes {
			if m["error."+code] == "" {
				t.Errorf("%s: no text for %s (error.%s)", lang, name, code)
			}
		}
	}
}

// TestEveryFieldIsNamed checks that every field a problem can name has a
// translated name: every value field of every record, and the lists that
// are named as a whole.
func TestEveryFieldIsNamed(t *testing.T) {
	keys := map[string]bool{"field.parties": true, "field.strokes": true}
	for _, k := range Kinds {
		for _, l := range leaves(NewRecord(k)) {
			if l.Meta { // never named to a user
				continue
			}
			if strings.HasPrefix(l.Path, "strokes") {
				continue // a signature's points are named as "strokes"
			}
			keys[FieldKey(l.Path)] = true
		}
	}
	for _, lang := range []string{"sv", "en"} {
		m := messages(t, lang)
		for k := range keys {
			if m[k] == "" {
				t.Errorf("%s: no name for %s", lang, k)
			}
		}
	}
}
