package overview

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// texts returns the areas' and parts' lines as shown, "name | count",
// as a person reads them.
func (c *overviewCharts) texts() []string {
	var out []string
	for _, box := range []*fyne.Container{c.areas, c.parts} {
		for _, o := range box.Objects {
			var parts []string
			chainLabels(o, &parts)
			out = append(out, strings.Join(parts, " | "))
		}
	}
	return out
}

// chainLabels appends the texts of the labels in o, in order.
func chainLabels(o fyne.CanvasObject, out *[]string) {
	switch x := o.(type) {
	case *widget.Label:
		*out = append(*out, x.Text)
	case *fyne.Container:
		for _, c := range x.Objects {
			chainLabels(c, out)
		}
	}
}
