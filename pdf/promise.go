package pdf

import (
	"cmp"
	"strconv"

	"samverka/model"
	"samverka/pdf/flow"
)

// PromiseInput is what a medborgarlöfte is made from: the agreement whose
// public part it is, its signatures, and the parts that name its parties.
type PromiseInput struct {
	Agreement *model.Agreement
	Council   *model.Council // may be nil
	// Signatures are the agreement's signatures; others, and tombstones,
	// are ignored.
	Signatures []*model.Signature
	// Parts name the parties and promisers a draft agreement has not
	// copied names for.
	Parts []*model.Part
	// Dialogues hold the findings the promises answer; Commitments and
	// FollowUps are what "Så följde vi upp" is made of, follow-ups dated
	// up to Until (all when it is empty).
	Dialogues   []*model.Dialogue
	Commitments []*model.Commitment
	FollowUps   []*model.FollowUp
	Until       model.Date
	// ProgramVersion is printed in the metadata, "1.2.0".
	ProgramVersion string
	// Lang is the language of headings: "sv" (the default) or "en".
	Lang string
	// Outline, when set, receives the document as a flow.Document while
	// it is drawn, for the Word version (see docx).
	Outline *flow.Document
}

// PromiseInputFrom gathers what the medborgarlöfte of the agreement id
// needs from a whole dataset, every follow-up included; the caller sets
// only ProgramVersion and Lang, and Until to print the follow-up as of a
// day. ok is false when no live agreement has id.
func PromiseInputFrom(ds *model.Dataset, id string) (in PromiseInput, ok bool) {
	a, ok := AgreementInputFrom(ds, id)
	if !ok {
		return in, false
	}
	return PromiseInput{Agreement: a.Agreement, Council: a.Council, Signatures: a.Signatures, Parts: a.Parts,
		Dialogues: model.Live(ds.Dialogues), Commitments: a.Commitments, FollowUps: model.Live(ds.FollowUps)}, true
}

// Signer blocks of the medborgarlöfte: two side by side.
const (
	signerH     = 44.0
	signerInkH  = 16.0
	promiseNumW = 12.0
)

// Promise returns the PDF of a medborgarlöfte, the agreement's public
// part: its title and period, the parties, the numbered promises with
// their quantity, expected effect and who keeps them, and who signed. Its
// footer carries the agreement's fingerprint, as the agreement's does.
func Promise(in PromiseInput) ([]byte, Warnings, error) {
	a := in.Agreement
	if a == nil {
		return nil, nil, errMissing("agreement")
	}
	// The agreement document knows the parties' names, which signatures
	// count and the fingerprint: the promise shares them.
	g := &agreementDoc{
		in: AgreementInput{Agreement: a, Council: in.Council, Signatures: in.Signatures, Parts: in.Parts,
			ProgramVersion: in.ProgramVersion, Lang: in.Lang},
		a:     a,
		from:  source{kind: model.KindAgreement, id: a.ID, label: a.Title},
		parts: model.Index(model.Live(in.Parts)),
	}
	g.fingerprint = cmp.Or(a.Fingerprint, model.AgreementFingerprint(a))
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
	d, err := newDoc(docInfo{
		lang: in.Lang, title: a.Title, author: council, program: programName(in.ProgramVersion), date: date,
		id: a.ID, version: a.Version, fingerprint: g.fingerprint, draft: a.Fingerprint == "", outline: in.Outline,
	})
	if err != nil {
		return nil, nil, err
	}
	g.doc = d
	d.info.kind = string(d.msg("promise.kind"))
	d.info.title = string(d.msg("promise.kind") + " – " + g.text("title", a.Title))
	d.info.subject = string(d.msg("promise.subject", "Version", a.Version))
	d.pdf.SetTitle(d.info.title, true)
	d.pdf.SetSubject(d.info.subject, true)
	switch a.State {
	case model.StateDraft, "":
		d.info.marker = string(d.msg("agreement.marker.draft"))
	case model.StateSuperseded:
		d.info.marker = string(d.msg("agreement.marker.superseded"))
	}

	d.councilLine(in.Council)
	d.gap(6)
	d.font(26, true)
	d.color(inkBlue)
	d.pdf.CellFormat(d.contentW(), 12, string(d.msg("promise.kind")), "", 1, "L", false, 0, "")
	d.color(black)
	d.gap(1)
	d.font(13, false)
	d.pdf.MultiCell(d.contentW(), 6.5, string(g.text("title", a.Title)), "", "L", false)
	d.gap(4)
	d.field(d.msg("agreement.period"), g.period())
	// The parties are those who sign, each named with the unit it acts
	// through: "Stockholms stad" alone can be two nämnder. Medverkande
	// aktörer are not parties.
	var orgs safe
	for _, i := range g.signing() {
		orgs = joinSafe(orgs, g.partyName(i))
	}
	d.field(d.msg("agreement.parties"), orgs)
	d.gap(3)
	d.paragraph(d.msg("promise.intro"))
	loop := promiseLoop{g: g, in: in}
	g.promiseList(loop.answers)
	g.signers()
	loop.followedUp()
	return d.finish()
}

