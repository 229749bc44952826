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

	"samverka/app/internal/session"
	"samverka/app/internal/sessiontest"

	"samverka/app/sharing"
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
	path := h.DemoFile()
	other, err := storage.Open(path, h.StorageOptions("Bertil", "KANSLIET-PC"))
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close()

	h.ui.Start(path)
	c := h.Dialog()
	if h.ui.Doc != nil || c == nil {
		t.Fatal("a locked file opened without asking")
	}
	if !strings.Contains(c.Message(), "Bertil") || !strings.Contains(c.Message(), "KANSLIET-PC") {
		t.Fatalf("message %q does not say who has the file", c.Message())
	}
	for _, key := range []string{"dialog.locked.readOnly", "dialog.locked.anyway", "button.cancel"} {
		if c.Button(key) == nil {
			t.Fatalf("no %q button", session.Tr(key))
		}
	}
	h.Confirm("button.cancel")
	if h.ui.Doc != nil || !isShown(h.ui.root, h.ui.welcome.content) {
		t.Fatal("cancel did not leave the welcome screen")
	}

	h.ui.Start(path)
	h.Confirm("dialog.locked.readOnly")
	if h.ui.Doc == nil || !h.ui.ReadOnly() {
		t.Fatal("not opened read-only")
	}
	if h.ui.Status.State.Text != session.Tr("status.readOnly") {
		t.Fatalf("status %q", h.ui.Status.State.Text)
	}
	h.ui.showScreen(screenParts)
	addPart := h.button("parts.add")
	h.ui.showScreen(screenCommitments)
	if !addPart.Disabled() || !h.button("commitments.add").Disabled() || !h.button("button.save").Disabled() {
		t.Fatal("changes are offered in a read-only file")
	}
	h.ui.onCloseFile()

	h.ui.Start(path)
	h.Confirm("dialog.locked.anyway")
	if h.ui.Doc == nil || h.ui.ReadOnly() {
		t.Fatal("open anyway did not open for writing")
	}
}

