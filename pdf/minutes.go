package pdf

import (
	"cmp"
	"slices"
	"strconv"
	"strings"

	"samverka/assets"
	"samverka/model"
)

// The traffic lights' colours.
var lightColours = map[model.Light][3]int{
	model.LightGreen:  assets.Green.Ints(),
	model.LightYellow: assets.Yellow.Ints(),
	model.LightRed:    assets.Red.Ints(),
}

// Minutes returns the PDF of a meeting's protokoll: attendance, every §
// with its minutes and decisions, the follow-ups recorded at the meeting,
// signature lines for chair, secretary and adjusters, and the fingerprint
// once the minutes are approved (justerat). Draft minutes say UTKAST on
// every page.
func Minutes(in MeetingInput) ([]byte, Warnings, error) {
	m := in.Meeting
	if m == nil {
		return nil, nil, errMissing("meeting")
	}
	approved := m.State.Locked()
	fingerprint := m.Fingerprint
	if !approved || fingerprint == "" {
		fingerprint = model.MinutesFingerprint(m)
	}
	g, err := newMeetingDoc(in, "minutes", fingerprint, !approved)
	if err != nil {
		return nil, nil, err
	}
	d := g.doc
	if !approved {
		d.info.marker = string(d.msg("minutes.marker.draft"))
	}
	g.top("minutes")
	d.field(d.msg("agreement.state"), d.msg("state."+string(cmp.Or(m.State, model.StateDraft))))
	// Which classes the minutes include is said when any § is not Öppen.
	if !model.PublicMeeting(m) {
		var holds []model.Marking
		for _, it := range m.Agenda {
			holds = append(holds, it.Marking)
		}
		d.field(d.msg("minutes.version"), d.plain(versionLine(d.info.lang, in.Public, holds)))
	}
	g.attendance()
	g.paragraphs()
	g.followUps()
	g.signatureLines()
	g.approval(approved, fingerprint)
	return d.finish()
}

// attendee is one line of the minutes' attendance.
type attendee struct {
	name, org, remark safe
	presence          model.Presence
}

func (g *meetingDoc) attendees() []attendee {
	d, m := g.doc, g.m
	var out []attendee
	for i, a := range m.Attendance {
		var x attendee
		x.presence = a.Presence
		if a.RepresentativeID != "" {
			x.name, x.org = g.person(a.RepresentativeID)
			switch {
			case a.RepresentativeID == m.ChairID:
				x.remark = d.msg("role.ordforande")
			case a.RepresentativeID == m.SecretaryID:
				x.remark = d.msg("role.sekreterare")
			}
			if slices.Contains(m.AdjusterIDs, a.RepresentativeID) {
				x.remark = joinSafe(x.remark, d.msg("minutes.adjuster"))
			}
		} else {
			f := index("attendance", i) + "."
			x.name = g.z.line(g.from, f+"guestName", a.GuestName)
			x.org = g.z.line(g.from, f+"guestOrg", a.GuestOrg)
			x.remark = d.msg("attendance.guest")
		}
		if a.Presence == model.PresenceSubstitute || a.SubstituteFor != "" {
			if name, _ := g.person(a.SubstituteFor); name != "" {
				x.remark = joinSafe(x.remark, d.msg("minutes.substitutefor", "Name", string(name)))
			} else {
				x.remark = joinSafe(x.remark, d.msg("presence.ersattare"))
			}
		}
		if x.name == "" {
			continue
		}
		out = append(out, x)
	}
	slices.SortStableFunc(out, func(a, b attendee) int {
		return cmp.Or(compareSwedish(string(a.org), string(b.org)), compareSwedish(string(a.name), string(b.name)))
	})
	return out
}

func (g *meetingDoc) attendance() {
	d := g.doc
	d.heading(d.msg("minutes.attendance"))
	all := g.attendees()
	if len(all) == 0 {
		d.paragraph(d.msg("minutes.noattendance"))
		return
	}
	groups := []struct {
		key string
		in  func(model.Presence) bool
	}{
		{"present", func(p model.Presence) bool { return p == model.PresencePresent || p == model.PresenceSubstitute }},
		{"excused", func(p model.Presence) bool { return p == model.PresenceExcused }},
		{"absent", func(p model.Presence) bool { return p == model.PresenceAbsent }},
		{"unknown", func(p model.Presence) bool { return p == model.PresenceUnknown }},
	}
	t := newTable(d, column{d.msg("col.name"), 58}, column{d.msg("col.organisation"), 62}, column{d.msg("col.remark"), 50})
	for _, grp := range groups {
		var list []attendee
		for _, a := range all {
			if grp.in(a.presence) {
				list = append(list, a)
			}
		}
		if len(list) == 0 {
			continue
		}
		t.band(d.msg("minutes.group."+grp.key, "Count", len(list)))
		for _, a := range list {
			t.row(text(a.name), text(a.org), text(a.remark))
		}
	}
}

