package situation

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"samverka/model"

	"samverka/app/internal/kit"
	"samverka/app/internal/session"
)

// situationEditor edits one lägesbild: its date, period, area and summary,
// the sources it rests on and leaves out (Brå's checklist), and under it
// the problems it finds, each with its causes.
type situationEditor struct {
	s      *Situations
	before *model.Situation // nil for a new situation
	// orphans is set while the editor lists the problems of no lägesbild
	// instead of a situation.
	orphans bool

	heading     *widget.Label
	title       *widget.Entry
	date        *widget.Entry
	from        *widget.Entry
	to          *widget.Entry
	area        *widget.Entry
	summary     *widget.Entry
	used        *sourceList
	leftOut     *sourceList
	limitations *widget.Entry
	class       *classPicker
	form        *kit.Form
	// tables are the kartläggning's figure tables; items, analysis and
	// otherForm the annan information and the analysis.
	tables    *tablesView
	items     *itemList
	analysis  *widget.Entry
	otherForm *kit.Form
	otherSave *widget.Button
	// print, word and public make the lägesbild's documents: the
	// internal version, or with public the one without what is not Öppen.
	print  *widget.Button
	word   *widget.Button
	public *widget.Check
	save   *widget.Button
	retire *widget.Button
	// tabs hold the problems and the situation's own details; the
	// problems come first, for they are what the council works on.
	tabs        *container.AppTabs
	problemsTab *container.TabItem
	tablesTab   *container.TabItem
	otherTab    *container.TabItem
	detailsTab  *container.TabItem

	addProblem   *widget.Button
	problemsNote *widget.Label
	problems     *widget.Accordion
	// editors are the problems' editors in accordion order; new problems
	// not yet saved come last.
	editors []*problemEditor

	content fyne.CanvasObject
}

func newSituationEditor(s *Situations) *situationEditor {
	e := &situationEditor{s: s}
	e.heading = kit.SectionTitle("chainui.situations.new")
	e.heading.Wrapping = fyne.TextWrapWord
	e.title = widget.NewEntry()
	e.date = kit.NewDateEntry()
	e.from = kit.NewDateEntry()
	e.to = kit.NewDateEntry()
	e.area = widget.NewEntry()
	e.area.PlaceHolder = session.Tr("chainui.situation.areaHint")
	e.summary = widget.NewMultiLineEntry()
	e.summary.Wrapping = fyne.TextWrapWord
	e.summary.SetMinRowsVisible(3)
	e.used = newSourceList("chainui.situation.usedHint", "chainui.situation.addSource")
	e.leftOut = newSourceList("chainui.situation.leftOutHint", "chainui.situation.addSource")
	e.limitations = widget.NewMultiLineEntry()
	e.limitations.Wrapping = fyne.TextWrapWord
	e.limitations.SetMinRowsVisible(2)
	e.limitations.PlaceHolder = session.Tr("chainui.situation.limitationsHint")
	e.class = newClassPicker()

	e.form = kit.NewForm()
	e.form.Submit = func() {
		if !e.save.Disabled() {
			e.onSave()
		}
	}
	e.form.Add("title", "", e.title)
	e.form.Add("date", "chainui.situation.date", e.date)
	e.form.Add("from", "chainui.situation.from", e.from)
	e.form.Add("to", "chainui.situation.to", e.to)
	e.form.Add("area", "chainui.situation.area", e.area)
	e.form.Add("summary", "", e.summary)
	e.form.Add("sourcesUsed", "", e.used.content)
	e.form.Add("sourcesLeftOut", "", e.leftOut.content)
	e.form.Add("limitations", "chainui.situation.limitations", e.limitations)
	e.form.Add("class", "field.class", e.class.content)
	e.save = &widget.Button{Text: session.Tr("button.save"), Icon: theme.DocumentSaveIcon(), Importance: widget.HighImportance, OnTapped: e.onSave}
	e.retire = &widget.Button{Text: session.Tr("chainui.situations.retire"), Icon: theme.DeleteIcon(), OnTapped: e.onRetire}
	details := container.NewVBox(e.form.View(), container.NewHBox(e.save, e.retire))

	e.addProblem = &widget.Button{Text: session.Tr("chainui.problems.add"), Icon: theme.ContentAddIcon(), OnTapped: e.onAddProblem}
	e.problemsNote = &widget.Label{Importance: widget.LowImportance, Wrapping: fyne.TextWrapWord}
	e.problems = widget.NewAccordion()
	e.problems.MultiOpen = true
	problemsHead := container.NewBorder(nil, nil, kit.SectionTitle("chainui.problems.title"), e.addProblem)
	problems := container.NewVBox(problemsHead, e.problemsNote, e.problems)
	e.problemsTab = container.NewTabItemWithIcon("", theme.WarningIcon(), container.NewVScroll(container.NewPadded(problems)))
	e.detailsTab = container.NewTabItemWithIcon(session.Tr("chainui.situation.tabDetails"), theme.InfoIcon(), container.NewVScroll(container.NewPadded(details)))
	e.tables = newTablesView(e)
	e.tablesTab = container.NewTabItemWithIcon("", theme.GridIcon(), container.NewVScroll(container.NewPadded(e.tables.content)))
	e.items = newItemList()
	e.analysis = widget.NewMultiLineEntry()
	e.analysis.Wrapping = fyne.TextWrapWord
	e.analysis.SetMinRowsVisible(6)
	e.analysis.PlaceHolder = session.Tr("lawgui.situation.analysisHint")
	e.otherForm = kit.NewForm()
	e.otherForm.Add("analysis", "field.analysis", e.analysis)
	e.otherSave = &widget.Button{Text: session.Tr("button.save"), Icon: theme.DocumentSaveIcon(), Importance: widget.HighImportance, OnTapped: e.onSave}
	other := container.NewVBox(kit.SectionTitle("lawgui.items.title"), &widget.Label{Text: session.Tr("lawgui.items.help"), Wrapping: fyne.TextWrapWord, Importance: widget.LowImportance},
		e.items.content, widget.NewSeparator(), kit.SectionTitle("lawgui.situation.analysis"), e.otherForm.View(), container.NewHBox(e.otherSave))
	e.otherTab = container.NewTabItemWithIcon(session.Tr("lawgui.situation.tabOther"), theme.ListIcon(), container.NewVScroll(container.NewPadded(other)))
	e.tabs = container.NewAppTabs(e.problemsTab, e.tablesTab, e.otherTab, e.detailsTab)
	e.print = &widget.Button{Text: session.Tr("lawgui.situation.print"), Icon: theme.DocumentPrintIcon(), OnTapped: func() { e.onPrint(false) }}
	e.word = &widget.Button{Text: session.Tr("lawgui.saveWord"), Icon: theme.FileTextIcon(), OnTapped: func() { e.onPrint(true) }}
	e.public = widget.NewCheck(session.Tr("lawgui.situation.public"), nil)
	e.content = container.NewBorder(container.NewPadded(e.heading), nil, nil, nil, e.tabs)
	return e
}

