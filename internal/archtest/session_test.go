package archtest

import (
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// maxSessionMethods bounds what a screen can do through its session. The
// session is kept narrow so that a screen reads as what it asks of the
// program (save, retire, dialogs, background work, printing, navigation);
// a screen that needs more should ask whether the rule belongs in model
// or the widget in kit before the session grows.
const maxSessionMethods = 30

// TestSessionStaysNarrow counts the exported methods of session.Session.
func TestSessionStaysNarrow(t *testing.T) {
	dir := filepath.Join("..", "..", "app", "internal", "session")
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	fset := token.NewFileSet()
	var methods []string
	for _, e := range entries {
		name := e.Name()
		if !strings.HasSuffix(name, ".go") || strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, filepath.Join(dir, name), nil, parser.SkipObjectResolution)
		if err != nil {
			t.Fatal(err)
		}
		for _, d := range f.Decls {
			fn, ok := d.(*ast.FuncDecl)
			if !ok || fn.Recv == nil || !fn.Name.IsExported() {
				continue
			}
			typ := fn.Recv.List[0].Type
			if star, ok := typ.(*ast.StarExpr); ok {
				typ = star.X
			}
			if id, ok := typ.(*ast.Ident); ok && id.Name == "Session" {
				methods = append(methods, fn.Name.Name)
			}
		}
	}
	if len(methods) < 10 {
		t.Fatalf("found only %d methods of Session: did it move?", len(methods))
	}
	if len(methods) > maxSessionMethods {
		sort.Strings(methods)
		t.Errorf("session.Session has %d exported methods, more than %d: %v", len(methods), maxSessionMethods, methods)
	}
}
