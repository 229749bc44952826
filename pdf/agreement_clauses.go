package pdf

import (
	"strconv"

	"samverka/model"
)

// printedSection is one numbered section of the agreement's text.
type printedSection struct {
	heading safe
	body    safe // "" prints "(Ej ifyllt.)"
	extra   safe // printed before body, e.g. the period
}

// sections prints the agreement's text, numbered: the purpose first, then
// Brå's sections, then the other standard clauses with the period under
// Giltighet. An agreement without clauses (made before they existed)
// prints Brå's sections and its period only, as it was signed.
func (g *agreementDoc) sections() {
	d := g.doc
	var list []printedSection
	clauses := map[model.ClauseKind]int{}
	for i, c := range g.a.Clauses {
		if c.Kind != model.ClauseOther {
			if _, ok := clauses[c.Kind]; !ok {
				clauses[c.Kind] = i
			}
		}
	}
	clause := func(k model.ClauseKind) {
		if i, ok := clauses[k]; ok {
			list = append(list, g.clause(i))
		}
	}
	clause(model.ClausePurpose)
	list = append(list, g.braSections()...)
	for _, k := range model.ClauseKinds {
		switch k {
		case model.ClausePurpose:
		case model.ClauseValidity:
			for i, c := range g.a.Clauses {
				if c.Kind == model.ClauseOther || c.Kind == "" {
					list = append(list, g.clause(i))
				}
			}
			list = append(list, g.validity(clauses))
		default:
			clause(k)
		}
	}
	if len(g.a.Clauses) == 0 {
		list = append(list, g.validity(clauses))
	}
	for n, s := range list {
		d.heading(d.plain(strconv.Itoa(n+1)+". ") + s.heading)
		if s.extra != "" {
			d.paragraph(s.extra)
		}
		switch {
		case s.body != "":
			d.paragraph(s.body)
		case s.extra == "":
			d.color(grey)
			d.paragraph(d.msg("section.empty"))
			d.color(black)
		}
	}
}

// clause returns clause i as printed: its own heading or the standard
// one in the document's language.
func (g *agreementDoc) clause(i int) printedSection {
	c := g.a.Clauses[i]
	f := index("clauses", i)
	var heading safe
	switch {
	case c.Title != "":
		heading = g.text(f+".title", c.Title)
	case c.Kind != "" && c.Kind != model.ClauseOther:
		heading = g.doc.msg("clause." + string(c.Kind))
	}
	return printedSection{heading: heading, body: g.block(f+".text", c.Text)}
}

// braSections returns Brå's sections; the background only when written.
func (g *agreementDoc) braSections() []printedSection {
	s := g.a.Sections
	var out []printedSection
	for _, x := range []struct{ key, field, text string }{
		{"background", "background", s.Background},
		{"problems", "problems", s.Problems},
		{"causes", "causes", s.Causes},
		{"goals", "goals", s.Goals},
		{"documentation", "documentation", s.Documentation},
		{"followup", "followUp", s.FollowUp},
	} {
		if x.key == "background" && x.text == "" {
			continue
		}
		sec := printedSection{heading: g.doc.msg("section." + x.key)}
		if x.text != "" {
			sec.body = g.block("sections."+x.field, x.text)
		}
		out = append(out, sec)
	}
	return out
}

// validity is Brå's sixth part, the period, with the day the agreement
// replaces its predecessor and the Giltighet clause's text.
func (g *agreementDoc) validity(clauses map[model.ClauseKind]int) printedSection {
	d, a := g.doc, g.a
	sec := printedSection{heading: d.msg("section.period")}
	sec.extra = d.msg("section.period.text", "From", string(a.From), "To", string(a.To))
	if a.ReplacesFrom != "" {
		sec.extra += " " + d.msg("section.period.replaces", "Date", string(a.ReplacesFrom))
	}
	if i, ok := clauses[model.ClauseValidity]; ok {
		c := g.a.Clauses[i]
		if c.Title != "" {
			sec.heading = g.text(index("clauses", i)+".title", c.Title)
		}
		sec.body = g.block(index("clauses", i)+".text", c.Text)
	}
	return sec
}
