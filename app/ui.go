// Package app is Samverka's desktop user interface: the welcome screen, the
// main window with its screens, menus and dialogs. It reads and writes the
// council's file only through package storage.
package app

import (
	"path/filepath"
	"slices"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"samverka/model"
	"samverka/storage"

	"samverka/app/agreements"
	"samverka/app/commitments"
	"samverka/app/internal/kit"
	"samverka/app/internal/session"
	"samverka/app/meetings"
	"samverka/app/overview"
	"samverka/app/parts"
	"samverka/app/situation"
	"samverka/app/year"
)

// UI is Samverka's window: the welcome screen or the open council with its
// navigation, screens and status line.
type UI struct {
	*session.Session

	root    *fyne.Container // the welcome screen, "loading" or the main layout
	navList *widget.List
	navName *widget.Label
	body    *fyne.Container
	screen  string // the screen shown, one of the screen* names

	welcome *welcome
	// built holds the screens built for the open council, by name; a
	// screen is built when first shown.
	built map[string]session.Screen

	// undoItem is Redigera → Ångra, which names the change it takes back.
	undoItem *fyne.MenuItem

	// saveProblem is the last save error shown as a dialog.
	saveProblem string
	// ready is called once the window shows its first real content.
	ready func()
	// exampleDir is the temporary folder of the example council while it
	// is open; it is removed when the council closes.
	exampleDir string
	// atShutdown run when Shutdown has closed the council (OnShutdown).
	atShutdown []func()
	// stopBusy stops showing saves that wait for a busy file.
	stopBusy func()
}

// The screens of the main window, by name.
const (
	screenOverview    = "overview"
	screenParts       = "parts"
	screenCommitments = "commitments"
	screenMeetings    = "meetings"
	screenAgreements  = "agreements"
	screenSituations  = "situations"
	screenPlan        = "plan"
	screenReport      = "report"
	screenYear        = "year"
)

// screenInfo is one screen of the main window: its name (also its
// translation key under "nav."), its icon and how it is made.
type screenInfo struct {
	name string
	icon func() fyne.Resource
	make func(*session.Session) session.Screen
	// lazy screens are brought up to date only when shown: they build
	// the plan or the report from every record.
	lazy bool
	// opens are the kinds of record the screen shows on OpenRecord.
	opens []model.Kind
	// scenes are the screenshots the screen sets itself up for (see
	// ShowNamed and sceneShower).
	scenes []string
}

// screens are the main window's screens in navigation order, which follows
// Brå's chain: the lägesbild before the commitments that answer it, the
// plan after them, and the follow-up report after the meetings that follow
// them up. A new screen is one line here.
var screens = []screenInfo{
	{name: screenOverview, icon: theme.HomeIcon, make: func(s *session.Session) session.Screen { return overview.New(s) }, lazy: true},
	{name: screenParts, icon: theme.AccountIcon, make: func(s *session.Session) session.Screen { return parts.New(s) },
		scenes: parts.Scenes},
	{name: screenYear, icon: theme.HistoryIcon, make: func(s *session.Session) session.Screen { return year.New(s) },
		scenes: year.Scenes},
	{name: screenSituations, icon: theme.VisibilityIcon, make: func(s *session.Session) session.Screen { return situation.NewSituations(s) },
		opens: []model.Kind{model.KindProblem, model.KindCause}, scenes: situation.Scenes},
	{name: screenCommitments, icon: theme.ListIcon, make: func(s *session.Session) session.Screen { return commitments.New(s) },
		opens: []model.Kind{model.KindCommitment}, scenes: commitments.Scenes},
	{name: screenPlan, icon: theme.GridIcon, make: func(s *session.Session) session.Screen { return situation.NewPlan(s) }, lazy: true,
		scenes: situation.PlanScenes},
	{name: screenMeetings, icon: theme.CalendarIcon, make: func(s *session.Session) session.Screen { return meetings.New(s) },
		scenes: meetings.Scenes},
	{name: screenReport, icon: theme.HistoryIcon, make: func(s *session.Session) session.Screen { return overview.NewReport(s) }, lazy: true},
	{name: screenAgreements, icon: theme.DocumentIcon, make: func(s *session.Session) session.Screen { return agreements.New(s) },
		scenes: agreements.Scenes},
}

