package sessiontest

import (
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"samverka/demo"
	"samverka/model"
	"samverka/storage"

	"samverka/app/internal/kit"
	"samverka/app/internal/session"
)

// testToday is the day the tests live in: the demo council's today.
const TestToday = demo.Today

// Harness is a session on Fyne's test driver, working on real data files
// in a temporary folder: what a screen gets from the shell, with the
// screens under test shown in the window.
type Harness struct {
	T   testing.TB
	App fyne.App
	Win fyne.Window
	S   *session.Session
	Dir string
	// screens are the screens shown, by name; RefreshAll refreshes them.
	screens map[string]session.Screen
	// Opened are the records a screen asked the shell to show, "kind id".
	Opened []string
	// Viewed are the files handed to the system's viewer, as URLs and as
	// paths; ViewerErr, when set, is the viewer's refusal.
	Viewed      []*url.URL
	viewedURLs  *[]*url.URL
	viewedFiles *[]string
	ViewerErr   error
}

// viewerApp is the test app whose system viewer notes what it is handed:
// the edge of the program, where the user's PDF viewer would take over.
type viewerApp struct {
	fyne.App
	h *Harness
}

func (a viewerApp) OpenURL(u *url.URL) error {
	a.h.Viewed = append(a.h.Viewed, u)
	*a.h.viewedURLs = append(*a.h.viewedURLs, u)
	*a.h.viewedFiles = append(*a.h.viewedFiles, filepath.FromSlash(u.Path))
	return a.h.ViewerErr
}

// Viewer returns the files handed to the system's viewer, a list that
// grows as the test goes on.
func (h *Harness) Viewer() *[]string { return h.viewedFiles }

// viewers are the lists Viewer handed out, by test, for the harness the
// test makes next.
var viewers sync.Map

// pendingViewer are the lists of the harness a test makes next.
type pendingViewer struct {
	files *[]string
	urls  *[]*url.URL
}

func pending(t testing.TB) pendingViewer {
	v, _ := viewers.LoadOrStore(t, pendingViewer{files: &[]string{}, urls: &[]*url.URL{}})
	return v.(pendingViewer)
}

// Viewer returns the files handed to the system's viewer in the harness
// that test t makes next, for a test that asks before it has one.
func Viewer(t testing.TB) *[]string { return pending(t).files }

// ViewerURLs is Viewer with the URLs the viewer was handed.
func ViewerURLs(t testing.TB) *[]*url.URL { return pending(t).urls }

// New starts a session in Swedish with its folders in a
// temporary directory; it opens and saves synchronously.
func New(t testing.TB) *Harness {
	t.Helper()
	a := test.NewTempApp(t)
	a.Preferences().SetString(session.PreferenceLanguage, "sv")
	if err := session.SetupLanguage(a.Preferences()); err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	w := a.NewWindow("Samverka")
	w.Resize(fyne.NewSize(1280, 800))
	h := &Harness{T: t, Win: w, Dir: dir, screens: map[string]session.Screen{}}
	h.App = viewerApp{App: a, h: h}
	h.viewedFiles, h.viewedURLs = &[]string{}, &[]*url.URL{}
	if v, ok := viewers.LoadAndDelete(t); ok {
		h.viewedFiles, h.viewedURLs = v.(pendingViewer).files, v.(pendingViewer).urls
	}
	h.S = &session.Session{App: h.App, Win: w, Prefs: a.Preferences(), Opt: h.Options(), Status: session.NewStatusLine(), Nav: h}
	t.Cleanup(func() {
		if h.S.Doc != nil {
			_ = h.S.CloseFile()
		}
		w.Close()
	})
	return h
}

// RefreshAll refreshes the screens shown, as the shell does.
func (h *Harness) RefreshAll() {
	for _, sc := range h.screens {
		sc.Refresh()
	}
}

// OpenRecord notes the record a screen asked the shell to show.
func (h *Harness) OpenRecord(kind model.Kind, id string) {
	h.Opened = append(h.Opened, string(kind)+" "+id)
}

// Screen returns the screen named name, made and shown in the window the
// first time it is asked for.
func (h *Harness) Screen(name string, make func() session.Screen) session.Screen {
	if sc := h.screens[name]; sc != nil {
		return sc
	}
	sc := make()
	h.screens[name] = sc
	h.Win.SetContent(container.NewBorder(nil, h.S.Status.Content, nil, nil, sc.Content()))
	return sc
}

// OpenFile opens path in the session; the screens are made anew.
func (h *Harness) OpenFile(path string) {
	h.T.Helper()
	h.OpenWith(path, h.S.Opt.Storage)
}

// OpenWith opens path in the session with the storage options opt.
func (h *Harness) OpenWith(path string, opt storage.Options) {
	h.T.Helper()
	doc, err := session.OpenDocument(path, opt)
	if err != nil {
		h.T.Fatalf("%s did not open: %v", path, err)
	}
	h.S.SetDocument(doc)
	h.screens = map[string]session.Screen{}
}

// CloseFile saves and closes the open council.
func (h *Harness) CloseFile() {
	h.T.Helper()
	if err := h.S.CloseFile(); err != nil {
		h.T.Fatal(err)
	}
}

