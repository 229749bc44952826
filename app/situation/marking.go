package situation

import (
	"fyne.io/fyne/v2"

	"samverka/model"

	"samverka/app/internal/kit"
)

// classPicker chooses a part's informationsklass: the shared
// kit.ClassPicker (Öppen, Intern or Ej offentlig with its sekretess
// provision), as every editor of the lägesbild, the plan and the minutes
// has it. The public version of a lägesbild leaves out all but Öppen.
type classPicker struct {
	*kit.ClassPicker
	choice  *kit.Choice
	content fyne.CanvasObject
}

func newClassPicker() *classPicker {
	k := kit.NewClassPicker()
	return &classPicker{ClassPicker: k, choice: k.Choice, content: k.Content}
}

// markingBadge is the short text a list shows beside a part that is not
// Öppen, "" for an open part.
func markingBadge(m model.Marking) string { return kit.ClassBadge(m) }

// set shows m.
func (c *classPicker) set(m model.Marking) { c.Set(m) }

// marking returns the chosen class; the provision only for Ej offentlig.
func (c *classPicker) marking() model.Marking { return c.Marking() }

func (c *classPicker) setDisabled(off bool) { c.SetDisabled(off) }
