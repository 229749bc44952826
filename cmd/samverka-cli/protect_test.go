package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"samverka/demo"
	"samverka/model"
	"samverka/storage"
)

// demoSecrets are texts of the example council that must never be
// readable in its protected file or anything the program writes.
func demoSecrets(t *testing.T) []string {
	t.Helper()
	ds := demo.GenerateAt(demo.Small, 1, demo.Today)
	out := []string{ds.Council.Name}
	for _, r := range ds.Representatives {
		out = append(out, r.Name)
		if r.Email != "" {
			out = append(out, r.Email)
		}
	}
	for _, p := range ds.Parts {
		out = append(out, p.Name)
	}
	for _, c := range ds.Commitments {
		out = append(out, c.Title)
	}
	for _, f := range ds.FollowUps {
		if len(f.Comment) > 20 {
			out = append(out, f.Comment)
		}
	}
	return out
}

// searchBytes fails for every file under roots that holds one of texts.
func searchBytes(t *testing.T, texts []string, roots ...string) int {
	t.Helper()
	n := 0
	for _, root := range roots {
		filepath.WalkDir(root, func(path string, e os.DirEntry, err error) error {
			if err != nil || !e.Type().IsRegular() || strings.HasSuffix(path, ".pdf") || strings.HasSuffix(path, ".json") && strings.Contains(path, "export") {
				return nil
			}
			data, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			n++
			for _, s := range texts {
				if bytes.Contains(data, []byte(s)) {
					t.Errorf("%s holds %q", path, s)
					return nil
				}
			}
			return nil
		})
	}
	return n
}

