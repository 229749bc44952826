package app

import (
	"cmp"
	"slices"
	"strconv"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"samverka/model"

	"samverka/app/internal/session"
)

// conflictReview is the dialog that lists the open conflicts merges set
// aside and shows, for the chosen one, the fields in which the other
// version differs from the record as it is now, side by side, so that the
// user keeps the current version or chooses the other one.
type conflictReview struct {
	ui     *session.Session
	open   []*model.Conflict
	chosen int

	list    *widget.List
	empty   *widget.Label
	heading *widget.Label
	note    *widget.Label
	rows    *fyne.Container
	keep    *widget.Button
	other   *widget.Button
	dialog  *dialog.CustomDialog
}

// onConflicts shows the open conflicts (Redigera → Konflikter…).
func onConflicts(u *session.Session) *conflictReview {
	if u.Doc == nil {
		return nil
	}
	r := &conflictReview{ui: u, chosen: -1}
	r.list = widget.NewList(func() int { return len(r.open) }, func() fyne.CanvasObject {
		title := widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
		title.Truncation = fyne.TextTruncateEllipsis
		detail := widget.NewLabel("")
		detail.Truncation = fyne.TextTruncateEllipsis
		return container.NewVBox(title, detail)
	}, func(id widget.ListItemID, o fyne.CanvasObject) {
		c := r.open[id]
		cells := o.(*fyne.Container).Objects
		cells[0].(*widget.Label).SetText(r.title(c))
		cells[1].(*widget.Label).SetText(session.Tr("share.conflicts.row", map[string]any{
			"Kind": session.Tr("share.one." + string(c.Kind)), "Time": whenText(c.At), "User": lostBy(c)}))
	})
	r.list.OnSelected = r.onSelect
	r.empty = widget.NewLabel(session.Tr("share.conflicts.none"))
	r.empty.Wrapping = fyne.TextWrapWord
	r.heading = widget.NewLabel("")
	r.heading.Wrapping = fyne.TextWrapWord
	r.note = widget.NewLabel("")
	r.note.Wrapping = fyne.TextWrapWord
	r.note.Importance = widget.WarningImportance
	r.note.Hide()
	r.rows = container.NewVBox()
	r.keep = &widget.Button{Text: session.Tr("share.conflicts.keep"), OnTapped: r.onKeep}
	r.other = &widget.Button{Text: session.Tr("share.conflicts.other"), Importance: widget.HighImportance, OnTapped: r.onChooseOther}
	if u.ReadOnly() {
		r.keep.Hide()
		r.other.Hide()
	}

	header := container.New(&sideBySide{}, shareHeader("share.conflicts.field"), shareHeader("share.conflicts.current"), shareHeader("share.conflicts.setAside"))
	detail := container.NewBorder(container.NewVBox(r.heading, r.note, widget.NewSeparator(), header), nil, nil, nil,
		container.NewVScroll(r.rows))
	listWidth := canvas.NewRectangle(nil)
	listWidth.SetMinSize(fyne.NewSize(320, 0))
	left := container.NewStack(listWidth, r.list, r.empty)
	body := container.NewBorder(nil, nil, container.NewHBox(left, widget.NewSeparator()), nil, detail)
	closeButton := &widget.Button{Text: session.Tr("button.close"), OnTapped: func() { r.dialog.Hide() }}
	r.dialog = dialog.NewCustomWithoutButtons(session.Tr("share.conflicts.title"), body, u.Win)
	r.dialog.SetButtons([]fyne.CanvasObject{closeButton, r.keep, r.other})
	r.dialog.Resize(fyne.NewSize(1120, 640))
	r.reload(0)
	r.dialog.Show()
	return r
}

