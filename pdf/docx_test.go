package pdf

import (
	"archive/zip"
	"bytes"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"samverka/pdf/docx"
	"samverka/pdf/flow"
)

// wordDocs are the documents written as Word in the tests, by name.
func wordDocs(t *testing.T) map[string]*flow.Document {
	t.Helper()
	ds := lawDataset()
	out := map[string]*flow.Document{}
	sin, _ := SituationInputFrom(ds, "sit-2026")
	fd, err := SituationFlow(sin)
	if err != nil {
		t.Fatal(err)
	}
	out["situation"] = fd
	for name, id := range map[string]string{"plan-adopted": "plan-2025", "plan-draft": "plan-2026"} {
		pin, _ := ActionPlanInputFrom(ds, id, "2026-01-20")
		fd, err := ActionPlanFlow(pin)
		if err != nil {
			t.Fatal(err)
		}
		out[name] = fd
	}
	return out
}

// convertWord converts every .docx in dir to PDF with LibreOffice, in one
// run with its own profile so that parallel runs do not meet.
func convertWord(t *testing.T, dir string) {
	t.Helper()
	needTool(t, "soffice")
	files, _ := filepath.Glob(filepath.Join(dir, "*.docx"))
	profile := "file://" + filepath.ToSlash(filepath.Join(t.TempDir(), "profile"))
	args := append([]string{"-env:UserInstallation=" + profile, "--headless", "--convert-to", "pdf", "--outdir", dir}, files...)
	if out, err := exec.Command("soffice", args...).CombinedOutput(); err != nil {
		t.Fatalf("soffice: %v\n%s", err, out)
	}
}

// TestWordDocumentsMatchThePDFs writes each document as Word, has
// LibreOffice convert it, and checks that the converted text holds every
// heading the PDF of the same document holds, and the figures.
func TestWordDocumentsMatchThePDFs(t *testing.T) {
	dir := t.TempDir()
	docs := wordDocs(t)
	for name, fd := range docs {
		var b bytes.Buffer
		if err := docx.Write(&b, fd); err != nil {
			t.Fatal(err)
		}
		checkWordPackage(t, name, b.Bytes())
		if err := os.WriteFile(filepath.Join(dir, name+".docx"), b.Bytes(), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	convertWord(t, dir)
	for name, fd := range docs {
		t.Run(name, func(t *testing.T) {
			data, err := os.ReadFile(filepath.Join(dir, name+".pdf"))
			if err != nil {
				t.Fatalf("LibreOffice made no PDF of %s.docx: %v", name, err)
			}
			word := flat(readBack(t, data).text())
			pdfBytes, _, err := Render(fd)
			if err != nil {
				t.Fatal(err)
			}
			printed := flat(readBack(t, pdfBytes).text())
			heads := fd.Headings()
			if len(heads) < 2 {
				t.Fatalf("only %d headings", len(heads))
			}
			for _, h := range append(heads, fd.Title) {
				h = flat(h)
				if !strings.Contains(printed, h) {
					t.Errorf("the PDF lacks heading %q", h)
				}
				if !strings.Contains(word, h) {
					t.Errorf("the Word document lacks heading %q", h)
				}
			}
			if fd.Marking != "" && !strings.Contains(word, fd.Marking) {
				t.Errorf("the Word document lacks the marking %q", fd.Marking)
			}
		})
	}
	word, _ := os.ReadFile(filepath.Join(dir, "situation.pdf"))
	text := flat(readBack(t, word).text())
	for _, fig := range []string{"1 234", "1 302", "48,5", "Sida 1 av"} {
		if !strings.Contains(text, fig) {
			t.Errorf("the Word lägesbild lacks %q", fig)
		}
	}
}

// checkWordPackage checks what LibreOffice would forgive: the parts Word
// needs, real heading styles, the language and a picture per chart.
func checkWordPackage(t *testing.T, name string, b []byte) {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(b), int64(len(b)))
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	files := map[string]string{}
	for _, f := range zr.File {
		r, _ := f.Open()
		data, _ := io.ReadAll(r)
		r.Close()
		files[f.Name] = string(data)
	}
	doc, styles := files["word/document.xml"], files["word/styles.xml"]
	for _, want := range []string{`<w:pStyle w:val="Heading1"/>`, `<w:tbl>`, `<w:tblHeader/>`} {
		if !strings.Contains(doc, want) {
			t.Errorf("%s: document.xml lacks %s", name, want)
		}
	}
	if !strings.Contains(styles, `<w:name w:val="heading 1"/>`) || !strings.Contains(styles, `w:val="sv-SE"`) {
		t.Errorf("%s: styles.xml lacks the built-in heading or Swedish", name)
	}
	charts := strings.Count(doc, "<pic:pic>")
	pngs := 0
	for f := range files {
		if strings.HasPrefix(f, "word/media/") && strings.HasSuffix(f, ".png") {
			pngs++
		}
	}
	if charts != pngs {
		t.Errorf("%s: %d pictures placed, %d in the package", name, charts, pngs)
	}
	if name == "situation" && pngs != 3 {
		t.Errorf("situation: %d charts, want 3 (two open, one internal)", pngs)
	}
}
