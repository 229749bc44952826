package sharing

import (
	"bytes"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"samverka/exchange"
	"samverka/model"
	"samverka/storage"

	"samverka/app/internal/session"
)

// Error codes of the spreadsheet exchange, each a translation key after
// "error.".
const (
	codeExportWrite = "share.write" // a list could not be written (Args: Path)
	codeImportRead  = "share.read"  // the chosen file could not be read (Args: Path)
)

// OnExportLists asks how to export the lists: as one CSV file per list
// into a folder, or as one workbook (Arkiv → Exportera listor…).
func OnExportLists(u *session.Session) {
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
	u.FolderDialog("file.exportFolder.title", filepath.Dir(u.Doc.Store.Path()), func(dir string) { exportCSV(u, dir) })
}

// onExportXLSX asks where to save the workbook and writes it.
func onExportXLSX(u *session.Session) {
	u.SaveFileDialog("file.exportExcel.title", session.FilterExcel, filepath.Dir(u.Doc.Store.Path()), listsFileName(u), func(path string) { exportXLSX(u, path) })
}

// listsFileName is the workbook's suggested name: "<file> listor.xlsx".
func listsFileName(u *session.Session) string {
	return strings.TrimSuffix(filepath.Base(u.Doc.Store.Path()), session.FileExtension) + " " + session.Tr("share.export.suffix") + ".xlsx"
}

// exportCSV writes parts, representatives, commitments and the
// follow-ups with their utfall as CSV files into dir, with headers in the user's language, and says where.
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
		for _, k := range exchange.ExportLists {
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

// exportXLSX writes the four lists as one workbook at path.
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
		if err = exchange.WriteXLSX(&buf, ds, lang, exchange.ExportLists...); err != nil {
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

// writeListFile writes data to path whole (storage.WriteFile). A list
// open in a spreadsheet program (Windows refuses to replace it) is a
// user's error.
func writeListFile(path string, data []byte) error {
	if err := storage.WriteFile(path, data); err != nil {
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