func shareHeader(key string) *widget.Label {
	return widget.NewLabelWithStyle(session.Tr(key), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
}

// reload reads the open conflicts anew and selects the one at index i,
// or the last one when fewer are left.
func (r *conflictReview) reload(i int) {
	open, err := r.ui.Doc.Store.Conflicts()
	if err != nil {
		r.ui.ShowError(err)
	}
	r.open = open
	r.list.UnselectAll()
	r.list.Refresh()
	r.chosen = -1
	if len(open) == 0 {
		r.list.Hide()
		r.empty.Show()
		r.show(nil)
		return
	}
	r.empty.Hide()
	r.list.Show()
	r.list.Select(min(i, len(open)-1))
}

// onSelect shows the chosen conflict's differences.
func (r *conflictReview) onSelect(id widget.ListItemID) {
	if id < 0 || id >= len(r.open) {
		return
	}
	r.chosen = id
	r.show(r.open[id])
}

// show fills the detail with c's differences from the record as it is
// now; nil clears it.
func (r *conflictReview) show(c *model.Conflict) {
	r.rows.RemoveAll()
	r.note.Hide()
	r.keep.Disable()
	r.other.Disable()
	if c == nil {
		r.heading.SetText("")
		return
	}
	current, err := r.ui.Doc.Store.Get(c.Kind, c.RecordID)
	if err != nil {
		r.heading.SetText(r.title(c))
		r.note.SetText(session.ErrorText(err))
		r.note.Show()
		r.keep.Enable() // the conflict can still be closed
		return
	}
	r.heading.SetText(session.Tr("share.conflicts.heading", map[string]any{
		"Kind": session.Tr("share.one." + string(c.Kind)), "Label": r.title(c),
		"CurrentUser": current.RecordMeta().ModifiedBy, "CurrentTime": whenText(current.RecordMeta().Modified),
		"OtherUser": lostBy(c), "OtherTime": whenText(c.At),
		"Source": session.Tr("share.conflicts.side." + string(c.Side)),
	}))
	diffs, err := c.Differences(current)
	// What a record is called comes first; the rest in field order.
	slices.SortStableFunc(diffs, func(a, b model.Difference) int {
		return cmp.Compare(fieldRank(a.Field), fieldRank(b.Field))
	})
	if err != nil {
		r.note.SetText(session.ErrorText(err))
		r.note.Show()
	}
	for _, d := range diffs {
		r.rows.Add(container.New(&sideBySide{}, wrapped(fieldText(d.Field)),
			wrapped(valueText(r.ui.Doc.View, d.Field, d.Current)), wrapped(valueText(r.ui.Doc.View, d.Field, d.SetAside))))
		r.rows.Add(widget.NewSeparator())
	}
	if len(diffs) == 0 && err == nil {
		r.rows.Add(wrapped(session.Tr("share.conflicts.same")))
	}
	r.keep.Enable()
	// A version that may not come back (a draft over a signed agreement)
	// is not offered; storage would refuse it too.
	if _, err := c.Choose(current); err != nil {
		r.note.SetText(session.Tr("share.conflicts.cannotChoose") + " " + session.ErrorText(err))
		r.note.Show()
		return
	}
	r.other.Enable()
}

// onKeep closes the chosen conflict and keeps the record as it is.
func (r *conflictReview) onKeep() { r.resolve(false) }

// onChooseOther puts the other version in the record's place.
func (r *conflictReview) onChooseOther() { r.resolve(true) }

func (r *conflictReview) resolve(chooseOther bool) {
	if r.chosen < 0 || r.chosen >= len(r.open) || r.ui.ReadOnly() {
		return
	}
	c, at := r.open[r.chosen], r.chosen
	if err := r.ui.Doc.Store.ResolveConflict(c.ID, chooseOther); err != nil {
		r.ui.ShowError(err)
		return
	}
	if chooseOther {
		r.ui.Doc.Refresh(c.Kind, c.RecordID)
		r.ui.RefreshAll()
	}
	r.ui.Status.SetState(session.Tr("share.conflicts.resolved", map[string]any{"Label": r.title(c)}), false)
	r.reload(at)
}

// fieldRank puts the fields that name a record first.
func fieldRank(field string) int {
	switch field {
	case "title", "name":
		return 0
	}
	return 1
}

// sideBySide lays out a field's name at a fixed width and its two values
// in equal halves of the rest.
type sideBySide struct{}

const sideFieldWidth = 190

// Layout implements fyne.Layout.
func (sideBySide) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	pad := float32(8)
	half := (size.Width - sideFieldWidth - 2*pad) / 2
	x := float32(0)
	for i, o := range objs {
		w := half
		if i == 0 {
			w = sideFieldWidth
		}
		o.Move(fyne.NewPos(x, 0))
		o.Resize(fyne.NewSize(w, size.Height))
		x += w + pad
	}
}