// Reopen closes the file and opens it again.
func (h *Harness) Reopen(path string) {
	h.T.Helper()
	h.CloseFile()
	h.OpenFile(path)
}

// Options are the UI's options: the storage folders in the test's
// directory, synchronous work and the demo council's today.
func (h *Harness) Options() session.Options {
	return session.Options{
		Version:       "test",
		Storage:       h.StorageOptions("Anna", "LAPTOP-7"),
		Synchronous:   true,
		AutosaveDelay: -1,
		Today:         func() model.Date { return TestToday },
		ExampleDir:    filepath.Join(h.Dir, "documents"),
	}
}

func (h *Harness) StorageOptions(user, host string) storage.Options {
	return storage.Options{User: user, Host: host,
		CacheDir: filepath.Join(h.Dir, "cache-"+user), DataDir: filepath.Join(h.Dir, "data-"+user)}
}

// DemoFile writes the small demo council to a file and returns its path.
func (h *Harness) DemoFile() string {
	h.T.Helper()
	path := filepath.Join(h.Dir, "Exempel.samverka")
	ds := demo.Generate(demo.Small, 1)
	d, err := storage.Create(path, ds.Council, h.StorageOptions("Setup", "SETUP-PC"))
	if err != nil {
		h.T.Fatal(err)
	}
	if err := d.Import(ds); err != nil {
		h.T.Fatal(err)
	}
	if err := d.Close(); err != nil {
		h.T.Fatal(err)
	}
	return path
}

// Confirm taps the button of the confirmation on screen.
func (h *Harness) Confirm(key string) {
	h.T.Helper()
	c := h.Dialog()
	if c == nil {
		h.T.Fatal("no confirmation on screen")
	}
	b := c.Button(key)
	if b == nil {
		h.T.Fatalf("no button %q on %q", session.Tr(key), c.Message())
	}
	test.Tap(b)
}

// Stored reads the file from disk as another program would and returns
// its live records.
func (h *Harness) Stored(path string) *model.Dataset {
	h.T.Helper()
	opt := h.StorageOptions("Reader", "READER-PC")
	opt.ReadOnly = true
	d, err := storage.Open(path, opt)
	if err != nil {
		h.T.Fatal(err)
	}
	defer d.Close()
	ds, err := d.Load()
	if err != nil {
		h.T.Fatal(err)
	}
	return ds
}

// HistoryTexts returns what a follow-up history shows, entry by entry,
// as its labels read.
func HistoryTexts(hist *kit.FollowUpHistory) []string {
	objs := hist.Content.Objects
	var out []string
	for _, o := range objs[len(objs)-1].(*fyne.Container).Objects {
		if t := kit.LabelTexts(o); t != "" {
			out = append(out, t)
		}
	}
	return out
}

// ListTexts returns the texts a list shows, row by row, cells joined by
// " | ".
func ListTexts(l *widget.List) []string {
	var rows []string
	n := l.Length()
	for i := 0; i < n; i++ {
		o := l.CreateItem()
		l.UpdateItem(i, o)
		rows = append(rows, ObjectText(o))
	}
	return rows
}

// ObjectText is what a row shows: its labels' texts joined with " | ".
func ObjectText(o fyne.CanvasObject) string { return kit.LabelTexts(o) }

func FileExists(path string) bool {
	_, err := os.Stat(path)
	return err == nil
}

func OsMkdir(dir string) error { return os.MkdirAll(dir, 0o755) }

// shownDialog is the dialog on top of the window, read through its widgets.
type shownDialog struct {
	root fyne.CanvasObject
}

// Dialog returns the dialog on top of the window, nil when none shows.
func (h *Harness) Dialog() *shownDialog {
	top := h.Win.Canvas().Overlays().Top()
	if top == nil {
		return nil
	}
	return &shownDialog{root: top}
}

// Walk calls fn on o and everything drawn inside it, widgets'
// renderers included, until fn returns false.
func Walk(o fyne.CanvasObject, fn func(fyne.CanvasObject) bool) bool {
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
		if !Walk(c, fn) {
			return false
		}
	}
	return true
}

// Find returns the first object drawn in o, hidden ones and what is in
// them left out, that ok accepts; nil when there is none.
func Find(o fyne.CanvasObject, ok func(fyne.CanvasObject) bool) fyne.CanvasObject {
	if o == nil || !o.Visible() {
		return nil
	}
	if ok(o) {
		return o
	}
	var children []fyne.CanvasObject
	switch x := o.(type) {
	case *fyne.Container:
		children = x.Objects
	case fyne.Widget:
		children = test.WidgetRenderer(x).Objects()
	}
	for _, c := range children {
		if f := Find(c, ok); f != nil {
			return f
		}
	}
	return nil
}

// Message is the dialog's message: its first wrapping label.
func (d *shownDialog) Message() string {
	text := ""
	Walk(d.root, func(o fyne.CanvasObject) bool {
		if l, ok := o.(*widget.Label); ok && l.Wrapping == fyne.TextWrapWord && l.Visible() {
			text = l.Text
			return false
		}
		return true
	})
	return text
}

