package app

import (
	"fmt"
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"samverka/model"

	"samverka/app/internal/kit"
	"samverka/app/internal/session"
)

// warningList lists where the chain from problem to follow-up is broken,
// under a heading with their number. Choosing a warning opens the record
// it is about.
type warningList struct {
	ui       *session.Session
	warnings []model.Warning
	badge    *countBadge
	list     *widget.List
	empty    *widget.Label
	content  fyne.CanvasObject
}

func newWarningList(u *session.Session) *warningList {
	w := &warningList{ui: u, badge: newCountBadge()}
	w.list = widget.NewList(func() int { return len(w.warnings) },
		func() fyne.CanvasObject {
			icon := widget.NewIcon(theme.WarningIcon())
			return container.NewBorder(nil, nil, icon, nil, &widget.Label{Truncation: fyne.TextTruncateEllipsis})
		},
		func(id widget.ListItemID, o fyne.CanvasObject) {
			if id < len(w.warnings) {
				o.(*fyne.Container).Objects[0].(*widget.Label).SetText(warningText(w.warnings[id]))
			}
		})
	w.list.OnSelected = w.onSelect
	w.empty = &widget.Label{Text: session.Tr("chainui.warnings.none"), Importance: widget.SuccessImportance, Wrapping: fyne.TextWrapWord}
	title := widget.NewLabelWithStyle(session.Tr("chainui.warnings.title"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	head := container.NewHBox(title, container.NewCenter(w.badge))
	w.content = container.NewBorder(head, nil, nil, nil, container.NewStack(w.list, container.NewVBox(w.empty)))
	w.empty.Hide() // until the warnings are known
	return w
}

// warningText is a warning as the user reads it.
func warningText(w model.Warning) string {
	return session.Tr(w.Key(), w.Args)
}

// set shows ws.
func (w *warningList) set(ws []model.Warning) {
	w.warnings = ws
	w.badge.set(len(ws))
	w.list.UnselectAll()
	w.list.Refresh()
	if len(ws) == 0 {
		w.empty.Show()
	} else {
		w.empty.Hide()
	}
}

// texts returns the warnings as shown, for tests.
func (w *warningList) texts() []string {
	out := make([]string, len(w.warnings))
	for i, x := range w.warnings {
		out[i] = warningText(x)
	}
	return out
}

func (w *warningList) onSelect(id widget.ListItemID) {
	if id < len(w.warnings) {
		x := w.warnings[id]
		w.list.UnselectAll()
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
	bg := canvas.NewRectangle(kit.ChainRed)
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
	r.bg.FillColor = kit.ChainRed
	if r.b.count == 0 {
		r.bg.FillColor = kit.ChainGreen
	}
	r.bg.Refresh()
	r.text.Refresh()
}

func (r *countBadgeRenderer) Objects() []fyne.CanvasObject { return []fyne.CanvasObject{r.bg, r.text} }
func (r *countBadgeRenderer) Destroy()                     {}