func (g *meetingDoc) paragraphs() {
	d, m := g.doc, g.m
	commitments := model.Index(g.in.Commitments)
	paragraphs := model.AgendaParagraphs(m)
	for i, it := range m.Agenda {
		f := index("agenda", i) + "."
		number := d.plain(strconv.Itoa(i+1) + ".")
		if paragraphs[i] > 0 {
			number = d.plain("§ " + strconv.Itoa(paragraphs[i]))
		}
		if g.in.Public && !it.Public() {
			d.heading(number)
			d.color(grey)
			d.paragraph(d.msg("class.left", "Class", className(d.info.lang, it.Marking)))
			d.color(black)
			continue
		}
		d.setClass(classMark(d.info.lang, it.Marking))
		d.heading(number + " " + g.z.line(g.from, f+"title", classLabel(d.info.lang, it.Title, it.Marking)))
		var about safe
		if it.Kind != "" {
			about = d.msg("item." + string(it.Kind))
		}
		if it.Presenter != "" {
			about = joinSafe(about, d.msg("minutes.presenter", "Name", string(g.z.line(g.from, f+"presenter", it.Presenter))))
		}
		if about != "" {
			d.color(grey)
			d.paragraph(about)
			d.color(black)
			d.gap(1)
		}
		d.paragraph(g.z.block(g.from, f+"notes", it.Notes))
		if len(it.Decisions) == 0 {
			continue
		}
		d.gap(1)
		d.ensure(2 * lineH)
		d.font(bodySize, true)
		d.pdf.CellFormat(contentWidth, lineH, string(d.msg("minutes.decisions")), "", 1, "L", false, 0, "")
		for j, x := range it.Decisions {
			s := g.z.block(g.from, index(f+"decisions", j)+".text", x.Text)
			// A decision that gives a new commitment says so, naming it
			// unless the decision's own words do already.
			if c := commitments[x.CommitmentID]; c != nil {
				title := g.z.line(source{model.KindCommitment, c.ID, c.Title}, "title", c.Title)
				if strings.Contains(string(s), string(title)) {
					s += " " + d.msg("minutes.newcommitmentnamed")
				} else {
					s += " " + d.msg("minutes.newcommitment", "Title", string(title))
				}
			}
			d.paragraph("– " + s)
		}
	}
	d.setClass(nil)
}

// followUpsHere returns the follow-ups recorded at the meeting that stand
// (a corrected mistake gives way to its correction), by part, commitment
// and date.
func (g *meetingDoc) followUpsHere() []*model.FollowUp {
	var out []*model.FollowUp
	for _, f := range model.Standing(g.in.FollowUps) {
		if f.MeetingID == g.m.ID {
			out = append(out, f)
		}
	}
	commitments := model.Index(g.in.Commitments)
	key := func(f *model.FollowUp) (string, string) {
		c := commitments[f.CommitmentID]
		if c == nil {
			return "", ""
		}
		part := ""
		if p := g.parts[c.PartID]; p != nil {
			part = p.Name
		}
		return part, c.Title
	}
	slices.SortFunc(out, func(a, b *model.FollowUp) int {
		pa, ta := key(a)
		pb, tb := key(b)
		return cmp.Or(compareSwedish(pa, pb), compareSwedish(ta, tb), cmp.Compare(a.Date, b.Date), cmp.Compare(a.ID, b.ID))
	})
	return out
}

