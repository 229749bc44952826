// Package year is the council's year: the årshjul of deadlines, drawn as a
// twelve-month strip and listed, the dialogues and trygghetsvandringar with
// their findings, and the calendar export.
package year

import (
	"cmp"
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"samverka/model"

	"samverka/app/internal/kit"
	"samverka/app/internal/session"
)

// Screen shows the årshjul and the dialogues on two tabs.
type Screen struct {
	ui *session.Session

	Tabs          *container.AppTabs
	wheelTab      *container.TabItem
	dialoguesTab  *container.TabItem
	Wheel         *Wheel
	YearLabel     *widget.Label
	Year          int
	List          *widget.List
	Shown         []model.Occurrence
	Add, Propose  *widget.Button
	Export        *widget.Button
	prev, next    *widget.Button
	Deadlines     []*model.Deadline
	Dialogues     []*model.Dialogue
	DialogueList  *widget.List
	AddDialogue   *widget.Button
	Editor        *deadlineEditor
	DialogueForm  *dialogueEditor
	dialogueSplit *container.Split

	content fyne.CanvasObject
}

// New builds the screen for the session's open council.
func New(u *session.Session) *Screen {
	s := &Screen{ui: u, Year: u.Today().Year()}
	s.Wheel = NewWheel(s.onWheelTapped)
	s.YearLabel = &widget.Label{TextStyle: fyne.TextStyle{Bold: true}, Alignment: fyne.TextAlignCenter}
	s.prev = &widget.Button{Icon: theme.NavigateBackIcon(), OnTapped: func() { s.showYear(s.Year - 1) }}
	s.next = &widget.Button{Icon: theme.NavigateNextIcon(), OnTapped: func() { s.showYear(s.Year + 1) }}
	s.Add = &widget.Button{Text: session.Tr("year.add"), Icon: theme.ContentAddIcon(), OnTapped: s.onAdd}
	s.Propose = &widget.Button{Text: session.Tr("year.propose"), Icon: theme.ViewRefreshIcon(), OnTapped: s.onPropose}
	s.Export = &widget.Button{Text: session.Tr("year.export"), Icon: theme.DocumentSaveIcon(), OnTapped: s.onExport}
	s.List = widget.NewList(func() int { return len(s.Shown) }, func() fyne.CanvasObject {
		return container.New(&kit.Columns{Widths: []float32{190, 250, 150}},
			&widget.Label{Truncation: fyne.TextTruncateEllipsis}, &widget.Label{Truncation: fyne.TextTruncateEllipsis},
			&widget.Label{Truncation: fyne.TextTruncateEllipsis}, &widget.Label{Truncation: fyne.TextTruncateEllipsis})
	}, s.updateRow)
	s.List.OnSelected = func(id widget.ListItemID) {
		if id < len(s.Shown) {
			s.openOccurrence(s.Shown[id])
		}
		s.List.UnselectAll()
	}
	years := container.NewHBox(s.prev, s.YearLabel, s.next)
	wheel := container.NewBorder(container.NewBorder(nil, nil, years, legend()), nil, nil, nil, s.Wheel)
	s.wheelTab = container.NewTabItem(session.Tr("year.tab.wheel"),
		container.NewVSplit(wheel, s.List))
	s.wheelTab.Content.(*container.Split).Offset = 0.45

	s.AddDialogue = &widget.Button{Text: session.Tr("year.dialogue.add"), Icon: theme.ContentAddIcon(), OnTapped: s.onAddDialogue}
	s.DialogueList = widget.NewList(func() int { return len(s.Dialogues) }, func() fyne.CanvasObject {
		return container.NewVBox(&widget.Label{TextStyle: fyne.TextStyle{Bold: true}, Truncation: fyne.TextTruncateEllipsis},
			&widget.Label{Truncation: fyne.TextTruncateEllipsis})
	}, s.updateDialogueRow)
	s.DialogueList.OnSelected = func(id widget.ListItemID) {
		if id < len(s.Dialogues) {
			s.DialogueForm.load(s.Dialogues[id])
		}
	}
	s.DialogueForm = newDialogueEditor(s)
	s.dialogueSplit = container.NewHSplit(container.NewBorder(container.NewPadded(s.AddDialogue), nil, nil, nil, s.DialogueList),
		s.DialogueForm.content)
	s.dialogueSplit.Offset = 0.32
	s.dialoguesTab = container.NewTabItem(session.Tr("year.tab.dialogues"), s.dialogueSplit)

	s.Tabs = container.NewAppTabs(s.wheelTab, s.dialoguesTab)
	s.content = container.NewBorder(container.NewPadded(kit.ScreenHeader("nav.year", s.Propose, s.Add, s.Export)), nil, nil, nil, s.Tabs)
	s.Refresh()
	return s
}

