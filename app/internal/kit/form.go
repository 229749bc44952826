package kit

import (
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"samverka/model"

	"samverka/app/internal/session"
)

// Form lays out labelled inputs, each with a red line under it that says
// what is wrong with it, so that a person sees the problem where it is.
// A problem stays until its field is changed; its line then empties but
// keeps its height until the form is cleared, so that nothing under it
// (the buttons) moves while the person corrects the form.
type Form struct {
	fields []*field
	// General shows problems that belong to no field of the form.
	General *widget.Label
	// Count says how many problems the last save found.
	Count *widget.Label
	// Submit runs when Enter is pressed in a one-line field.
	Submit  func()
	content *fyne.Container
}

// field is one input of a form.
type field struct {
	name    string // the record field's JSON name, as validation names it
	input   fyne.CanvasObject
	problem *widget.Label
	// watching is set while a change of the input is awaited to clear
	// the problem.
	watching bool
}

func NewForm() *Form {
	f := &Form{General: ProblemLabel(), Count: ProblemLabel()}
	f.Count.TextStyle.Bold = true
	f.content = container.New(layout.NewFormLayout())
	return f
}

func ProblemLabel() *widget.Label {
	l := &widget.Label{Importance: widget.DangerImportance, Wrapping: fyne.TextWrapWord, SizeName: theme.SizeNameCaptionText}
	l.Hide()
	return l
}

// Add appends an input for the record field name under its label: the
// field's own name (model.FieldKey) unless labelKey says otherwise.
func (f *Form) Add(name, labelKey string, input fyne.CanvasObject) *field {
	fl := &field{name: name, input: input, problem: ProblemLabel()}
	f.fields = append(f.fields, fl)
	if e, ok := input.(*widget.Entry); ok && !e.MultiLine {
		e.OnSubmitted = func(string) {
			if f.Submit != nil {
				f.Submit()
			}
		}
	}
	if labelKey == "" {
		labelKey = model.FieldKey(name)
	}
	label := widget.NewLabelWithStyle(session.Tr(labelKey), fyne.TextAlignTrailing, fyne.TextStyle{Bold: true})
	f.content.Add(label)
	f.content.Add(container.NewVBox(input, fl.problem))
	return fl
}

// View returns the form with the count of problems and the general
// problems under it.
func (f *Form) View() fyne.CanvasObject {
	return container.NewVBox(f.content, f.Count, f.General)
}

// Clear hides every problem.
func (f *Form) Clear() {
	for _, fl := range f.fields {
		fl.problem.SetText("")
		fl.problem.Hide()
	}
	for _, l := range []*widget.Label{f.General, f.Count} {
		l.SetText("")
		l.Hide()
	}
}

// ShowProblems shows err beside the fields it names, says how many
// problems there are, brings the first into view and reports whether err
// was about the record's content (validation problems) rather than, say,
// the disk; other errors are left for a dialog.
func (f *Form) ShowProblems(err error) bool {
	problems, ok := model.ProblemsIn(err)
	if !ok {
		f.Clear()
		return false
	}
	// Lines shown before keep their height; only their text goes.
	for _, fl := range f.fields {
		fl.problem.SetText("")
	}
	var general []string
	var first *field
	count := 0
	for _, p := range problems {
		i := slices.IndexFunc(f.fields, func(fl *field) bool { return fl.name == p.Field })
		if i < 0 {
			general = append(general, session.Tr(model.FieldKey(p.Field))+": "+session.ErrorText(p))
			count++
			continue
		}
		fl := f.fields[i]
		if fl.problem.Text == "" {
			fl.problem.SetText(session.ErrorText(p))
			fl.problem.Show()
			f.watch(fl)
			count++
			if first == nil || i < slices.Index(f.fields, first) {
				first = fl
			}
		}
	}
	f.General.SetText(strings.Join(general, "\n"))
	f.General.Hidden = len(general) == 0
	f.General.Refresh()
	f.Count.SetText(ProblemCount(count))
	f.Count.Hidden = count == 0
	f.Count.Refresh()
	if first != nil {
		BringIntoView(first.input)
	}
	return true
}

// ProblemCount says how many problems a form has ("2 fel att rätta").
func ProblemCount(n int) string {
	if n == 1 {
		return session.Tr("form.problems.one")
	}
	return session.Tr("form.problems.other", map[string]any{"Count": n})
}

