package app

import (
	"bytes"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	fstorage "fyne.io/fyne/v2/storage"

	"samverka/exchange"
	"samverka/model"

	"samverka/app/internal/session"
)

// Error codes of the spreadsheet exchange, each a translation key after
// "error.".
const (
	codeExportWrite = "share.write" // a list could not be written (Args: Path)
	codeImportRead  = "share.read"  // the chosen file could not be read (Args: Path)
)

// onExportLists asks how to export the lists: as one CSV file per list
// into a folder, or as one workbook (Arkiv → Exportera listor…).
func onExportLists(u *session.Session) {
	if u.Doc == nil {
		return
	}
	u.Choose("share.export.title", session.Tr("share.export.message"),
		session.Option{Key: "button.cancel"},
		session.Option{Key: "share.export.csv", Action: func() { onExportCSV(u) }},
		session.Option{Key: "share.export.xlsx", Action: func() { onExportXLSX(u) }, Primary: true})
}

// onExportCSV asks for a folder and writes the CSV files there.
func onExportCSV(u *session.Session) {
	d := dialog.NewFolderOpen(func(l fyne.ListableURI, err error) {
		if err != nil {
			u.ShowError(err)
			return
		}
		if l != nil {
			exportCSV(u, l.Path())
		}
	}, u.Win)
	if l, err := fstorage.ListerForURI(fstorage.NewFileURI(filepath.Dir(u.Doc.Store.Path()))); err == nil {
		d.SetLocation(l)
	}
	d.Resize(fyne.NewSize(900, 600))
	d.Show()
}

// onExportXLSX asks where to save the workbook and writes it.
func onExportXLSX(u *session.Session) {
	d := dialog.NewFileSave(func(w fyne.URIWriteCloser, err error) {
		if err != nil {
			u.ShowError(err)
			return
		}
		if w == nil {
			return
		}
		path := w.URI().Path()
		_ = w.Close()
		if !strings.HasSuffix(strings.ToLower(path), ".xlsx") {
			_ = os.Remove(path)
			path += ".xlsx"
		}
		exportXLSX(u, path)
	}, u.Win)
	d.SetFileName(listsFileName(u))
	d.SetFilter(fstorage.NewExtensionFileFilter([]string{".xlsx"}))
	if l, err := fstorage.ListerForURI(fstorage.NewFileURI(filepath.Dir(u.Doc.Store.Path()))); err == nil {
		d.SetLocation(l)
	}
	d.Resize(fyne.NewSize(900, 600))
	d.Show()
}

// listsFileName is the workbook's suggested name: "<file> listor.xlsx".
func listsFileName(u *session.Session) string {
	return strings.TrimSuffix(filepath.Base(u.Doc.Store.Path()), fileExtension) + " " + session.Tr("share.export.suffix") + ".xlsx"
}

// exportCSV writes parts, representatives and commitments as CSV files
// into dir, with headers in the user's language, and says where.
func exportCSV(u *session.Session, dir string) {
	lang := session.Language(u.Prefs)
	doc := u.Doc
	var names []string
	var err error
	u.Background(func() {
		var ds *model.Dataset
		if ds, err = doc.Store.Load(); err != nil {
			return
		}
		for _, k := range exchange.Lists {
			var buf bytes.Buffer
			if err = exchange.WriteCSV(&buf, k, ds, lang); err != nil {
				return
			}
			name := filepath.Join(dir, exchange.FileName(k, lang))
			if err = writeListFile(name, buf.Bytes()); err != nil {
				return
			}
			names = append(names, filepath.Base(name))
		}
	}, func() {
		if err != nil {
			u.ShowError(err)
			return
		}
		u.ShowInfo("share.export.title", session.Tr("share.export.csvDone", map[string]any{"Folder": dir, "Files": strings.Join(names, ", ")}))
	})
}

// exportXLSX writes the three lists as one workbook at path.
func exportXLSX(u *session.Session, path string) {
	lang := session.Language(u.Prefs)
	doc := u.Doc
	var err error
	u.Background(func() {
		var ds *model.Dataset
		if ds, err = doc.Store.Load(); err != nil {
			return
		}
		var buf bytes.Buffer
		if err = exchange.WriteXLSX(&buf, ds, lang, exchange.Lists...); err != nil {
			return
		}
		err = writeListFile(path, buf.Bytes())
	}, func() {
		if err != nil {
			u.ShowError(err)
			return
		}
		u.ShowInfo("share.export.title", session.Tr("share.export.xlsxDone", map[string]any{"Path": path}))
	})
}

// writeListFile writes data to path through a temporary file beside it,
// so that a failed write never leaves half a list. A list open in a
// spreadsheet program (Windows refuses to replace it) is a user's error.
func writeListFile(path string, data []byte) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), ".samverka-list-*")
	if err != nil {
		return writeError(path, err)
	}
	_, err = tmp.Write(data)
	if e := tmp.Close(); err == nil {
		err = e
	}
	if err == nil {
		err = os.Rename(tmp.Name(), path)
	}
	if err != nil {
		_ = os.Remove(tmp.Name())
		return writeError(path, err)
	}
	return nil
}

func writeError(path string, err error) error {
	return &model.Error{Code: codeExportWrite, Args: map[string]any{"Path": path}, Err: err}
}

// readListFile reads a CSV file the user chose.
func readListFile(path string) ([]byte, error) {
	st, err := os.Stat(path)
	if err == nil && st.Size() > exchange.MaxFileSize {
		return nil, model.Errorf(exchange.CodeFile)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return nil, model.Errorf(model.CodeNotFound, "Path", path)
		}
		return nil, &model.Error{Code: codeImportRead, Args: map[string]any{"Path": path}, Err: err}
	}
	return data, nil
}
