package situation

import (
	"cmp"
	"slices"
	"strconv"
	"strings"

	"github.com/samber/lo"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"samverka/model"

	"samverka/app/internal/kit"
	"samverka/app/internal/session"
)

// Situations is the Lägesbild screen: the council's pictures of its area,
// the newest first, beside an editor of the chosen one with the problems
// it finds and their numbered causes.
type Situations struct {
	// empty says what to do first while the list has nothing.
	empty *kit.EmptyNote
	ui    *session.Session

	list  *widget.List
	shown []*model.Situation
	add   *widget.Button

	editor *situationEditor

	content fyne.CanvasObject
}

func NewSituations(u *session.Session) *Situations {
	s := &Situations{ui: u}
	s.add = &widget.Button{Text: session.Tr("chainui.situations.add"), Icon: theme.ContentAddIcon(), OnTapped: s.onAdd}
	s.list = widget.NewList(func() int { return len(s.shown) }, s.createRow, s.updateRow)
	s.list.OnSelected = s.onSelect
	s.editor = newSituationEditor(s)
	u.TrackAs("situation", situationUnsaved{s.editor})
	s.empty = kit.NewEmptyNote(s.list, "empty.situations", s.add)
	split := container.NewHSplit(s.empty.Content, s.editor.content)
	split.Offset = 0.28
	// The documents of the lägesbild shown are made from the screen's
	// header, where there is room for them.
	e := s.editor
	s.content = container.NewBorder(container.NewPadded(kit.ScreenHeader("nav.situations", e.public, e.print, e.word, s.add)), nil, nil, nil, split)
	s.Refresh()
	if len(s.shown) > 0 {
		s.list.Select(0)
	} else {
		s.editor.clear()
	}
	return s
}

func (s *Situations) createRow() fyne.CanvasObject {
	title := &widget.Label{TextStyle: fyne.TextStyle{Bold: true}, Truncation: fyne.TextTruncateEllipsis}
	detail := &widget.Label{SizeName: theme.SizeNameCaptionText, Truncation: fyne.TextTruncateEllipsis}
	return container.NewVBox(title, detail)
}

func (s *Situations) updateRow(id widget.ListItemID, o fyne.CanvasObject) {
	if id >= len(s.shown) {
		return
	}
	sit := s.shown[id]
	box := o.(*fyne.Container)
	box.Objects[0].(*widget.Label).SetText(sit.Title)
	box.Objects[1].(*widget.Label).SetText(situationLine(sit, len(problemsOf(s.ui.Doc.View, sit.ID))))
}

// situationLine is a situation's date and number of problems.
func situationLine(sit *model.Situation, problems int) string {
	return string(sit.Date) + " · " + session.Tr("chainui.situation.problemCount", map[string]any{"Count": problems})
}

// Refresh renews the list and the editor after a change of data.
func (s *Situations) Refresh() {
	v := s.ui.Doc.View
	s.shown = situationsSorted(v)
	s.list.Refresh()
	s.empty.Update(len(s.shown))
	e := s.editor
	if e.before != nil {
		if now := v.Situations[e.before.ID]; now == nil {
			s.list.UnselectAll()
			e.clear() // the situation shown was retired
		} else {
			if now != e.before {
				e.load(now)
			}
			s.selectQuietly(now.ID)
		}
	}
	e.refreshProblems()
	e.setEditable()
}

// selectQuietly marks the situation id in the list without loading it anew.
func (s *Situations) selectQuietly(id string) {
	i := slices.IndexFunc(s.shown, func(x *model.Situation) bool { return x.ID == id })
	if i < 0 {
		return
	}
	fn := s.list.OnSelected
	s.list.OnSelected = nil
	s.list.Select(i)
	s.list.OnSelected = fn
}

// onSelect opens the chosen situation in the editor.
func (s *Situations) onSelect(id widget.ListItemID) {
	if id < len(s.shown) {
		s.editor.load(s.shown[id])
		s.editor.refreshProblems()
		s.editor.openFirst()
	}
}

// onAdd empties the editor for a new situation.
func (s *Situations) onAdd() {
	s.list.UnselectAll()
	s.editor.clear()
	if cv := fyne.CurrentApp().Driver().CanvasForObject(s.editor.title); cv != nil {
		cv.Focus(s.editor.title)
	}
}

// openProblem shows the problem's situation with the problem open, for a
// warning that names the problem or one of its causes.
func (s *Situations) openProblem(problemID string) {
	p := s.ui.Doc.View.Problems[problemID]
	if p == nil {
		return
	}
	if sit := s.ui.Doc.View.Situations[p.SituationID]; sit != nil {
		s.selectQuietly(sit.ID)
		s.editor.load(sit)
	} else {
		s.list.UnselectAll()
		s.editor.showOrphans()
	}
	s.editor.refreshProblems()
	s.editor.openProblem(problemID)
}

// situationsSorted returns the situations, the newest first.
func situationsSorted(v *session.View) []*model.Situation {
	list := lo.Values(v.Situations)
	slices.SortFunc(list, func(a, b *model.Situation) int {
		return cmp.Or(cmp.Compare(b.Date, a.Date), cmp.Compare(a.Title, b.Title), cmp.Compare(a.ID, b.ID))
	})
	return list
}

