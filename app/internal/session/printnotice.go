package session

import (
	"path/filepath"
	"runtime"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// PrintNotice is the line above the status line that says where the
// document printed last went, with buttons to open it and to show its
// folder: printing should never be silent, and a document nobody can
// find again is lost work.
type PrintNotice struct {
	Box    *fyne.Container
	Text   *widget.Label
	Open   *widget.Button
	Folder *widget.Button
	Close  *widget.Button
	// Path is the document's path, "" while no notice shows.
	Path string
}

func newPrintNotice() *PrintNotice {
	n := &PrintNotice{Text: &widget.Label{Wrapping: fyne.TextWrapWord}}
	n.Open = widget.NewButtonWithIcon(Tr("print.open"), theme.FileIcon(), nil)
	n.Folder = widget.NewButtonWithIcon(Tr("print.folder"), theme.FolderOpenIcon(), nil)
	n.Close = widget.NewButtonWithIcon("", theme.CancelIcon(), n.Hide)
	n.Close.Importance = widget.LowImportance
	n.Box = container.NewBorder(nil, nil, widget.NewIcon(theme.DocumentPrintIcon()),
		container.NewHBox(n.Open, n.Folder, n.Close), n.Text)
	n.Box.Hide()
	return n
}

// Show says that the document at path was written, and lets the buttons
// open it or its folder in u's system.
func (n *PrintNotice) Show(u *Session, path string) {
	n.Path = path
	n.Text.Importance = widget.MediumImportance
	n.Text.SetText(Tr("print.written", map[string]any{"File": filepath.Base(path), "Folder": filepath.Dir(path)}))
	n.Open.OnTapped = func() { u.openDocument(path) }
	n.Folder.OnTapped = func() {
		if err := u.App.OpenURL(FileURL(filepath.Dir(path), runtime.GOOS)); err != nil {
			u.ShowInfo("agreement.print.title", Tr("print.noFolder", map[string]any{"Folder": filepath.Dir(path)}))
		}
	}
	n.Box.Show()
	n.Box.Refresh()
}

// NoViewer says plainly that no program could open the document.
func (n *PrintNotice) NoViewer() {
	n.Text.Importance = widget.DangerImportance
	n.Text.SetText(Tr("print.noViewer", map[string]any{"File": filepath.Base(n.Path), "Folder": filepath.Dir(n.Path)}))
}

// Hide takes the notice away.
func (n *PrintNotice) Hide() {
	n.Path = ""
	n.Box.Hide()
}

// openDocument hands the document at path to the system's viewer, in
// the background, and says so when none could open it.
func (u *Session) openDocument(path string) {
	var openErr error
	u.Background(func() { openErr = u.App.OpenURL(FileURL(path, runtime.GOOS)) }, func() {
		if openErr != nil {
			u.Status.Notice.NoViewer()
			u.ShowInfo("agreement.print.title", Tr("agreement.print.noViewer", map[string]any{"Path": path}))
		}
	})
}
