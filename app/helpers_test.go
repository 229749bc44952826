package app

import (
	"os"
	"path/filepath"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"samverka/demo"
	"samverka/model"
	"samverka/storage"
)

// testToday is the day the tests live in: the demo council's today.
const testToday = demo.Today

// harness is a session on Fyne's test driver, working on real data files
// in a temporary folder: what a screen gets from the shell, with the
// screens under test shown in the window.
type harness struct {
	t   testing.TB
	app fyne.App
	win fyne.Window
	s   *Session
	dir string
	// screens are the screens shown, by name; RefreshAll refreshes them.
	screens map[string]Screen
	// opened are the records a screen asked the shell to show.
	opened []string
}

// newSessionHarness starts a session in Swedish with its folders in a
// temporary directory; it opens and saves synchronously.
func newSessionHarness(t testing.TB) *harness {
	t.Helper()
	a := test.NewTempApp(t)
	a.Preferences().SetString(PreferenceLanguage, "sv")
	if err := SetupLanguage(a.Preferences()); err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	w := a.NewWindow("Samverka")
	w.Resize(fyne.NewSize(1280, 800))
	h := &harness{t: t, app: a, win: w, dir: dir, screens: map[string]Screen{}}
	h.s = &Session{app: a, win: w, prefs: a.Preferences(), opt: h.options(), status: newStatusLine(), nav: h}
	t.Cleanup(func() {
		if h.s.doc != nil {
			_ = h.s.closeFile()
		}
		w.Close()
	})
	return h
}

// RefreshAll refreshes the screens shown, as the shell does.
func (h *harness) RefreshAll() {
	for _, sc := range h.screens {
		sc.Refresh()
	}
}

// OpenRecord notes the record a screen asked the shell to show.
func (h *harness) OpenRecord(kind model.Kind, id string) {
	h.opened = append(h.opened, string(kind)+" "+id)
}

// screen returns the screen named name, made and shown in the window the
// first time it is asked for.
func (h *harness) screen(name string, make func() Screen) Screen {
	if sc := h.screens[name]; sc != nil {
		return sc
	}
	sc := make()
	h.screens[name] = sc
	h.win.SetContent(container.NewBorder(nil, h.s.status.content, nil, nil, sc.Content()))
	return sc
}

// openFile opens path in the session; the screens are made anew.
func (h *harness) openFile(path string) {
	h.t.Helper()
	h.openWith(path, h.s.opt.Storage)
}

// openWith opens path in the session with the storage options opt.
func (h *harness) openWith(path string, opt storage.Options) {
	h.t.Helper()
	doc, err := openDocument(path, opt)
	if err != nil {
		h.t.Fatalf("%s did not open: %v", path, err)
	}
	h.s.setDocument(doc)
	h.screens = map[string]Screen{}
}

// closeFile saves and closes the open council.
func (h *harness) closeFile() {
	h.t.Helper()
	if err := h.s.closeFile(); err != nil {
		h.t.Fatal(err)
	}
}

// reopen closes the file and opens it again.
func (h *harness) reopen(path string) {
	h.t.Helper()
	h.closeFile()
	h.openFile(path)
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

// confirm taps the button of the confirmation on screen.
func (h *harness) confirm(key string) {
	h.t.Helper()
	c := h.dialog()
	if c == nil {
		h.t.Fatal("no confirmation on screen")
	}
	b := c.button(key)
	if b == nil {
		h.t.Fatalf("no button %q on %q", tr(key), c.message())
	}
	test.Tap(b)
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

// shownDialog is the dialog on top of the window, read through its widgets.
type shownDialog struct {
	root fyne.CanvasObject
}

// dialog returns the dialog on top of the window, nil when none shows.
func (h *harness) dialog() *shownDialog {
	top := h.win.Canvas().Overlays().Top()
	if top == nil {
		return nil
	}
	return &shownDialog{root: top}
}

// walkObjects calls fn on o and everything drawn inside it, widgets'
// renderers included, until fn returns false.
func walkObjects(o fyne.CanvasObject, fn func(fyne.CanvasObject) bool) bool {
	if !fn(o) {
		return false
	}
	var children []fyne.CanvasObject
	switch x := o.(type) {
	case *fyne.Container:
		children = x.Objects
	case fyne.Widget:
		children = test.WidgetRenderer(x).Objects()
	}
	for _, c := range children {
		if !walkObjects(c, fn) {
			return false
		}
	}
	return true
}

// message is the dialog's message: its first wrapping label.
func (d *shownDialog) message() string {
	text := ""
	walkObjects(d.root, func(o fyne.CanvasObject) bool {
		if l, ok := o.(*widget.Label); ok && l.Wrapping == fyne.TextWrapWord && l.Visible() {
			text = l.Text
			return false
		}
		return true
	})
	return text
}

// button returns the dialog's button with the text of key.
func (d *shownDialog) button(key string) *widget.Button {
	var found *widget.Button
	walkObjects(d.root, func(o fyne.CanvasObject) bool {
		if b, ok := o.(*widget.Button); ok && b.Text == tr(key) {
			found = b
			return false
		}
		return true
	})
	return found
}

func (d *shownDialog) String() string {
	if d == nil {
		return "no dialog"
	}
	return d.message()
}