func (g *meetingDoc) followUps() {
	d := g.doc
	list := g.followUpsHere()
	if len(list) == 0 {
		return
	}
	commitments := model.Index(g.in.Commitments)
	mistakes := model.Index(g.in.FollowUps)
	d.heading(d.msg("minutes.followups"))
	t := newTable(d,
		column{d.msg("col.commitment"), 50},
		column{d.msg("col.part"), 37},
		column{d.msg("col.status"), 20},
		column{d.msg("col.light"), 21},
		column{d.msg("col.comment"), 42})
	for _, f := range list {
		var title, part safe
		if c := commitments[f.CommitmentID]; c != nil {
			title = g.z.line(source{model.KindCommitment, c.ID, c.Title}, "title", c.Title)
			if p := g.parts[c.PartID]; p != nil {
				part = g.z.line(source{model.KindPart, p.ID, p.Name}, "name", p.Name)
			}
		}
		light := text(d.msg("light.none"))
		if col, ok := lightColours[f.Light]; ok {
			light = cell{spans: []span{{text: d.msg("light." + string(f.Light))}}, dot: &col}
		}
		status := safe("")
		if f.Status != "" {
			status = d.msg("status." + string(f.Status))
		}
		from := source{model.KindFollowUp, f.ID, f.Label()}
		comment := text(g.z.block(from, "comment", f.Comment))
		if wrong := mistakes[f.CorrectsID]; wrong != nil {
			comment.spans = append(comment.spans, span{text: g.corrected(wrong), grey: true})
		}
		t.row(cell{spans: []span{{text: title, bold: true}}}, text(part), text(status), light, comment)
	}
}

// corrected says that a follow-up row corrects an earlier entry of the
// meeting and what that mistaken entry said, so that the history the file
// keeps and the protokoll agree.
func (g *meetingDoc) corrected(wrong *model.FollowUp) safe {
	d := g.doc
	said := safe("")
	if wrong.Status != "" {
		said = d.msg("status." + string(wrong.Status))
	}
	if _, ok := lightColours[wrong.Light]; ok {
		said = joinSafe(said, d.msg("light."+string(wrong.Light)))
	}
	if wrong.Comment != "" {
		said = joinSafe(said, "”"+g.z.line(source{model.KindFollowUp, wrong.ID, wrong.Label()}, "comment", wrong.Comment)+"”")
	}
	return d.msg("minutes.corrected", "Was", string(said))
}

// signatureLines prints lines to sign for secretary, chair and adjusters.
func (g *meetingDoc) signatureLines() {
	d, m := g.doc, g.m
	type signer struct {
		role safe
		id   string
	}
	list := []signer{{d.msg("minutes.sign.secretary"), m.SecretaryID}, {d.msg("minutes.sign.chair"), m.ChairID}}
	for _, id := range m.AdjusterIDs {
		list = append(list, signer{d.msg("minutes.sign.adjuster"), id})
	}
	const h = 30.0
	d.ensure(14 + h)
	d.heading(d.msg("minutes.signatures"))
	p := d.pdf
	for i := 0; i < len(list); i += 2 {
		d.ensure(h)
		y := p.GetY()
		for k := i; k < i+2 && k < len(list); k++ {
			x := marginX + float64(k-i)*(blockW+blockGap)
			d.font(8.5, false)
			d.color(grey)
			p.SetXY(x, y)
			p.CellFormat(blockW, lineH, string(list[k].role), "", 0, "L", false, 0, "")
			p.SetDrawColor(black[0], black[1], black[2])
			p.SetLineWidth(0.25)
			p.Line(x, y+16, x+blockW, y+16)
			d.color(black)
			d.font(bodySize, false)
			name, _ := g.person(list[k].id)
			p.SetXY(x, y+17)
			p.CellFormat(blockW, lineH, string(fitWidth(d, name, blockW)), "", 0, "L", false, 0, "")
			d.font(8.5, false)
			d.color(grey)
			p.SetXY(x, y+22.5)
			p.CellFormat(blockW, lineH, string(d.msg("minutes.sign.date")), "", 0, "L", false, 0, "")
			d.color(black)
		}
		p.SetXY(marginX, y+h)
	}
}

// approval prints the fingerprint of approved minutes, or says that a
// draft's fingerprint still changes.
func (g *meetingDoc) approval(approved bool, fingerprint string) {
	d, m := g.doc, g.m
	d.heading(d.msg("minutes.verification"))
	if !approved {
		d.paragraph(d.msg("minutes.draft"))
	} else {
		if !m.ApprovedAt.IsZero() {
			d.field(d.msg("minutes.approved"), d.plain(stamp(m.ApprovedAt)))
		}
		d.gap(1)
		d.font(bodySize, true)
		d.pdf.CellFormat(contentWidth, lineH, string(d.msg("minutes.fingerprint")), "", 1, "L", false, 0, "")
		d.font(9.5, false)
		d.pdf.CellFormat(contentWidth, lineH+1, fingerprint, "", 1, "L", false, 0, "")
		d.font(bodySize, false)
		if model.MinutesFingerprint(m) != fingerprint {
			d.color(draftRed)
			d.paragraph(d.msg("minutes.mismatch"))
			d.color(black)
		}
	}
	d.gap(2)
	d.programField(g.in.ProgramVersion)
}
