// Package archtest holds tests about the shape of the code base itself.
package archtest

import (
	"bytes"
	"encoding/json"
	"io"
	"os/exec"
	"slices"
	"strings"
	"testing"
)

const module = "samverka"

type pkg struct {
	ImportPath string
	Imports    []string
	Deps       []string
}

// listPackages returns every package of the module with its imports.
func listPackages(t *testing.T) []pkg {
	t.Helper()
	if _, err := exec.LookPath("go"); err != nil {
		t.Skip("go command not on PATH")
	}
	out, err := exec.Command("go", "list", "-json", module+"/...").Output()
	if err != nil {
		t.Fatalf("go list: %v", err)
	}
	var pkgs []pkg
	dec := json.NewDecoder(bytes.NewReader(out))
	for {
		var p pkg
		if err := dec.Decode(&p); err == io.EOF {
			break
		} else if err != nil {
			t.Fatal(err)
		}
		pkgs = append(pkgs, p)
	}
	if len(pkgs) < 4 {
		t.Fatalf("go list found only %d packages", len(pkgs))
	}
	return pkgs
}

// allowedOwn says which of our packages each of our packages may import,
// as DESIGN.md draws it. A package not named here may import nothing of
// ours unless it is under cmd/ or is a test-only helper.
var allowedOwn = map[string][]string{
	"model":    {},
	"assets":   {},
	"storage":  {"model"},
	"demo":     {"model"},
	"exchange": {"model", "assets"},
	"pdf":      {"model", "assets"},
	"pdf/flow": {"assets"},
	"pdf/docx": {"assets", "pdf/flow"},
	// The shell may import every package under app/ besides these.
	"app":                      {"model", "storage", "pdf", "assets", "demo", "exchange"},
	"app/internal/session":     {"model", "storage", "pdf", "assets", "demo", "exchange"},
	"app/internal/kit":         {"app/internal/session", "model", "pdf", "assets"},
	"app/screenshot":           {},
	"app/internal/sessiontest": {"app/internal/session", "app/internal/kit", "model", "storage", "pdf", "demo"},
	"internal/archtest":        {},
	"internal/benchhello":      {},
}

// areaImports is what a package of an area (app/<area>, one per area users
// see) may import of ours. No area imports another: screens reach other
// screens only through the session's navigation. The printed documents
// are pdf with its layout (pdf/flow) and its Word writer (pdf/docx), so
// that a screen's "Spara som Word" writes what its print button prints.
var areaImports = []string{"app/internal/session", "app/internal/kit", "model", "pdf", "pdf/flow", "pdf/docx", "exchange", "assets"}

// areaExtra are the further packages one area may import: sharing and
// backups work on the file itself.
var areaExtra = map[string][]string{"app/sharing": {"storage"}}

// notAreas are the packages under app/ that are no area: the screenshot
// probe, which the GUI binary wires in, imports nothing of ours.
var notAreas = []string{"screenshot"}

// isArea reports whether rel is a package of an area, and which area.
func isArea(rel string) (string, bool) {
	rest, ok := strings.CutPrefix(rel, "app/")
	if !ok || strings.HasPrefix(rest, "internal/") || slices.Contains(notAreas, rest) {
		return "", false
	}
	name, _, _ := strings.Cut(rest, "/")
	return "app/" + name, true
}

func own(path string) (string, bool) {
	if path == module {
		return "", true
	}
	rest, ok := strings.CutPrefix(path, module+"/")
	return rest, ok
}

// area returns the rule that governs package rel: the longest key of
// allowedOwn that is rel or a parent of it.
func area(rel string) (string, bool) {
	best := ""
	found := false
	for k := range allowedOwn {
		if (rel == k || strings.HasPrefix(rel, k+"/")) && len(k) >= len(best) {
			best, found = k, true
		}
	}
	return best, found
}

func TestDependencyDirection(t *testing.T) {
	for _, p := range listPackages(t) {
		rel, _ := own(p.ImportPath)
		if strings.HasPrefix(rel, "cmd/") {
			continue
		}
		if a, ok := isArea(rel); ok {
			checkArea(t, p, a)
			continue
		}
		rule, ok := area(rel)
		if !ok {
			t.Errorf("%s: package has no dependency rule; add it to allowedOwn in line with DESIGN.md", p.ImportPath)
			continue
		}
		for _, imp := range p.Imports {
			r, isOwn := own(imp)
			if !isOwn {
				continue
			}
			allowed := slices.ContainsFunc(allowedOwn[rule], func(a string) bool {
				return r == a || strings.HasPrefix(r, a+"/")
			})
			if !allowed && !(r == rule || strings.HasPrefix(r, rule+"/")) {
				t.Errorf("%s imports %s, which DESIGN.md does not allow", p.ImportPath, imp)
			}
		}
	}
}