// situationID is the id problems added here get: the situation's, or ""
// for the problems of no lägesbild.
func (e *situationEditor) situationID() string {
	if e.before == nil {
		return ""
	}
	return e.before.ID
}

// clear empties the editor for a new situation, dated today.
func (e *situationEditor) clear() {
	e.fill(&model.Situation{Date: e.s.ui.Today()})
	e.before = nil
	e.heading.SetText(session.Tr("chainui.situations.new"))
	e.editors = nil
	e.refreshProblems()
	e.tables.refresh()
	e.tabs.Select(e.detailsTab)
}

// load shows sit in the editor.
func (e *situationEditor) load(sit *model.Situation) {
	if e.before == nil || e.before.ID != sit.ID {
		e.editors = nil
	}
	e.fill(sit)
	e.before = sit
	e.heading.SetText(sit.Title)
	e.tables.refresh()
	e.setEditable()
}

// showOrphans lists the problems of no lägesbild, left behind when their
// situation was retired elsewhere (or made so by another program).
func (e *situationEditor) showOrphans() {
	if !e.orphans {
		e.editors = nil
	}
	e.before, e.orphans = nil, true
	e.heading.SetText(session.Tr("chainui.situations.orphans"))
	e.tabs.DisableItem(e.detailsTab)
	e.tabs.DisableItem(e.tablesTab)
	e.tabs.DisableItem(e.otherTab)
	e.tabs.Select(e.problemsTab)
	e.tables.refresh()
}

