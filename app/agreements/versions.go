package agreements

import (
	"image/color"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"samverka/model"

	"samverka/app/internal/kit"
	"samverka/app/internal/session"
	"samverka/assets"
)

// onNewVersion copies a frozen or signed agreement into a new draft that
// links back to it, and opens the draft. The old version is marked as
// replaced only when the new one is signed by every party (see
// agreementSigning.sign), so the agreement in force stays in force while
// its successor is written. When a newer version exists already, that one
// is opened instead of making a second.
func (e *agreementEditor) onNewVersion() {
	u := e.a.ui
	ag := e.before
	if next := nextVersionOf(u.Doc.View, ag); next != nil {
		u.ShowInfo("agreement.versions.existsTitle", session.Tr("agreement.versions.exists", map[string]any{"Version": next.Version}))
		e.a.show(next.ID)
		return
	}
	n := ag.NewVersion()
	if err := u.Doc.Put(n); err != nil {
		u.ShowError(err)
		return
	}
	u.Undo.Push(session.Tr("agreement.undo.newVersion", map[string]any{"Title": n.Title, "Version": n.Version}), session.UndoAdd(n))
	e.a.afterChange(n)
	u.Status.SetState(session.Tr("agreement.versions.made", map[string]any{"Version": n.Version}), false)
}

// agreementVersions is the versions tab: every version of the agreement
// with its state, and a comparison of two of them section by section.
type agreementVersions struct {
	e        *agreementEditor
	list     *fyne.Container
	from, to *kit.Choice
	// diff holds the comparison: headings and one row per line.
	diff     *fyne.Container
	versions []*model.Agreement
	content  fyne.CanvasObject
}

func newAgreementVersions(e *agreementEditor) *agreementVersions {
	v := &agreementVersions{e: e, list: container.NewVBox()}
	v.from = kit.NewChoice(func(string) { v.compare() })
	v.to = kit.NewChoice(func(string) { v.compare() })
	v.diff = container.NewVBox()
	compare := container.NewGridWithColumns(2,
		container.NewBorder(nil, nil, widget.NewLabel(session.Tr("agreement.versions.compare")), nil, v.from.Sel),
		container.NewBorder(nil, nil, widget.NewLabel(session.Tr("agreement.versions.with")), nil, v.to.Sel))
	body := container.NewVBox(kit.SectionTitle("agreement.versions.title"), v.list, widget.NewSeparator(),
		kit.SectionTitle("agreement.versions.compareTitle"), compare, v.diff)
	v.content = container.NewVScroll(container.NewPadded(body))
	return v
}

// refresh lists the versions and compares the shown one with the one
// before it.
func (v *agreementVersions) refresh() {
	ag := v.e.before
	v.versions = versionsOf(v.e.a.ui.Doc.View, ag)
	v.list.RemoveAll()
	ids, labels := []string{}, []string{}
	for _, x := range v.versions {
		ids = append(ids, x.ID)
		labels = append(labels, session.Tr("agreement.versions.label", map[string]any{"Version": x.Version}))
		v.list.Add(v.versionRow(x, x.ID == ag.ID))
	}
	v.from.SetOptions(ids, labels, false)
	v.to.SetOptions(ids, labels, false)
	prev := ag.PreviousID
	if prev == "" && len(v.versions) > 1 {
		if next := nextVersionOf(v.e.a.ui.Doc.View, ag); next != nil {
			prev, ag = ag.ID, next
		}
	}
	if prev == "" {
		prev = ag.ID
	}
	v.from.SetIDQuietly(prev)
	v.to.SetIDQuietly(ag.ID)
	v.compare()
}

// versionRow is one version: its number, state and dates, and a button
// that opens it.
func (v *agreementVersions) versionRow(x *model.Agreement, current bool) fyne.CanvasObject {
	parts := []string{session.Tr("agreement.versions.label", map[string]any{"Version": x.Version}), session.Tr("state." + kit.StateOrDraft(x.State))}
	if !x.SealedAt.IsZero() {
		parts = append(parts, session.Tr("agreement.versions.signedOn", map[string]any{"Date": model.DateOf(x.SealedAt.Local())}))
	} else if !x.FrozenAt.IsZero() {
		parts = append(parts, session.Tr("agreement.versions.frozenOn", map[string]any{"Date": model.DateOf(x.FrozenAt.Local())}))
	}
	if x.Fingerprint != "" {
		parts = append(parts, model.ShortFingerprint(x.Fingerprint))
	}
	label := widget.NewLabel(strings.Join(parts, " · "))
	if current {
		label.TextStyle.Bold = true
		return label
	}
	id := x.ID
	open := &widget.Button{Text: session.Tr("agreement.versions.open"), Icon: theme.NavigateNextIcon(), Importance: widget.LowImportance,
		OnTapped: func() { v.e.a.show(id) }}
	return container.NewBorder(nil, nil, nil, open, label)
}

// compare shows the differences between the two chosen versions.
func (v *agreementVersions) compare() {
	fromID, toID := v.from.ID(), v.to.ID()
	if fromID == "" || toID == "" {
		v.diff.RemoveAll()
		return
	}
	if fromID == toID {
		v.setText(session.Tr("agreement.versions.same"))
		return
	}
	a, err := v.e.a.full(fromID)
	if err != nil {
		v.setText(session.ErrorText(err))
		return
	}
	b, err := v.e.a.full(toID)
	if err != nil {
		v.setText(session.ErrorText(err))
		return
	}
	v.diff.Objects = diffRows(diffAgreements(a, b, v.e.a.ui.Doc.View))
	v.diff.Refresh()
}

func (v *agreementVersions) setText(text string) {
	v.diff.Objects = []fyne.CanvasObject{&widget.Label{Text: text, Wrapping: fyne.TextWrapWord}}
	v.diff.Refresh()
}

// The backgrounds of added and removed lines: see-through, so that the
// text keeps its contrast in a light and a dark theme.
var (
	addedBackground   = assets.Green.Tint(0x38)
	removedBackground = assets.Red.Tint(0x30)
)

// diffRows renders a comparison: each changed section under its heading,
// added lines with "+" on green, removed ones with "−" on red, kept ones
// plain; the unchanged sections are named at the end.
func diffRows(diffs []sectionDiff) []fyne.CanvasObject {
	var rows []fyne.CanvasObject
	var same []string
	for _, d := range diffs {
		if !d.changed {
			same = append(same, d.title)
			continue
		}
		rows = append(rows, boldLabel(d.title))
		for _, l := range d.lines {
			label := &widget.Label{Text: "  " + l.text, Wrapping: fyne.TextWrapWord}
			bg := canvas.NewRectangle(color.Transparent)
			switch l.op {
			case '+':
				label.Text = "+ " + l.text
				bg.FillColor = addedBackground
			case '-':
				label.Text = "− " + l.text
				bg.FillColor = removedBackground
			}
			rows = append(rows, container.NewStack(bg, label))
		}
	}
	note := func(text string) {
		rows = append(rows, &widget.Label{Text: text, Wrapping: fyne.TextWrapWord, Importance: widget.LowImportance})
	}
	if len(rows) == 0 {
		note(session.Tr("agreement.versions.noDifference"))
	} else if len(same) > 0 {
		note(session.Tr("agreement.versions.unchanged", map[string]any{"Sections": strings.Join(same, ", ")}))
	}
	return rows
}
