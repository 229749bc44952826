package situation

import (
	"errors"
	"fmt"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"samverka/model"

	"samverka/app/internal/kit"
	"samverka/app/internal/session"
)

// itemList edits a lägesbild's annan information (lag 2023:196, 4 §):
// planned construction, events, what dialogues found, each with a title,
// a text, its source and its class.
type itemList struct {
	rows     []*itemRow
	box      *fyne.Container
	add      *widget.Button
	disabled bool
	content  fyne.CanvasObject
}

// itemRow is one item being edited.
type itemRow struct {
	title  *widget.Entry
	text   *widget.Entry
	source *widget.Entry
	class  *classPicker
	remove *widget.Button
	form   *kit.Form
}

func newItemList() *itemList {
	l := &itemList{box: container.NewVBox()}
	l.add = &widget.Button{Text: session.Tr("lawgui.items.add"), Icon: theme.ContentAddIcon(), Importance: widget.LowImportance, OnTapped: l.onAdd}
	l.content = container.NewVBox(l.box, container.NewHBox(l.add))
	return l
}

// set shows items.
func (l *itemList) set(items []model.InfoItem) {
	l.rows = nil
	l.box.RemoveAll()
	for _, it := range items {
		l.addRow(it)
	}
}

func (l *itemList) addRow(it model.InfoItem) *itemRow {
	r := &itemRow{title: widget.NewEntry(), text: widget.NewMultiLineEntry(), source: widget.NewEntry(), class: newClassPicker()}
	r.title.PlaceHolder = session.Tr("lawgui.items.titleHint")
	r.text.Wrapping = fyne.TextWrapWord
	r.text.SetMinRowsVisible(2)
	r.source.PlaceHolder = session.Tr("lawgui.items.sourceHint")
	r.title.SetText(it.Title)
	r.text.SetText(it.Text)
	r.source.SetText(it.Source)
	r.class.set(it.Marking)
	r.remove = &widget.Button{Text: session.Tr("lawgui.items.remove"), Icon: theme.DeleteIcon(), Importance: widget.LowImportance}
	r.remove.OnTapped = func() { l.onRemove(r) }
	l.rows = append(l.rows, r)
	l.layout()
	l.setDisabled(l.disabled)
	return r
}

// layout numbers the items' forms by their place, so that a problem
// validation finds in items[2] shows under the third item.
func (l *itemList) layout() {
	l.box.RemoveAll()
	for i, r := range l.rows {
		p := fmt.Sprintf("items[%d].", i)
		r.form = kit.NewForm()
		r.form.Add(p+"title", "field.items.title", r.title)
		r.form.Add(p+"text", "field.items.text", r.text)
		r.form.Add(p+"source", "field.items.source", r.source)
		r.form.Add(p+"class", "field.items.class", r.class.content)
		l.box.Add(widget.NewCard("", "", container.NewVBox(r.form.View(), container.NewHBox(r.remove))))
	}
}

// onAdd adds an empty item and puts the cursor in its title.
func (l *itemList) onAdd() {
	r := l.addRow(model.InfoItem{})
	focus(l.box, r.title)
}

func (l *itemList) onRemove(r *itemRow) {
	l.rows = slices.DeleteFunc(l.rows, func(x *itemRow) bool { return x == r })
	l.layout()
}

// items returns the items as typed, the wholly empty ones left out.
func (l *itemList) items() []model.InfoItem {
	var out []model.InfoItem
	for _, r := range l.rows {
		it := model.InfoItem{Title: strings.TrimSpace(r.title.Text), Text: strings.TrimSpace(r.text.Text),
			Source: strings.TrimSpace(r.source.Text), Marking: r.class.marking()}
		if it.Title == "" && it.Text == "" && it.Source == "" {
			continue
		}
		out = append(out, it)
	}
	return out
}

// showProblems shows each item's problems under it and reports whether
// there were any for the items.
func (l *itemList) showProblems(err error) bool {
	shown := false
	for _, r := range l.rows {
		r.form.Clear()
	}
	var problems model.Problems
	var single *model.Error
	switch {
	case errors.As(err, &problems):
	case errors.As(err, &single):
		problems = model.Problems{single}
	}
	for i, r := range l.rows {
		var mine model.Problems
		for _, p := range problems {
			if strings.HasPrefix(p.Field, fmt.Sprintf("items[%d].", i)) {
				mine = append(mine, p)
			}
		}
		if len(mine) > 0 {
			r.form.ShowProblems(mine)
			shown = true
		}
	}
	return shown
}

func (l *itemList) clearProblems() {
	for _, r := range l.rows {
		r.form.Clear()
	}
}

func (l *itemList) setDisabled(off bool) {
	l.disabled = off
	kit.SetDisabled(off, l.add)
	for _, r := range l.rows {
		kit.SetDisabled(off, r.remove)
		kit.DisableWhen(off, r.title, r.text, r.source)
		r.class.setDisabled(off)
	}
}
