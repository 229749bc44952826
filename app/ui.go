// Package app is Samverka's desktop user interface: the welcome screen, the
// main window with its screens, menus and dialogs. It reads and writes the
// council's file only through package storage.
package app

import (
	"path/filepath"
	"slices"
	"sync/atomic"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"samverka/model"
	"samverka/storage"
)

// Options configure the user interface. The zero value is right for the
// program; tests set the storage folders and run synchronously.
type Options struct {
	Version string
	Storage storage.Options
	// Synchronous opens and saves on the calling goroutine, for tests.
	Synchronous bool
	// AutosaveDelay is how long after the last change the file is saved;
	// default 1.5 s, and a negative delay turns autosave off (tests).
	AutosaveDelay time.Duration
	// Today returns the current date; default the local date.
	Today func() model.Date
	// ExampleDir is where the example council's file is made; default the
	// Documents folder.
	ExampleDir string
}

// UI is Samverka's window: the welcome screen or the open council with its
// navigation, screens and status line.
type UI struct {
	app   fyne.App
	win   fyne.Window
	prefs fyne.Preferences
	opt   Options

	doc  *document
	undo undoStack

	root    *fyne.Container // the welcome screen, "loading" or the main layout
	nav     *widget.List
	navName *widget.Label
	body    *fyne.Container
	status  *statusLine
	screen  string // the screen shown, one of the screen* names

	welcome     *welcome
	overview    *overview
	parts       *parts
	commitments *commitments
	meetings    *meetings
	agreements  *agreements
	situations  *situations
	plan        *planScreen
	report      *reportScreen

	// saveProblem is the last save error shown as a dialog.
	saveProblem string
	// keptAsShown is set once the user was told that their changes go to
	// a copy beside the file, so that later saves do not tell again.
	keptAsShown bool
	// pending is the confirmation dialog on screen, for tests.
	pending *confirmation
	// ready is called once the window shows its first real content.
	ready func()
	// busy counts the background jobs under way, so that the screenshot
	// probe waits for a screen that fills in in the background.
	busy atomic.Int32
}

// The screens of the main window, in navigation order.
const (
	screenOverview    = "overview"
	screenParts       = "parts"
	screenCommitments = "commitments"
	screenMeetings    = "meetings"
	screenAgreements  = "agreements"
	screenSituations  = "situations"
	screenPlan        = "plan"
	screenReport      = "report"
)

// screens follow Brå's chain: the lägesbild before the commitments that
// answer it, the plan after them, and the follow-up report after the
// meetings that follow them up.
var screens = []string{screenOverview, screenParts, screenSituations, screenCommitments, screenPlan,
	screenMeetings, screenReport, screenAgreements}

// screenIcon returns the navigation icon of a screen.
func screenIcon(name string) fyne.Resource {
	switch name {
	case screenParts:
		return theme.AccountIcon()
	case screenCommitments:
		return theme.ListIcon()
	case screenMeetings:
		return theme.CalendarIcon()
	case screenAgreements:
		return theme.DocumentIcon()
	case screenSituations:
		return theme.VisibilityIcon()
	case screenPlan:
		return theme.GridIcon()
	case screenReport:
		return theme.HistoryIcon()
	}
	return theme.HomeIcon()
}

// New builds the user interface in w. Translations must be loaded first
// (SetupLanguage).
func New(a fyne.App, w fyne.Window, opt Options) *UI {
	if opt.AutosaveDelay == 0 {
		opt.AutosaveDelay = 1500 * time.Millisecond
	}
	if opt.Today == nil {
		opt.Today = func() model.Date { return model.DateOf(time.Now()) }
	}
	u := &UI{app: a, win: w, prefs: a.Preferences(), opt: opt}
	u.root = container.NewStack()
	u.status = newStatusLine()
	w.SetContent(u.root)
	w.SetCloseIntercept(u.onCloseWindow)
	u.setMenu()
	return u
}

