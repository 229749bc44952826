package kit

import (
	"fmt"
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"samverka/model"

	"samverka/app/internal/session"
)

// WarningList lists where the chain from problem to follow-up is broken,
// under a heading with their number. Choosing a warning opens the record
// it is about.
type WarningList struct {
	ui       *session.Session
	warnings []model.Warning
	// Badge shows how many warnings there are.
	Badge *countBadge
	// List shows the warnings; choosing one opens its record.
	List    *widget.List
	empty   *widget.Label
	Content fyne.CanvasObject
}

// NewWarningList makes an empty warning list; Set fills it.
func NewWarningList(u *session.Session) *WarningList {
	w := &WarningList{ui: u, Badge: newCountBadge()}
	w.List = widget.NewList(func() int { return len(w.warnings) },
		func() fyne.CanvasObject {
			icon := widget.NewIcon(theme.WarningIcon())
			return container.NewBorder(nil, nil, icon, nil, &widget.Label{Truncation: fyne.TextTruncateEllipsis})
		},
		func(id widget.ListItemID, o fyne.CanvasObject) {
			if id < len(w.warnings) {
				o.(*fyne.Container).Objects[0].(*widget.Label).SetText(warningText(w.warnings[id]))
			}
		})
	w.List.OnSelected = w.onSelect
	w.empty = &widget.Label{Text: session.Tr("chainui.warnings.none"), Importance: widget.SuccessImportance, Wrapping: fyne.TextWrapWord}
	title := widget.NewLabelWithStyle(session.Tr("chainui.warnings.title"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	head := container.NewHBox(title, container.NewCenter(w.Badge))
	w.Content = container.NewBorder(head, nil, nil, nil, container.NewStack(w.List, container.NewVBox(w.empty)))
	w.empty.Hide() // until the warnings are known
	return w
}

// warningText is a warning as the user reads it.
func warningText(w model.Warning) string {
	return session.Tr(w.Key(), w.Args)
}

// Set shows ws.
func (w *WarningList) Set(ws []model.Warning) {
	w.warnings = ws
	w.Badge.set(len(ws))
	w.List.UnselectAll()
	w.List.Refresh()
	if len(ws) == 0 {
		w.empty.Show()
	} else {
		w.empty.Hide()
	}
}

func (w *WarningList) onSelect(id widget.ListItemID) {
	if id < len(w.warnings) {
		x := w.warnings[id]
		w.List.UnselectAll()
		w.ui.OpenRecord(x.Kind, x.ID)
	}
}

// countBadge is a number in a red rounded box, the way an app shows how
// many things wait; it is green at zero.
type countBadge struct {
	widget.BaseWidget
	count int
}

func newCountBadge() *countBadge {
	b := &countBadge{}
	b.ExtendBaseWidget(b)
	return b
}

func (b *countBadge) set(n int) {
	b.count = n
	b.Refresh()
}

// CreateRenderer implements fyne.Widget.
func (b *countBadge) CreateRenderer() fyne.WidgetRenderer {
	bg := canvas.NewRectangle(ChainRed)
	bg.CornerRadius = 9
	text := canvas.NewText("", color.White)
	text.TextStyle = fyne.TextStyle{Bold: true}
	text.TextSize = theme.Size(theme.SizeNameCaptionText)
	text.Alignment = fyne.TextAlignCenter
	r := &countBadgeRenderer{b: b, bg: bg, text: text}
	r.Refresh()
	return r
}

type countBadgeRenderer struct {
	b    *countBadge
	bg   *canvas.Rectangle
	text *canvas.Text
}

func (r *countBadgeRenderer) Layout(size fyne.Size) {
	r.bg.Resize(size)
	r.text.Resize(size)
}

func (r *countBadgeRenderer) MinSize() fyne.Size {
	w := fyne.MeasureText(r.text.Text, r.text.TextSize, r.text.TextStyle).Width
	return fyne.NewSize(max(w+14, 22), 18)
}

func (r *countBadgeRenderer) Refresh() {
	r.text.Text = fmt.Sprint(r.b.count)
	r.bg.FillColor = ChainRed
	if r.b.count == 0 {
		r.bg.FillColor = ChainGreen
	}
	r.bg.Refresh()
	r.text.Refresh()
}

func (r *countBadgeRenderer) Objects() []fyne.CanvasObject { return []fyne.CanvasObject{r.bg, r.text} }
func (r *countBadgeRenderer) Destroy()                     {}