// promiseList prints the numbered promises, each with the findings it
// answers as answers gives them.
func (g *agreementDoc) promiseList(answers func(i int) safe) {
	d, a, p := g.doc, g.a, g.doc.pdf
	d.heading(d.msg("promise.heading"))
	if len(a.Promises) == 0 {
		d.paragraph(d.msg("promise.none"))
		return
	}
	names := map[string]safe{}
	for i, party := range a.Parties {
		names[party.PartID] = g.organisation(i)
	}
	const labelW = 38.0
	w := d.contentW() - promiseNumW
	for i, pr := range a.Promises {
		f := index("promises", i) + "."
		text := g.text(f+"text", pr.Text)
		var who safe
		for _, id := range pr.PartIDs {
			name := names[id]
			if part := g.parts[id]; name == "" && part != nil {
				name = g.z.line(source{model.KindPart, part.ID, part.Name}, "name", part.Name)
			}
			who = joinSafe(who, name)
		}
		rows := []struct{ label, value safe }{
			{d.msg("promise.quantity"), g.text(f+"quantity", pr.Quantity)},
			{d.msg("promise.effect"), g.block(f+"expectedEffect", pr.ExpectedEffect)},
			{d.msg("promise.parties"), who},
			{d.msg("promise.answers"), answers(i)},
		}
		// The promise is kept on one page with its details.
		d.font(11, true)
		h := float64(len(p.SplitText(string(text), w))) * 5.5
		d.font(bodySize, false)
		for _, r := range rows {
			if r.value != "" {
				h += float64(max(1, len(p.SplitText(string(r.value), w-labelW)))) * lineH
			}
		}
		d.ensure(h + 6)
		d.gap(3)
		y := p.GetY()
		p.SetFillColor(inkBlue[0], inkBlue[1], inkBlue[2])
		p.Circle(marginX+4.5, y+2.8, 4, "F")
		d.font(11, true)
		d.color(white)
		p.SetXY(marginX+0.5, y+0.3)
		p.CellFormat(8, 5, strconv.Itoa(i+1), "", 0, "C", false, 0, "")
		d.color(black)
		p.SetXY(marginX+promiseNumW, y)
		p.MultiCell(w, 5.5, string(text), "", "L", false)
		d.gap(1)
		for _, r := range rows {
			if r.value == "" {
				continue
			}
			ry := p.GetY()
			d.font(8.5, false)
			d.color(grey)
			p.SetXY(marginX+promiseNumW, ry)
			p.CellFormat(labelW, lineH, string(r.label), "", 0, "L", false, 0, "")
			d.color(black)
			d.font(bodySize, false)
			p.SetXY(marginX+promiseNumW+labelW, ry)
			p.MultiCell(w-labelW, lineH, string(r.value), "", "L", false)
		}
	}
}

// signers prints who signed, or is to sign, for each party: the drawn
// signature when there is one, the name, title and organisation.
func (g *agreementDoc) signers() {
	d, a, p := g.doc, g.a, g.doc.pdf
	signing := g.signing()
	if len(signing) == 0 {
		return
	}
	d.ensure(12 + signerH)
	d.heading(d.msg("promise.signers"))
	w := (d.contentW() - 10) / 2
	for i := 0; i < len(signing); i += 2 {
		d.ensure(signerH)
		y := p.GetY()
		for j := i; j < i+2 && j < len(signing); j++ {
			k := signing[j]
			x := marginX + float64(j-i)*(w+10)
			sig := g.signed[a.Parties[k].PartID]
			if sig != nil && len(sig.Strokes) > 0 {
				drawStrokes(d, sig.Strokes, x+1, y, w*0.6, signerInkH)
			}
			p.SetDrawColor(rule[0], rule[1], rule[2])
			p.SetLineWidth(0.25)
			p.Line(x, y+signerInkH+1, x+w, y+signerInkH+1)
			name, title, place, date := g.signerTexts(k, sig)
			lines := []span{{text: name, bold: true}, {text: title}, {text: g.partyName(k), grey: true}}
			if sig != nil {
				lines = append(lines, span{text: d.msg("promise.signed", "Place", string(place), "Date", string(date)), grey: true})
			} else {
				lines = append(lines, span{text: d.msg("promise.unsigned"), grey: true})
			}
			ly := y + signerInkH + 2
			for n, l := range lines {
				if l.text == "" {
					continue
				}
				d.font(bodySize, l.bold)
				if l.grey {
					d.font(8.5, false)
					d.color(grey)
				}
				// The party's name ("Stockholms stad genom Skärholmens
				// stadsdelsnämnd") may take two lines, never cut short.
				texts := []safe{l.text}
				if n == 2 {
					texts = nil
					for i, t := range p.SplitText(string(l.text), w) {
						if i == 2 {
							break
						}
						texts = append(texts, safe(t))
					}
				}
				for _, t := range texts {
					p.SetXY(x, ly)
					p.CellFormat(w, lineH, string(fitWidth(d, t, w)), "", 0, "L", false, 0, "")
					ly += lineH
				}
				d.color(black)
			}
		}
		p.SetXY(marginX, y+signerH)
	}
	d.font(bodySize, false)
}

// signing returns the indices of the agreement's signing parties.
func (g *agreementDoc) signing() []int {
	var out []int
	for i, p := range g.a.Parties {
		if p.Signs() {
			out = append(out, i)
		}
	}
	return out
}