// Start shows the welcome screen, or opens path when it is not empty.
func (u *UI) Start(path string) {
	if path == "" {
		u.showWelcome()
		return
	}
	if u.opt.Synchronous {
		u.open(path, u.opt.Storage)
		return
	}
	// The window comes first: "Öppnar …" is drawn before the file is
	// copied and read, so that the two cores are not shared between the
	// first frame and a large council.
	u.showLoading(path)
	started := make(chan struct{})
	u.app.Lifecycle().SetOnStarted(func() { close(started) })
	go func() {
		select {
		case <-started:
		case <-time.After(time.Second):
		}
		time.Sleep(80 * time.Millisecond) // a few frames
		fyne.Do(func() { u.open(path, u.opt.Storage) })
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

// background runs work off the UI goroutine and then done on it.
func (u *UI) background(work func(), done func()) {
	if u.opt.Synchronous {
		work()
		done()
		return
	}
	u.busy.Add(1)
	go func() {
		work()
		fyne.Do(func() {
			done()
			u.busy.Add(-1)
		})
	}()
}

func (u *UI) today() model.Date { return u.opt.Today() }

// showWelcome replaces the window's content with the welcome screen.
func (u *UI) showWelcome() {
	u.welcome = newWelcome(u)
	u.root.Objects = []fyne.CanvasObject{u.welcome.content}
	u.root.Refresh()
	u.win.SetTitle(tr("app.name"))
	u.setMenu()
	u.fireReady()
}

// showLoading shows a calm "Laddar…" while a file opens.
func (u *UI) showLoading(path string) {
	msg := widget.NewLabelWithStyle(tr("status.loading", map[string]any{"File": filepath.Base(path)}), fyne.TextAlignCenter, fyne.TextStyle{})
	bar := widget.NewProgressBarInfinite()
	u.root.Objects = []fyne.CanvasObject{container.NewCenter(container.NewVBox(msg, bar))}
	u.root.Refresh()
}

// open opens path in the background and shows it, or explains why not.
func (u *UI) open(path string, opt storage.Options) {
	if u.doc != nil && !u.closeDocument() {
		return
	}
	u.showLoading(path)
	var doc *document
	var err error
	u.background(func() {
		doc, err = openDocument(path, opt)
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
func (u *UI) show(doc *document) {
	u.doc = doc
	u.undo = undoStack{}
	u.keptAsShown = false
	u.addRecent(doc.store.Path())
	doc.store.OnChange(u.onDocumentChanged)
	u.buildMain()
	u.fireReady()
}

// buildMain builds the main window's layout and screens for the open
// council, showing the overview.
func (u *UI) buildMain() {
	doc := u.doc
	// The screens are built when first shown, so that the council's first
	// frame waits only for the overview.
	u.overview = newOverview(u)
	u.parts, u.commitments, u.meetings, u.agreements = nil, nil, nil, nil
	u.situations, u.plan, u.report = nil, nil, nil

	u.navName = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	u.navName.Wrapping = fyne.TextWrapWord
	u.nav = widget.NewList(
		func() int { return len(screens) },
		func() fyne.CanvasObject {
			return container.NewHBox(widget.NewIcon(theme.HomeIcon()), widget.NewLabel("Överenskommelser"))
		},
		func(id widget.ListItemID, o fyne.CanvasObject) {
			row := o.(*fyne.Container)
			row.Objects[0].(*widget.Icon).SetResource(screenIcon(screens[id]))
			row.Objects[1].(*widget.Label).SetText(tr("nav." + screens[id]))
		})
	u.nav.OnSelected = func(id widget.ListItemID) {
		if screens[id] != u.screen {
			u.showScreen(screens[id])
		}
	}
	navWidth := canvas.NewRectangle(nil)
	navWidth.SetMinSize(fyne.NewSize(210, 0))
	left := container.NewBorder(container.NewPadded(u.navName), nil, nil, nil, container.NewStack(navWidth, u.nav))

	u.body = container.NewStack()
	main := container.NewBorder(nil, u.status.content, container.NewHBox(left, widget.NewSeparator()), nil, u.body)
	u.root.Objects = []fyne.CanvasObject{main}
	u.refreshTitle()
	u.status.showDocument(doc)
	u.setMenu()
	u.screen = ""
	u.showScreen(screenOverview)
	u.root.Refresh()
}

// showScreen shows one of the main window's screens.
func (u *UI) showScreen(name string) {
	if u.doc == nil {
		return
	}
	var content fyne.CanvasObject
	switch name {
	case screenOverview:
		u.overview.refresh()
		content = u.overview.content
	case screenParts:
		if u.parts == nil {
			u.parts = newParts(u)
		}
		content = u.parts.content
	case screenCommitments:
		if u.commitments == nil {
			u.commitments = newCommitments(u)
		}
		content = u.commitments.content
	case screenMeetings:
		if u.meetings == nil {
			u.meetings = newMeetings(u)
		}
		content = u.meetings.content
	case screenAgreements:
		if u.agreements == nil {
			u.agreements = newAgreements(u)
		}
		content = u.agreements.content
	case screenSituations:
		if u.situations == nil {
			u.situations = newSituations(u)
		}
		content = u.situations.content
	case screenPlan:
		if u.plan == nil {
			u.plan = newPlanScreen(u)
		}
		u.plan.refresh()
		content = u.plan.content
	case screenReport:
		if u.report == nil {
			u.report = newReportScreen(u)
		}
		u.report.refresh()
		content = u.report.content
	default:
		return
	}
	u.screen = name
	u.body.Objects = []fyne.CanvasObject{content}
	u.body.Refresh()
	u.nav.Select(slices.Index(screens, name))
}

// refreshAll brings every screen up to date after a change of data.
func (u *UI) refreshAll() {
	if u.doc == nil {
		return
	}
	u.refreshTitle()
	if u.screen == screenOverview {
		u.overview.refresh() // else when it is shown next
	}
	if u.parts != nil {
		u.parts.refresh()
	}
	if u.commitments != nil {
		u.commitments.refresh()
	}
	if u.meetings != nil {
		u.meetings.refresh()
	}
	if u.agreements != nil {
		u.agreements.refresh()
	}
	if u.situations != nil {
		u.situations.refresh()
	}
	switch u.screen { // the others when they are shown next
	case screenPlan:
		u.plan.refresh()
	case screenReport:
		u.report.refresh()
	}
}

func (u *UI) refreshTitle() {
	name := filepath.Base(u.doc.store.Path())
	council := u.doc.title()
	u.navName.SetText(council)
	if council == "" {
		u.win.SetTitle(tr("app.name") + " — " + name)
		return
	}
	u.win.SetTitle(council + " — " + name + " — " + tr("app.name"))
}

// readOnly reports whether the open council may not be changed.
func (u *UI) readOnly() bool { return u.doc != nil && u.doc.store.ReadOnly() }
