package pdf

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// printed is a PDF written to disk and read back with poppler.
type printed struct {
	path  string
	pages []string // pdftotext -layout of each page
}

// needTool skips the test when a poppler or qpdf program is missing.
func needTool(t testing.TB, name string) {
	t.Helper()
	if _, err := exec.LookPath(name); err != nil {
		t.Skipf("%s not installed", name)
	}
}

// readBack writes b to a temporary file, checks it with qpdf and returns
// its text page by page. Every document read back is checked for the
// retired words (see retiredWords).
func readBack(t *testing.T, b []byte) printed {
	t.Helper()
	needTool(t, "pdftotext")
	needTool(t, "pdfinfo")
	needTool(t, "qpdf")
	path := filepath.Join(t.TempDir(), "doc.pdf")
	if err := os.WriteFile(path, b, 0o600); err != nil {
		t.Fatal(err)
	}
	if out, err := exec.Command("qpdf", "--check", path).CombinedOutput(); err != nil {
		t.Fatalf("qpdf --check: %v\n%s", err, out)
	}
	info, err := exec.Command("pdfinfo", path).Output()
	if err != nil {
		t.Fatalf("pdfinfo: %v", err)
	}
	m := regexp.MustCompile(`(?m)^Pages:\s+(\d+)`).FindSubmatch(info)
	if m == nil {
		t.Fatalf("pdfinfo gives no page count:\n%s", info)
	}
	n, _ := strconv.Atoi(string(m[1]))
	text, err := exec.Command("pdftotext", "-layout", "-enc", "UTF-8", path, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext: %v", err)
	}
	pages := strings.Split(string(text), "\f")
	if len(pages) > 0 && strings.TrimSpace(pages[len(pages)-1]) == "" {
		pages = pages[:len(pages)-1]
	}
	if len(pages) != n {
		t.Fatalf("pdftotext gives %d pages, pdfinfo %d", len(pages), n)
	}
	checkRetiredWords(t, string(text))
	return printed{path: path, pages: pages}
}

func (p printed) text() string { return strings.Join(p.pages, "\f") }

// info returns a pdfinfo field.
func (p printed) info(t *testing.T, field string) string {
	t.Helper()
	out, err := exec.Command("pdfinfo", p.path).Output()
	if err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile(`(?m)^` + field + `:\s+(.*)$`).FindSubmatch(out)
	if m == nil {
		return ""
	}
	return string(m[1])
}

// contains fails the test for every want the document lacks.
func (p printed) contains(t *testing.T, want ...string) {
	t.Helper()
	all := squash(p.text())
	for _, w := range want {
		if !strings.Contains(all, squash(w)) {
			t.Errorf("document lacks %q", w)
		}
	}
}

// squash folds runs of white space to one space, so that text laid out
// in columns still matches.
func squash(s string) string { return strings.Join(strings.Fields(s), " ") }

// checkPageNumbers checks that page i says "Sida i av n" and nothing else.
func (p printed) checkPageNumbers(t *testing.T) {
	t.Helper()
	n := len(p.pages)
	for i, page := range p.pages {
		want := "Sida " + strconv.Itoa(i+1) + " av " + strconv.Itoa(n)
		if !strings.Contains(page, want) {
			t.Errorf("page %d lacks %q", i+1, want)
		}
		if c := strings.Count(page, "Sida "); c != 1 {
			t.Errorf("page %d has %d page numbers", i+1, c)
		}
	}
}

// onPage returns the 1-based page holding s, or 0.
func (p printed) onPage(s string) int {
	for i, page := range p.pages {
		if strings.Contains(squash(page), s) {
			return i + 1
		}
	}
	return 0
}

// sameTwice checks that make gives byte-identical PDFs on two calls.
func sameTwice(t *testing.T, make func() []byte) {
	t.Helper()
	a, b := make(), make()
	if !bytes.Equal(a, b) {
		t.Errorf("two runs on the same data differ (%d and %d bytes)", len(a), len(b))
	}
}