// MinSize implements fyne.Layout. The values' wrapped height is taken at
// the width they get.
func (sideBySide) MinSize(objs []fyne.CanvasObject) fyne.Size {
	h := float32(0)
	for _, o := range objs {
		h = max(h, o.MinSize().Height)
	}
	return fyne.NewSize(sideFieldWidth+200, h)
}

func wrapped(text string) *widget.Label {
	l := widget.NewLabel(text)
	l.Wrapping = fyne.TextWrapWord
	return l
}

// title names the record a conflict is about as the screens show it now,
// else as the set-aside version named it.
func (r *conflictReview) title(c *model.Conflict) string {
	if l := strings.TrimSpace(labelOf(r.ui.Doc.View, c.RecordID)); l != "" {
		return l
	}
	if c.Kind == model.KindCouncil && r.ui.Doc.View.Council != nil {
		return r.ui.Doc.View.Council.Name
	}
	if l := strings.TrimSpace(c.Label()); l != "" {
		return l
	}
	return session.Tr("share.conflicts.untitled")
}

// lostBy names who wrote the version a conflict set aside.
func lostBy(c *model.Conflict) string {
	if r, err := c.Lost(); err == nil && r.RecordMeta().ModifiedBy != "" {
		return r.RecordMeta().ModifiedBy
	}
	return session.Tr("share.conflicts.someone")
}

// whenText writes a time as the user reads it.
func whenText(t time.Time) string {
	if t.IsZero() {
		return "—"
	}
	return t.Local().Format("2006-01-02 15:04")
}

// fieldText names a field in the user's language, with the row of a
// list it lies in: "Undertecknare (rad 2)".
func fieldText(field string) string {
	key := model.FieldKey(field)
	name := session.Tr(key)
	if name == key {
		name = field
	}
	if row := model.FieldRow(field); row > 0 {
		name += " (" + session.Tr("share.conflicts.rowNumber", map[string]any{"N": strconv.Itoa(row)}) + ")"
	}
	return name
}

// valueText writes a stored value the way the screens show it: names for
// ids, words for choices and yes/no.
func valueText(v *session.View, field, value string) string {
	if value == "" {
		return "—"
	}
	name := field[strings.LastIndexAny(field, ".]")+1:]
	switch {
	case name == "deleted":
		return session.Tr("share.value.deleted")
	case value == "true":
		return session.Tr("share.value.yes")
	case strings.HasSuffix(name, "Id") || strings.HasSuffix(name, "ID"):
		if label := labelOf(v, value); label != "" {
			return label
		}
	case name == "area":
		if n, err := strconv.Atoi(value); err == nil && model.Area(n).Valid() {
			return session.Tr(model.Area(n).Key())
		}
	}
	for _, prefix := range choicePrefixes[name] {
		if t := session.Tr(prefix + value); t != prefix+value {
			return t
		}
	}
	return value
}

// choicePrefixes are the translation keys' prefixes of the choices a
// field may hold, by the field's JSON name.
var choicePrefixes = map[string][]string{
	"status": {"status."}, "role": {"role."}, "state": {"state."}, "presence": {"presence."},
	"kind": {"partKind.", "meetingKind.", "itemKind."},
}

// labelOf returns the name of the record with id, whatever its kind, or
// "" when the view does not hold it.
func labelOf(v *session.View, id string) string {
	switch {
	case v.Parts[id] != nil:
		return v.Parts[id].Name
	case v.Representatives[id] != nil:
		return v.Representatives[id].Name
	case v.Methods[id] != nil:
		return v.Methods[id].Name
	case v.Situations[id] != nil:
		return v.Situations[id].Title
	case v.Problems[id] != nil:
		return v.Problems[id].Title
	case v.Causes[id] != nil:
		return v.Causes[id].Description
	case v.Meetings[id] != nil:
		return v.Meetings[id].Label()
	case v.Agreements[id] != nil:
		return v.Agreements[id].Title
	case v.Commitments[id] != nil:
		return v.Commitments[id].C.Title
	}
	return ""
}
