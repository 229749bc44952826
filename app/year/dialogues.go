package year

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"samverka/model"

	"samverka/app/internal/kit"
	"samverka/app/internal/session"
)

// dialogueEditor edits one dialogue beside the list: when and where, who
// took part (organisations and a count, never residents' names), and its
// findings, each at a place and linked to a problem of the lägesbild or a
// löfte.
type dialogueEditor struct {
	s *Screen
	d *model.Dialogue // the stored dialogue, nil for a new one

	Form  *kit.Form
	Title *widget.Entry
	Kind  *widget.Select
	Date  *widget.Entry
	Place *widget.Entry
	// Parts are the council's aktörer to tick, in name order (partIDs).
	Parts         []*widget.Check
	partBox       *fyne.Container
	Organisations *widget.Entry
	People        *widget.Entry
	Summary       *widget.Entry
	Findings      []*findingRow
	findingBox    *fyne.Container
	AddFinding    *widget.Button
	Save          *widget.Button
	Remove        *widget.Button
	Problems      *widget.Label // the findings' problems, by row

	partIDs       []string
	findingsTitle *widget.Label
	scroll        *container.Scroll
	empty         fyne.CanvasObject
	form          fyne.CanvasObject
	content       *fyne.Container
}

// findingRow is one finding being edited.
type findingRow struct {
	id      string
	Text    *widget.Entry
	Place   *widget.Entry
	Problem *kit.Choice
	Promise *kit.Choice
	Remove  *widget.Button
	box     fyne.CanvasObject
}

func newDialogueEditor(s *Screen) *dialogueEditor {
	e := &dialogueEditor{s: s, Form: kit.NewForm()}
	e.Title = widget.NewEntry()
	var kinds []string
	for _, k := range model.DialogueKinds {
		kinds = append(kinds, session.Tr("year.dialogueKind."+string(k)))
	}
	e.Kind = widget.NewSelect(kinds, nil)
	e.Date = kit.NewDateEntry()
	e.Place = widget.NewEntry()
	e.partBox = container.NewGridWithColumns(2)
	e.Organisations = widget.NewEntry()
	e.Organisations.PlaceHolder = session.Tr("year.dialogue.organisationsHint")
	e.People = widget.NewEntry()
	e.Summary = widget.NewMultiLineEntry()
	e.Summary.SetMinRowsVisible(2)
	e.Form.Add("title", "", e.Title)
	e.Form.Add("kind", "", e.Kind)
	e.Form.Add("date", "", e.Date)
	e.Form.Add("place", "", e.Place)
	e.Form.Add("partIds", "", e.partBox)
	e.Form.Add("organisations", "", e.Organisations)
	e.Form.Add("people", "", e.People)
	e.Form.Add("summary", "", e.Summary)
	e.findingBox = container.NewVBox()
	e.AddFinding = &widget.Button{Text: session.Tr("year.finding.add"), Icon: theme.ContentAddIcon(), OnTapped: func() { e.addFinding(model.Finding{}) }}
	e.Save = &widget.Button{Text: session.Tr("button.save"), Importance: widget.HighImportance, OnTapped: e.onSave}
	e.Remove = &widget.Button{Text: session.Tr("year.dialogue.remove"), Importance: widget.DangerImportance, OnTapped: e.onRemove}
	e.Problems = kit.ProblemLabel()
	e.findingsTitle = kit.SectionTitle("year.findings")
	e.scroll = container.NewVScroll(container.NewPadded(container.NewVBox(
		e.Form.View(),
		e.findingsTitle,
		widget.NewLabel(session.Tr("year.findings.hint")),
		e.findingBox, e.Problems,
		container.NewHBox(e.AddFinding),
		widget.NewSeparator(),
		container.NewHBox(e.Remove, e.Save))))
	e.form = e.scroll
	e.empty = container.NewCenter(widget.NewLabel(session.Tr("year.dialogue.choose")))
	e.content = container.NewStack(e.empty)
	return e
}

// refresh keeps the dialogue on screen when it is still there.
func (e *dialogueEditor) refresh() {
	if e.d == nil {
		return
	}
	for _, d := range e.s.Dialogues {
		if d.ID == e.d.ID {
			e.load(d)
			return
		}
	}
	e.content.Objects = []fyne.CanvasObject{e.empty}
	e.content.Refresh()
	e.d = nil
}

