package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"samverka/model"
	"samverka/pdf"
	"samverka/storage"
)

// loadDemo returns the records of the demo file at path.
func loadDemo(t *testing.T, path string) *model.Dataset {
	t.Helper()
	d, err := storage.Open(path, storage.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close()
	ds, err := d.Load()
	if err != nil {
		t.Fatal(err)
	}
	return ds
}

func agreementIn(t *testing.T, ds *model.Dataset, state model.DocState) *model.Agreement {
	t.Helper()
	for _, a := range model.Live(ds.Agreements) {
		if a.State == state {
			return a
		}
	}
	t.Fatalf("the demo council has no %s agreement", state)
	return nil
}

// pdfText returns the text of the PDF at path.
func pdfText(t *testing.T, path string) string {
	t.Helper()
	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Skip("pdftotext (poppler-utils) is not installed")
	}
	out, err := exec.Command("pdftotext", path, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext %s: %v", path, err)
	}
	return strings.Join(strings.Fields(string(out)), " ") // lines wrap where the page ends
}

func TestPDF(t *testing.T) {
	isolate(t)
	file := demoFile(t)
	ds := loadDemo(t, file)
	signed := agreementIn(t, ds, model.StateSigned)
	meeting := model.Live(ds.Meetings)[0]
	dir := t.TempDir()

	t.Run("Agreement", func(t *testing.T) {
		out := filepath.Join(dir, "överenskommelse.pdf")
		code, _, stderr := cli(t, "pdf", file, "agreement", signed.ID, "-o", out)
		if code != exitOK {
			t.Fatalf("exit %d: %s", code, stderr)
		}
		text := pdfText(t, out)
		for _, want := range []string{signed.Title, "Sida 1 av", model.ShortFingerprint(signed.Fingerprint)} {
			if !strings.Contains(text, want) {
				t.Errorf("the agreement PDF lacks %q", want)
			}
		}
	})
	for _, kind := range []string{"minutes", "invitation", "attendance"} {
		t.Run(kind, func(t *testing.T) {
			out := filepath.Join(dir, kind+".pdf")
			code, _, stderr := cli(t, "pdf", file, kind, meeting.ID, "-o", out)
			if code != exitOK {
				t.Fatalf("exit %d: %s", code, stderr)
			}
			if text := pdfText(t, out); !strings.Contains(text, string(meeting.Date)) {
				t.Errorf("the %s PDF lacks the meeting's date %s", kind, meeting.Date)
			}
		})
	}
	t.Run("Plan", func(t *testing.T) {
		out := filepath.Join(dir, "plan.pdf")
		if code, _, stderr := cli(t, "pdf", file, "plan", "-o", out); code != exitOK {
			t.Fatalf("exit %d: %s", code, stderr)
		}
		if text := pdfText(t, out); !strings.Contains(text, "Åtgärdsplan") || !strings.Contains(text, ds.Council.Name) {
			t.Errorf("the plan PDF lacks its heading or council: %.200s", text)
		}
	})
	t.Run("ReportForAPeriod", func(t *testing.T) {
		out := filepath.Join(dir, "report.pdf")
		code, _, stderr := cli(t, "pdf", file, "report", "--from", "2025-01-01", "--to", "2025-06-30", "-o", out)
		if code != exitOK {
			t.Fatalf("exit %d: %s", code, stderr)
		}
		if text := pdfText(t, out); !strings.Contains(text, "2025-01-01") || !strings.Contains(text, "2025-06-30") {
			t.Errorf("the report PDF does not name its period: %.300s", text)
		}
	})
	t.Run("ReportBadDate", func(t *testing.T) {
		code, _, stderr := cli(t, "pdf", file, "report", "--from", "2025-13-01", "-o", filepath.Join(dir, "bad.pdf"))
		if code != exitUsage || !strings.Contains(oneLineOf(t, stderr), "2025-13-01") {
			t.Errorf("exit %d, %q", code, stderr)
		}
	})
	t.Run("Promise", func(t *testing.T) {
		out := filepath.Join(dir, "promise.pdf")
		if code, _, stderr := cli(t, "pdf", file, "promise", signed.ID, "-o", out); code != exitOK {
			t.Fatalf("exit %d: %s", code, stderr)
		}
		if text := pdfText(t, out); !strings.Contains(text, "Medborgarlöfte") {
			t.Errorf("the promise PDF lacks its heading: %.200s", text)
		}
	})
	t.Run("UnknownDocument", func(t *testing.T) {
		code, _, stderr := cli(t, "pdf", file, "poster", "-o", filepath.Join(dir, "x.pdf"))
		if code != exitUsage || !strings.Contains(oneLineOf(t, stderr), "poster") {
			t.Errorf("exit %d, %q", code, stderr)
		}
	})
	t.Run("UnknownID", func(t *testing.T) {
		out := filepath.Join(dir, "none.pdf")
		code, _, stderr := cli(t, "pdf", file, "agreement", "no-such-id", "-o", out)
		if code != exitRefused {
			t.Errorf("exit %d, %q", code, stderr)
		}
		oneLineOf(t, stderr)
		if _, err := os.Stat(out); !os.IsNotExist(err) {
			t.Errorf("a PDF was written for an unknown agreement")
		}
	})
	t.Run("MissingOutput", func(t *testing.T) {
		if code, _, _ := cli(t, "pdf", file, "agreement", signed.ID); code != exitUsage {
			t.Errorf("exit %d without -o", code)
		}
	})
}