// checkArea checks the imports of p, a package of area a.
func checkArea(t *testing.T, p pkg, a string) {
	t.Helper()
	allowed := append(slices.Clone(areaImports), areaExtra[a]...)
	for _, imp := range p.Imports {
		r, isOwn := own(imp)
		if !isOwn || r == a || strings.HasPrefix(r, a+"/") {
			continue
		}
		if other, ok := isArea(r); ok {
			t.Errorf("%s imports %s: an area never imports another area (%s); go through the session", p.ImportPath, imp, other)
			continue
		}
		if !slices.Contains(allowed, r) {
			t.Errorf("%s imports %s, which an area may not (it may import %v)", p.ImportPath, imp, allowed)
		}
	}
}

// TestAreasAreThere guards the rule above against a rename: the areas
// DESIGN.md names exist as packages.
func TestAreasAreThere(t *testing.T) {
	found := map[string]bool{}
	for _, p := range listPackages(t) {
		rel, _ := own(p.ImportPath)
		if a, ok := isArea(rel); ok {
			found[a] = true
		}
	}
	for _, a := range []string{"app/agreements", "app/meetings", "app/situation", "app/parts", "app/commitments", "app/overview", "app/sharing"} {
		if !found[a] {
			t.Errorf("no area package %s", a)
		}
	}
}

// TestHeadlessWithoutFyne checks that the packages the headless program
// is made of build without Fyne, through any import.
func TestHeadlessWithoutFyne(t *testing.T) {
	want := []string{"model", "storage", "pdf", "pdf/flow", "pdf/docx", "exchange", "demo", "assets", "cmd/samverka-cli"}
	seen := 0
	for _, p := range listPackages(t) {
		rel, _ := own(p.ImportPath)
		if !slices.Contains(want, rel) {
			continue
		}
		seen++
		for _, d := range p.Deps {
			if strings.HasPrefix(d, "fyne.io/") {
				t.Errorf("%s depends on %s: it must build without Fyne", p.ImportPath, d)
				break
			}
		}
	}
	if seen != len(want) {
		t.Fatalf("found %d of the packages %v", seen, want)
	}
}

func TestFyneOnlyInAppAndGUI(t *testing.T) {
	for _, p := range listPackages(t) {
		rel, _ := own(p.ImportPath)
		guiAllowed := rel == "cmd/samverka" || rel == "internal/benchhello" || rel == "app" || strings.HasPrefix(rel, "app/")
		for _, imp := range p.Imports {
			if strings.HasPrefix(imp, "fyne.io/") && !guiAllowed {
				t.Errorf("%s imports %s: Fyne belongs only in app and cmd/samverka", p.ImportPath, imp)
			}
		}
		if !guiAllowed && !strings.HasPrefix(rel, "app") {
			for _, d := range p.Deps {
				if strings.HasPrefix(d, "fyne.io/") {
					t.Errorf("%s depends on %s through an import: it must build without Fyne", p.ImportPath, d)
					break
				}
			}
		}
	}
}

func TestBboltOnlyInStorage(t *testing.T) {
	for _, p := range listPackages(t) {
		rel, _ := own(p.ImportPath)
		if rel == "storage" || strings.HasPrefix(rel, "storage/") {
			continue
		}
		for _, imp := range p.Imports {
			if strings.HasPrefix(imp, "go.etcd.io/bbolt") {
				t.Errorf("%s imports %s: bbolt belongs only in storage", p.ImportPath, imp)
			}
		}
	}
}

func TestModelIsPlainGo(t *testing.T) {
	for _, p := range listPackages(t) {
		if p.ImportPath != module+"/model" {
			continue
		}
		for _, d := range p.Deps {
			if strings.HasPrefix(d, "fyne.io/") || strings.HasPrefix(d, "go.etcd.io/") || strings.HasPrefix(d, "github.com/jung-kurt/") {
				t.Errorf("model depends on %s", d)
			}
		}
		return
	}
	t.Fatal("package model not found")
}
