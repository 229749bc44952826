package kit

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"samverka/model"

	"samverka/app/internal/session"
)

// ClassPicker chooses a part's informationsklass (model.InfoClass): Öppen,
// Intern or Ej offentlig, the last with the sekretess provision it rests
// on, typed beside it ("OSL 18 kap. 1 §"). Every editor of a part of the
// lägesbild, the plan or the minutes uses it, so that the classes look and
// behave alike; a public version leaves out all but Öppen.
type ClassPicker struct {
	Choice    *Choice
	Provision *widget.Entry
	// Content is the picker as laid out: the choice, and the provision
	// beside it when Ej offentlig is chosen.
	Content fyne.CanvasObject
	// OnChanged, when set, runs when the user changes the class or the
	// provision.
	OnChanged func()
}

// NewClassPicker returns a picker showing Öppen.
func NewClassPicker() *ClassPicker {
	c := &ClassPicker{Provision: widget.NewEntry()}
	c.Provision.PlaceHolder = session.Tr("class.provisionHint")
	c.Provision.OnChanged = func(string) { c.changed() }
	c.Choice = NewChoice(func(string) {
		c.showProvision()
		c.changed()
	})
	ids := make([]string, len(model.InfoClasses))
	labels := make([]string, len(model.InfoClasses))
	for i, cl := range model.InfoClasses {
		ids[i], labels[i] = string(cl), ClassName(cl)
	}
	c.Choice.SetOptions(ids, labels, false)
	c.Choice.SetIDQuietly(string(model.ClassOpen))
	c.Content = container.NewBorder(nil, nil, c.Choice.Sel, nil, c.Provision)
	c.Provision.Hide()
	return c
}

// ClassName names a class in the user's language: Öppen, Intern, Ej
// offentlig.
func ClassName(c model.InfoClass) string {
	switch c {
	case model.ClassInternal:
		return session.Tr("class.internal")
	case model.ClassSecret:
		return session.Tr("class.secret")
	}
	return session.Tr("class.open")
}

// ClassBadge is the short text a list shows beside a part that is not
// Öppen, "" for an open part.
func ClassBadge(m model.Marking) string {
	if m.Public() {
		return ""
	}
	return ClassName(m.Class)
}

func (c *ClassPicker) changed() {
	if c.OnChanged != nil {
		c.OnChanged()
	}
}

func (c *ClassPicker) showProvision() {
	ShowWhen(model.InfoClass(c.Choice.ID()) == model.ClassSecret, c.Provision)
}

// Set shows m without calling OnChanged.
func (c *ClassPicker) Set(m model.Marking) {
	on := c.OnChanged
	c.OnChanged = nil
	c.Choice.SetIDQuietly(string(m.Class))
	c.Provision.SetText(m.Provision)
	c.showProvision()
	c.OnChanged = on
}

// Marking returns the chosen class; the provision only for Ej offentlig,
// so that switching away from it leaves no provision behind.
func (c *ClassPicker) Marking() model.Marking {
	m := model.Marking{Class: model.InfoClass(c.Choice.ID())}
	if m.Class == model.ClassSecret {
		m.Provision = strings.TrimSpace(c.Provision.Text)
	}
	return m
}

// SetDisabled disables the picker (read-only records).
func (c *ClassPicker) SetDisabled(off bool) {
	DisableWhen(off, c.Choice.Sel, c.Provision)
}
