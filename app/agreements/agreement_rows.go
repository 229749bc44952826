package agreements

import (
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"samverka/model"

	"samverka/app/internal/session"
)

// dropRow takes row r out of an editor's rows and its line out of box; it
// reports whether r was there. The parties, annexes and clauses are lists
// of such rows.
func dropRow[R comparable](rows *[]R, r R, box *fyne.Container, line fyne.CanvasObject) bool {
	i := slices.Index(*rows, r)
	if i < 0 {
		return false
	}
	*rows = slices.Delete(*rows, i, i+1)
	box.Remove(line)
	return true
}

// showRowProblem shows problem p of one row ("annexes[0].title") on the
// row's label, named by its field, under any problem shown there already.
// It reports false when p names no row of the n there are.
func showRowProblem(p *model.Error, n int, label func(row int) *widget.Label) bool {
	row := model.FieldRow(p.Field)
	if row < 1 || row > n {
		return false
	}
	addProblem(label(row-1), session.Tr(model.FieldKey(p.Field))+": "+session.ErrorText(p))
	return true
}

// addProblem shows text on label, under what it shows already.
func addProblem(label *widget.Label, text string) {
	if label.Visible() {
		text = label.Text + "\n" + text
	}
	label.SetText(text)
	label.Show()
}
