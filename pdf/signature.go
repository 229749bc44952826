package pdf

import (
	"strconv"

	"samverka/model"
)

// The signature block geometry: two blocks side by side.
const (
	blockW      = 82.0
	blockGap    = contentWidth - 2*blockW
	blockH      = 62.0
	signatureH  = 24.0
	inkLineW    = 0.35
	blockLabelW = 30.0
)

// signaturePage prints a signature block for every signing party;
// medverkande aktörer have none. A signature given on paper is marked with
// a footnote, "Originalet undertecknat på papper", under the blocks.
func (g *agreementDoc) signaturePage() {
	d, a := g.doc, g.a
	d.pdf.AddPage()
	d.heading(d.msg("signatures.heading"))
	var signing []int
	for i, p := range a.Parties {
		if p.Signs() {
			signing = append(signing, i)
		}
	}
	d.paragraph(d.msg("signatures.intro", "Count", len(signing)))
	d.gap(4)
	paper := false
	for k := 0; k < len(signing); k += 2 {
		d.ensure(blockH)
		y := d.pdf.GetY()
		paper = g.signatureBlock(signing[k], marginX, y) || paper
		if k+1 < len(signing) {
			paper = g.signatureBlock(signing[k+1], marginX+blockW+blockGap, y) || paper
		}
		d.pdf.SetXY(marginX, y+blockH)
	}
	if paper {
		d.gap(2)
		d.font(8.5, false)
		d.color(grey)
		d.pdf.SetX(marginX)
		d.pdf.MultiCell(contentWidth, lineH, footnoteMark+" "+string(d.msg("signatures.onpaper")), "", "L", false)
		d.color(black)
		d.font(bodySize, false)
	}
}

// footnoteMark marks a signature given on paper.
const footnoteMark = "¹"

// signatureBlock draws party i's block at x, y: the organisation, the
// drawn signature or a line to sign on, and who signed where and when. It
// reports whether the party signed on paper.
func (g *agreementDoc) signatureBlock(i int, x, y float64) bool {
	d, p := g.doc, g.doc.pdf
	party := g.a.Parties[i]
	sig := g.signed[party.PartID]

	d.font(bodySize, true)
	p.SetXY(x, y)
	org := g.partyName(i)
	lines := p.SplitText(string(org), blockW)
	if len(lines) > 2 {
		lines = lines[:2]
		lines[1] = string(fitWidth(d, safe(lines[1]+" …"), blockW))
	}
	for k, l := range lines {
		p.SetXY(x, y+float64(k)*lineH)
		p.CellFormat(blockW, lineH, l, "", 0, "L", false, 0, "")
	}
	box := y + 11
	base := box + signatureH
	paper := sig != nil && len(sig.Strokes) == 0
	if sig != nil && len(sig.Strokes) > 0 {
		drawStrokes(d, sig.Strokes, x+2, box+1, blockW-4, signatureH-2)
	}
	p.SetDrawColor(black[0], black[1], black[2])
	p.SetLineWidth(0.25)
	p.Line(x, base, x+blockW, base)
	d.font(7.5, false)
	d.color(grey)
	p.SetXY(x, base+0.5)
	label := string(d.msg("signatures.signature"))
	if paper {
		label += footnoteMark
	}
	p.CellFormat(blockW, 3.5, label, "", 0, "L", false, 0, "")
	d.color(black)

	name, title, place, date := g.signerTexts(i, sig)
	rows := []struct{ label, value safe }{
		{d.msg("signatures.name"), name},
		{d.msg("signatures.title"), title},
		{d.msg("signatures.placedate"), place},
	}
	if sig != nil && date != "" {
		rows[2].value = joinSafe(place, date)
	}
	ly := base + 6
	for _, r := range rows {
		d.font(8.5, false)
		d.color(grey)
		p.SetXY(x, ly)
		p.CellFormat(blockLabelW, lineH, string(r.label), "", 0, "L", false, 0, "")
		d.color(black)
		d.font(bodySize, false)
		if r.value == "" {
			p.SetDrawColor(rule[0], rule[1], rule[2])
			p.SetLineWidth(0.2)
			p.Line(x+blockLabelW, ly+lineH-0.5, x+blockW, ly+lineH-0.5)
		} else {
			p.SetXY(x+blockLabelW, ly)
			p.CellFormat(blockW-blockLabelW, lineH, string(fitWidth(d, r.value, blockW-blockLabelW)), "", 0, "L", false, 0, "")
		}
		ly += lineH + 1.5
	}
	return paper
}

// signerTexts returns what is printed under party i's signature: from the
// signature when there is one, else the agreement's named signatory with
// place and date left for the pen.
func (g *agreementDoc) signerTexts(i int, sig *model.Signature) (name, title, place, date safe) {
	if sig != nil {
		from := source{model.KindSignature, sig.ID, sig.SignerName}
		name = g.z.line(from, "signerName", sig.SignerName)
		title = g.z.line(from, "signerTitle", sig.SignerTitle)
		place = g.z.line(from, "place", sig.Place)
		date = g.plain(string(sig.Date))
		return name, title, place, date
	}
	p := g.a.Parties[i]
	f := index("parties", i)
	return g.text(f+".signerName", p.SignerName), g.text(f+".signerTitle", p.SignerTitle), "", ""
}