// screenIndex returns the place of the screen named name in screens, or -1.
func screenIndex(name string) int {
	return slices.IndexFunc(screens, func(s screenInfo) bool { return s.name == name })
}

// New builds the user interface in w. Translations must be loaded first
// (SetupLanguage).
func New(a fyne.App, w fyne.Window, opt session.Options) *UI {
	if opt.AutosaveDelay == 0 {
		opt.AutosaveDelay = 1500 * time.Millisecond
	}
	if opt.Today == nil {
		opt.Today = func() model.Date { return model.DateOf(time.Now()) }
	}
	// Text, faint text included, is drawn with WCAG AA's contrast.
	a.Settings().SetTheme(kit.NewAppTheme())
	u := &UI{Session: &session.Session{App: a, Win: w, Prefs: a.Preferences(), Opt: opt, Status: session.NewStatusLine()}}
	u.Nav = u
	u.root = container.NewStack()
	w.SetContent(u.root)
	w.SetCloseIntercept(u.onCloseWindow)
	w.SetOnDropped(u.onDropped)
	u.setMenu()
	u.stopBusy = u.watchBusy()
	return u
}

// Start shows the welcome screen, or opens path when it is not empty.
func (u *UI) Start(path string) {
	if path == "" {
		u.showWelcome()
		return
	}
	if u.Opt.Synchronous {
		u.open(path, u.Opt.Storage)
		return
	}
	// The window comes first: "Öppnar …" is drawn before the file is
	// copied and read, so that the two cores are not shared between the
	// first frame and a large council.
	u.showLoading(path)
	started := make(chan struct{})
	u.App.Lifecycle().SetOnStarted(func() { close(started) })
	go func() {
		select {
		case <-started:
		case <-time.After(time.Second):
		}
		time.Sleep(80 * time.Millisecond) // a few frames
		fyne.Do(func() { u.open(path, u.Opt.Storage) })
	}()
}

// OnReady sets fn to be called once, when the window first shows a council
// or the welcome screen.
func (u *UI) OnReady(fn func()) { u.ready = fn }

func (u *UI) fireReady() {
	if fn := u.ready; fn != nil {
		u.ready = nil
		fn()
	}
}

// showWelcome replaces the window's content with the welcome screen.
func (u *UI) showWelcome() {
	u.welcome = newWelcome(u)
	u.root.Objects = []fyne.CanvasObject{u.welcome.content}
	u.root.Refresh()
	u.Win.SetTitle(session.Tr("app.name"))
	u.setMenu()
	u.fireReady()
}

// showLoading shows a calm "Laddar…" while a file opens.
func (u *UI) showLoading(path string) {
	msg := widget.NewLabelWithStyle(session.Tr("status.loading", map[string]any{"File": filepath.Base(path)}), fyne.TextAlignCenter, fyne.TextStyle{})
	bar := widget.NewProgressBarInfinite()
	u.root.Objects = []fyne.CanvasObject{container.NewCenter(container.NewVBox(msg, bar))}
	u.root.Refresh()
}

// open opens path in the background and shows it, or explains why not.
func (u *UI) open(path string, opt storage.Options) {
	if u.Doc != nil {
		u.BeforeClosing(func() {
			if u.closeDocument() {
				u.open(path, opt)
			}
		})
		return
	}
	u.showLoading(path)
	var doc *session.Document
	var err error
	u.Background(func() {
		doc, err = session.OpenDocument(path, opt)
	}, func() {
		if err != nil {
			if u.welcome == nil || !isShown(u.root, u.welcome.content) {
				u.showWelcome()
			}
			u.showOpenError(path, opt, err)
			return
		}
		u.show(doc)
	})
}

func isShown(root *fyne.Container, obj fyne.CanvasObject) bool {
	return len(root.Objects) == 1 && root.Objects[0] == obj
}

