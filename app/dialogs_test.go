package app

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"samverka/model"
	"samverka/storage"
)

// crashChildEnv makes the test binary a Samverka that crashes: it opens
// the file named in the variable, adds a part and exits without closing.
const crashChildEnv = "SAMVERKA_APP_CRASH_CHILD"

func TestMain(m *testing.M) {
	if path := os.Getenv(crashChildEnv); path != "" {
		d, err := storage.Open(path, storage.Options{User: "Bertil", Host: "LAPTOP-7",
			CacheDir: os.Getenv("CACHE"), DataDir: os.Getenv("DATA")})
		if err != nil {
			panic(err)
		}
		if err := d.Put(&model.Part{Name: "Osparad förening", Kind: model.PartAssociation}); err != nil {
			panic(err)
		}
		os.Exit(0) // a crash: no Save, no Close
	}
	os.Exit(m.Run())
}

// TestOpenLockedFile shows who has the file open and offers read-only,
// open anyway and cancel; read-only disables every change.
func TestOpenLockedFile(t *testing.T) {
	h := newHarness(t)
	path := h.demoFile()
	other, err := storage.Open(path, h.storageOptions("Bertil", "KANSLIET-PC"))
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close()

	h.ui.Start(path)
	c := h.dialog()
	if h.ui.doc != nil || c == nil {
		t.Fatal("a locked file opened without asking")
	}
	if !strings.Contains(c.message(), "Bertil") || !strings.Contains(c.message(), "KANSLIET-PC") {
		t.Fatalf("message %q does not say who has the file", c.message())
	}
	for _, key := range []string{"dialog.locked.readOnly", "dialog.locked.anyway", "button.cancel"} {
		if c.button(key) == nil {
			t.Fatalf("no %q button", tr(key))
		}
	}
	h.confirm("button.cancel")
	if h.ui.doc != nil || !isShown(h.ui.root, h.ui.welcome.content) {
		t.Fatal("cancel did not leave the welcome screen")
	}

	h.ui.Start(path)
	h.confirm("dialog.locked.readOnly")
	if h.ui.doc == nil || !h.ui.readOnly() {
		t.Fatal("not opened read-only")
	}
	if h.ui.status.state.Text != tr("status.readOnly") {
		t.Fatalf("status %q", h.ui.status.state.Text)
	}
	h.ui.showScreen(screenParts)
	h.ui.showScreen(screenCommitments)
	if !h.ui.screenNamed(screenParts).(*parts).add.Disabled() || !h.ui.screenNamed(screenCommitments).(*commitments).add.Disabled() || !h.ui.screenNamed(screenCommitments).(*commitments).editor.save.Disabled() {
		t.Fatal("changes are offered in a read-only file")
	}
	h.ui.onCloseFile()

	h.ui.Start(path)
	h.confirm("dialog.locked.anyway")
	if h.ui.doc == nil || h.ui.readOnly() {
		t.Fatal("open anyway did not open for writing")
	}
}