// Button returns the dialog's button with the text of key.
func (d *shownDialog) Button(key string) *widget.Button {
	var found *widget.Button
	Walk(d.root, func(o fyne.CanvasObject) bool {
		if b, ok := o.(*widget.Button); ok && b.Text == session.Tr(key) {
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
	return d.Message()
}

// ChainFile writes a small council by hand: one part with a contact
// person, two commitments linked to nothing, two council meetings and
// follow-ups at them. It returns the file's path.
func ChainFile(h *Harness) string {
	h.T.Helper()
	path := filepath.Join(h.Dir, "Kedjan.samverka")
	d, err := storage.Create(path, &model.Council{Name: "Rådet i Testby"}, h.StorageOptions("Setup", "SETUP-PC"))
	if err != nil {
		h.T.Fatal(err)
	}
	part := &model.Part{Name: "Fryshuset", Kind: model.PartAssociation}
	if err := d.Put(part); err != nil {
		h.T.Fatal(err)
	}
	rep := &model.Representative{PartID: part.ID, Name: "Anna Andersson", Role: model.CouncilRole("ledamot")}
	night := &model.Commitment{Title: "Nattvandring", PartID: part.ID, Area: model.AreaCivilSociety, Status: model.StatusOngoing,
		Start: "2025-09-01", Due: "2026-06-30", Goal: model.Goal{Indicator: "Antal vandringar", Baseline: "10", Target: "40"}}
	paint := &model.Commitment{Title: "Sanera klotter", PartID: part.ID, Area: model.AreaCollaboration, Status: model.StatusPlanned,
		Start: "2025-10-01", Due: "2025-12-31"}
	m1 := &model.Meeting{Date: "2025-11-12", Kind: model.MeetingCouncil, State: model.StateDraft}
	m2 := &model.Meeting{Date: "2026-01-14", Kind: model.MeetingCouncil, State: model.StateDraft}
	if err := d.Put(rep, night, paint, m1, m2); err != nil {
		h.T.Fatal(err)
	}
	night.ContactID = rep.ID
	if err := d.Put(night); err != nil {
		h.T.Fatal(err)
	}
	for _, f := range []*model.FollowUp{
		{CommitmentID: night.ID, MeetingID: m1.ID, Date: m1.Date, Status: model.StatusOngoing, Light: model.LightGreen, Comment: "Tio vandringar"},
		{CommitmentID: paint.ID, MeetingID: m1.ID, Date: m1.Date, Status: model.StatusPlanned, Light: model.LightYellow},
		{CommitmentID: night.ID, MeetingID: m2.ID, Date: m2.Date, Status: model.StatusOngoing, Light: model.LightGreen, Comment: "Arton vandringar"},
	} {
		if err := d.Put(f); err != nil {
			h.T.Fatal(err)
		}
	}
	if err := d.Close(); err != nil {
		h.T.Fatal(err)
	}
	return path
}

// PDFText returns a PDF's text as pdftotext reads it.
func PDFText(t *testing.T, path string) string {
	t.Helper()
	out, err := exec.Command("pdftotext", "-layout", path, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext %s: %v", path, err)
	}
	return string(out)
}

// DrawnTexts returns the texts o draws, labels and canvas texts alike, in
// drawing order.
func DrawnTexts(o fyne.CanvasObject) []string {
	var out []string
	Walk(o, func(x fyne.CanvasObject) bool {
		switch t := x.(type) {
		case *widget.Label:
			out = append(out, t.Text)
		case *canvas.Text:
			out = append(out, t.Text)
		}
		return true
	})
	return out
}

// ShareCopy copies the file at from to to, as a USB stick would.
func ShareCopy(t *testing.T, from, to string) {
	t.Helper()
	data, err := os.ReadFile(from)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(to, data, 0o644); err != nil {
		t.Fatal(err)
	}
}

// ShareRetitle gives commitment id a new title in the file at path, as
// user working at the time at.
func ShareRetitle(h *Harness, path, user string, at time.Time, id, title string) {
	h.T.Helper()
	opt := h.StorageOptions(user, "PC-"+user)
	opt.Now = func() time.Time { return at }
	opt.IgnoreLock = true
	d, err := storage.Open(path, opt)
	if err != nil {
		h.T.Fatal(err)
	}
	r, err := d.Get(model.KindCommitment, id)
	if err != nil {
		h.T.Fatal(err)
	}
	c := r.(*model.Commitment)
	c.Title = title
	if err := d.Put(c); err != nil {
		h.T.Fatal(err)
	}
	if err := d.Close(); err != nil {
		h.T.Fatal(err)
	}
}

// ShareCommitment returns a live commitment of the file at path.
func ShareCommitment(h *Harness, path string) *model.Commitment {
	h.T.Helper()
	ds := h.Stored(path)
	for _, c := range ds.Commitments {
		if !c.Deleted {
			return c
		}
	}
	h.T.Fatal("the demo council has no commitment")
	return nil
}

func ShareCommitmentIn(ds *model.Dataset, id string) *model.Commitment {
	for _, c := range ds.Commitments {
		if c.ID == id {
			return c
		}
	}
	return nil
}