// load shows d (a new dialogue when its id is empty) in the form.
func (e *dialogueEditor) load(d *model.Dialogue) {
	e.d = d
	e.Form.Clear()
	e.Problems.Hide()
	e.Title.SetText(d.Title)
	e.Kind.SetSelectedIndex(slices.Index(model.DialogueKinds, d.Kind))
	e.Date.SetText(string(d.Date))
	e.Place.SetText(d.Place)
	e.partIDs, e.Parts = nil, nil
	e.partBox.RemoveAll()
	for _, p := range e.s.ui.Doc.View.PartsByName() {
		c := widget.NewCheck(shorten(p.Name, 28), nil)
		c.Checked = slices.Contains(d.PartIDs, p.ID)
		e.partIDs = append(e.partIDs, p.ID)
		e.Parts = append(e.Parts, c)
		e.partBox.Add(c)
	}
	e.Organisations.SetText(strings.Join(d.Organisations, ", "))
	e.People.SetText("")
	if d.People > 0 {
		e.People.SetText(strconv.Itoa(d.People))
	}
	e.Summary.SetText(d.Summary)
	e.Findings = nil
	e.findingBox.RemoveAll()
	for _, f := range d.Findings {
		e.addFinding(f)
	}
	ro := e.s.ui.ReadOnly()
	kit.SetDisabled(ro, e.Save, e.AddFinding)
	kit.SetDisabled(ro || d.ID == "", e.Remove)
	e.content.Objects = []fyne.CanvasObject{e.form}
	if ro {
		kit.DisableInputs(e.content)
	}
	e.content.Refresh()
}

// addFinding adds a row for f.
func (e *dialogueEditor) addFinding(f model.Finding) {
	r := &findingRow{id: f.ID}
	if r.id == "" {
		r.id = model.NewID()
	}
	r.Text = widget.NewMultiLineEntry()
	r.Text.Wrapping = fyne.TextWrapWord
	r.Text.SetMinRowsVisible(2)
	r.Text.PlaceHolder = session.Tr("year.finding.textHint")
	r.Text.SetText(f.Text)
	r.Place = widget.NewEntry()
	r.Place.PlaceHolder = session.Tr("year.finding.placeHint")
	r.Place.SetText(f.Place)
	r.Problem = kit.NewChoice(nil)
	r.Problem.NoneLabel = session.Tr("year.finding.noProblem")
	var ids, labels []string
	for _, p := range e.s.ui.Doc.View.ProblemsSorted() {
		ids, labels = append(ids, p.ID), append(labels, shorten(p.Title, 70))
	}
	r.Problem.SetOptions(ids, labels, true)
	r.Problem.SetIDQuietly(f.ProblemID)
	r.Promise = kit.NewChoice(nil)
	r.Promise.NoneLabel = session.Tr("year.finding.noPromise")
	ids, labels = e.s.promiseOptions()
	r.Promise.SetOptions(ids, labels, true)
	r.Promise.SetIDQuietly(f.PromiseID)
	r.Remove = &widget.Button{Icon: theme.DeleteIcon(), Importance: widget.LowImportance, OnTapped: func() {
		e.Findings = slices.DeleteFunc(e.Findings, func(x *findingRow) bool { return x == r })
		e.findingBox.Remove(r.box)
	}}
	n := len(e.Findings) + 1
	head := container.NewBorder(nil, nil, widget.NewLabelWithStyle(session.Tr("year.finding.number", map[string]any{"Number": n}),
		fyne.TextAlignLeading, fyne.TextStyle{Bold: true}), r.Remove)
	links := container.NewVBox(r.Problem.Sel, r.Promise.Sel)
	r.box = widget.NewCard("", "", container.NewVBox(head, r.Text, r.Place, links))
	e.Findings = append(e.Findings, r)
	e.findingBox.Add(r.box)
}

// promiseOptions lists the löften a finding can name: every promise with
// an id of the live agreements, newest agreement first.
func (s *Screen) promiseOptions() (ids, labels []string) {
	agreements := listOf[*model.Agreement](s.ui, model.KindAgreement)
	slices.SortStableFunc(agreements, func(a, b *model.Agreement) int { return strings.Compare(string(b.From), string(a.From)) })
	for _, a := range agreements {
		for i, p := range a.Promises {
			if p.ID == "" || slices.Contains(ids, p.ID) {
				continue
			}
			ids = append(ids, p.ID)
			labels = append(labels, shorten(fmt.Sprintf("%d. %s", i+1, p.Text), 70))
		}
	}
	return ids, labels
}

