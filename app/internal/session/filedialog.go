package session

import (
	"os"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	fstorage "fyne.io/fyne/v2/storage"
)

// PreferenceLastFolder is the folder the user last chose a file or folder
// in; every file dialog starts there.
const PreferenceLastFolder = "lastFolder"

// Filter is a kind of file a dialog offers: its name's translation key and
// its extensions, each with the dot.
type Filter struct {
	Key  string
	Exts []string
}

// The kinds of file Samverka opens and writes.
var (
	FilterCouncil  = Filter{"file.filter.council", []string{FileExtension}}
	FilterPDF      = Filter{"file.filter.pdf", []string{".pdf"}}
	FilterCSV      = Filter{"file.filter.csv", []string{".csv", ".txt"}}
	FilterExcel    = Filter{"file.filter.excel", []string{".xlsx"}}
	FilterTable    = Filter{"file.filter.table", []string{".xlsx", ".csv", ".txt"}}
	FilterCalendar = Filter{"file.filter.calendar", []string{".ics"}}
)

// Label is the filter's name as a dialog lists it, with its patterns:
// "Samverka-rådsfil (*.samverka)".
func (f Filter) Label() string {
	pats := make([]string, len(f.Exts))
	for i, e := range f.Exts {
		pats[i] = "*" + e
	}
	return Tr(f.Key) + " (" + strings.Join(pats, ", ") + ")"
}

// withExt returns path with the filter's first extension unless it already
// ends in one of them.
func (f Filter) withExt(path string) string {
	for _, e := range f.Exts {
		if strings.EqualFold(filepath.Ext(path), e) {
			return path
		}
	}
	return path + f.Exts[0]
}

// StartFolder is where a file dialog opens: the folder last chosen in one
// when it still exists, else fallback (typically the open council's folder).
func (u *Session) StartFolder(fallback string) string {
	if dir := u.Prefs.String(PreferenceLastFolder); dir != "" {
		if st, err := os.Stat(dir); err == nil && st.IsDir() {
			return dir
		}
	}
	if fallback == "" && u.Doc != nil {
		fallback = filepath.Dir(u.Doc.Store.Path())
	}
	return fallback
}

// RememberFolder keeps dir as the folder the next dialog starts in.
func (u *Session) RememberFolder(dir string) {
	if dir != "" {
		u.Prefs.SetString(PreferenceLastFolder, dir)
	}
}

// OpenFileDialog asks for an existing file of the filter's kind, starting
// in the last used folder (else dir), and calls done with its path; done is
// not called when the user cancels. Windows and macOS show their own
// dialog, which knows OneDrive, network places and the user's favourites.
func (u *Session) OpenFileDialog(titleKey string, f Filter, dir string, done func(path string)) {
	start := u.StartFolder(dir)
	finish := func(path string) {
		u.RememberFolder(filepath.Dir(path))
		done(path)
	}
	if NativeDialogs {
		nativeOpen(u, Tr(titleKey), f, start, finish)
		return
	}
	d := dialog.NewFileOpen(func(r fyne.URIReadCloser, err error) {
		if err != nil {
			u.ShowError(err)
			return
		}
		if r == nil {
			return
		}
		path := r.URI().Path()
		_ = r.Close()
		finish(path)
	}, u.Win)
	d.SetTitleText(Tr(titleKey))
	d.SetFilter(fstorage.NewExtensionFileFilter(f.Exts))
	u.fyneLocation(d, start)
	d.Resize(fyne.NewSize(900, 600))
	d.Show()
}

// SaveFileDialog asks where to write a new file of the filter's kind,
// proposing name in the last used folder (else dir), and calls done with
// the chosen path, which ends in the filter's extension; nothing is
// written yet. done is not called when the user cancels.
func (u *Session) SaveFileDialog(titleKey string, f Filter, dir, name string, done func(path string)) {
	start := u.StartFolder(dir)
	finish := func(chosen string) {
		path := f.withExt(chosen)
		use := func() {
			u.RememberFolder(filepath.Dir(path))
			done(path)
		}
		// The dialog asked before replacing the name typed; the name with
		// the extension added is another file, so Samverka asks for it.
		if _, err := os.Stat(path); err == nil && path != chosen {
			u.Confirm("file.replace.title", Tr("file.replace.message", map[string]any{"File": filepath.Base(path)}), "file.replace.yes", use)
			return
		}
		use()
	}
	if NativeDialogs {
		nativeSave(u, Tr(titleKey), f, start, name, finish)
		return
	}
	d := dialog.NewFileSave(func(w fyne.URIWriteCloser, err error) {
		if err != nil {
			u.ShowError(err)
			return
		}
		if w == nil {
			return
		}
		// Fyne's dialog has made an empty file to write to; the caller
		// writes the whole file atomically in its place.
		path := w.URI().Path()
		_ = w.Close()
		if st, err := os.Stat(path); err == nil && st.Size() == 0 {
			_ = os.Remove(path)
		}
		finish(path)
	}, u.Win)
	d.SetTitleText(Tr(titleKey))
	d.SetFileName(name)
	d.SetFilter(fstorage.NewExtensionFileFilter(f.Exts))
	u.fyneLocation(d, start)
	d.Resize(fyne.NewSize(900, 600))
	d.Show()
}

// FolderDialog asks for a folder, starting in the last used one (else
// dir), and calls done with its path; done is not called on cancel.
func (u *Session) FolderDialog(titleKey, dir string, done func(path string)) {
	start := u.StartFolder(dir)
	finish := func(path string) {
		u.RememberFolder(path)
		done(path)
	}
	if NativeDialogs {
		nativeFolder(u, Tr(titleKey), start, finish)
		return
	}
	d := dialog.NewFolderOpen(func(l fyne.ListableURI, err error) {
		if err != nil {
			u.ShowError(err)
			return
		}
		if l != nil {
			finish(l.Path())
		}
	}, u.Win)
	d.SetTitleText(Tr(titleKey))
	u.fyneLocation(d, start)
	d.Resize(fyne.NewSize(900, 600))
	d.Show()
}

// fyneLocation starts Fyne's dialog d in dir.
func (u *Session) fyneLocation(d *dialog.FileDialog, dir string) {
	if dir == "" {
		return
	}
	if l, err := fstorage.ListerForURI(fstorage.NewFileURI(dir)); err == nil {
		d.SetLocation(l)
	}
}
