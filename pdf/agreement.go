package pdf

import (
	"cmp"
	"slices"
	"strconv"
	"strings"

	"samverka/assets"
	"samverka/model"
	"samverka/pdf/flow"
)

// AgreementInput is what an agreement document is made from. The caller
// (user interface, command line) gathers the records from storage.
type AgreementInput struct {
	Agreement *model.Agreement
	Council   *model.Council // may be nil
	// Signatures are the agreement's signatures; others, and tombstones,
	// are ignored.
	Signatures []*model.Signature
	// Commitments, Parts and Representatives give the rows of a draft,
	// which has no frozen Included copy yet, and the organisation names of
	// parties the agreement does not name itself.
	Commitments     []*model.Commitment
	Parts           []*model.Part
	Representatives []*model.Representative
	// Meetings and FollowUps give the uppföljningsplan annex: which
	// meeting follows up which of the agreement's commitments.
	Meetings  []*model.Meeting
	FollowUps []*model.FollowUp
	// Previous is the version this one replaces, when the file holds it:
	// it names that version for an agreement that does not name it
	// itself (one made before Replaces existed).
	Previous *model.Agreement
	// ProgramVersion is printed on the verification page, "1.2.0".
	ProgramVersion string
	// Lang is the language of headings: "sv" (the default) or "en".
	Lang string
	// Outline, when set, receives the document as a flow.Document while
	// it is drawn, for the Word version (see docx).
	Outline *flow.Document
}

// agreementDoc is an agreement document being made.
type agreementDoc struct {
	*doc
	in    AgreementInput
	a     *model.Agreement
	from  source
	parts map[string]*model.Part
	// fingerprint is the one printed: the frozen one, or for a draft the
	// fingerprint of its content now.
	fingerprint string
	signed      map[string]*model.Signature // party's part id → its signature
	foreign     []*model.Signature          // signatures of other content
}

// Agreement returns the PDF of an agreement (samverkansöverenskommelse):
// cover with the parties ("genom", organisationsnummer) and their
// diarienummer, the standard clauses and Brå's sections, commitments,
// medborgarlöfte, the list of annexes, a signature page for the signing
// parties, the tidsplan and uppföljningsplan annexes made from the records
// and a verification page. A draft also lists what does not yet hang
// together (model.CheckConsistency). Warnings name the texts whose
// characters the font cannot show; they are printed as □.
func Agreement(in AgreementInput) ([]byte, Warnings, error) {
	a := in.Agreement
	if a == nil {
		return nil, nil, errMissing("agreement")
	}
	g := &agreementDoc{
		in: in, a: a,
		from:  source{kind: model.KindAgreement, id: a.ID, label: a.Title},
		parts: model.Index(model.Live(in.Parts)),
	}
	g.fingerprint = a.Fingerprint
	if g.fingerprint == "" {
		g.fingerprint = model.AgreementFingerprint(a)
	}
	g.pickSignatures()

	date := a.Modified
	for _, s := range g.signed {
		if s.Modified.After(date) {
			date = s.Modified
		}
	}
	council := ""
	if in.Council != nil {
		council = in.Council.Name
	}
	info := docInfo{
		lang: in.Lang, title: a.Title, author: council,
		program: programName(in.ProgramVersion), date: date,
		id: a.ID, version: a.Version, fingerprint: g.fingerprint, draft: a.Fingerprint == "",
		caseNumbers: caseNumbers(a),
	}
	info.outline = in.Outline
	d, err := newDoc(info)
	if err != nil {
		return nil, nil, err
	}
	g.doc = d
	d.info.kind = string(d.msg("agreement.kind"))
	d.info.subject = string(d.msg("agreement.subject", "Version", a.Version))
	d.pdf.SetSubject(d.info.subject, true)
	switch a.State {
	case model.StateDraft, "":
		d.info.marker = string(d.msg("agreement.marker.draft"))
	case model.StateSuperseded:
		d.info.marker = string(d.msg("agreement.marker.superseded"))
	}

	g.cover()
	g.consistency()
	g.sections()
	g.commitments()
	g.promises()
	g.annexes()
	g.signaturePage()
	g.schedule()
	g.followUpPlan()
	g.verificationPage()
	return d.finish()
}