func (e *situationEditor) fill(sit *model.Situation) {
	e.orphans = false
	e.tabs.EnableItem(e.detailsTab)
	e.tabs.EnableItem(e.tablesTab)
	e.tabs.EnableItem(e.otherTab)
	e.title.SetText(sit.Title)
	e.date.SetText(string(sit.Date))
	e.from.SetText(string(sit.From))
	e.to.SetText(string(sit.To))
	e.area.SetText(sit.Area)
	e.summary.SetText(sit.Summary)
	e.used.set(sit.SourcesUsed)
	e.leftOut.set(sit.SourcesLeftOut)
	e.limitations.SetText(sit.Limitations)
	e.class.set(sit.Marking)
	e.items.set(sit.Items)
	e.analysis.SetText(sit.Analysis)
	e.form.Clear()
	e.otherForm.Clear()
	e.setEditable()
}

func (e *situationEditor) setEditable() {
	ro := e.s.ui.ReadOnly()
	kit.SetDisabled(ro, e.save, e.otherSave, e.s.add)
	kit.SetDisabled(e.before == nil, e.print, e.word)
	kit.SetDisabled(ro || e.before == nil, e.retire)
	kit.SetDisabled(ro || e.before == nil && !e.orphans, e.addProblem)
	for _, en := range []*widget.Entry{e.title, e.date, e.from, e.to, e.area, e.summary, e.limitations, e.analysis} {
		if ro {
			en.Disable()
		} else {
			en.Enable()
		}
	}
	e.used.setDisabled(ro)
	e.leftOut.setDisabled(ro)
	e.class.setDisabled(ro)
	e.items.setDisabled(ro)
	e.tables.setEditable()
	for _, pe := range e.editors {
		pe.setEditable()
	}
}

// onSave writes the situation; problems show beside their fields.
func (e *situationEditor) onSave() { e.put() }

// collect returns the situation as the editor's fields have it.
func (e *situationEditor) collect() *model.Situation {
	sit := &model.Situation{}
	if e.before != nil {
		copied := *e.before
		sit = &copied
	}
	sit.Title = strings.TrimSpace(e.title.Text)
	sit.Date = kit.DateOf(e.date, e.s.ui.Today())
	sit.From = kit.DateOf(e.from, e.s.ui.Today())
	sit.To = kit.DateOf(e.to, e.s.ui.Today())
	sit.Area = strings.TrimSpace(e.area.Text)
	sit.Summary = strings.TrimSpace(e.summary.Text)
	sit.SourcesUsed = e.used.items()
	sit.SourcesLeftOut = e.leftOut.items()
	sit.Limitations = strings.TrimSpace(e.limitations.Text)
	sit.Marking = e.class.marking()
	sit.Items = e.items.items()
	sit.Analysis = strings.TrimSpace(e.analysis.Text)
	return sit
}

// put writes the situation as typed and reports whether it could; the
// problems show beside their fields.
func (e *situationEditor) put() bool {
	u := e.s.ui
	sit := e.collect()
	e.items.clearProblems()
	e.otherForm.Clear()
	if err := u.Doc.Put(sit); err != nil {
		e.showFormProblems(err)
		return false
	}
	e.form.Clear()
	added := e.before == nil
	if added {
		u.Undo.Push(session.Tr("chainui.undo.addSituation", map[string]any{"Title": sit.Title}), session.UndoAdd(sit))
	} else {
		u.Undo.Push(session.Tr("chainui.undo.editSituation", map[string]any{"Title": sit.Title}), session.UndoEdit(e.before))
	}
	e.before = sit
	u.RefreshAll()
	if now := u.Doc.View.Situations[sit.ID]; now != nil {
		e.load(now)
		e.s.selectQuietly(now.ID)
	}
	e.refreshProblems()
	if added {
		e.tabs.Select(e.problemsTab) // what comes next: the problems it shows
	}
	u.Status.SetState(session.Tr("status.recorded"), false)
	return true
}

// onRetire asks, then retires the situation with its problems and their
// causes; Ctrl+Z brings them back.
func (e *situationEditor) onRetire() {
	sit := e.before
	if sit == nil {
		return
	}
	u := e.s.ui
	v := u.Doc.View
	var recs []model.Record
	causes := 0
	for _, p := range problemsOf(v, sit.ID) {
		recs = append(recs, p)
		for _, c := range v.CausesOf(p.ID) {
			recs = append(recs, c)
			causes++
		}
	}
	msg := session.Tr("chainui.situations.retireMessage", map[string]any{"Title": sit.Title, "Problems": len(recs) - causes, "Causes": causes})
	u.Confirm("chainui.situations.retireTitle", msg, "chainui.situations.retire", func() {
		undo, err := retireChain(u.Doc, append([]model.Record{sit}, recs...))
		if err != nil {
			u.ShowError(err)
		}
		if undo != nil {
			u.Undo.Push(session.Tr("chainui.undo.retireSituation", map[string]any{"Title": sit.Title}), undo)
		}
		e.s.list.UnselectAll()
		e.clear()
		u.RefreshAll()
	})
}

