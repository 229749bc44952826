package situation

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"samverka/model"

	"samverka/app/internal/kit"
	"samverka/app/internal/session"
)

// classPicker chooses a part's informationsklass (model.InfoClass):
// Öppen, Intern or Ej offentlig, the last with the sekretess provision it
// rests on. The public version of a lägesbild leaves out all but Öppen.
type classPicker struct {
	choice    *kit.Choice
	provision *widget.Entry
	content   fyne.CanvasObject
}

func newClassPicker() *classPicker {
	c := &classPicker{provision: widget.NewEntry()}
	c.provision.PlaceHolder = session.Tr("lawgui.class.provisionHint")
	c.choice = kit.NewChoice(func(string) { c.showProvision() })
	ids := make([]string, len(model.InfoClasses))
	labels := make([]string, len(model.InfoClasses))
	for i, cl := range model.InfoClasses {
		ids[i], labels[i] = string(cl), className(cl)
	}
	c.choice.SetOptions(ids, labels, false)
	c.choice.SetIDQuietly(string(model.ClassOpen))
	c.content = container.NewBorder(nil, nil, c.choice.Sel, nil, c.provision)
	c.provision.Hide()
	return c
}

// className names a class in the user's language.
func className(c model.InfoClass) string {
	switch c {
	case model.ClassInternal:
		return session.Tr("lawgui.class.internal")
	case model.ClassSecret:
		return session.Tr("lawgui.class.secret")
	}
	return session.Tr("lawgui.class.open")
}

// markingBadge is the short text a list shows beside a part that is not
// Öppen, "" for an open part.
func markingBadge(m model.Marking) string {
	if m.Public() {
		return ""
	}
	return className(m.Class)
}

func (c *classPicker) showProvision() {
	if model.InfoClass(c.choice.ID()) == model.ClassSecret {
		c.provision.Show()
	} else {
		c.provision.Hide()
	}
}

// set shows m.
func (c *classPicker) set(m model.Marking) {
	c.choice.SetIDQuietly(string(m.Class))
	c.provision.SetText(m.Provision)
	c.showProvision()
}

// marking returns the chosen class; the provision only for Ej offentlig.
func (c *classPicker) marking() model.Marking {
	m := model.Marking{Class: model.InfoClass(c.choice.ID())}
	if m.Class == model.ClassSecret {
		m.Provision = strings.TrimSpace(c.provision.Text)
	}
	return m
}

func (c *classPicker) setDisabled(off bool) {
	kit.DisableWhen(off, c.choice.Sel, c.provision)
}