// text and block sanitise a field of the agreement.
func (g *agreementDoc) text(field, s string) safe  { return g.z.line(g.from, field, s) }
func (g *agreementDoc) block(field, s string) safe { return g.z.block(g.from, field, s) }

// organisation returns party i's organisation name: the frozen copy, or
// the part's name for a draft.
func (g *agreementDoc) organisation(i int) safe {
	p := g.a.Parties[i]
	if p.Organisation != "" {
		return g.text(index("parties", i)+".organisation", p.Organisation)
	}
	if part := g.parts[p.PartID]; part != nil {
		return g.z.line(source{model.KindPart, part.ID, part.Name}, "name", part.Name)
	}
	return ""
}

func (g *agreementDoc) period() safe {
	return g.plain(string(g.a.From) + " – " + string(g.a.To))
}

// commitmentRow is one commitment as printed, with where its texts come from.
type commitmentRow struct {
	from                      source
	id                        string              // the commitment's id
	field                     func(string) string // the field's path in from
	part, title, description  string
	contributors              []string // the medverkande aktörer of a shared commitment
	area                      model.Area
	due                       model.Date
	contact, indicator, value string
}

// commitmentRows returns the agreement's commitments: the frozen copy when
// there is one, else the live commitments it names.
func (g *agreementDoc) commitmentRows() []commitmentRow {
	var rows []commitmentRow
	if len(g.a.Included) > 0 {
		for i, c := range g.a.Included {
			prefix := index("included", i) + "."
			rows = append(rows, commitmentRow{
				id:   c.CommitmentID,
				from: g.from, field: func(f string) string { return prefix + f },
				part: c.Part, title: c.Title, description: c.Description, area: c.Area,
				due: c.Due, contact: c.Contact, indicator: c.Indicator, value: c.Target,
				contributors: c.Contributors,
			})
		}
		return rows
	}
	live := model.Index(model.Live(g.in.Commitments))
	reps := model.Index(g.in.Representatives)
	for _, id := range g.a.CommitmentIDs {
		c := live[id]
		if c == nil {
			continue
		}
		row := commitmentRow{
			id:   c.ID,
			from: source{model.KindCommitment, c.ID, c.Title}, field: func(f string) string { return f },
			title: c.Title, description: c.Description, area: c.Area, due: c.Due,
			indicator: c.Goal.Indicator, value: c.Goal.Target,
		}
		if p := g.parts[c.PartID]; p != nil {
			row.part = p.Name
		}
		row.contributors = model.ContributorNames(c, g.parts)
		if r := reps[c.ContactID]; r != nil {
			row.contact = r.Name
		}
		rows = append(rows, row)
	}
	return rows
}

// areaName returns a priority area's name in the document's language.
func (d *doc) areaName(a model.Area) safe {
	if !a.Valid() {
		return ""
	}
	if d.info.lang == "sv" {
		return d.plain(a.Name())
	}
	if name := assets.Message(d.info.lang, a.Key(), nil); name != a.Key() {
		return d.plain(name)
	}
	return d.plain(a.Name())
}

func (g *agreementDoc) commitments() {
	d := g.doc
	d.heading(d.msg("agreement.commitments"))
	rows := g.commitmentRows()
	if len(rows) == 0 {
		d.paragraph(d.msg("agreement.nocommitments"))
		return
	}
	t := newTable(d,
		column{d.msg("col.part"), 33},
		column{d.msg("col.commitment"), 57},
		column{d.msg("col.area"), 30},
		column{d.msg("col.due"), 21},
		column{d.msg("col.contact"), 29})
	for _, r := range rows {
		z := g.z
		what := []span{{text: z.line(r.from, r.field("title"), r.title), bold: true}}
		if r.description != "" {
			what = append(what, span{text: z.block(r.from, r.field("description"), r.description)})
		}
		var goal safe
		if r.indicator != "" {
			goal = d.msg("agreement.indicator", "Text", string(z.line(r.from, r.field("indicator"), r.indicator)))
		}
		if r.value != "" {
			goal = joinSafe(goal, d.msg("agreement.target", "Text", string(z.line(r.from, r.field("target"), r.value))))
		}
		if goal != "" {
			what = append(what, span{text: goal, grey: true})
		}
		if with := g.contributorsOf(r); with != "" {
			what = append(what, span{text: with, grey: true})
		}
		t.row(text(z.line(r.from, r.field("part"), r.part)),
			cell{spans: what},
			text(d.areaName(r.area)),
			text(d.plain(string(r.due))),
			text(z.line(r.from, r.field("contact"), r.contact)))
	}
}