// show makes doc the open council and shows the main window's layout.
func (u *UI) show(doc *session.Document) {
	u.SetDocument(doc)
	if u.exampleDir == "" || filepath.Dir(doc.Store.Path()) != u.exampleDir {
		u.addRecent(doc.Store.Path()) // the example's copy goes when it closes
	}
	doc.Store.OnChange(u.onDocumentChanged)
	u.buildMain()
	u.fireReady()
}

// buildMain builds the main window's layout and screens for the open
// council, showing the overview.
func (u *UI) buildMain() {
	doc := u.Doc
	// The screens are built when first shown, so that the council's first
	// frame waits only for the overview.
	u.built = map[string]session.Screen{}
	u.screenNamed(screenOverview)

	u.navName = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	u.navName.Wrapping = fyne.TextWrapWord
	u.navList = widget.NewList(
		func() int { return len(screens) },
		func() fyne.CanvasObject {
			return container.NewHBox(widget.NewIcon(theme.HomeIcon()), widget.NewLabel("Överenskommelser"))
		},
		func(id widget.ListItemID, o fyne.CanvasObject) {
			row := o.(*fyne.Container)
			row.Objects[0].(*widget.Icon).SetResource(screens[id].icon())
			row.Objects[1].(*widget.Label).SetText(session.Tr("nav." + screens[id].name))
		})
	u.navList.OnSelected = func(id widget.ListItemID) {
		if screens[id].name != u.screen {
			u.showScreen(screens[id].name)
		}
	}
	navWidth := canvas.NewRectangle(nil)
	navWidth.SetMinSize(fyne.NewSize(210, 0))
	left := container.NewBorder(container.NewPadded(u.navName), nil, nil, nil, container.NewStack(navWidth, u.navList))

	u.body = container.NewStack()
	main := container.NewBorder(u.readOnlyBanner(), u.Status.Content, container.NewHBox(left, widget.NewSeparator()), nil, u.body)
	u.root.Objects = []fyne.CanvasObject{main}
	u.refreshTitle()
	u.Status.ShowDocument(doc)
	u.setMenu()
	u.screen = ""
	u.showScreen(screenOverview)
	u.root.Refresh()
}

// screenNamed returns the screen named name, built for the open council
// when it is first asked for; nil when there is no such screen.
func (u *UI) screenNamed(name string) session.Screen {
	if sc := u.built[name]; sc != nil {
		return sc
	}
	i := screenIndex(name)
	if i < 0 {
		return nil
	}
	sc := screens[i].make(u.Session)
	u.built[name] = sc
	return sc
}

// showScreen shows one of the main window's screens.
func (u *UI) showScreen(name string) {
	if u.Doc == nil {
		return
	}
	i := screenIndex(name)
	if i < 0 {
		return
	}
	_, existed := u.built[name]
	sc := u.screenNamed(name)
	if screens[i].lazy || !existed && name == screenOverview {
		sc.Refresh()
	}
	u.screen = name
	u.body.Objects = []fyne.CanvasObject{sc.Content()}
	u.body.Refresh()
	u.navList.Select(i)
}

// RefreshAll brings every screen up to date after a change of data: those
// built, except the lazy ones not shown, which are brought up to date when
// they are shown next.
func (u *UI) RefreshAll() {
	if u.Doc == nil {
		return
	}
	u.refreshTitle()
	u.refreshUndoItem()
	for _, info := range screens {
		if sc := u.built[info.name]; sc != nil && (!info.lazy || info.name == u.screen) {
			sc.Refresh()
		}
	}
}

func (u *UI) refreshTitle() {
	name := filepath.Base(u.Doc.Store.Path())
	council := u.Doc.Title()
	u.navName.SetText(council)
	if council == "" {
		u.Win.SetTitle(session.Tr("app.name") + " — " + name)
		return
	}
	// The file is usually named after the council: then the title names
	// the council once.
	if strings.EqualFold(strings.TrimSuffix(name, session.FileExtension), safeFileName(council)) {
		u.Win.SetTitle(council + " — " + session.Tr("app.name"))
		return
	}
	u.Win.SetTitle(council + " — " + name + " — " + session.Tr("app.name"))
}