// TestRefusedFiles names what is wrong with a file that cannot be opened.
func TestRefusedFiles(t *testing.T) {
	h := newHarness(t)
	notSamverka := filepath.Join(h.dir, "protokoll.samverka")
	if err := os.WriteFile(notSamverka, []byte("%PDF-1.7 this is not a council file, but long enough to look at"), 0o644); err != nil {
		t.Fatal(err)
	}
	empty := filepath.Join(h.dir, "tom.samverka")
	if err := os.WriteFile(empty, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	h.ui.addRecent(filepath.Join(h.dir, "borta.samverka"))
	for _, tc := range []struct {
		path, code string
	}{
		{notSamverka, model.CodeNotSamverka},
		{empty, model.CodeEmpty},
		{filepath.Join(h.dir, "borta.samverka"), model.CodeNotFound},
	} {
		t.Run(tc.code, func(t *testing.T) {
			before, _ := os.ReadFile(tc.path)
			h.ui.Start(tc.path)
			c := h.dialog()
			if h.ui.doc != nil || c == nil {
				t.Fatal("no dialog")
			}
			if c.message() != tr("error."+tc.code) || strings.HasPrefix(c.message(), "error.") {
				t.Fatalf("message %q", c.message())
			}
			h.confirm("button.ok")
			after, _ := os.ReadFile(tc.path)
			if string(before) != string(after) {
				t.Fatal("a refused file was changed")
			}
		})
	}
	if recent := recentFiles(h.app.Preferences()); len(recent) != 0 {
		t.Fatalf("a missing file stays among the recent ones: %v", recent)
	}
}

// TestRecoverAfterCrash offers the unsaved changes a crashed Samverka left.
func TestRecoverAfterCrash(t *testing.T) {
	h := newHarness(t)
	path := h.demoFile()
	opt := h.ui.opt.Storage
	crashOnce := func() {
		t.Helper()
		cmd := exec.Command(os.Args[0], "-test.run=^$")
		cmd.Env = append(os.Environ(), crashChildEnv+"="+path, "CACHE="+opt.CacheDir, "DATA="+opt.DataDir)
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("crash child: %v\n%s", err, out)
		}
	}
	named := func() bool {
		for _, p := range h.ui.doc.view.parts {
			if p.Name == "Osparad förening" {
				return true
			}
		}
		return false
	}

	crashOnce()
	h.ui.Start(path)
	c := h.dialog()
	if h.ui.doc != nil || c == nil || c.button("dialog.recovery.restore") == nil || c.button("dialog.recovery.discard") == nil {
		t.Fatal("no recovery question")
	}
	h.confirm("dialog.recovery.restore")
	if h.ui.doc == nil || !named() {
		t.Fatal("the unsaved part was not restored")
	}
	h.ui.onCloseFile()
	if !hasPart(h.stored(path).Parts, "Osparad förening") {
		t.Fatal("the restored part was not saved")
	}

	// Once more, throwing the changes away.
	other := h.stored(path)
	crashOnce()
	h.ui.Start(path)
	h.confirm("dialog.recovery.discard")
	if h.ui.doc == nil {
		t.Fatal("not opened after discarding")
	}
	if n := len(h.ui.doc.view.parts); n != len(model.Live(other.Parts)) {
		t.Fatalf("%d parts after discarding, want %d", n, len(model.Live(other.Parts)))
	}
}

func hasPart(parts []*model.Part, name string) bool {
	for _, p := range parts {
		if p.Name == name && !p.Deleted {
			return true
		}
	}
	return false
}

// TestChangedByOthers keeps the user's changes beside a file that someone
// else saved meanwhile, and says where.
func TestChangedByOthers(t *testing.T) {
	h := newHarness(t)
	path := h.demoFile()
	h.openFile(path)

	opt := h.storageOptions("Bertil", "KANSLIET-PC")
	opt.IgnoreLock = true
	other, err := storage.Open(path, opt)
	if err != nil {
		t.Fatal(err)
	}
	if err := other.Put(&model.Part{Name: "Bertils förening", Kind: model.PartAssociation}); err != nil {
		t.Fatal(err)
	}
	if err := other.Close(); err != nil {
		t.Fatal(err)
	}

	h.ui.showScreen(screenParts)
	p := h.ui.screenNamed(screenParts).(*parts)
	test.Tap(p.add)
	test.Type(p.name, "Annas förening")
	test.Tap(p.save)
	h.ui.saveNow()
	c := h.dialog()
	if c == nil || !strings.Contains(c.message(), "(kopia från Anna") {
		t.Fatalf("no word about the kept copy: %+v", c)
	}
	if !strings.Contains(h.ui.status.path.Text, "kopia från Anna") {
		t.Fatalf("status line %q", h.ui.status.path.Text)
	}
	h.confirm("share.changed.keepBoth")
	h.ui.onCloseFile()
	if !hasPart(h.stored(path).Parts, "Bertils förening") || hasPart(h.stored(path).Parts, "Annas förening") {
		t.Fatal("the other person's file was overwritten")
	}
	kept, _ := filepath.Glob(filepath.Join(h.dir, "Exempel (kopia från Anna*).samverka"))
	if len(kept) != 1 || !hasPart(h.stored(kept[0]).Parts, "Annas förening") {
		t.Fatalf("kept copies %v", kept)
	}
}