// TestRefusedFiles names what is wrong with a file that cannot be opened.
func TestRefusedFiles(t *testing.T) {
	h := newHarness(t)
	notSamverka := filepath.Join(h.Dir, "protokoll.samverka")
	if err := os.WriteFile(notSamverka, []byte("%PDF-1.7 this is not a council file, but long enough to look at"), 0o644); err != nil {
		t.Fatal(err)
	}
	empty := filepath.Join(h.Dir, "tom.samverka")
	if err := os.WriteFile(empty, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	h.ui.addRecent(filepath.Join(h.Dir, "borta.samverka"))
	for _, tc := range []struct {
		path, code string
	}{
		{notSamverka, model.CodeNotSamverka},
		{empty, model.CodeEmpty},
		{filepath.Join(h.Dir, "borta.samverka"), model.CodeNotFound},
	} {
		t.Run(tc.code, func(t *testing.T) {
			before, _ := os.ReadFile(tc.path)
			h.ui.Start(tc.path)
			c := h.Dialog()
			if h.ui.Doc != nil || c == nil {
				t.Fatal("no dialog")
			}
			if c.Message() != session.Tr("error."+tc.code) || strings.HasPrefix(c.Message(), "error.") {
				t.Fatalf("message %q", c.Message())
			}
			h.Confirm("button.ok")
			after, _ := os.ReadFile(tc.path)
			if string(before) != string(after) {
				t.Fatal("a refused file was changed")
			}
		})
	}
	if recent := recentFiles(h.App.Preferences()); len(recent) != 0 {
		t.Fatalf("a missing file stays among the recent ones: %v", recent)
	}
}

// TestRecoverAfterCrash offers the unsaved changes a crashed Samverka left.
func TestRecoverAfterCrash(t *testing.T) {
	h := newHarness(t)
	path := h.DemoFile()
	opt := h.ui.Opt.Storage
	crashOnce := func() {
		t.Helper()
		cmd := exec.Command(os.Args[0], "-test.run=^$")
		cmd.Env = append(os.Environ(), crashChildEnv+"="+path, "CACHE="+opt.CacheDir, "DATA="+opt.DataDir)
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("crash child: %v\n%s", err, out)
		}
	}
	named := func() bool {
		for _, p := range h.ui.Doc.View.Parts {
			if p.Name == "Osparad förening" {
				return true
			}
		}
		return false
	}

	crashOnce()
	h.ui.Start(path)
	c := h.Dialog()
	if h.ui.Doc != nil || c == nil || c.Button("dialog.recovery.restore") == nil || c.Button("dialog.recovery.discard") == nil {
		t.Fatal("no recovery question")
	}
	h.Confirm("dialog.recovery.restore")
	if h.ui.Doc == nil || !named() {
		t.Fatal("the unsaved part was not restored")
	}
	h.ui.onCloseFile()
	if !hasPart(h.Stored(path).Parts, "Osparad förening") {
		t.Fatal("the restored part was not saved")
	}

	// Once more, throwing the changes away.
	other := h.Stored(path)
	crashOnce()
	h.ui.Start(path)
	h.Confirm("dialog.recovery.discard")
	if h.ui.Doc == nil {
		t.Fatal("not opened after discarding")
	}
	if n := len(h.ui.Doc.View.Parts); n != len(model.Live(other.Parts)) {
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
	path := h.DemoFile()
	h.openFile(path)

	opt := h.StorageOptions("Bertil", "KANSLIET-PC")
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

	h.addPart("Annas förening")
	h.ui.saveNow()
	c := h.Dialog()
	if c == nil || !strings.Contains(c.Message(), "(kopia från Anna") {
		t.Fatalf("no word about the kept copy: %+v", c)
	}
	if !strings.Contains(h.ui.Status.Path.Text, "kopia från Anna") {
		t.Fatalf("status line %q", h.ui.Status.Path.Text)
	}
	h.Confirm("share.changed.keepBoth")
	h.ui.onCloseFile()
	if !hasPart(h.Stored(path).Parts, "Bertils förening") || hasPart(h.Stored(path).Parts, "Annas förening") {
		t.Fatal("the other person's file was overwritten")
	}
	kept, _ := filepath.Glob(filepath.Join(h.Dir, "Exempel (kopia från Anna*).samverka"))
	if len(kept) != 1 || !hasPart(h.Stored(kept[0]).Parts, "Annas förening") {
		t.Fatalf("kept copies %v", kept)
	}
}

// TestBackups lists the file's backups and restores one.
func TestBackups(t *testing.T) {
	h := newHarness(t)
	path := h.DemoFile()
	h.openFile(path)
	nParts := len(h.ui.Doc.View.Parts)
	h.addPart("Ny förening")
	if len(h.ui.Doc.View.Parts) != nParts+1 {
		t.Fatal("part not added")
	}

	sharing.OnBackups(h.ui.Session)
	d := h.Dialog()
	list := d.List()
	if list == nil || list.Length() == 0 {
		t.Fatal("no backups listed after opening")
	}
	rows := sessiontest.ListTexts(list)
	if !strings.HasSuffix(rows[0], "kB") && !strings.HasSuffix(rows[0], "MB") {
		t.Fatalf("backup row %q has no size", rows[0])
	}
	restore := d.Button("backups.restore")
	if !restore.Disabled() {
		t.Fatal("restore offered before choosing")
	}
	list.Select(list.Length() - 1)
	test.Tap(restore)
	h.Confirm("backups.restore")
	if len(h.ui.Doc.View.Parts) != nParts {
		t.Fatalf("%d parts after restoring, want %d", len(h.ui.Doc.View.Parts), nParts)
	}
	h.ui.onCloseFile()
	if hasPart(h.Stored(path).Parts, "Ny förening") {
		t.Fatal("the restored state was not saved")
	}
}

// TestAboutNamesFileAndBackups shows the version, file and backup folder.
func TestAboutNamesFileAndBackups(t *testing.T) {
	h := newHarness(t)
	path := h.DemoFile()
	h.openFile(path)
	text := session.Tr("about.text", map[string]any{"Version": "test", "File": path, "Backups": h.ui.BackupFolder()})
	if !strings.Contains(text, path) || !strings.Contains(text, "test") || !strings.Contains(h.ui.BackupFolder(), h.Dir) {
		t.Fatalf("about text %q", text)
	}
	h.ui.showAbout()
}

// TestCreateOverExistingFile refuses to make a council file over another.
func TestCreateOverExistingFile(t *testing.T) {
	h := newHarness(t)
	h.ui.Start("")
	existing := filepath.Join(h.Dir, "Rådet.samverka")
	if err := os.WriteFile(existing, []byte("someone's file"), 0o644); err != nil {
		t.Fatal(err)
	}
	test.Type(h.ui.welcome.name, "Rådet")
	h.ui.welcome.createAt(existing)
	if h.ui.Doc != nil || h.Dialog() == nil {
		t.Fatal("created over an existing file")
	}
	if want := session.Tr("error.file.exists", map[string]any{"Path": existing}); h.Dialog().Message() != want {
		t.Fatalf("message %q, want %q", h.Dialog().Message(), want)
	}
	if data, _ := os.ReadFile(existing); string(data) != "someone's file" {
		t.Fatal("the existing file was changed")
	}
}

// TestCloseWhenSaveFails closes the file even when the last save fails,
// says so, and offers the changes when the file is back.
func TestCloseWhenSaveFails(t *testing.T) {
	h := newHarness(t)
	src := h.DemoFile()
	original, err := os.ReadFile(src)
	if err != nil {
		t.Fatal(err)
	}
	stick := filepath.Join(h.Dir, "usb")
	path := filepath.Join(stick, "Rådet.samverka")
	if err := os.MkdirAll(stick, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, original, 0o644); err != nil {
		t.Fatal(err)
	}
	h.openFile(path)
	h.addPart("Föreningen på stickan")

	// The USB stick is pulled out.
	if err := os.RemoveAll(stick); err != nil {
		t.Fatal(err)
	}
	h.ui.saveNow()
	if h.Dialog() == nil || h.ui.Status.State.Importance != widget.DangerImportance {
		t.Fatal("a failed save is not reported")
	}
	h.Confirm("button.ok")
	h.ui.saveNow()
	if h.Dialog() != nil || h.ui.Status.State.Text != h.ui.saveProblem {
		t.Fatal("the same save problem came back as a dialog, or left the status line")
	}
	h.ui.onCloseWindow()
	c := h.Dialog()
	if h.ui.Doc != nil || c == nil || !strings.HasPrefix(c.Message(), session.Tr("dialog.closeFailed.message")) {
		t.Fatalf("closing without a file: doc %v, dialog %+v", h.ui.Doc, c)
	}
	h.Confirm("button.ok")

	// It is put back: the change is offered.
	if err := os.MkdirAll(stick, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, original, 0o644); err != nil {
		t.Fatal(err)
	}
	h.ui.Start(path)
	h.Confirm("dialog.recovery.restore")
	if h.ui.Doc == nil {
		t.Fatal("not opened")
	}
	found := false
	for _, p := range h.ui.Doc.View.Parts {
		found = found || p.Name == "Föreningen på stickan"
	}
	if !found {
		t.Fatal("the change made before the stick was pulled is lost")
	}
}
