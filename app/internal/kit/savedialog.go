package kit

import (
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"samverka/app/internal/session"
)

// SaveDialog asks where a new file goes and what it is called, entirely in
// the user's language: Fyne's own file dialog names its places "Home" and
// "Computer" in English whatever the language. The name field has the
// focus with the proposed name, so Enter saves it where it is proposed.
type SaveDialog struct {
	Name    *widget.Entry
	Save    *widget.Button
	Cancel  *widget.Button
	Up      *widget.Button
	Folder  *widget.Label
	Problem *widget.Label
	Places  []*widget.Button
	folders *widget.List

	dir     string
	entries []string // the sub-folders of dir
	ext     string
	done    func(path string)
	dlg     dialog.Dialog
}

// Place is a folder offered at the dialog's side.
type Place struct {
	Key  string // its name's translation key
	Path string
}

// Places returns the folders people keep their files in: home, documents,
// desktop, and the computer's root or drives.
func Places() []Place {
	var out []Place
	home, err := os.UserHomeDir()
	if err == nil {
		out = append(out, Place{"save.place.home", home})
		for _, p := range []Place{{"save.place.documents", "Documents"}, {"save.place.desktop", "Desktop"}} {
			if st, err := os.Stat(filepath.Join(home, p.Path)); err == nil && st.IsDir() {
				out = append(out, Place{p.Key, filepath.Join(home, p.Path)})
			}
		}
	}
	if runtime.GOOS == "windows" {
		for c := 'C'; c <= 'Z'; c++ {
			root := string(c) + `:\`
			if _, err := os.Stat(root); err == nil {
				out = append(out, Place{"save.place.computer", root})
			}
		}
	} else {
		out = append(out, Place{"save.place.computer", "/"})
	}
	return out
}

// NewSaveDialog returns a dialog that proposes name (with ext) in dir and
// calls done with the chosen path; done is not called on Avbryt.
func NewSaveDialog(win fyne.Window, titleKey, dir, name, ext string, done func(string)) *SaveDialog {
	tr := session.Tr
	d := &SaveDialog{dir: dir, ext: ext, done: done}
	d.Name = widget.NewEntry()
	d.Name.SetText(name + ext)
	d.Name.OnSubmitted = func(string) { d.onSave() }
	d.Name.OnChanged = func(string) { d.Problem.SetText("") }
	d.Problem = &widget.Label{Importance: widget.DangerImportance, Wrapping: fyne.TextWrapWord}
	d.Folder = &widget.Label{Truncation: fyne.TextTruncateEllipsis}
	d.Up = &widget.Button{Text: tr("save.parent"), Icon: theme.MoveUpIcon(), OnTapped: d.onUp}
	d.Save = &widget.Button{Text: tr("save.save"), Icon: theme.DocumentSaveIcon(), Importance: widget.HighImportance, OnTapped: d.onSave}
	d.Cancel = &widget.Button{Text: tr("save.cancel"), OnTapped: func() { d.dlg.Hide() }}
	var places []fyne.CanvasObject
	for _, p := range Places() {
		b := &widget.Button{Text: tr(p.Key), Alignment: widget.ButtonAlignLeading, Importance: widget.LowImportance, OnTapped: func() { d.Open(p.Path) }}
		d.Places = append(d.Places, b)
		places = append(places, b)
	}
	d.folders = widget.NewList(func() int { return len(d.entries) },
		func() fyne.CanvasObject {
			return container.NewBorder(nil, nil, widget.NewIcon(theme.FolderIcon()), nil, &widget.Label{Truncation: fyne.TextTruncateEllipsis})
		},
		func(i widget.ListItemID, o fyne.CanvasObject) {
			o.(*fyne.Container).Objects[0].(*widget.Label).SetText(d.entries[i])
		})
	d.folders.OnSelected = func(i widget.ListItemID) {
		if i < len(d.entries) {
			d.Open(filepath.Join(d.dir, d.entries[i]))
		}
	}
	nameRow := container.NewBorder(nil, nil, widget.NewLabelWithStyle(tr("save.name"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}), nil, d.Name)
	top := container.NewBorder(nil, nil, nil, d.Up, d.Folder)
	bottom := container.NewVBox(nameRow, d.Problem, container.NewGridWithColumns(2, d.Cancel, d.Save))
	body := container.NewBorder(top, bottom, container.NewVBox(places...), nil, d.folders)
	d.dlg = dialog.NewCustomWithoutButtons(tr(titleKey), body, win)
	d.dlg.Resize(fyne.NewSize(760, 520))
	d.Open(dir)
	return d
}

// Show shows the dialog with the proposed name selected, so that typing
// replaces it and Enter saves.
func (d *SaveDialog) Show(win fyne.Window) {
	d.dlg.Show()
	win.Canvas().Focus(d.Name)
	d.Name.TypedShortcut(&fyne.ShortcutSelectAll{})
}

// Dir returns the folder the dialog shows.
func (d *SaveDialog) Dir() string { return d.dir }

// Open shows folder dir.
func (d *SaveDialog) Open(dir string) {
	list, err := os.ReadDir(dir)
	if err != nil {
		d.Problem.SetText(session.Tr("save.unreadable", map[string]any{"Folder": dir}))
		return
	}
	d.dir = dir
	d.entries = d.entries[:0]
	for _, e := range list {
		if e.IsDir() && !strings.HasPrefix(e.Name(), ".") {
			d.entries = append(d.entries, e.Name())
		}
	}
	slices.SortFunc(d.entries, func(a, b string) int { return strings.Compare(strings.ToLower(a), strings.ToLower(b)) })
	d.Folder.SetText(dir)
	d.folders.UnselectAll()
	d.folders.Refresh()
	d.Up.Disable()
	if filepath.Dir(dir) != dir {
		d.Up.Enable()
	}
}

func (d *SaveDialog) onUp() { d.Open(filepath.Dir(d.dir)) }

// onSave checks the name and hands back the path; an existing file is
// never written over.
func (d *SaveDialog) onSave() {
	name := strings.TrimSpace(d.Name.Text)
	if name == "" || strings.ContainsAny(name, `<>:"/\|?*`) {
		d.Problem.SetText(session.Tr("save.badName"))
		return
	}
	if !strings.HasSuffix(strings.ToLower(name), d.ext) {
		name += d.ext
	}
	path := filepath.Join(d.dir, name)
	if _, err := os.Stat(path); err == nil {
		d.Problem.SetText(session.Tr("save.exists", map[string]any{"File": name}))
		return
	}
	d.dlg.Hide()
	d.done(path)
}
