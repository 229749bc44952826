package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"samverka/model"
	"samverka/storage"
)

// TestVerifyProvesWhatItSays prints the demo council's agreements and
// verifies the printouts and altered copies of them: only the unaltered
// printout of the version in force is verified.
func TestVerifyProvesWhatItSays(t *testing.T) {
	isolate(t)
	dir := t.TempDir()
	path := filepath.Join(dir, "Rådet.samverka")
	if code, _, stderr := cli(t, "demo", path); code != exitOK {
		t.Fatal(stderr)
	}
	var signed, superseded *model.Agreement
	d, err := storage.Open(path, storage.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	ds, err := d.Load()
	d.Close()
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range ds.Agreements {
		switch {
		case a.State == model.StateSigned:
			signed = a
		case a.State == model.StateSuperseded && !a.SealedAt.IsZero():
			superseded = a
		}
	}
	if signed == nil || superseded == nil {
		t.Fatal("the demo council lacks a signed and a superseded agreement")
	}
	print := func(a *model.Agreement) []byte {
		out := filepath.Join(t.TempDir(), "avtal.pdf")
		if code, _, stderr := cli(t, "pdf", path, "agreement", a.ID, "-o", out); code != exitOK {
			t.Fatal(stderr)
		}
		return mustReadFile(t, out)
	}
	good := print(signed)
	old := print(superseded)
	fpLine := []byte(model.PDFFingerprintKeyword + signed.Fingerprint)
	renamed := bytes.Replace(good, []byte("/Title ("), []byte("/Title (X"), 1)
	if bytes.Equal(renamed, good) {
		t.Fatal("no title to change")
	}
	resaved := append(bytes.Clone(good), "\n% sparad igen\n"...)
	if q, err := exec.LookPath("qpdf"); err == nil {
		in, out := filepath.Join(dir, "in.pdf"), filepath.Join(dir, "qpdf.pdf")
		os.WriteFile(in, good, 0o644)
		if err := exec.Command(q, "--object-streams=generate", in, out).Run(); err == nil {
			resaved = mustReadFile(t, out)
		}
	}
	cases := []struct {
		name string
		pdf  []byte
		exit int
		says string
	}{
		{"Unaltered", good, exitOK, "Verified"},
		{"ChangedText", renamed, exitRefused, "Not an unaltered printout"},
		{"Truncated", good[:len(good)-200], exitRefused, "Not an unaltered printout"},
		{"KeywordOnly", append(fpLine, '\n'), exitRefused, "Not an unaltered printout"},
		{"Superseded", old, exitRefused, "Not the version in force"},
		{"Resaved", resaved, exitRefused, "Not an unaltered printout"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			in := filepath.Join(t.TempDir(), "kopia.pdf")
			os.WriteFile(in, c.pdf, 0o644)
			code, _, stderr := cli(t, "verify", path, in)
			if code != c.exit || !strings.Contains(stderr, c.says) {
				t.Fatalf("exit %d: %s", code, stderr)
			}
			if c.name == "Superseded" && !strings.Contains(stderr, "Version "+itoa(signed.Version)+" is in force") {
				t.Fatalf("the version in force is not named: %s", stderr)
			}
			if c.name == "Resaved" && pdftotextPresent() && !strings.Contains(stderr, "page by page") {
				t.Fatalf("a re-saved copy is not recognised by its text: %s", stderr)
			}
		})
	}
}

// TestVerifyKnowsOlderPrintouts: a printout an older Samverka made, whose
// bytes this version no longer makes, is verified by its recorded SHA-256.
func TestVerifyKnowsOlderPrintouts(t *testing.T) {
	isolate(t)
	dir := t.TempDir()
	path := filepath.Join(dir, "Rådet.samverka")
	if code, _, stderr := cli(t, "demo", path); code != exitOK {
		t.Fatal(stderr)
	}
	_, ids, _ := cli(t, "list", path, "agreements")
	out := filepath.Join(dir, "gammal.pdf")
	saved := version
	version = "0.9-gammal"
	var id string
	for _, line := range strings.Split(strings.TrimSpace(ids), "\n") {
		id, _, _ = strings.Cut(line, "\t")
		if code, _, _ := cli(t, "pdf", path, "agreement", id, "-o", out); code == exitOK {
			if code, _, _ := cli(t, "verify", path, out); code == exitOK {
				break
			}
		}
	}
	version = saved
	code, _, stderr := cli(t, "verify", path, out)
	if code != exitOK {
		t.Fatalf("an older version's recorded printout: %d %s", code, stderr)
	}
}

func pdftotextPresent() bool {
	_, err := exec.LookPath("pdftotext")
	return err == nil
}

// TestVerifyTypedChecksum: the short checksum from a paper copy's footer
// finds the version and prints its text beside the sentence that says the
// reader compares.
func TestVerifyTypedChecksum(t *testing.T) {
	isolate(t)
	path := filepath.Join(t.TempDir(), "Rådet.samverka")
	if code, _, stderr := cli(t, "demo", path); code != exitOK {
		t.Fatal(stderr)
	}
	d, err := storage.Open(path, storage.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	ds, _ := d.Load()
	d.Close()
	var signed *model.Agreement
	for _, a := range ds.Agreements {
		if a.State == model.StateSigned {
			signed = a
		}
	}
	short := strings.ToUpper(model.ShortFingerprint(signed.Fingerprint))
	code, stdout, stderr := cli(t, "verify", path, short)
	words := strings.Fields(signed.Title)[:3]
	if code != exitOK || !strings.Contains(stderr, "Compare the paper") || !strings.Contains(oneLine(stdout), strings.Join(words, " ")) {
		t.Fatalf("exit %d\n%s\n%s", code, stderr, stdout)
	}
	if code, _, _ := cli(t, "verify", path, "0000-0000-0000"); code != exitRefused {
		t.Fatalf("an unknown checksum: exit %d", code)
	}
}
