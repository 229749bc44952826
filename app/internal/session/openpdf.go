package session

import (
	"bytes"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"unicode"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"samverka/pdf"
	"samverka/storage"
)

// PDFFileName returns a file name for a printed document, "<title> v2.pdf",
// that every system accepts: characters Windows forbids in names (and
// control characters, emoji and the like) become spaces or are dropped,
// names Windows reserves get a suffix, and long titles are cut.
func PDFFileName(title string, version int) string {
	var b strings.Builder
	for _, r := range title {
		switch {
		case strings.ContainsRune(`<>:"/\|?*`, r):
			b.WriteRune(' ')
		case unicode.IsLetter(r), unicode.IsDigit(r), unicode.IsMark(r),
			r == ' ', r == '-', r == '_', r == '.', r == ',', r == '(', r == ')', r == '&', r == '+', r == '\'', r == '–', r == '§':
			b.WriteRune(r)
		case unicode.IsSpace(r):
			b.WriteRune(' ')
		}
	}
	name := strings.Join(strings.Fields(b.String()), " ")
	if runes := []rune(name); len(runes) > 80 {
		name = strings.TrimSpace(string(runes[:80]))
	}
	// Windows drops trailing dots and spaces, and refuses device names.
	name = strings.TrimRight(name, ". ")
	switch strings.ToUpper(name) {
	case "CON", "PRN", "AUX", "NUL", "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9",
		"LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9":
		name += " dokument"
	case "":
		name = "Samverka"
	}
	if version > 0 {
		name += fmt.Sprintf(" v%d", version)
	}
	return name + ".pdf"
}

// WritePDF writes data as name in dir and returns its path. A file of the
// same name with other content is replaced; when it cannot be (Windows
// refuses while a viewer has it open) the document goes to "name (2).pdf"
// and so on. The same content already there is left as it is.
func WritePDF(dir, name string, data []byte) (string, error) {
	ext := filepath.Ext(name) // ".pdf", or ".docx" for a Word document
	base := strings.TrimSuffix(name, ext)
	var lastErr error
	for i := 1; i <= 20; i++ {
		path := filepath.Join(dir, name)
		if i > 1 {
			path = filepath.Join(dir, fmt.Sprintf("%s (%d)%s", base, i, ext))
		}
		if old, err := os.ReadFile(path); err == nil && bytes.Equal(old, data) {
			return path, nil
		}
		if lastErr = storage.WriteFile(path, data); lastErr == nil {
			return path, nil
		}
		if _, err := os.Stat(path); err != nil {
			break // not a file in the way: the folder itself refuses
		}
	}
	return "", lastErr
}

// FileURL returns the address that hands path to the default viewer. The
// viewers of macOS (open) and Linux (xdg-open) take file URLs; on Windows
// the shell's FileProtocolHandler is given the plain path, since it reads
// percent-escaped letters such as å in a file URL in the wrong code page.
func FileURL(path, goos string) *url.URL {
	if goos == "windows" {
		return &url.URL{Opaque: path}
	}
	return &url.URL{Scheme: "file", Path: filepath.ToSlash(path)}
}

// pdfFolders returns where printed documents go, in order of preference:
// the folder of the council file, where the chair finds them again, else a
// folder for Samverka in the system's temporary folder.
func (u *Session) pdfFolders() []string {
	var dirs []string
	if u.Doc != nil {
		dirs = append(dirs, filepath.Dir(u.Doc.Store.Path()))
	}
	return append(dirs, filepath.Join(os.TempDir(), "Samverka"))
}

// OpenPDF writes a printed document named name (see pdfFileName) and hands
// it to the system's default viewer, which prints. It tells the user where
// the file went, in a notice with buttons to open it again and to show its
// folder, and when some text could not be printed as written, which
// text. It returns the file's path ("" when it could not be written).
func (u *Session) OpenPDF(name string, data []byte, warnings pdf.Warnings) string {
	var path string
	var err error
	for _, dir := range u.pdfFolders() {
		if err = os.MkdirAll(dir, 0o755); err != nil {
			continue
		}
		if path, err = WritePDF(dir, name, data); err == nil {
			break
		}
	}
	if err != nil {
		u.ShowError(err)
		return ""
	}
	u.Status.SetState(Tr("agreement.print.written", map[string]any{"File": filepath.Base(path)}), false)
	u.Status.Notice.Show(u, path)
	u.openDocument(path)
	if len(warnings) > 0 {
		u.showPDFWarnings(path, warnings)
	}
	return path
}

// showPDFWarnings lists the texts whose characters the document shows as
// □, so that the user can look at them before printing.
func (u *Session) showPDFWarnings(path string, warnings pdf.Warnings) {
	intro := widget.NewLabel(Tr("agreement.print.warningsIntro", map[string]any{"File": filepath.Base(path), "Count": len(warnings)}))
	intro.Wrapping = fyne.TextWrapWord
	list := container.NewVBox()
	for _, m := range warnings.Messages(Language(u.Prefs)) {
		l := widget.NewLabel("• " + m)
		l.Wrapping = fyne.TextWrapWord
		list.Add(l)
	}
	scroll := container.NewVScroll(list)
	scroll.SetMinSize(fyne.NewSize(0, min(list.MinSize().Height, 300)))
	d := dialog.NewCustom(Tr("agreement.print.warningsTitle"), Tr("button.ok"), container.NewBorder(intro, nil, nil, nil, scroll), u.Win)
	d.Resize(fyne.NewSize(620, d.MinSize().Height))
	d.Show()
}