// retireChain retires recs in order and returns the undo of what it
// retired, nil when nothing was. It stops at the first refusal.
func retireChain(d *session.Document, recs []model.Record) (func(d *session.Document) error, error) {
	var done []model.Record
	var err error
	for _, r := range recs {
		if err = d.Retire(r.RecordKind(), r.RecordMeta().ID); err != nil {
			break
		}
		done = append(done, r)
	}
	if len(done) == 0 {
		return nil, err
	}
	return func(d *session.Document) error {
		for i := len(done) - 1; i >= 0; i-- {
			if err := d.Restore(done[i].RecordKind(), done[i].RecordMeta().ID); err != nil {
				return err
			}
		}
		return nil
	}, err
}

// refreshProblems renews the problems under the situation. An editor whose
// problem did not change keeps what the user has typed in it.
func (e *situationEditor) refreshProblems() {
	v := e.s.ui.Doc.View
	var list []*model.Problem
	switch {
	case e.before != nil:
		list = problemsOf(v, e.before.ID)
	case e.orphans:
		list = problemsOf(v, "")
	}
	old := map[string]*problemEditor{}
	var unsaved []*problemEditor
	for _, pe := range e.editors {
		if pe.before == nil {
			unsaved = append(unsaved, pe)
		} else {
			old[pe.before.ID] = pe
		}
	}
	e.editors = nil
	for _, p := range list {
		pe := old[p.ID]
		if pe == nil {
			pe = newProblemEditor(e)
			pe.load(p)
		} else if pe.before != p {
			pe.load(p)
		}
		pe.refreshCauses()
		e.editors = append(e.editors, pe)
	}
	e.editors = append(e.editors, unsaved...)
	e.showProblems()
}

// showProblems lays the problem editors out in the accordion, keeping
// open what was open.
func (e *situationEditor) showProblems() {
	open := map[*problemEditor]bool{}
	for _, pe := range e.editors {
		open[pe] = pe.item != nil && pe.item.Open
	}
	items := make([]*widget.AccordionItem, len(e.editors))
	for i, pe := range e.editors {
		if pe.item == nil {
			pe.item = widget.NewAccordionItem("", pe.content)
		}
		pe.item.Title = pe.itemTitle()
		pe.item.Open = open[pe]
		items[i] = pe.item
	}
	e.problems.Items = items
	e.problems.Refresh()
	e.problemsTab.Text = session.Tr("chainui.situation.tabProblems", map[string]any{"Count": len(e.editors)})
	e.tabs.Refresh()
	switch {
	case e.before == nil && !e.orphans:
		e.problemsNote.SetText(session.Tr("chainui.problems.saveFirst"))
		e.problemsNote.Show()
	case len(e.editors) == 0:
		e.problemsNote.SetText(session.Tr("chainui.problems.none"))
		e.problemsNote.Show()
	default:
		e.problemsNote.Hide()
	}
	e.setEditable()
}

// openProblem opens the problem's part of the accordion.
func (e *situationEditor) openProblem(id string) {
	e.tabs.Select(e.problemsTab)
	for i, pe := range e.editors {
		if pe.before != nil && pe.before.ID == id {
			e.problems.Open(i)
		}
	}
}

// openFirst opens the most important problem when none is open, so that
// a situation shows at once what it is about.
func (e *situationEditor) openFirst() {
	for _, it := range e.problems.Items {
		if it.Open {
			return
		}
	}
	if len(e.problems.Items) > 0 {
		e.problems.Open(0)
	}
}

// onAddProblem adds an editor for a new problem, ranked last, and opens it.
func (e *situationEditor) onAddProblem() {
	pe := newProblemEditor(e)
	pe.load(&model.Problem{SituationID: e.situationID(), Rank: len(e.editors) + 1})
	pe.before = nil
	e.editors = append(e.editors, pe)
	e.showProblems()
	e.problems.Open(len(e.editors) - 1)
	if cv := fyne.CurrentApp().Driver().CanvasForObject(e.problems); cv != nil {
		cv.Focus(pe.title)
	}
}

// problemEditor returns the editor of problem id, nil when none shows it.
func (e *situationEditor) problemEditor(id string) *problemEditor {
	for _, pe := range e.editors {
		if pe.before != nil && pe.before.ID == id {
			return pe
		}
	}
	return nil
}