// TestBackups lists the file's backups and restores one.
func TestBackups(t *testing.T) {
	h := newHarness(t)
	path := h.demoFile()
	h.openFile(path)
	nParts := len(h.ui.doc.view.parts)
	h.ui.showScreen(screenParts)
	test.Tap(h.ui.screenNamed(screenParts).(*parts).add)
	test.Type(h.ui.screenNamed(screenParts).(*parts).name, "Ny förening")
	test.Tap(h.ui.screenNamed(screenParts).(*parts).save)
	if len(h.ui.doc.view.parts) != nParts+1 {
		t.Fatal("part not added")
	}

	b := onBackups(h.ui.Session)
	if b == nil || len(b.list) == 0 {
		t.Fatal("no backups listed after opening")
	}
	rows := listTexts(b.table)
	if !strings.HasSuffix(rows[0], "kB") && !strings.HasSuffix(rows[0], "MB") {
		t.Fatalf("backup row %q has no size", rows[0])
	}
	if !b.restore.Disabled() {
		t.Fatal("restore offered before choosing")
	}
	b.table.Select(len(b.list) - 1)
	test.Tap(b.restore)
	h.confirm("backups.restore")
	if len(h.ui.doc.view.parts) != nParts {
		t.Fatalf("%d parts after restoring, want %d", len(h.ui.doc.view.parts), nParts)
	}
	h.ui.onCloseFile()
	if hasPart(h.stored(path).Parts, "Ny förening") {
		t.Fatal("the restored state was not saved")
	}
}

// TestAboutNamesFileAndBackups shows the version, file and backup folder.
func TestAboutNamesFileAndBackups(t *testing.T) {
	h := newHarness(t)
	path := h.demoFile()
	h.openFile(path)
	text := tr("about.text", map[string]any{"Version": "test", "File": path, "Backups": h.ui.backupFolder()})
	if !strings.Contains(text, path) || !strings.Contains(text, "test") || !strings.Contains(h.ui.backupFolder(), h.dir) {
		t.Fatalf("about text %q", text)
	}
	h.ui.showAbout()
}

// TestCreateOverExistingFile refuses to make a council file over another.
func TestCreateOverExistingFile(t *testing.T) {
	h := newHarness(t)
	h.ui.Start("")
	existing := filepath.Join(h.dir, "Rådet.samverka")
	if err := os.WriteFile(existing, []byte("someone's file"), 0o644); err != nil {
		t.Fatal(err)
	}
	test.Type(h.ui.welcome.name, "Rådet")
	h.ui.welcome.createIn(h.dir)
	if h.ui.doc != nil || h.dialog() == nil {
		t.Fatal("created over an existing file")
	}
	if want := tr("error.file.exists", map[string]any{"Path": existing}); h.dialog().message() != want {
		t.Fatalf("message %q, want %q", h.dialog().message(), want)
	}
	if data, _ := os.ReadFile(existing); string(data) != "someone's file" {
		t.Fatal("the existing file was changed")
	}
}

// TestCloseWhenSaveFails closes the file even when the last save fails,
// says so, and offers the changes when the file is back.
func TestCloseWhenSaveFails(t *testing.T) {
	h := newHarness(t)
	src := h.demoFile()
	original, err := os.ReadFile(src)
	if err != nil {
		t.Fatal(err)
	}
	stick := filepath.Join(h.dir, "usb")
	path := filepath.Join(stick, "Rådet.samverka")
	if err := os.MkdirAll(stick, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, original, 0o644); err != nil {
		t.Fatal(err)
	}
	h.openFile(path)
	h.ui.showScreen(screenParts)
	test.Tap(h.ui.screenNamed(screenParts).(*parts).add)
	test.Type(h.ui.screenNamed(screenParts).(*parts).name, "Föreningen på stickan")
	test.Tap(h.ui.screenNamed(screenParts).(*parts).save)

	// The USB stick is pulled out.
	if err := os.RemoveAll(stick); err != nil {
		t.Fatal(err)
	}
	h.ui.saveNow()
	if h.dialog() == nil || h.ui.status.state.Importance != widget.DangerImportance {
		t.Fatal("a failed save is not reported")
	}
	h.confirm("button.ok")
	h.ui.saveNow()
	if h.dialog() != nil || h.ui.status.state.Text != h.ui.saveProblem {
		t.Fatal("the same save problem came back as a dialog, or left the status line")
	}
	h.ui.onCloseWindow()
	c := h.dialog()
	if h.ui.doc != nil || c == nil || !strings.HasPrefix(c.message(), tr("dialog.closeFailed.message")) {
		t.Fatalf("closing without a file: doc %v, dialog %+v", h.ui.doc, c)
	}
	h.confirm("button.ok")

	// It is put back: the change is offered.
	if err := os.MkdirAll(stick, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, original, 0o644); err != nil {
		t.Fatal(err)
	}
	h.ui.Start(path)
	h.confirm("dialog.recovery.restore")
	if h.ui.doc == nil {
		t.Fatal("not opened")
	}
	found := false
	for _, p := range h.ui.doc.view.parts {
		found = found || p.Name == "Föreningen på stickan"
	}
	if !found {
		t.Fatal("the change made before the stick was pulled is lost")
	}
}
