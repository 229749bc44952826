package demo

import "samverka/model"

// policeItem is the agenda item at which the kommunpolis gives the
// police's picture since the last meeting.
const policeItem = "Lägesbild från lokalpolisen"

// policeProvision is the sekretess provision the police name for their
// underrättelse material: förundersökning and brottsförebyggande
// verksamhet.
const policeProvision = "OSL 18 kap. 1 §"

// classes marks the council's police material as the police ask it to
// be: their buyers' picture behind the drug market is Intern in every
// lägesbild, and their report to each meeting is Intern, the last held
// meeting's Ej offentlig (it named places of an ongoing förundersökning).
// It runs before the plans are fastställda, so that their rows carry the
// classes, and draws nothing from the random source, so that the rest of
// the council stays as it was.
func (g *generator) classes() {
	for _, c := range g.ds.Causes {
		if c.Description == "Efterfrågan från köpare utanför stadsdelen" {
			c.Marking = model.Marking{Class: model.ClassInternal}
		}
	}
	var last *model.AgendaItem
	for _, m := range g.meetings {
		for i := range m.Agenda {
			if it := &m.Agenda[i]; it.Title == policeItem {
				it.Marking = model.Marking{Class: model.ClassInternal}
				if m.State == model.StateApproved {
					last = it
				}
			}
		}
	}
	if last != nil {
		last.Marking = model.Marking{Class: model.ClassSecret, Provision: policeProvision}
	}
}
