package storage

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"samverka/model"
)

// Tests derive keys with small Argon2id parameters: the file records them.
func init() {
	kdfTime, kdfMemory, kdfThreads = 1, 1<<10, 1
}

// secrets are texts of the test data set that must never be readable in
// a protected file or anything the program writes beside it.
var secrets = []string{"Rådet Skärholmen", "Polisen LPO Skärholmen", "Karin Polis", "Nattvandring fredagar",
	"Genomfört enligt plan", "Trygghetsvandring", "Mörk gångväg", "Tertialrapport", "karin.polis@polisen.se", "Nedlagd förening"}

// assertNoSecrets fails if any file under the roots holds a secret, in
// UTF-8 or as JSON escapes it.
func assertNoSecrets(t *testing.T, roots ...string) int {
	t.Helper()
	n := 0
	for _, root := range roots {
		filepath.WalkDir(root, func(path string, e os.DirEntry, err error) error {
			if e != nil && e.IsDir() && root == os.TempDir() && path != root {
				return filepath.SkipDir
			}
			if err != nil || !e.Type().IsRegular() || root == os.TempDir() && !strings.HasPrefix(e.Name(), "samverka-") {
				return nil
			}
			data, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			n++
			for _, s := range secrets {
				if bytes.Contains(data, []byte(s)) {
					t.Errorf("%s holds %q", path, s)
				}
			}
			return nil
		})
	}
	return n
}

// protectedDocument creates a protected document in a new folder, works
// in it and closes it; it returns the path, the options (with the
// passphrase) and the recovery key.
func protectedDocument(t *testing.T) (string, Options, string) {
	t.Helper()
	dir := t.TempDir()
	opt := testOptions(t, dir)
	opt.Passphrase = "korrekt häst batteri häftstift"
	os.Mkdir(filepath.Join(dir, "docs"), 0o755)
	path := filepath.Join(dir, "docs", "Rådet.samverka")
	d, err := Create(path, &model.Council{Name: "Rådet Skärholmen"}, opt)
	if err != nil {
		t.Fatal(err)
	}
	recovery := d.RecoveryKey()
	if !d.HasPassphrase() || recovery == "" {
		t.Fatal("a document created with a passphrase is not protected")
	}
	ds := fullDataset(d.Council(), 6, 3)
	ds.Representatives[0].Email = "karin.polis@polisen.se"
	if err := d.Import(ds); err != nil {
		t.Fatal(err)
	}
	if err := d.Put(&model.Part{Name: "Nattvandrarna i Skärholmen", Kind: model.PartAssociation}); err != nil {
		t.Fatal(err)
	}
	if _, err := d.Save(); err != nil {
		t.Fatal(err)
	}
	if err := d.Delete(model.KindPart, "part-deleted"); err == nil {
		// a change after the save, for the working copy to hold
	}
	if err := d.Close(); err != nil {
		t.Fatal(err)
	}
	return path, opt, recovery
}

// TestProtectedFileIsNoise: after working in a protected document, no
// record text, name, e-mail or the council's name is in the document, the
// working copies, the backups or any other file the program wrote; and
// it opens again, with its passphrase or its recovery key.
func TestProtectedFileIsNoise(t *testing.T) {
	path, opt, recovery := protectedDocument(t)
	// Open again, change, leave a crashed session's working copy behind.
	d, err := Open(path, opt)
	if err != nil {
		t.Fatal(err)
	}
	if err := d.Put(&model.Part{Name: "Nattvandrarna i Bredäng", Kind: model.PartAssociation}); err != nil {
		t.Fatal(err)
	}
	crash(d)
	root := filepath.Dir(filepath.Dir(path))
	if n := assertNoSecrets(t, root); n < 5 {
		t.Fatalf("only %d files looked at", n)
	}
	if _, err := CheckWith(path, opt.Passphrase); err != nil {
		t.Fatal(err)
	}
	assertNoSecrets(t, root, os.TempDir())
	// The crashed session's changes are recovered, sealed.
	opt.Recover = true
	d, err = Open(path, opt)
	if err != nil {
		t.Fatal(err)
	}
	parts, err := d.List(model.KindPart)
	if err != nil || len(parts) != 3 {
		t.Fatalf("%d parts, %v", len(parts), err)
	}
	if err := d.Close(); err != nil {
		t.Fatal(err)
	}
	assertNoSecrets(t, root)
	// The recovery key opens it, in any case and with spaces.
	ro := opt
	ro.ReadOnly, ro.Recover, ro.Passphrase = true, false, " "+strings.ToLower(strings.ReplaceAll(recovery, "-", " "))+" "
	d, err = Open(path, ro)
	if err != nil {
		t.Fatalf("the recovery key: %v", err)
	}
	if d.Council().Name != "Rådet Skärholmen" {
		t.Fatal("the council")
	}
	d.Close()
	// So does a Reader, by need.
	r, err := OpenReader(path, opt.Passphrase)
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	a, err := r.Agreement("agr-1")
	if err != nil || r.ReadWhole() || len(a.Agreements) != 1 || len(a.Signatures) != 1 {
		t.Fatalf("reader: %v, whole %v", err, r.ReadWhole())
	}
}

