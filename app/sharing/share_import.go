package sharing

import (
	"bytes"
	"path/filepath"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"samverka/exchange"
	"samverka/model"

	"samverka/app/internal/session"
)

// importChoice is the first step of an import: which list the file holds.
type importChoice struct {
	ui     *session.Session
	lists  *widget.RadioGroup
	dialog *dialog.CustomDialog
}

// OnImportCSV asks which list to import and then for the file (Arkiv →
// Importera CSV…).
func OnImportCSV(u *session.Session) *importChoice {
	if u.Doc == nil || u.ReadOnly() {
		return nil
	}
	lang := session.Language(u.Prefs)
	var names []string
	for _, k := range exchange.Lists {
		names = append(names, exchange.ListName(k, lang))
	}
	c := &importChoice{ui: u, lists: widget.NewRadioGroup(names, nil)}
	c.lists.Required = true
	c.lists.SetSelected(names[0])
	help := widget.NewLabel(session.Tr("share.import.help"))
	help.Wrapping = fyne.TextWrapWord
	choose := &widget.Button{Text: session.Tr("share.import.chooseFile"), Importance: widget.HighImportance, OnTapped: c.onChooseFile}
	cancel := &widget.Button{Text: session.Tr("button.cancel"), OnTapped: func() { c.dialog.Hide() }}
	c.dialog = dialog.NewCustomWithoutButtons(session.Tr("share.import.title"),
		container.NewVBox(widget.NewLabel(session.Tr("share.import.which")), c.lists, widget.NewSeparator(), help), u.Win)
	c.dialog.SetButtons([]fyne.CanvasObject{cancel, choose})
	c.dialog.Resize(fyne.NewSize(600, 400))
	c.dialog.Show()
	return c
}

// kind returns the chosen list.
func (c *importChoice) kind() model.Kind {
	k, _ := exchange.ParseList(c.lists.Selected)
	return k
}

// onChooseFile asks for the CSV file of the chosen list.
func (c *importChoice) onChooseFile() {
	kind := c.kind()
	c.dialog.Hide()
	u := c.ui
	u.OpenFileDialog("file.importCSV.title", session.FilterCSV, filepath.Dir(u.Doc.Store.Path()), func(path string) { ImportCSV(u, kind, path) })
}

// importReview shows what importing a file would do and every rejected
// row with its line and reason. Nothing is written until the user taps
// Importera, and that is offered only when no row was rejected: an import
// is all or nothing.
type importReview struct {
	ui       *session.Session
	im       *exchange.Import
	file     string
	summary  *widget.Label
	rejected *widget.RichText
	messages []string
	confirm  *widget.Button
	dialog   *dialog.CustomDialog
}

// ImportCSV reads list kind from the CSV file at path, checks every row
// against the open council and shows the result for confirmation. It
// returns the review when that is shown at once (Options.Synchronous).
func ImportCSV(u *session.Session, kind model.Kind, path string) *importReview {
	if u.Doc == nil || u.ReadOnly() {
		return nil
	}
	doc := u.Doc
	var im *exchange.Import
	var err error
	var shown *importReview
	// Reading and checking every row against a large council takes a
	// moment; the window stays responsive meanwhile.
	u.Background(func() {
		var data []byte
		if data, err = readListFile(path); err != nil {
			return
		}
		var ds *model.Dataset
		if ds, err = doc.Store.Load(); err != nil {
			return
		}
		im, err = exchange.ReadCSV(bytes.NewReader(data), kind, ds)
	}, func() {
		if u.Doc != doc {
			return
		}
		if err != nil {
			u.ShowError(err)
			return
		}
		shown = showImport(u, filepath.Base(path), im)
	})
	return shown
}

// showImport shows the import's summary, its rejected rows and the way on.
func showImport(u *session.Session, file string, im *exchange.Import) *importReview {
	lang := session.Language(u.Prefs)
	r := &importReview{ui: u, im: im, file: file}
	for _, e := range im.Rejected {
		r.messages = append(r.messages, e.Message(lang))
	}
	intro := session.Tr("share.import.summary", map[string]any{"File": file, "List": exchange.ListName(im.Kind, lang)}) + "\n" + im.Summary(lang)
	switch {
	case len(im.Rejected) > 0:
		intro += "\n\n" + session.Tr("share.import.rejected")
	case len(im.Records) == 0:
		intro += "\n\n" + session.Tr("share.import.nothing")
	default:
		intro += "\n\n" + session.Tr("share.import.ready")
	}
	r.summary = widget.NewLabel(intro)
	r.summary.Wrapping = fyne.TextWrapWord
	// The rejected rows are one wrapped text that scrolls, so that a long
	// reason is read in full and the list can be copied out.
	r.rejected = widget.NewRichText()
	r.rejected.Wrapping = fyne.TextWrapWord
	for _, m := range r.messages {
		r.rejected.Segments = append(r.rejected.Segments, &widget.TextSegment{Text: m,
			Style: widget.RichTextStyle{ColorName: theme.ColorNameError, SizeName: theme.SizeNameText}})
	}
	r.rejected.Refresh()
	r.confirm = &widget.Button{Text: session.Tr("share.import.confirm"), Importance: widget.HighImportance, OnTapped: r.onConfirm}
	closeKey := "button.cancel"
	if len(im.Rejected) > 0 || len(im.Records) == 0 {
		r.confirm.Hide()
		closeKey = "button.close"
	}
	closeButton := &widget.Button{Text: session.Tr(closeKey), OnTapped: func() { r.dialog.Hide() }}
	if r.confirm.Hidden {
		closeButton.Importance = widget.HighImportance
	}
	var body fyne.CanvasObject = r.summary
	size := fyne.NewSize(640, 0)
	if len(r.messages) > 0 {
		body = container.NewBorder(r.summary, nil, nil, nil, container.NewVScroll(r.rejected))
		size = fyne.NewSize(820, 560)
	}
	r.dialog = dialog.NewCustomWithoutButtons(session.Tr("share.import.title"), body, u.Win)
	r.dialog.SetButtons([]fyne.CanvasObject{closeButton, r.confirm})
	if size.Height == 0 {
		size.Height = r.dialog.MinSize().Height
	}
	r.dialog.Resize(size)
	r.dialog.Show()
	return r
}

// onConfirm writes every record of the import in one change and shows
// them.
func (r *importReview) onConfirm() {
	u := r.ui
	if u.Doc == nil || len(r.im.Rejected) > 0 || len(r.im.Records) == 0 {
		return
	}
	if err := u.Doc.Put(r.im.Records...); err != nil {
		u.ShowError(err)
		return
	}
	r.dialog.Hide()
	u.RefreshAll()
	msg := session.Tr("share.import.done", map[string]any{"New": r.im.New, "Updated": r.im.Updated, "File": r.file})
	u.Status.SetState(msg, false)
	u.ShowInfo("share.import.title", msg)
}