// TestProtectedFileCLI: a council file made with --encrypt is worked in
// through the CLI, with the passphrase from SAMVERKA_PASSPHRASE and from
// --passphrase-file; nothing of its content is readable in any file the
// program wrote (the printed documents and the export, which the user
// asked for in clear, aside); a wrong passphrase is one line and leaves
// the file as it was; protect, passphrase and unprotect set, change and
// remove the passphrase; copies merge and roll up.
func TestProtectedFileCLI(t *testing.T) {
	isolate(t)
	home := os.Getenv("HOME")
	dir := t.TempDir()
	path := filepath.Join(dir, "Rådet.samverka")
	t.Setenv(envPassphrase, "rätt häst batteri")
	code, stdout, stderr := cli(t, "demo", path, "--today", string(demo.Today), "--encrypt")
	if code != exitOK || !strings.Contains(stderr, msgOf("en", "cli.passphrase.noRecovery")) {
		t.Fatalf("demo: %d %s %s", code, stdout, stderr)
	}
	recovery := strings.TrimSpace(stdout[strings.LastIndex(strings.TrimSpace(stdout), "\n")+1:])
	if strings.Count(recovery, "-") != 7 {
		t.Fatalf("no recovery key in %q", stdout)
	}
	ds := demo.GenerateAt(demo.Small, 1, demo.Today)
	a, m := ds.Agreements[0], ds.Meetings[0]
	for _, args := range [][]string{
		{"stats", path}, {"list", path, "parts"}, {"check", path},
		{"pdf", path, "agreement", a.ID, "-o", filepath.Join(dir, "a.pdf")},
		{"pdf", path, "minutes", m.ID, "-o", filepath.Join(dir, "m.pdf")},
		{"pdf", path, "plan", "-o", filepath.Join(dir, "plan.pdf")},
		{"import", path, "--json", filepath.Join(dir, "none.json")},
	} {
		if code, _, stderr := cli(t, args...); code != exitOK && args[0] != "import" {
			t.Fatalf("%v: %s", args, stderr)
		}
	}
	if code, _, stderr := cli(t, "new", filepath.Join(dir, "Nytt råd.samverka"), "--council", "Rådet i Bredäng", "--encrypt"); code != exitOK {
		t.Fatalf("new: %s", stderr)
	}
	secrets := append(demoSecrets(t), "Rådet i Bredäng")
	searchBytes(t, secrets, dir, home)
	data := mustReadFile(t, path)

	// A wrong passphrase, from the environment or a file: one line.
	t.Setenv(envPassphrase, "fel")
	for _, args := range [][]string{{"list", path, "parts"}, {"stats", path}, {"pdf", path, "agreement", a.ID, "-o", filepath.Join(dir, "x.pdf")},
		{"export", path, "--json", filepath.Join(dir, "x.json")}, {"unprotect", path}} {
		code, _, stderr := cli(t, args...)
		if code != exitRefused || oneLineOf(t, stderr) != path+": "+msg("en", storage.CodeWrongPassphrase) {
			t.Errorf("%v: %d %q", args, code, stderr)
		}
	}
	if !bytes.Equal(mustReadFile(t, path), data) {
		t.Fatal("a wrong passphrase changed the file")
	}
	t.Setenv(envPassphrase, "")
	passFile := filepath.Join(t.TempDir(), "lösen.txt")
	os.WriteFile(passFile, []byte("rätt häst batteri\n"), 0o600)
	if code, stdout, stderr := cli(t, "list", path, "parts", "--passphrase-file", passFile); code != exitOK || !strings.Contains(stdout, ds.Parts[0].Name) {
		t.Fatalf("--passphrase-file: %s", stderr)
	}
	// The recovery key opens it too.
	t.Setenv(envPassphrase, recovery)
	if code, _, stderr := cli(t, "stats", path); code != exitOK {
		t.Fatalf("recovery key: %s", stderr)
	}

	// Change, remove, set again.
	t.Setenv(envPassphrase, "rätt häst batteri")
	t.Setenv(envNewPassphrase, "ännu bättre lösenord")
	if code, _, stderr := cli(t, "passphrase", path); code != exitOK {
		t.Fatalf("passphrase: %s", stderr)
	}
	if code, _, _ := cli(t, "stats", path); code != exitRefused {
		t.Fatal("the old passphrase still opens the file")
	}
	t.Setenv(envPassphrase, "ännu bättre lösenord")
	copyPath := filepath.Join(dir, "Rådet (kopia).samverka")
	os.WriteFile(copyPath, mustReadFile(t, path), 0o644)
	if code, _, stderr := cli(t, "merge", path, copyPath); code != exitOK {
		t.Fatalf("merge: %s", stderr)
	}
	rollup := filepath.Join(dir, "Sammanställning.samverka")
	if code, _, stderr := cli(t, "rollup", rollup, path, filepath.Join(dir, "Nytt råd.samverka")); code != exitRefused && code != exitOK {
		t.Fatalf("rollup: %s", stderr)
	}
	// The merge left backups and the roll-up a file of its own.
	if n := searchBytes(t, secrets, dir, home); n < 6 {
		t.Fatalf("only %d files searched", n)
	}
	if code, _, stderr := cli(t, "unprotect", path); code != exitOK {
		t.Fatalf("unprotect: %s", stderr)
	}
	t.Setenv(envPassphrase, "")
	if code, stdout, _ := cli(t, "list", path, "parts"); code != exitOK || !strings.Contains(stdout, ds.Parts[0].Name) {
		t.Fatal("the unprotected file does not list")
	}
	if !bytes.Contains(mustReadFile(t, path), []byte(ds.Council.Name)) {
		t.Fatal("the unprotected file is not in clear: the search could not have failed")
	}
	t.Setenv(envPassphrase, "tredje")
	if code, _, stderr := cli(t, "protect", path); code != exitOK {
		t.Fatalf("protect: %s", stderr)
	}
	searchBytes(t, secrets, dir, home)
	if code, _, _ := cli(t, "protect", path); code != exitRefused {
		t.Fatal("protect of a protected file")
	}
	_ = model.KindPart
}

// msgOf is a message of the program in lang.
func msgOf(lang, key string) string {
	c := &call{lang: lang}
	return c.text(key)
}
