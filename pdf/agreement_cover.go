package pdf

import (
	"cmp"
	"slices"
	"strconv"
	"strings"

	"samverka/model"
)

// caseNumbers returns the parties' diarienummer for the footer, each
// once, in the parties' order.
func caseNumbers(a *model.Agreement) string {
	var list []string
	for _, p := range a.Parties {
		if n := strings.TrimSpace(p.CaseNumber); n != "" && !slices.Contains(list, n) {
			list = append(list, n)
		}
	}
	return strings.Join(list, ", ")
}

// partyName returns how party i is named as a party: "Stockholms stad
// genom Skärholmens stadsdelsnämnd", from the frozen copy or, for a
// draft, from its aktör.
func (g *agreementDoc) partyName(i int) safe {
	p := g.a.Parties[i]
	org, through := p.Organisation, p.Through
	var name safe
	if org != "" {
		name = g.text(index("parties", i)+".organisation", org)
		if through != "" {
			name += " " + g.doc.msg("agreement.through") + " " + g.text(index("parties", i)+".through", through)
		}
		return name
	}
	part := g.parts[p.PartID]
	if part == nil {
		return ""
	}
	from := source{model.KindPart, part.ID, part.Name}
	org, through, _ = model.PartyNames(part)
	field := "name"
	if part.LegalName != "" {
		field = "legalName"
	}
	name = g.z.line(from, field, org)
	if through != "" {
		tf := "through"
		if part.Through == "" {
			tf = "name"
		}
		name += " " + g.doc.msg("agreement.through") + " " + g.z.line(from, tf, through)
	}
	return name
}

// orgNumber returns party i's organisationsnummer: the frozen copy or, for
// a draft, its aktör's.
func (g *agreementDoc) orgNumber(i int) safe {
	p := g.a.Parties[i]
	if p.OrgNumber != "" {
		return g.plain(p.OrgNumber)
	}
	if part := g.parts[p.PartID]; part != nil && p.Organisation == "" {
		return g.plain(part.OrgNumber)
	}
	return ""
}

// partyCell is a party as the cover's table shows it: its name in bold,
// its organisationsnummer below.
func (g *agreementDoc) partyCell(i int) cell {
	c := cell{spans: []span{{text: g.partyName(i), bold: true}}}
	if nr := g.orgNumber(i); nr != "" {
		c.spans = append(c.spans, span{text: g.doc.msg("agreement.orgnr", "Number", string(nr)), grey: true})
	}
	return c
}

// reference prints another agreement as its readers know it: title,
// period and signing date.
func (g *agreementDoc) reference(field string, r model.Reference) safe {
	d := g.doc
	out := g.text(field+".title", r.Title)
	if r.From != "" || r.To != "" {
		out += d.plain(", ") + d.msg("agreement.ref.period", "From", string(r.From), "To", string(r.To))
	}
	if r.Signed != "" {
		out += d.plain(", ") + d.msg("agreement.ref.signed", "Date", string(r.Signed))
	}
	return out
}

// replaced returns the version this one replaces as printed: by title,
// period and signing date, never by id; when the agreement names it only
// by id (made before Replaces existed) the record is looked up, and if the
// file does not hold it only its version number is printed.
func (g *agreementDoc) replaced() safe {
	a := g.a
	switch {
	case a.Replaces.Title != "":
		return g.reference("replaces", a.Replaces)
	case a.PreviousID == "":
		return ""
	case g.in.Previous != nil && g.in.Previous.ID == a.PreviousID:
		prev := g.in.Previous
		r := model.ReferenceTo(prev, g.in.Signatures)
		from := source{model.KindAgreement, prev.ID, prev.Title}
		out := g.z.line(from, "title", r.Title)
		out += g.plain(", ") + g.msg("agreement.ref.period", "From", string(r.From), "To", string(r.To))
		if r.Signed != "" {
			out += g.plain(", ") + g.msg("agreement.ref.signed", "Date", string(r.Signed))
		}
		return out
	case a.Version > 1:
		return g.msg("agreement.ref.version", "Version", a.Version-1)
	}
	return ""
}

func (g *agreementDoc) cover() {
	d, a := g.doc, g.a
	first := d.pdf.PageNo()
	if g.in.Council != nil {
		c := g.in.Council
		d.font(11, false)
		d.color(grey)
		name := g.z.line(source{model.KindCouncil, c.ID, c.Name}, "name", c.Name)
		if c.District != "" {
			name += " · " + g.z.line(source{model.KindCouncil, c.ID, c.Name}, "district", c.District)
		}
		d.pdf.MultiCell(contentWidth, 6, string(name), "", "L", false)
		d.color(black)
	}
	d.gap(14)
	d.font(12, true)
	d.color(inkBlue)
	d.pdf.CellFormat(contentWidth, 7, string(d.msg("agreement.kind")), "", 1, "L", false, 0, "")
	d.color(black)
	d.gap(2)
	d.title(g.text("title", a.Title))
	d.gap(5)
	d.field(d.msg("agreement.version"), d.plain(strconv.Itoa(a.Version)))
	d.field(d.msg("agreement.period"), g.period())
	d.field(d.msg("agreement.state"), d.msg("state."+string(cmp.Or(a.State, model.StateDraft))))
	if a.Frame.Title != "" {
		d.field(d.msg("agreement.frame"), g.reference("frame", a.Frame))
	}
	if r := g.replaced(); r != "" {
		d.field(d.msg("agreement.previous"), r)
		if a.ReplacesFrom != "" {
			d.field(d.msg("agreement.replacesfrom"), d.plain(string(a.ReplacesFrom)))
		}
	}
	for i, p := range a.Parties {
		if p.CaseNumber == "" {
			continue
		}
		nr := g.text(index("parties", i)+".caseNumber", p.CaseNumber)
		if org := g.organisationOnly(i); org != "" {
			nr += " " + org
		}
		d.field(d.msg("agreement.casenumber"), nr)
	}

	d.heading(d.msg("agreement.parties"))
	t := newTable(d,
		column{d.msg("agreement.col.party"), 84},
		column{d.msg("agreement.col.signer"), 46},
		column{d.msg("agreement.col.title"), 40})
	for i, p := range a.Parties {
		if !p.Signs() {
			continue
		}
		f := index("parties", i)
		t.row(g.partyCell(i),
			text(g.text(f+".signerName", p.SignerName)),
			text(g.text(f+".signerTitle", p.SignerTitle)))
	}
	if len(a.Parties) > len(a.SigningParties()) {
		d.subheading(d.msg("agreement.contributing"))
		d.paragraph(d.msg("agreement.contributing.intro"))
		d.gap(1)
		t := newTable(d, column{d.msg("agreement.col.actor"), 170})
		for i, p := range a.Parties {
			if !p.Signs() {
				t.row(g.partyCell(i))
			}
		}
	}
	// The text begins on a page of its own after a cover of one page; a
	// cover that ran over goes on into the text, rather than leaving the
	// page with its last lines nearly blank.
	if d.pdf.PageNo() == first {
		d.pdf.AddPage()
	} else {
		d.gap(8)
	}
}

// organisationOnly returns party i's name in brackets, to say whose
// diarienummer a number is.
func (g *agreementDoc) organisationOnly(i int) safe {
	name := g.organisation(i)
	if name == "" {
		return ""
	}
	return "(" + name + ")"
}