// Content is the screen as the main window shows it.
func (s *Screen) Content() fyne.CanvasObject { return s.content }

// Refresh reads the årshjul and the dialogues again and shows them.
func (s *Screen) Refresh() {
	s.Deadlines = listOf[*model.Deadline](s.ui, model.KindDeadline)
	s.Dialogues = listOf[*model.Dialogue](s.ui, model.KindDialogue)
	slices.SortStableFunc(s.Dialogues, func(a, b *model.Dialogue) int {
		return cmp.Or(cmp.Compare(b.Date, a.Date), cmp.Compare(a.Title, b.Title))
	})
	s.showYear(s.Year)
	s.DialogueList.Refresh()
	s.DialogueForm.refresh()
	ro := s.ui.ReadOnly()
	kit.SetDisabled(ro, s.Add, s.AddDialogue)
	kit.SetDisabled(ro || len(s.Deadlines) > 0, s.Propose)
	kit.ShowWhen(len(s.Deadlines) == 0, s.Propose)
}

// listOf reads the live records of kind from the file.
func listOf[T model.Record](u *session.Session, kind model.Kind) []T {
	recs, err := u.Doc.Store.List(kind)
	if err != nil {
		u.ShowError(err)
		return nil
	}
	var out []T
	for _, r := range recs {
		if t, ok := r.(T); ok && !r.RecordMeta().Deleted {
			out = append(out, t)
		}
	}
	return out
}

// showYear shows the årshjul of year.
func (s *Screen) showYear(year int) {
	s.Year = year
	s.YearLabel.SetText(session.Tr("year.yearLabel", map[string]any{"Year": year}))
	s.Shown = model.YearOccurrences(s.Deadlines, year)
	s.Wheel.Set(year, s.Shown, s.ui.Today())
	s.List.Refresh()
}

func (s *Screen) updateRow(id widget.ListItemID, o fyne.CanvasObject) {
	if id >= len(s.Shown) {
		return
	}
	oc := s.Shown[id]
	cells := o.(*fyne.Container).Objects
	cells[0].(*widget.Label).SetText(string(oc.Due) + "  " + oc.Deadline.Title)
	cells[1].(*widget.Label).SetText(session.Tr("year.deadlineKind." + string(oc.Deadline.Kind)))
	cells[2].(*widget.Label).SetText(s.ui.Doc.View.PartName(oc.Deadline.PartID))
	state := cells[3].(*widget.Label)
	st := stateOf(oc, s.ui.Today())
	state.SetText(stateText(oc, st))
	state.Importance = map[occurrenceState]widget.Importance{stateLate: widget.DangerImportance, stateSoon: widget.WarningImportance,
		stateDone: widget.SuccessImportance}[st]
	state.Refresh()
}

func (s *Screen) updateDialogueRow(id widget.ListItemID, o fyne.CanvasObject) {
	if id >= len(s.Dialogues) {
		return
	}
	d := s.Dialogues[id]
	rows := o.(*fyne.Container).Objects
	rows[0].(*widget.Label).SetText(string(d.Date) + "  " + d.Title)
	rows[1].(*widget.Label).SetText(session.Tr("year.dialogue.line", map[string]any{
		"Kind": session.Tr("year.dialogueKind." + string(d.Kind)), "Place": d.Place, "People": d.People, "Findings": len(d.Findings)}))
}

// onWheelTapped opens the occurrence tapped on the strip.
func (s *Screen) onWheelTapped(o model.Occurrence) { s.openOccurrence(o) }