// problemsOf returns the problems of a situation by rank (unranked last),
// then title. For situationID "" it returns the problems of no live
// situation.
func problemsOf(v *session.View, situationID string) []*model.Problem {
	var list []*model.Problem
	for _, p := range v.Problems {
		if p.SituationID == situationID || situationID == "" && v.Situations[p.SituationID] == nil {
			list = append(list, p)
		}
	}
	rank := func(p *model.Problem) int {
		if p.Rank <= 0 {
			return int(^uint(0) >> 1)
		}
		return p.Rank
	}
	slices.SortFunc(list, func(a, b *model.Problem) int {
		return cmp.Or(cmp.Compare(rank(a), rank(b)), cmp.Compare(a.Title, b.Title), cmp.Compare(a.ID, b.ID))
	})
	return list
}

// sourceList edits a list of short texts, one entry each: the sources a
// situation rests on, or those it leaves out.
type sourceList struct {
	placeholder string
	rows        []*widget.Entry
	removes     []*widget.Button
	box         *fyne.Container
	add         *widget.Button
	disabled    bool
	content     fyne.CanvasObject
}

func newSourceList(placeholderKey, addKey string) *sourceList {
	l := &sourceList{placeholder: session.Tr(placeholderKey), box: container.NewVBox()}
	l.add = &widget.Button{Text: session.Tr(addKey), Icon: theme.ContentAddIcon(), Importance: widget.LowImportance, OnTapped: l.onAdd}
	l.content = container.NewVBox(l.box, container.NewHBox(l.add))
	return l
}

// set shows items, one entry each.
func (l *sourceList) set(items []string) {
	l.rows, l.removes = nil, nil
	l.box.RemoveAll()
	for _, it := range items {
		l.addRow(it)
	}
}

func (l *sourceList) addRow(text string) *widget.Entry {
	e := widget.NewEntry()
	e.PlaceHolder = l.placeholder
	e.SetText(text)
	var remove *widget.Button
	remove = &widget.Button{Icon: theme.DeleteIcon(), Importance: widget.LowImportance, OnTapped: func() { l.onRemove(remove) }}
	l.rows, l.removes = append(l.rows, e), append(l.removes, remove)
	if l.disabled {
		e.Disable()
		remove.Disable()
	}
	l.box.Add(container.NewBorder(nil, nil, nil, remove, e))
	return e
}

// onAdd adds an empty entry and puts the cursor in it.
func (l *sourceList) onAdd() {
	e := l.addRow("")
	if cv := fyne.CurrentApp().Driver().CanvasForObject(l.box); cv != nil {
		cv.Focus(e)
	}
}

func (l *sourceList) onRemove(b *widget.Button) {
	i := slices.Index(l.removes, b)
	if i < 0 {
		return
	}
	items := l.texts()
	l.set(append(items[:i], items[i+1:]...))
}

// texts returns every entry's text as typed.
func (l *sourceList) texts() []string {
	out := make([]string, len(l.rows))
	for i, e := range l.rows {
		out[i] = e.Text
	}
	return out
}

// items returns the entries' texts trimmed, the empty ones left out.
func (l *sourceList) items() []string {
	var out []string
	for _, e := range l.rows {
		if t := strings.TrimSpace(e.Text); t != "" {
			out = append(out, t)
		}
	}
	return out
}

func (l *sourceList) setDisabled(off bool) {
	l.disabled = off
	kit.SetDisabled(off, l.add)
	kit.SetDisabled(off, l.removes...)
	for _, e := range l.rows {
		if off {
			e.Disable()
		} else {
			e.Enable()
		}
	}
}

// lineProblems moves the problems of a list's entries ("sourcesUsed[1]")
// to the list's own field, saying which line they are about, so that the
// form shows them under the list.
func lineProblems(err error, lists ...string) error {
	problems, ok := model.ProblemsIn(err)
	if !ok {
		return err
	}
	out := make(model.Problems, len(problems))
	for i, p := range problems {
		c := *p
		for _, name := range lists {
			rest, ok := strings.CutPrefix(c.Field, name+"[")
			if !ok {
				continue
			}
			n, _, _ := strings.Cut(rest, "]")
			args := map[string]any{}
			for k, v := range c.Args {
				args[k] = v
			}
			line, _ := strconv.Atoi(n)
			args["Line"] = line + 1
			args["Problem"] = session.Tr(c.Key(), session.FormatArgs(c.Args))
			c = model.Error{Code: "chainui.line", Field: name, Args: args}
		}
		out[i] = &c
	}
	return out
}

// Content is the screen as the main window shows it.
func (s *Situations) Content() fyne.CanvasObject { return s.content }

// OpenRecord shows a problem, or the problem of a cause, in its editor.
func (s *Situations) OpenRecord(kind model.Kind, id string) {
	if kind == model.KindCause {
		c := s.ui.Doc.View.Causes[id]
		if c == nil {
			return
		}
		id = c.ProblemID
	}
	s.openProblem(id)
}