func (g *agreementDoc) promises() {
	d, a := g.doc, g.a
	if len(a.Promises) == 0 {
		return
	}
	d.heading(d.msg("agreement.promises"))
	names := map[string]safe{}
	for i, p := range a.Parties {
		names[p.PartID] = g.organisation(i)
	}
	for i, p := range a.Promises {
		f := index("promises", i) + "."
		d.subheading(d.plain(strconv.Itoa(i+1)+". ") + g.text(f+"text", p.Text))
		if p.Quantity != "" {
			d.field(d.msg("promise.quantity"), g.text(f+"quantity", p.Quantity))
		}
		if p.ExpectedEffect != "" {
			d.field(d.msg("promise.effect"), g.block(f+"expectedEffect", p.ExpectedEffect))
		}
		var who safe
		for _, id := range p.PartIDs {
			name := names[id]
			if name == "" {
				if part := g.parts[id]; part != nil {
					name = g.z.line(source{model.KindPart, part.ID, part.Name}, "name", part.Name)
				}
			}
			if name != "" {
				if who != "" {
					who += ", "
				}
				who += name
			}
		}
		if who != "" {
			d.field(d.msg("promise.parties"), who)
		}
	}
}

func (g *agreementDoc) annexes() {
	d, a := g.doc, g.a
	d.heading(d.msg("agreement.annexes"))
	for i, x := range a.Annexes {
		f := index("annexes", i) + "."
		label := d.msg("annex.number", "N", i+1)
		value := g.text(f+"title", x.Title)
		if x.Kind != "" && x.Kind != model.AnnexOther {
			value = d.msg("annex."+string(x.Kind)) + ": " + value
		}
		d.field(label, value)
		if x.Description != "" {
			d.pdf.SetX(marginX + 42)
			d.color(grey)
			d.pdf.MultiCell(contentWidth-42, lineH, string(g.block(f+"description", x.Description)), "", "L", false)
			d.color(black)
		}
	}
	// The tidsplan and uppföljningsplan are made from the records and
	// printed after the signatures.
	n := len(a.Annexes)
	d.field(d.msg("annex.number", "N", n+1), d.msg("annex.tidsplan")+": "+d.msg("annex.tidsplan.about"))
	d.field(d.msg("annex.number", "N", n+2), d.msg("annex.uppfoljningsplan")+": "+d.msg("annex.uppfoljningsplan.about"))
}

// pickSignatures finds each party's signature: of this agreement, not a
// tombstone, of the printed fingerprint; the earliest when there are more
// (copies merged from two files).
func (g *agreementDoc) pickSignatures() {
	g.signed = map[string]*model.Signature{}
	var list []*model.Signature
	for _, s := range g.in.Signatures {
		if s != nil && !s.Deleted && s.AgreementID == g.a.ID {
			list = append(list, s)
		}
	}
	slices.SortFunc(list, func(x, y *model.Signature) int {
		return cmp.Or(x.SignedAt.Compare(y.SignedAt), cmp.Compare(x.ID, y.ID))
	})
	for _, s := range list {
		if s.Fingerprint != "" && s.Fingerprint != g.fingerprint {
			g.foreign = append(g.foreign, s)
			continue
		}
		if g.signed[s.PartID] == nil {
			g.signed[s.PartID] = s
		}
	}
}

// contributorsOf says which parts take part in a shared commitment, which
// the agreement lists once, under the part responsible for it.
func (g *agreementDoc) contributorsOf(r commitmentRow) safe {
	if len(r.contributors) == 0 {
		return ""
	}
	names := make([]string, len(r.contributors))
	for i, n := range r.contributors {
		names[i] = string(g.z.line(r.from, r.field(index("contributors", i)), n))
	}
	return g.msg("outcomes.with", "Parts", strings.Join(names, ", "))
}
