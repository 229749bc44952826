package model

import "slices"

// DialogueKind says how the council listened: to residents, to staff, on a
// walk through a place, or by a survey.
type DialogueKind string

// The dialogue kinds.
const (
	DialogueCitizens DialogueKind = "medborgardialog"
	DialogueStaff    DialogueKind = "medarbetardialog"
	DialogueWalk     DialogueKind = "trygghetsvandring"
	DialogueSurvey   DialogueKind = "enkat"
)

// DialogueKinds lists the dialogue kinds in the order they are offered.
var DialogueKinds = []DialogueKind{DialogueCitizens, DialogueStaff, DialogueWalk, DialogueSurvey}

// Valid reports whether k is a known dialogue kind.
func (k DialogueKind) Valid() bool { return slices.Contains(DialogueKinds, k) }

// Dialogue is a medborgardialog, medarbetardialog, trygghetsvandring or
// enkät: when and where it was held, which organisations took part and
// how many people, and what was found, place by place. It records
// organisations and counts only, never the names of residents.
type Dialogue struct {
	Meta
	Title string       `json:"title"`
	Kind  DialogueKind `json:"kind"`
	Date  Date         `json:"date"`
	Place string       `json:"place"`
	// PartIDs are the council's aktörer that took part.
	PartIDs []string `json:"partIds,omitempty"`
	// Organisations are other organisations that took part, by name.
	Organisations []string `json:"organisations,omitempty"`
	// People is how many people took part (or answered a survey).
	People   int       `json:"people,omitempty"`
	Summary  string    `json:"summary,omitempty"`
	Findings []Finding `json:"findings,omitempty"`
}

// RecordKind implements Record.
func (*Dialogue) RecordKind() Kind { return KindDialogue }

// Label returns the dialogue's title.
func (d *Dialogue) Label() string { return d.Title }

// Finding is one thing a dialogue found at a place: "dark path between the
// school and the metro". It may point to the lägesbild problem it bears on
// or to the löfte that answers it.
type Finding struct {
	// ID is stable, so that a löfte can name the finding it answers.
	ID        string `json:"id"`
	Text      string `json:"text"`
	Place     string `json:"place"`
	ProblemID string `json:"problemId,omitempty"`
	PromiseID string `json:"promiseId,omitempty"`
}

// Finding returns the dialogue's finding with id, or nil.
func (d *Dialogue) Finding(id string) *Finding {
	for i := range d.Findings {
		if d.Findings[i].ID == id {
			return &d.Findings[i]
		}
	}
	return nil
}

// validateDialogue checks a dialogue's choices, date, count and findings.
func validateDialogue(c *checker, v *Dialogue) {
	c.choice("kind", v.Kind != "", v.Kind.Valid(), true)
	c.date("date", v.Date, true)
	c.atLeast("people", v.People, 0)
	seen := map[string]bool{}
	for i, f := range v.Findings {
		field := index("findings", i) + ".id"
		switch {
		case f.ID == "":
			c.add(field, CodeRequired)
		case seen[f.ID]:
			c.add(field, CodeDuplicateFinding)
		}
		seen[f.ID] = true
	}
}

// dialogueTexts lists a dialogue's free-text fields.
func dialogueTexts(t *texts, d *Dialogue) {
	t.need("title", d.Title, MaxName)
	t.need("place", d.Place, MaxName)
	for i, o := range d.Organisations {
		t.need(index("organisations", i), o, MaxName)
	}
	t.add("summary", d.Summary, MaxText)
	for i, f := range d.Findings {
		p := index("findings", i) + "."
		t.need(p+"text", f.Text, MaxText)
		t.need(p+"place", f.Place, MaxName)
	}
}
