package parts

// Screens of parts that Screenshot can show.
const (
	screenPart    = "part"       // the first part open
	screenProblem = "problem"    // a new part with a bad organisationsnummer
	screenLegal   = "part-legal" // a unit of a legal person, as agreements name it
)

// Scenes are the screenshot scenes ShowScene shows.
var Scenes = []string{screenPart, screenProblem, screenLegal}

// ShowScene sets the screen up for a screenshot. Nothing is saved: the
// new part of "problem" is refused for its organisationsnummer.
func (p *Screen) ShowScene(name string) {
	switch name {
	case screenPart:
		if list := p.ui.Doc.View.PartsSorted(); len(list) > 0 {
			p.tree.Select(list[0].ID)
		}
	case screenLegal:
		for _, x := range p.ui.Doc.View.PartsSorted() {
			if x.LegalName != "" && x.OrgNumber != "" {
				p.tree.Select(x.ID)
				return
			}
		}
	case screenProblem:
		p.onAddPart()
		p.name.SetText("Nattvandrarna i Bredäng")
		p.orgNumber.SetText("802412-3451")
		p.onSavePart()
	}
}