// record returns the dialogue as the form has it.
func (e *dialogueEditor) record() (*model.Dialogue, error) {
	d := &model.Dialogue{}
	if e.d != nil {
		c := *e.d
		d = &c
	}
	d.Title = strings.TrimSpace(e.Title.Text)
	d.Kind = ""
	if i := e.Kind.SelectedIndex(); i >= 0 {
		d.Kind = model.DialogueKinds[i]
	}
	d.Date = kit.DateOf(e.Date, e.s.ui.Today())
	d.Place = strings.TrimSpace(e.Place.Text)
	d.PartIDs = nil
	for i, c := range e.Parts {
		if c.Checked {
			d.PartIDs = append(d.PartIDs, e.partIDs[i])
		}
	}
	d.Organisations = nil
	for _, o := range strings.Split(e.Organisations.Text, ",") {
		if o = strings.TrimSpace(o); o != "" {
			d.Organisations = append(d.Organisations, o)
		}
	}
	d.People = 0
	if t := strings.TrimSpace(e.People.Text); t != "" {
		n, err := strconv.Atoi(t)
		if err != nil {
			return nil, model.FieldErr("people", model.CodeRange, "Min", 0)
		}
		d.People = n
	}
	d.Summary = e.Summary.Text
	d.Findings = nil
	for _, r := range e.Findings {
		d.Findings = append(d.Findings, model.Finding{ID: r.id, Text: strings.TrimSpace(r.Text.Text), Place: strings.TrimSpace(r.Place.Text),
			ProblemID: r.Problem.ID(), PromiseID: r.Promise.ID()})
	}
	return d, nil
}

func (e *dialogueEditor) onSave() {
	d, err := e.record()
	if err != nil {
		e.Form.ShowProblems(err)
		return
	}
	undo := session.UndoAdd(d)
	what := session.Tr("year.undo.dialogueAdd", map[string]any{"Title": d.Title})
	if e.d != nil && e.d.ID != "" {
		undo = session.UndoEdit(e.d)
		what = session.Tr("year.undo.dialogueEdit", map[string]any{"Title": d.Title})
	}
	e.Problems.Hide()
	if e.s.ui.Save(e, what, undo, d) {
		e.d = d
		e.s.DialogueForm.refresh()
	}
}

// ShowProblems shows the dialogue's problems beside its fields and the
// findings' problems under the findings, naming the row.
func (e *dialogueEditor) ShowProblems(err error) bool {
	if !e.Form.ShowProblems(err) {
		return false
	}
	problems, ok := model.ProblemsIn(err)
	if !ok {
		return true
	}
	var lines []string
	for _, p := range problems {
		if strings.HasPrefix(p.Field, "findings[") {
			lines = append(lines, session.Tr("year.finding.problem", map[string]any{
				"Number": model.FieldRow(p.Field), "Field": session.Tr(model.FieldKey(p.Field)), "Problem": session.ErrorText(p)}))
		}
	}
	e.Problems.SetText(strings.Join(lines, "\n"))
	kit.ShowWhen(len(lines) > 0, e.Problems)
	return true
}

// Clear hides every problem.
func (e *dialogueEditor) Clear() {
	e.Form.Clear()
	e.Problems.Hide()
}

func (e *dialogueEditor) onRemove() {
	if e.d == nil || e.d.ID == "" {
		return
	}
	e.s.ui.Retire(model.KindDialogue, e.d.ID, session.Tr("year.undo.dialogueRemove", map[string]any{"Title": e.d.Title}))
}

// onAddDialogue starts a new dialogue today: a trygghetsvandring, the
// kind most often recorded.
func (s *Screen) onAddDialogue() {
	s.Tabs.Select(s.dialoguesTab)
	s.DialogueList.UnselectAll()
	s.DialogueForm.load(&model.Dialogue{Kind: model.DialogueWalk, Date: s.ui.Today()})
	s.ui.Win.Canvas().Focus(s.DialogueForm.Title)
}

// shorten cuts s to n characters with an ellipsis, so that a drop-down of
// long texts does not widen the screen.
func shorten(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return strings.TrimSpace(string(r[:n-1])) + "…"
}

// showFindings scrolls the form to its findings.
func (e *dialogueEditor) showFindings() {
	e.scroll.Offset = fyne.NewPos(0, e.findingsTitle.Position().Y)
	e.scroll.Refresh()
}
