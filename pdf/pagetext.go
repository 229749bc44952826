package pdf

import (
	"bytes"
	"errors"
	"os"
	"os/exec"
	"strings"
)

// ErrNoTextTool says that no text extraction is at hand: pdftotext
// (poppler) is not installed.
var ErrNoTextTool = errors.New("pdf: pdftotext is not installed")

// TextTool reports whether PageTexts can work here.
func TextTool() bool {
	_, err := exec.LookPath("pdftotext")
	return err == nil
}

// PageTexts returns a PDF's text page by page, extracted by pdftotext when
// it is installed; Samverka brings no PDF reader of its own. It is what
// verify compares a re-saved copy by.
func PageTexts(data []byte) ([]string, error) {
	tool, err := exec.LookPath("pdftotext")
	if err != nil {
		return nil, ErrNoTextTool
	}
	f, err := os.CreateTemp("", "samverka-verify-*.pdf")
	if err != nil {
		return nil, err
	}
	defer os.Remove(f.Name())
	_, err = f.Write(data)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return nil, err
	}
	var out bytes.Buffer
	cmd := exec.Command(tool, "-enc", "UTF-8", f.Name(), "-")
	cmd.Stdout = &out
	if err := cmd.Run(); err != nil {
		return nil, err
	}
	// pdftotext ends every page with a form feed.
	return strings.Split(out.String(), "\f"), nil
}