// drawStrokes draws a signature's strokes, given in 0..1 of the pad, as
// vector lines into the box x, y, w, h.
func drawStrokes(d *doc, strokes [][]model.Point, x, y, w, h float64) {
	p := d.pdf
	p.SetDrawColor(inkBlue[0], inkBlue[1], inkBlue[2])
	p.SetLineWidth(inkLineW)
	p.SetLineCapStyle("round")
	p.SetLineJoinStyle("round")
	clamp := func(v float32) float64 { return float64(min(max(v, 0), 1)) }
	for _, s := range strokes {
		if len(s) == 1 {
			px, py := x+clamp(s[0].X)*w, y+clamp(s[0].Y)*h
			p.Line(px, py, px+0.1, py)
			continue
		}
		for k := 1; k < len(s); k++ {
			p.Line(x+clamp(s[k-1].X)*w, y+clamp(s[k-1].Y)*h, x+clamp(s[k].X)*w, y+clamp(s[k].Y)*h)
		}
	}
	p.SetLineCapStyle("butt")
	p.SetLineJoinStyle("miter")
}

// joinSafe joins texts with ", ", skipping empty ones.
func joinSafe(list ...safe) safe {
	var out safe
	for _, s := range list {
		if s == "" {
			continue
		}
		if out != "" {
			out += ", "
		}
		out += s
	}
	return out
}

// fitWidth shortens s with "…" until it fits w at the current font.
func fitWidth(d *doc, s safe, w float64) safe {
	if d.pdf.GetStringWidth(string(s)) <= w-2 {
		return s
	}
	r := []rune(string(s))
	for len(r) > 1 && d.pdf.GetStringWidth(string(r)+"…") > w-2 {
		r = r[:len(r)-1]
	}
	return safe(string(r) + "…")
}

func (g *agreementDoc) verificationPage() {
	d, a := g.doc, g.a
	d.pdf.AddPage()
	d.heading(d.msg("verify.heading"))
	d.field(d.msg("verify.document"), g.text("title", a.Title))
	d.field(d.msg("agreement.version"), d.plain(strconv.Itoa(a.Version)))
	d.field(d.msg("verify.id"), d.plain(a.ID))
	d.field(d.msg("verify.short"), d.plain(model.ShortFingerprint(g.fingerprint)))
	d.gap(2)
	d.font(bodySize, true)
	d.pdf.CellFormat(contentWidth, lineH, string(d.msg("verify.full")), "", 1, "L", false, 0, "")
	d.font(9.5, false)
	d.pdf.CellFormat(contentWidth, lineH+1, g.fingerprint, "", 1, "L", false, 0, "")
	d.font(bodySize, false)
	d.gap(2)
	d.gap(1)
	switch {
	case a.Fingerprint == "":
		d.paragraph(d.msg("verify.draft"))
	case model.AgreementFingerprint(a) == a.Fingerprint:
		d.paragraph(d.msg("verify.matches"))
	default:
		d.color(draftRed)
		d.paragraph(d.msg("verify.mismatch"))
		d.color(black)
	}
	d.gap(2)
	if !a.FrozenAt.IsZero() {
		d.field(d.msg("verify.frozen"), d.plain(stamp(a.FrozenAt)))
	}
	if !a.SealedAt.IsZero() {
		d.field(d.msg("verify.sealed"), d.plain(stamp(a.SealedAt)))
	}

	d.subheading(d.msg("verify.signers"))
	t := newTable(d,
		column{d.msg("agreement.col.party"), 48},
		column{d.msg("agreement.col.signer"), 44},
		column{d.msg("verify.col.method"), 38},
		column{d.msg("verify.col.time"), 40})
	for i, p := range a.Parties {
		if !p.Signs() {
			continue
		}
		sig := g.signed[p.PartID]
		if sig == nil {
			t.row(text(g.partyName(i)), text(g.text(index("parties", i)+".signerName", p.SignerName)),
				cell{spans: []span{{text: d.msg("verify.unsigned"), grey: true}}}, text(""))
			continue
		}
		name, _, _, _ := g.signerTexts(i, sig)
		t.row(text(g.partyName(i)), text(name),
			text(d.msg("method."+string(sig.Method))), text(d.plain(stamp(sig.SignedAt))))
	}
	for _, s := range g.foreign {
		from := source{model.KindSignature, s.ID, s.SignerName}
		t.row(text(g.z.line(from, "organisation", s.Organisation)), text(g.z.line(from, "signerName", s.SignerName)),
			cell{spans: []span{{text: d.msg("verify.foreign", "Short", model.ShortFingerprint(s.Fingerprint)), grey: true}}},
			text(d.plain(stamp(s.SignedAt))))
	}
	d.gap(4)
	d.programField(g.in.ProgramVersion)
	d.subheading(d.msg("verify.how"))
	d.paragraph(d.msg("verify.howtext", "ID", a.ID, "Short", model.ShortFingerprint(g.fingerprint)))
}
