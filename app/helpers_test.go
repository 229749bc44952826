package app

import (
	"os"
	"path/filepath"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"samverka/demo"
	"samverka/model"
	"samverka/storage"
)

// testToday is the day the tests live in: the demo council's today.
const testToday = demo.Today

// harness is Samverka's window on Fyne's test driver, working on real
// data files in a temporary folder.
type harness struct {
	t   testing.TB
	app fyne.App
	win fyne.Window
	ui  *UI
	dir string
}

// newHarness starts the user interface in Swedish with its folders in a
// temporary directory; it opens and saves synchronously.
func newHarness(t testing.TB) *harness {
	t.Helper()
	a := test.NewTempApp(t)
	a.Preferences().SetString(PreferenceLanguage, "sv")
	if err := SetupLanguage(a.Preferences()); err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	w := a.NewWindow("Samverka")
	w.Resize(fyne.NewSize(1280, 800))
	h := &harness{t: t, app: a, win: w, dir: dir}
	h.ui = New(a, w, h.options())
	t.Cleanup(func() {
		h.ui.Shutdown()
		w.Close()
	})
	return h
}

// options are the UI's options: the storage folders in the test's
// directory, synchronous work and the demo council's today.
func (h *harness) options() Options {
	return Options{
		Version:       "test",
		Storage:       h.storageOptions("Anna", "LAPTOP-7"),
		Synchronous:   true,
		AutosaveDelay: -1,
		Today:         func() model.Date { return testToday },
		ExampleDir:    filepath.Join(h.dir, "documents"),
	}
}

func (h *harness) storageOptions(user, host string) storage.Options {
	return storage.Options{User: user, Host: host,
		CacheDir: filepath.Join(h.dir, "cache-"+user), DataDir: filepath.Join(h.dir, "data-"+user)}
}

// demoFile writes the small demo council to a file and returns its path.
func (h *harness) demoFile() string {
	h.t.Helper()
	path := filepath.Join(h.dir, "Exempel.samverka")
	ds := demo.Generate(demo.Small, 1)
	d, err := storage.Create(path, ds.Council, h.storageOptions("Setup", "SETUP-PC"))
	if err != nil {
		h.t.Fatal(err)
	}
	if err := d.Import(ds); err != nil {
		h.t.Fatal(err)
	}
	if err := d.Close(); err != nil {
		h.t.Fatal(err)
	}
	return path
}

// openFile opens path through the user interface and fails the test when
// the main window does not show.
func (h *harness) openFile(path string) {
	h.t.Helper()
	h.ui.Start(path)
	if h.ui.doc == nil {
		msg := ""
		if h.ui.pending != nil {
			msg = h.ui.pending.message.Text
		}
		h.t.Fatalf("%s did not open: %s", path, msg)
	}
}

// confirm taps the button of the confirmation on screen.
func (h *harness) confirm(key string) {
	h.t.Helper()
	c := h.ui.pending
	if c == nil {
		h.t.Fatal("no confirmation on screen")
	}
	b := c.button(key)
	if b == nil {
		h.t.Fatalf("no button %q on %q", tr(key), c.message.Text)
	}
	test.Tap(b)
}

// reopen closes the file (Ctrl+W) and opens it again.
func (h *harness) reopen(path string) {
	h.t.Helper()
	h.ui.onCloseFile()
	if h.ui.doc != nil {
		h.t.Fatal("the file did not close")
	}
	h.openFile(path)
}

// stored reads the file from disk as another program would and returns
// its live records.
func (h *harness) stored(path string) *model.Dataset {
	h.t.Helper()
	opt := h.storageOptions("Reader", "READER-PC")
	opt.ReadOnly = true
	d, err := storage.Open(path, opt)
	if err != nil {
		h.t.Fatal(err)
	}
	defer d.Close()
	ds, err := d.Load()
	if err != nil {
		h.t.Fatal(err)
	}
	return ds
}

// listTexts returns the texts a list shows, row by row, cells joined by
// " | ".
func listTexts(l *widget.List) []string {
	var rows []string
	n := l.Length()
	for i := 0; i < n; i++ {
		o := l.CreateItem()
		l.UpdateItem(i, o)
		rows = append(rows, objectText(o))
	}
	return rows
}

// objectText is what a row shows: its labels' texts joined with " | ".
func objectText(o fyne.CanvasObject) string { return labelTexts(o) }

func fileExists(path string) bool {
	_, err := os.Stat(path)
	return err == nil
}

func osMkdir(dir string) error { return os.MkdirAll(dir, 0o755) }