func TestVerify(t *testing.T) {
	isolate(t)
	file := demoFile(t)
	ds := loadDemo(t, file)
	dir := t.TempDir()
	write := func(name string, a *model.Agreement) string {
		t.Helper()
		in, ok := pdf.AgreementInputFrom(ds, a.ID)
		if !ok {
			in, _ = pdf.AgreementInputFrom(ds, ds.Agreements[0].ID)
		}
		in.Agreement = a
		data, _, err := pdf.Agreement(in)
		if err != nil {
			t.Fatal(err)
		}
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, data, 0o644); err != nil {
			t.Fatal(err)
		}
		return path
	}

	t.Run("SignedMatches", func(t *testing.T) {
		a := agreementIn(t, ds, model.StateSigned)
		out := filepath.Join(dir, "signed.pdf")
		if code, _, stderr := cli(t, "pdf", file, "agreement", a.ID, "-o", out); code != exitOK {
			t.Fatalf("pdf: %s", stderr)
		}
		code, stdout, stderr := cli(t, "verify", file, out)
		if code != exitOK || !strings.Contains(stdout, a.ID) || !strings.Contains(oneLineOf(t, stderr), a.Title) {
			t.Errorf("exit %d, stdout %q, stderr %q", code, stdout, stderr)
		}
	})
	t.Run("ChangedVersionRejected", func(t *testing.T) {
		a := agreementIn(t, ds, model.StateSigned)
		changed := a.NewVersion()
		changed.Sections.Goals += " Dessutom minst tolv trygghetsvandringar."
		changed.Freeze(a.SealedAt)
		if changed.Fingerprint == a.Fingerprint || changed.Fingerprint == "" {
			t.Fatal("a changed version must get its own fingerprint")
		}
		code, _, stderr := cli(t, "verify", file, write("changed.pdf", changed))
		if code != exitRefused || !strings.Contains(oneLineOf(t, stderr), "Not an unaltered printout") {
			t.Errorf("exit %d, %q", code, stderr)
		}
	})
	t.Run("ForSigningIsNotSigned", func(t *testing.T) {
		a := agreementIn(t, ds, model.StateForSigning)
		code, _, stderr := cli(t, "verify", file, write("for-signing.pdf", a))
		if code != exitRefused || !strings.Contains(oneLineOf(t, stderr), a.Title) {
			t.Errorf("exit %d, %q", code, stderr)
		}
	})
	t.Run("NotASamverkaPDF", func(t *testing.T) {
		path := filepath.Join(dir, "other.pdf")
		os.WriteFile(path, []byte("%PDF-1.4\n% some other program\n"), 0o644)
		code, _, stderr := cli(t, "verify", file, path)
		if code != exitRefused || !strings.Contains(oneLineOf(t, stderr), "other.pdf") {
			t.Errorf("exit %d, %q", code, stderr)
		}
	})
	t.Run("DataFileUnchanged", func(t *testing.T) {
		before, _ := os.ReadFile(file)
		a := agreementIn(t, ds, model.StateSigned)
		cli(t, "verify", file, write("again.pdf", a))
		after, _ := os.ReadFile(file)
		if !bytes.Equal(before, after) {
			t.Error("verify changed the data file")
		}
	})
}
