package app

import (
	"errors"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"samverka/model"
)

// form lays out labelled inputs, each with a red line under it that says
// what is wrong with it, so that a person sees the problem where it is.
type form struct {
	fields []*field
	// general shows problems that belong to no field of the form.
	general *widget.Label
	// submit runs when Enter is pressed in a one-line field.
	submit  func()
	content *fyne.Container
}

// field is one input of a form.
type field struct {
	name    string // the record field's JSON name, as validation names it
	input   fyne.CanvasObject
	problem *widget.Label
}

func newForm() *form {
	f := &form{general: problemLabel()}
	f.content = container.New(layout.NewFormLayout())
	return f
}

func problemLabel() *widget.Label {
	l := &widget.Label{Importance: widget.DangerImportance, Wrapping: fyne.TextWrapWord, SizeName: theme.SizeNameCaptionText}
	l.Hide()
	return l
}

// add appends an input for the record field name under its label: the
// field's own name (model.FieldKey) unless labelKey says otherwise.
func (f *form) add(name, labelKey string, input fyne.CanvasObject) *field {
	fl := &field{name: name, input: input, problem: problemLabel()}
	f.fields = append(f.fields, fl)
	if e, ok := input.(*widget.Entry); ok && !e.MultiLine {
		e.OnSubmitted = func(string) {
			if f.submit != nil {
				f.submit()
			}
		}
	}
	if labelKey == "" {
		labelKey = model.FieldKey(name)
	}
	label := widget.NewLabelWithStyle(tr(labelKey), fyne.TextAlignTrailing, fyne.TextStyle{Bold: true})
	f.content.Add(label)
	f.content.Add(container.NewVBox(input, fl.problem))
	return fl
}

// view returns the form with the general problems under it.
func (f *form) view() fyne.CanvasObject {
	return container.NewVBox(f.content, f.general)
}

// clear hides every problem.
func (f *form) clear() {
	for _, fl := range f.fields {
		fl.problem.SetText("")
		fl.problem.Hide()
	}
	f.general.SetText("")
	f.general.Hide()
}

// showProblems shows err beside the fields it names and reports whether
// err was about the record's content (validation problems) rather than,
// say, the disk; other errors are left for a dialog.
func (f *form) showProblems(err error) bool {
	f.clear()
	var problems model.Problems
	var single *model.Error
	switch {
	case errors.As(err, &problems):
	case errors.As(err, &single) && single.Field != "":
		problems = model.Problems{single}
	default:
		return false
	}
	var general []string
	for _, p := range problems {
		i := slices.IndexFunc(f.fields, func(fl *field) bool { return fl.name == p.Field })
		if i < 0 {
			general = append(general, tr(model.FieldKey(p.Field))+": "+errorText(p))
			continue
		}
		fl := f.fields[i]
		if fl.problem.Text == "" {
			fl.problem.SetText(errorText(p))
			fl.problem.Show()
		}
	}
	if len(general) > 0 {
		f.general.SetText(strings.Join(general, "\n"))
		f.general.Show()
	}
	return true
}

// problem returns the text shown under the field name ("" when none).
func (f *form) problem(name string) string {
	for _, fl := range f.fields {
		if fl.name == name {
			return fl.problem.Text
		}
	}
	return ""
}

// choice is a drop-down of records: it shows names and answers ids, so
// two records with the same name stay apart.
type choice struct {
	sel      *widget.Select
	ids      []string
	none     bool // the first option means "none"
	onChange func(id string)
	// noneLabel names the "none" option; default "—".
	noneLabel string
	// unlisted is a chosen id that is not among the options (a contact
	// from another part, a removed method): it is kept, never silently
	// dropped when the record is saved, until the user chooses another.
	unlisted    string
	placeholder string
}

func newChoice(onChange func(id string)) *choice {
	c := &choice{onChange: onChange}
	c.sel = widget.NewSelect(nil, func(string) {
		if c.sel.SelectedIndex() >= 0 {
			c.setUnlisted("")
		}
		if c.onChange != nil {
			c.onChange(c.id())
		}
	})
	c.sel.PlaceHolder = tr("choice.placeholder")
	return c
}

// setOptions replaces the options; the selected id stays when it is still
// there. With none, the first option is "—" for no choice.
func (c *choice) setOptions(ids, labels []string, none bool) {
	keep := c.id()
	c.none = none
	c.ids = ids
	opts := labels
	if none {
		c.ids = append([]string{""}, ids...)
		label := c.noneLabel
		if label == "" {
			label = tr("choice.none")
		}
		opts = append([]string{label}, labels...)
	}
	c.sel.Options = opts
	c.setIDQuietly(keep)
	c.sel.Refresh()
}

// id returns the chosen record's id, "" when none.
func (c *choice) id() string {
	i := c.sel.SelectedIndex()
	if i < 0 || i >= len(c.ids) {
		return c.unlisted
	}
	return c.ids[i]
}

// setUnlisted keeps id although no option shows it, and says so.
func (c *choice) setUnlisted(id string) {
	if c.placeholder == "" {
		c.placeholder = c.sel.PlaceHolder
	}
	c.unlisted = id
	c.sel.PlaceHolder = c.placeholder
	if id != "" {
		c.sel.PlaceHolder = tr("choice.unlisted")
	}
	c.sel.Refresh()
}

// setID chooses id and tells onChange.
func (c *choice) setID(id string) {
	i := slices.Index(c.ids, id)
	if i < 0 {
		c.sel.ClearSelected()
		c.setUnlisted(id)
		return
	}
	c.setUnlisted("")
	c.sel.SetSelectedIndex(i)
}

// setIDQuietly chooses id without telling onChange.
func (c *choice) setIDQuietly(id string) {
	fn := c.onChange
	c.onChange = nil
	c.setID(id)
	c.onChange = fn
}

// newDateEntry returns an entry for a YYYY-MM-DD date.
func newDateEntry() *widget.Entry {
	e := widget.NewEntry()
	e.PlaceHolder = tr("date.placeholder")
	return e
}

// screenHeader is a screen's title with its buttons at the right.
func screenHeader(titleKey string, buttons ...fyne.CanvasObject) fyne.CanvasObject {
	title := widget.NewLabelWithStyle(tr(titleKey), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	title.SizeName = theme.SizeNameHeadingText
	return container.NewBorder(nil, nil, title, container.NewHBox(buttons...))
}

// sectionTitle is a bold heading inside a screen.
func sectionTitle(key string) *widget.Label {
	l := widget.NewLabelWithStyle(tr(key), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	l.SizeName = theme.SizeNameSubHeadingText
	return l
}
