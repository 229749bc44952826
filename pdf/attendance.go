package pdf

import "samverka/model"

// defaultBlankRows is the number of empty rows for guests on the
// attendance list when the caller names none.
const defaultBlankRows = 6

// AttendanceList returns the PDF of a meeting's närvarolista, to sign at
// the door: every representative serving on the day, grouped by part,
// with a column to sign in, then the invited guests and empty rows.
func AttendanceList(in MeetingInput) ([]byte, Warnings, error) {
	g, err := newMeetingDoc(in, "attendance", "", false)
	if err != nil {
		return nil, nil, err
	}
	d, m := g.doc, g.m
	g.top("attendance")
	d.gap(4)
	t := newTable(d,
		column{d.msg("col.name"), 62},
		column{d.msg("col.role"), 38},
		column{d.msg("col.signature"), 70})
	t.minLines = 2
	members := g.members()
	for _, p := range g.partsInOrder(members) {
		t.band(g.z.line(source{model.KindPart, p.ID, p.Name}, "name", p.Name))
		for _, r := range members[p.ID] {
			name, _ := g.person(r.ID)
			title := g.z.line(source{model.KindRepresentative, r.ID, r.Name}, "title", r.Title)
			t.row(cell{spans: []span{{text: name}, {text: title, grey: true}}}, text(d.role(r.Role)), text(""))
		}
	}
	t.band(d.msg("attendance.guests"))
	for i, a := range m.Attendance {
		if a.GuestName == "" {
			continue
		}
		f := index("attendance", i) + "."
		t.row(cell{spans: []span{
			{text: g.z.line(g.from, f+"guestName", a.GuestName)},
			{text: g.z.line(g.from, f+"guestOrg", a.GuestOrg), grey: true},
		}}, text(d.msg("attendance.guest")), text(""))
	}
	blank := in.BlankRows
	if blank <= 0 {
		blank = defaultBlankRows
	}
	for range blank {
		t.row(text(""), text(""), text(""))
	}
	return d.finish()
}
