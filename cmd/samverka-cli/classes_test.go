package main

import (
	"archive/zip"
	"io"
	"path/filepath"
	"strings"
	"testing"

	"samverka/model"
)

// wordText returns the text of a .docx's body and header, tags left out.
func wordText(t *testing.T, path string) string {
	t.Helper()
	z, err := zip.OpenReader(path)
	if err != nil {
		t.Fatal(err)
	}
	defer z.Close()
	var b strings.Builder
	for _, f := range z.File {
		if f.Name != "word/document.xml" && f.Name != "word/header1.xml" {
			continue
		}
		r, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		data, _ := io.ReadAll(r)
		r.Close()
		in := false
		for _, c := range string(data) {
			switch {
			case c == '<':
				in = true
			case c == '>':
				in = false
				b.WriteByte(' ')
			case !in:
				b.WriteRune(c)
			}
		}
	}
	return b.String()
}

// TestPublicVersions prints the demo council's minutes with the police's
// Ej offentlig §, and its åtagandeplan, with and without --public, as PDF
// and as Word: the public versions hold none of the closed parts, and
// each command says which classes its document includes.
func TestPublicVersions(t *testing.T) {
	isolate(t)
	file := demoFile(t)
	ds := loadDemo(t, file)
	var meeting *model.Meeting
	var closed model.AgendaItem
	for _, m := range ds.Meetings {
		for _, it := range m.Agenda {
			if it.Class == model.ClassSecret {
				meeting, closed = m, it
			}
		}
	}
	if meeting == nil {
		t.Fatal("the demo council has no minutes with an Ej offentlig §")
	}
	notes := closed.Notes[:30]
	dir := t.TempDir()

	full := filepath.Join(dir, "protokoll.pdf")
	// The command's messages are in the test's language, English.
	code, _, stderr := cli(t, "pdf", file, "minutes", meeting.ID, "-o", full)
	if code != exitOK || !strings.Contains(stderr, "Full version: what is Internal or Not public is included") {
		t.Fatalf("pdf minutes: exit %d, %s", code, stderr)
	}
	text := pdfText(t, full)
	for _, want := range []string{notes, "EJ OFFENTLIG – OSL 18 kap. 1 §", "(Ej offentlig, OSL 18 kap. 1 §)"} {
		if !strings.Contains(text, want) {
			t.Errorf("the full minutes lack %q", want)
		}
	}
	public := filepath.Join(dir, "protokoll-offentlig.pdf")
	code, _, stderr = cli(t, "pdf", file, "minutes", meeting.ID, "--public", "-o", public)
	if code != exitOK || !strings.Contains(stderr, "Public version: only what is Open is included.") {
		t.Fatalf("pdf minutes --public: exit %d, %s", code, stderr)
	}
	text = pdfText(t, public)
	for _, not := range []string{notes, closed.Title, "EJ OFFENTLIG", "INTERN"} {
		if strings.Contains(text, not) {
			t.Errorf("the public minutes hold %q", not)
		}
	}
	if !strings.Contains(text, "Utelämnad i den offentliga versionen: Ej offentlig (OSL 18 kap. 1 §)") {
		t.Error("the public minutes do not say that a § is left out")
	}

	word := filepath.Join(dir, "protokoll-offentlig.docx")
	code, _, stderr = cli(t, "docx", file, "minutes", meeting.ID, "--public", "-o", word)
	if code != exitOK || !strings.Contains(stderr, "Public version") {
		t.Fatalf("docx minutes --public: exit %d, %s", code, stderr)
	}
	if text := wordText(t, word); strings.Contains(text, notes) || strings.Contains(text, closed.Title) {
		t.Error("the public Word minutes hold the Ej offentlig §")
	}
	word = filepath.Join(dir, "protokoll.docx")
	if code, _, stderr := cli(t, "docx", file, "minutes", meeting.ID, "-o", word); code != exitOK {
		t.Fatalf("docx minutes: exit %d: %s", code, stderr)
	}
	if text := wordText(t, word); !strings.Contains(text, notes) || !strings.Contains(text, "EJ OFFENTLIG – OSL 18 kap. 1 §") {
		t.Error("the full Word minutes lack the Ej offentlig § or its marking")
	}

	// The plan: the demo's buyers' cause is Intern.
	fullPlan := filepath.Join(dir, "plan-full.pdf")
	if code, _, stderr := cli(t, "pdf", file, "plan", "-o", fullPlan); code != exitOK {
		t.Fatalf("pdf plan: exit %d: %s", code, stderr)
	}
	if text := pdfText(t, fullPlan); !strings.Contains(text, "Efterfrågan från köpare") || !strings.Contains(text, "INTERN") {
		t.Error("the full plan lacks the Intern cause or its marking")
	}
	for _, args := range [][]string{{"pdf", file, "plan", "--public", "-o", filepath.Join(dir, "plan.pdf")},
		{"docx", file, "plan", "--public", "-o", filepath.Join(dir, "plan.docx")}} {
		code, _, stderr := cli(t, args...)
		if code != exitOK || !strings.Contains(stderr, "Public version") {
			t.Fatalf("%s plan --public: exit %d, %s", args[0], code, stderr)
		}
		var text string
		if args[0] == "pdf" {
			text = pdfText(t, args[len(args)-1])
		} else {
			text = wordText(t, args[len(args)-1])
		}
		for _, not := range []string{"Efterfrågan från köpare", "INTERN", "(Intern)"} {
			if strings.Contains(text, not) {
				t.Errorf("%s plan --public holds %q", args[0], not)
			}
		}
	}
	text = pdfText(t, filepath.Join(dir, "plan.pdf"))
	if !strings.Contains(text, "Offentlig version") {
		t.Error("the public plan does not say it is the public version")
	}
}
