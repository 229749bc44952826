package pdf

import (
	"strings"

	"samverka/model"
	"samverka/pdf/flow"
)

// dialogueFindings prints, under annan information, what the council's
// dialogues and trygghetsvandringar found (model.SituationFindings): each
// dialogue as its source line, then its findings by place. Dialogues
// record organisations and counts, never residents' names, so the public
// version prints them too.
func (g *situationDoc) dialogueFindings() {
	findings := g.in.Findings
	if len(findings) == 0 {
		return
	}
	fd := g.fd
	fd.H2(tr(g.lang, "situation.dialogues"))
	for _, d := range model.SituationDialogues(findings) {
		fd.Add(&flow.Paragraph{Text: g.dialogueSource(d), Strong: true})
		var lines []string
		for _, f := range findings {
			if f.Dialogue == d {
				lines = append(lines, "• "+tr(g.lang, "situation.finding", "Place", f.Finding.Place, "Text", f.Finding.Text))
			}
		}
		fd.P(strings.Join(lines, "\n"))
	}
}

// dialogueSource names a dialogue as a source: its kind, title, place,
// date and how many took part.
func (g *situationDoc) dialogueSource(d *model.Dialogue) string {
	return tr(g.lang, "situation.dialogueSource", "Kind", tr(g.lang, "situation.dialogueKind."+string(d.Kind)),
		"Title", d.Title, "Place", d.Place, "Date", string(d.Date), "People", d.People)
}

// dialogueSources are the dialogues the findings came from, as sources
// used.
func (g *situationDoc) dialogueSources() []string {
	var out []string
	for _, d := range model.SituationDialogues(g.in.Findings) {
		out = append(out, g.dialogueSource(d))
	}
	return out
}