// watch empties fl's problem line as soon as its input changes: the
// person is correcting it. The line keeps its height.
func (f *Form) watch(fl *field) {
	if fl.watching {
		return
	}
	done := func() {
		fl.watching = false
		fl.problem.SetText("")
		n := 0
		for _, other := range f.fields {
			if other.problem.Text != "" {
				n++
			}
		}
		f.Count.SetText(ProblemCount(n))
		f.Count.Hidden = n == 0
		f.Count.Refresh()
	}
	switch in := fl.input.(type) {
	case *widget.Entry:
		onNextChange(&in.OnChanged, done)
	case *widget.Select:
		onNextChange(&in.OnChanged, done)
	case *widget.Check:
		onNextChange(&in.OnChanged, done)
	default:
		return
	}
	fl.watching = true
}

// onNextChange calls done at the next change of an input, once, before
// the input's own handler, which it then gives back.
func onNextChange[T any](handler *func(T), done func()) {
	prev := *handler
	*handler = func(v T) {
		*handler = prev
		done()
		if prev != nil {
			prev(v)
		}
	}
}

// Problem returns the text shown under the field name ("" when none).
func (f *Form) Problem(name string) string {
	for _, fl := range f.fields {
		if fl.name == name {
			return fl.problem.Text
		}
	}
	return ""
}

// Choice is a drop-down of records: it shows names and answers ids, so
// two records with the same name stay apart.
type Choice struct {
	Sel      *widget.Select
	ids      []string
	none     bool // the first option means "none"
	onChange func(id string)
	// NoneLabel names the "none" option; default "—".
	NoneLabel string
	// unlisted is a chosen id that is not among the options (a contact
	// from another part, a removed method): it is kept, never silently
	// dropped when the record is saved, until the user chooses another.
	unlisted    string
	placeholder string
}

func NewChoice(onChange func(id string)) *Choice {
	c := &Choice{onChange: onChange}
	c.Sel = widget.NewSelect(nil, func(string) {
		if c.Sel.SelectedIndex() >= 0 {
			c.setUnlisted("")
		}
		if c.onChange != nil {
			c.onChange(c.ID())
		}
	})
	c.Sel.PlaceHolder = session.Tr("choice.placeholder")
	return c
}

// SetOptions replaces the options; the selected id stays when it is still
// there. With none, the first option is "—" for no choice.
func (c *Choice) SetOptions(ids, labels []string, none bool) {
	keep := c.ID()
	c.none = none
	c.ids = ids
	opts := labels
	if none {
		c.ids = append([]string{""}, ids...)
		label := c.NoneLabel
		if label == "" {
			label = session.Tr("choice.none")
		}
		opts = append([]string{label}, labels...)
	}
	c.Sel.Options = opts
	c.SetIDQuietly(keep)
	c.Sel.Refresh()
}

// ID returns the chosen record's id, "" when none.
func (c *Choice) ID() string {
	i := c.Sel.SelectedIndex()
	if i < 0 || i >= len(c.ids) {
		return c.unlisted
	}
	return c.ids[i]
}

// setUnlisted keeps id although no option shows it, and says so.
func (c *Choice) setUnlisted(id string) {
	if c.placeholder == "" {
		c.placeholder = c.Sel.PlaceHolder
	}
	c.unlisted = id
	c.Sel.PlaceHolder = c.placeholder
	if id != "" {
		c.Sel.PlaceHolder = session.Tr("choice.unlisted")
	}
	c.Sel.Refresh()
}

// SetID chooses id and tells onChange.
func (c *Choice) SetID(id string) {
	i := slices.Index(c.ids, id)
	if i < 0 {
		c.Sel.ClearSelected()
		c.setUnlisted(id)
		return
	}
	c.setUnlisted("")
	c.Sel.SetSelectedIndex(i)
}

// SetIDQuietly chooses id without telling onChange.
func (c *Choice) SetIDQuietly(id string) {
	fn := c.onChange
	c.onChange = nil
	c.SetID(id)
	c.onChange = fn
}

// ScreenHeader is a screen's title with its buttons at the right.
func ScreenHeader(titleKey string, buttons ...fyne.CanvasObject) fyne.CanvasObject {
	title := widget.NewLabelWithStyle(session.Tr(titleKey), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	title.SizeName = theme.SizeNameHeadingText
	return container.NewBorder(nil, nil, title, container.NewHBox(buttons...))
}

// SectionTitle is a bold heading inside a screen.
func SectionTitle(key string) *widget.Label {
	l := widget.NewLabelWithStyle(session.Tr(key), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	l.SizeName = theme.SizeNameSubHeadingText
	return l
}
