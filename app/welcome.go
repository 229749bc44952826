package app

import (
	"os"
	"path/filepath"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"samverka/model"

	"samverka/app/internal/kit"
	"samverka/app/internal/session"
)

// PreferenceRecent holds the recently opened files, newest first.
const PreferenceRecent = "recentFiles"

// maxRecent is how many recent files are remembered.
const maxRecent = 8

// welcome is the screen shown when no council is open: create a council
// file, open one, reopen a recent one or open the example council.
type welcome struct {
	ui *UI

	name     *widget.Entry
	district *widget.Entry
	form     *kit.Form
	create   *widget.Button
	open     *widget.Button
	example  *widget.Button
	recent   []*widget.Button
	language *kit.Choice

	content fyne.CanvasObject
}

func newWelcome(u *UI) *welcome {
	w := &welcome{ui: u}
	w.name = widget.NewEntry()
	w.name.PlaceHolder = session.Tr("welcome.namePlaceholder")
	w.district = widget.NewEntry()
	w.district.PlaceHolder = session.Tr("welcome.districtPlaceholder")
	w.form = kit.NewForm()
	w.form.Submit = w.onCreate // Enter in the name or the district
	w.form.Add("name", "council.name", w.name)
	w.form.Add("district", "council.district", w.district)
	w.create = &widget.Button{Text: session.Tr("welcome.create"), Icon: theme.DocumentCreateIcon(), Importance: widget.HighImportance, OnTapped: w.onCreate}
	w.open = &widget.Button{Text: session.Tr("welcome.open"), Icon: theme.FolderOpenIcon(), OnTapped: u.onOpenFile}
	w.example = &widget.Button{Text: session.Tr("welcome.example"), Icon: theme.HelpIcon(), OnTapped: w.onExample}

	icon := canvas.NewImageFromResource(Icon())
	icon.FillMode = canvas.ImageFillContain
	icon.SetMinSize(fyne.NewSize(96, 96))
	title := widget.NewLabelWithStyle(session.Tr("app.name"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	title.SizeName = theme.SizeNameHeadingText
	tagline := widget.NewLabel(session.Tr("welcome.tagline"))
	tagline.Wrapping = fyne.TextWrapWord
	head := container.NewBorder(nil, nil, icon, nil, container.NewVBox(title, tagline))

	newCard := widget.NewCard(session.Tr("welcome.newTitle"), session.Tr("welcome.newHelp"),
		container.NewVBox(w.form.View(), container.NewHBox(layout.NewSpacer(), w.create)))
	openCard := widget.NewCard(session.Tr("welcome.openTitle"), "", container.NewVBox(w.open, w.example, w.recentList()))

	w.language = kit.NewChoice(w.onLanguage)
	w.language.SetOptions([]string{"sv", "en"}, []string{"Svenska", "English"}, false)
	w.language.SetIDQuietly(session.Language(u.Prefs))
	langWidth := canvas.NewRectangle(nil)
	langWidth.SetMinSize(fyne.NewSize(150, 0))
	lang := container.NewHBox(layout.NewSpacer(), widget.NewLabel(session.Tr("welcome.language")), container.NewStack(langWidth, w.language.Sel))

	body := container.NewVBox(head, widget.NewSeparator(), container.NewGridWithColumns(2, newCard, openCard), lang)
	width := canvas.NewRectangle(nil)
	width.SetMinSize(fyne.NewSize(900, 0))
	w.content = container.NewCenter(container.NewStack(width, body))
	return w
}

// recentList returns a button per recently opened file.
func (w *welcome) recentList() fyne.CanvasObject {
	box := container.NewVBox()
	files := recentFiles(w.ui.Prefs)
	if len(files) == 0 {
		return box
	}
	box.Add(widget.NewLabelWithStyle(session.Tr("welcome.recent"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}))
	for _, path := range files {
		b := &widget.Button{Text: strings.TrimSuffix(filepath.Base(path), session.FileExtension), Icon: theme.FileIcon(),
			Alignment: widget.ButtonAlignLeading, Importance: widget.LowImportance,
			OnTapped: func() { w.ui.open(path, w.ui.Opt.Storage) }}
		folder := &widget.Label{Text: filepath.Dir(path), SizeName: theme.SizeNameCaptionText,
			Importance: widget.LowImportance, Truncation: fyne.TextTruncateEllipsis}
		w.recent = append(w.recent, b)
		box.Add(container.NewBorder(nil, nil, b, nil, folder))
	}
	return box
}

// onCreate asks where to put the new council's file.
func (w *welcome) onCreate() {
	c := w.council()
	if problems := model.Validate(c); len(problems) > 0 {
		w.form.ShowProblems(problems)
		return
	}
	if strings.TrimSpace(c.Name) == "" {
		w.form.ShowProblems(model.FieldErr("name", "required"))
		return
	}
	w.form.Clear()
	// Where and under which name: the council's name is proposed in the
	// folder last used, else the Documents folder, and the user may change both.
	dir := w.ui.StartFolder(filepath.Dir(exampleFile("")))
	if session.NativeDialogs {
		w.ui.SaveFileDialog("save.title", session.FilterCouncil, dir, safeFileName(c.Name)+session.FileExtension, w.createAt)
		return
	}
	kit.NewSaveDialog(w.ui.Win, "save.title", dir, safeFileName(c.Name), session.FileExtension, func(path string) {
		w.ui.RememberFolder(filepath.Dir(path))
		w.createAt(path)
	}).Show(w.ui.Win)
}

func (w *welcome) council() *model.Council {
	return &model.Council{Name: strings.TrimSpace(w.name.Text), District: strings.TrimSpace(w.district.Text)}
}

// createAt creates the council's file at path.
func (w *welcome) createAt(path string) {
	c := w.council()
	doc, err := session.CreateDocument(path, c, nil, w.ui.Opt.Storage)
	if err != nil {
		if !w.form.ShowProblems(err) {
			w.ui.ShowError(err)
		}
		return
	}
	w.ui.show(doc)
}

// safeFileName turns a council's name into a file name every system takes.
func safeFileName(name string) string {
	name = strings.Map(func(r rune) rune {
		if strings.ContainsRune(`<>:"/\|?*`, r) || r < 32 {
			return '-'
		}
		return r
	}, name)
	name = strings.Trim(name, " .")
	if name == "" {
		return "Rådet"
	}
	return name
}

// onExample opens a new copy of the example council in a temporary
// folder, never among the user's own files: it is there to try things
// in, and goes when it is closed. The status line says so, and how to
// keep it (Arkiv → Spara kopia som…).
func (w *welcome) onExample() {
	base := w.ui.Opt.ExampleDir
	if base == "" {
		base = os.TempDir()
	}
	if err := os.MkdirAll(base, 0o755); err != nil {
		w.ui.ShowError(err)
		return
	}
	dir, err := os.MkdirTemp(base, "samverka-exempel-")
	if err != nil {
		w.ui.ShowError(err)
		return
	}
	path := filepath.Join(dir, session.Tr("welcome.exampleFile")+session.FileExtension)
	ds := session.ExampleDataset(w.ui.Today())
	doc, err := session.CreateDocument(path, ds.Council, ds, w.ui.Opt.Storage)
	if err != nil {
		_ = os.RemoveAll(dir)
		w.ui.ShowError(err)
		return
	}
	w.ui.exampleDir = dir
	w.ui.show(doc)
	w.ui.Status.Path.SetText(session.Tr("example.temporary", map[string]any{"Path": path}))
}

// dropExample removes the example council's temporary folder once the
// council is closed.
func (u *UI) dropExample() {
	if u.exampleDir != "" && (u.Doc == nil || filepath.Dir(u.Doc.Store.Path()) != u.exampleDir) {
		_ = os.RemoveAll(u.exampleDir)
		u.exampleDir = ""
	}
}

// exampleFile returns where the example council's file is kept: the
// Documents folder when there is one, else the home folder.
func exampleFile(dir string) string {
	name := session.Tr("welcome.exampleFile") + session.FileExtension
	if dir != "" {
		return filepath.Join(dir, name)
	}
	home, err := os.UserHomeDir()
	if err != nil {
		return filepath.Join(os.TempDir(), name)
	}
	if st, err := os.Stat(filepath.Join(home, "Documents")); err == nil && st.IsDir() {
		return filepath.Join(home, "Documents", name)
	}
	return filepath.Join(home, name)
}

// onLanguage switches the language and builds the window anew in it.
func (w *welcome) onLanguage(code string) {
	if code == "" || code == session.Language(w.ui.Prefs) {
		return
	}
	w.ui.Prefs.SetString(session.PreferenceLanguage, code)
	if err := session.SetupLanguage(w.ui.Prefs); err != nil {
		w.ui.ShowError(err)
		return
	}
	w.ui.showWelcome()
}

// recentFiles returns the remembered files, newest first.
func recentFiles(prefs fyne.Preferences) []string {
	return prefs.StringList(PreferenceRecent)
}

// addRecent remembers path as the most recently opened file.
func (u *UI) addRecent(path string) {
	if abs, err := filepath.Abs(path); err == nil {
		path = abs
	}
	list := slices.DeleteFunc(slices.Clone(recentFiles(u.Prefs)), func(p string) bool { return p == path })
	list = append([]string{path}, list...)
	if len(list) > maxRecent {
		list = list[:maxRecent]
	}
	u.Prefs.SetStringList(PreferenceRecent, list)
}

// forgetRecent drops path from the recent files, when it is gone.
func (u *UI) forgetRecent(path string) {
	list := slices.DeleteFunc(slices.Clone(recentFiles(u.Prefs)), func(p string) bool { return p == path })
	u.Prefs.SetStringList(PreferenceRecent, list)
}

// onOpenFile asks for a council file and opens it (Ctrl+O), starting in
// the folder last used, else that of the newest recent file.
func (u *UI) onOpenFile() {
	dir := ""
	if files := recentFiles(u.Prefs); len(files) > 0 {
		dir = filepath.Dir(files[0])
	}
	u.OpenFileDialog("file.open.title", session.FilterCouncil, dir, u.openOrChoose)
}

// onNewFile closes the open council and shows the welcome screen, where a
// new council is made (Ctrl+N).
func (u *UI) onNewFile() {
	if u.Doc != nil {
		u.BeforeClosing(func() {
			if u.closeDocument() {
				u.onNewFile()
			}
		})
		return
	}
	u.showWelcome()
	u.Win.Canvas().Focus(u.welcome.name)
}