// TestWrongPassphraseChangesNothing: a wrong or missing passphrase is
// one clear refusal, and the file, its backups and its folder are as
// they were.
func TestWrongPassphraseChangesNothing(t *testing.T) {
	path, opt, _ := protectedDocument(t)
	data := mustRead(t, path)
	dir := filepath.Dir(path)
	before, _ := os.ReadDir(dir)
	for _, pass := range []string{"fel lösenord", "korrekt häst batteri häftstift ", "AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH"} {
		o := opt
		o.Passphrase = pass
		_, err := Open(path, o)
		assertCode(t, err, CodeWrongPassphrase)
		_, err = OpenReader(path, pass)
		assertCode(t, err, CodeWrongPassphrase)
		_, err = CheckWith(path, pass)
		assertCode(t, err, CodeWrongPassphrase)
		_, err = Rekey(path, o, "nytt")
		assertCode(t, err, CodeWrongPassphrase)
	}
	o := opt
	o.Passphrase = ""
	_, err := Open(path, o)
	assertCode(t, err, CodeNeedPassphrase)
	assertUnchanged(t, path, data)
	after, _ := os.ReadDir(dir)
	if len(after) != len(before) {
		t.Fatalf("the folder changed: %v, was %v", after, before)
	}
}

// TestChangeAndRemovePassphrase: a new passphrase opens the file and the
// old one no longer does; with the passphrase removed it opens without
// one and holds the same records; a file that gets a passphrase keeps no
// readable backup.
func TestChangeAndRemovePassphrase(t *testing.T) {
	path, opt, oldRecovery := protectedDocument(t)
	want := datasetJSONWith(t, path, opt)
	recovery, err := Rekey(path, opt, "ett helt nytt lösenord")
	if err != nil || recovery == "" || recovery == oldRecovery {
		t.Fatalf("change: %v, recovery %q", err, recovery)
	}
	for _, pass := range []string{opt.Passphrase, oldRecovery} {
		o := opt
		o.Passphrase = pass
		_, err := Open(path, o)
		assertCode(t, err, CodeWrongPassphrase)
	}
	opt.Passphrase = "ett helt nytt lösenord"
	if got := datasetJSONWith(t, path, opt); !bytes.Equal(got, want) {
		t.Fatal("the records changed with the passphrase")
	}
	assertNoSecrets(t, filepath.Dir(filepath.Dir(path)))
	if _, err := Rekey(path, opt, ""); err != nil {
		t.Fatal(err)
	}
	plain := opt
	plain.Passphrase = ""
	if got := datasetJSONWith(t, path, plain); !bytes.Equal(got, want) {
		t.Fatal("the records changed when the passphrase was removed")
	}
	if !bytes.Contains(mustRead(t, path), []byte("Karin Polis")) {
		t.Fatal("a file without passphrase is not in clear")
	}
	_, err = Rekey(path, plain, "")
	assertCode(t, err, CodeNotProtected)
	// Protect it again: the readable backups go.
	if _, err := Rekey(path, plain, "tredje lösenordet"); err != nil {
		t.Fatal(err)
	}
	assertNoSecrets(t, filepath.Dir(filepath.Dir(path)))
	opt.Passphrase = "tredje lösenordet"
	if got := datasetJSONWith(t, path, opt); !bytes.Equal(got, want) {
		t.Fatal("the records changed when protected")
	}
}

// datasetJSONWith is the whole content of the document at path.
func datasetJSONWith(t *testing.T, path string, opt Options) []byte {
	t.Helper()
	o := opt
	o.ReadOnly = true
	d, err := Open(path, o)
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close()
	ds, err := d.Load()
	if err != nil {
		t.Fatal(err)
	}
	return mustJSON(t, ds)
}

// TestProtectedMergeAndRollup: two copies of a protected file merge, each
// opened with its passphrase, and a roll-up of protected files is
// protected too.
func TestProtectedMergeAndRollup(t *testing.T) {
	path, opt, _ := protectedDocument(t)
	other := filepath.Join(t.TempDir(), "Rådet (kopia).samverka")
	os.WriteFile(other, mustRead(t, path), 0o644)
	o2 := testOptions(t, t.TempDir())
	o2.Passphrase = opt.Passphrase
	d, err := Open(other, o2)
	if err != nil {
		t.Fatal(err)
	}
	if err := d.Put(&model.Part{Name: "Fritidsgården Bredäng", Kind: model.PartAssociation}); err != nil {
		t.Fatal(err)
	}
	if err := d.Close(); err != nil {
		t.Fatal(err)
	}
	d, err = Open(path, opt)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := d.MergeFrom(other); err != nil {
		t.Fatal(err)
	}
	parts, _ := d.List(model.KindPart)
	if err := d.Close(); err != nil {
		t.Fatal(err)
	}
	if len(parts) != 3 {
		t.Fatalf("%d parts after the merge", len(parts))
	}
	secrets := append(secrets, "Fritidsgården Bredäng")
	_ = secrets
	assertNoSecrets(t, filepath.Dir(filepath.Dir(path)))
	out := filepath.Join(filepath.Dir(path), "Sammanställning.samverka")
	ro := testOptions(t, t.TempDir())
	ro.Passphrase = opt.Passphrase
	st, err := Rollup(out, []string{path, other}, ro)
	if err != nil {
		t.Fatal(err)
	}
	if st.Total == 0 {
		t.Fatal("an empty roll-up")
	}
	assertNoSecrets(t, filepath.Dir(out))
	ro.ReadOnly = true
	ro.Passphrase = ""
	_, err = Open(out, ro)
	assertCode(t, err, CodeNeedPassphrase)
}
