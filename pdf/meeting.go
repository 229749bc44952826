package pdf

import (
	"cmp"
	"slices"
	"strconv"
	"strings"
	"unicode"

	"samverka/model"
	"samverka/pdf/flow"
)

// MeetingInput is what the meeting documents are made from. The caller
// gathers the records from storage; the documents pick what they need.
type MeetingInput struct {
	Council *model.Council // may be nil
	Meeting *model.Meeting
	// Parts and Representatives name the people on the attendance list,
	// the agenda and in the minutes.
	Parts           []*model.Part
	Representatives []*model.Representative
	// Commitments and FollowUps give the minutes' follow-up table: the
	// follow-ups recorded at this meeting; others, and tombstones, are
	// ignored.
	Commitments []*model.Commitment
	FollowUps   []*model.FollowUp
	// ProgramVersion is printed in the minutes, "1.2.0".
	ProgramVersion string
	// Lang is the language of headings: "sv" (the default) or "en".
	Lang string
	// BlankRows is the number of empty rows for guests on the attendance
	// list; 0 gives six.
	BlankRows int
	// Outline, when set, receives the document as a flow.Document while
	// it is drawn, for the Word version (see docx).
	Outline *flow.Document
	// Public makes the minutes' public version: a § that is not Öppen
	// keeps its number and says that it is left out, with its class.
	Public bool
}

// meetingDoc is a meeting document being made.
type meetingDoc struct {
	*doc
	in    MeetingInput
	m     *model.Meeting
	from  source
	parts map[string]*model.Part
	reps  map[string]*model.Representative
}

// newMeetingDoc starts one of the meeting documents; kind is its name's
// key ("invitation", "attendance", "minutes").
func newMeetingDoc(in MeetingInput, kind string, fingerprint string, draft bool) (*meetingDoc, error) {
	m := in.Meeting
	if m == nil {
		return nil, errMissing("meeting")
	}
	g := &meetingDoc{
		in: in, m: m,
		from:  source{kind: model.KindMeeting, id: m.ID, label: m.Label()},
		parts: model.Index(in.Parts),
		reps:  model.Index(in.Representatives),
	}
	council := ""
	if in.Council != nil {
		council = in.Council.Name
	}
	d, err := newDoc(docInfo{
		lang: in.Lang, author: council, program: programName(in.ProgramVersion),
		date: m.Modified, id: m.ID, fingerprint: fingerprint, draft: draft, outline: in.Outline,
	})
	if err != nil {
		return nil, err
	}
	g.doc = d
	name := d.msg(kind+".kind") + " – " + g.meetingName()
	d.info.kind = string(name)
	d.info.title = string(name)
	d.pdf.SetTitle(d.info.title, true)
	d.info.note = string(joinSafe(d.plain(string(m.Date)), g.times(), g.z.line(g.from, "place", m.Place)))
	d.info.subject = string(d.msg(kind + ".kind"))
	d.pdf.SetSubject(d.info.subject, true)
	return g, nil
}

// meetingName returns "Rådsmöte 2026:4" or "Rådsmöte 2026-03-12".
func (g *meetingDoc) meetingName() safe {
	kind := g.msg("meeting." + string(cmp.Or(g.m.Kind, model.MeetingCouncil)))
	if g.m.Number != "" {
		return kind + " " + g.z.line(g.from, "number", g.m.Number)
	}
	return kind + " " + g.plain(string(g.m.Date))
}

// top prints the council's name, the document's title and the meeting's
// date, time and place.
func (g *meetingDoc) top(kind string) {
	d, m := g.doc, g.m
	if c := g.in.Council; c != nil {
		d.font(11, false)
		d.color(grey)
		d.pdf.MultiCell(contentWidth, 6, string(g.z.line(source{model.KindCouncil, c.ID, c.Name}, "name", c.Name)), "", "L", false)
		d.color(black)
		d.gap(4)
	}
	d.title(d.msg(kind+".kind") + " – " + g.meetingName())
	d.gap(3)
	d.field(d.msg("meeting.date"), d.plain(string(m.Date)))
	if t := g.times(); t != "" {
		d.field(d.msg("meeting.time"), t)
	}
	if m.Place != "" {
		d.field(d.msg("meeting.place"), g.z.line(g.from, "place", m.Place))
	}
}

// times returns "18:00–20:00", "18:00" or "".
func (g *meetingDoc) times() safe {
	switch {
	case g.m.StartTime != "" && g.m.EndTime != "":
		return g.plain(g.m.StartTime + "–" + g.m.EndTime)
	default:
		return g.plain(g.m.StartTime)
	}
}

// person returns a representative's name and organisation.
func (g *meetingDoc) person(id string) (name, org safe) {
	r := g.reps[id]
	if r == nil {
		return "", ""
	}
	name = g.z.line(source{model.KindRepresentative, r.ID, r.Name}, "name", r.Name)
	if p := g.parts[r.PartID]; p != nil {
		org = g.z.line(source{model.KindPart, p.ID, p.Name}, "name", p.Name)
	}
	return name, org
}

// members returns the part's representatives serving on the meeting's
// day, chair and secretary first, then by name.
func (g *meetingDoc) members() map[string][]*model.Representative {
	out := map[string][]*model.Representative{}
	for _, r := range g.in.Representatives {
		if r.ActiveOn(g.m.Date) {
			out[r.PartID] = append(out[r.PartID], r)
		}
	}
	for _, list := range out {
		slices.SortFunc(list, func(a, b *model.Representative) int {
			return cmp.Or(cmp.Compare(roleRank(a.Role), roleRank(b.Role)), compareSwedish(a.Name, b.Name), cmp.Compare(a.ID, b.ID))
		})
	}
	return out
}

// partsInOrder returns the live parts with members, by Swedish name order.
func (g *meetingDoc) partsInOrder(members map[string][]*model.Representative) []*model.Part {
	var out []*model.Part
	for _, p := range g.in.Parts {
		if !p.Deleted && len(members[p.ID]) > 0 {
			out = append(out, p)
		}
	}
	slices.SortFunc(out, func(a, b *model.Part) int {
		return cmp.Or(compareSwedish(a.Name, b.Name), cmp.Compare(a.ID, b.ID))
	})
	return out
}

func roleRank(r model.CouncilRole) int {
	if i := slices.Index(model.CouncilRoles, r); i >= 0 {
		return i
	}
	return len(model.CouncilRoles)
}

// role returns a council role's name, "" for none.
func (d *doc) role(r model.CouncilRole) safe {
	if r == "" {
		return ""
	}
	return d.msg("role." + string(r))
}

// Invitation returns the PDF of a meeting's kallelse: when and where, and
// the agenda with each item's time slot from the start time and the
// minutes allotted, and who presents it.
func Invitation(in MeetingInput) ([]byte, Warnings, error) {
	g, err := newMeetingDoc(in, "invitation", "", false)
	if err != nil {
		return nil, nil, err
	}
	d, m := g.doc, g.m
	g.top("invitation")
	d.heading(d.msg("invitation.agenda"))
	if len(m.Agenda) == 0 {
		d.paragraph(d.msg("invitation.noagenda"))
	} else {
		t := newTable(d,
			column{d.msg("col.number"), 10},
			column{d.msg("col.time"), 26},
			column{d.msg("col.item"), 89},
			column{d.msg("col.presenter"), 45})
		clock, ok := m.StartTime, m.StartTime != ""
		for i, it := range m.Agenda {
			f := index("agenda", i) + "."
			slot := ""
			if ok {
				end, valid := clockAdd(clock, it.Minutes)
				ok = valid
				switch {
				case valid && it.Minutes > 0:
					slot = clock + "–" + end
				case valid:
					slot = clock
				}
				clock = end
			}
			item := []span{{text: g.z.line(g.from, f+"title", classLabel(d.info.lang, it.Title, it.Marking)), bold: true}}
			if in.Public && !it.Public() {
				// The public kallelse keeps the item's place and time,
				// not what it is about.
				item = []span{{text: d.msg("class.left", "Class", className(d.info.lang, it.Marking)), grey: true}}
				it.Presenter = ""
			} else {
				d.setClass(classMark(d.info.lang, it.Marking))
			}
			if it.Kind != "" {
				item = append(item, span{text: d.msg("item." + string(it.Kind)), grey: true})
			}
			t.row(text(d.plain(strconv.Itoa(i+1)+".")), text(d.plain(slot)), cell{spans: item},
				text(g.z.line(g.from, f+"presenter", it.Presenter)))
		}
		d.setClass(nil)
		if ok && clock != m.StartTime {
			d.gap(2)
			d.field(d.msg("invitation.end"), d.plain(clock))
		}
	}
	g.invited()
	d.gap(6)
	d.paragraph(d.msg("invitation.welcome"))
	if whom := g.excuseTo(); whom != "" {
		d.paragraph(d.msg("invitation.excuse", "Name", string(whom)))
	}
	if name, _ := g.person(m.ChairID); name != "" {
		d.gap(2)
		d.paragraph(name + ", " + d.msg("role.ordforande"))
	}
	if name, _ := g.person(m.SecretaryID); name != "" {
		d.paragraph(name + ", " + d.msg("role.sekreterare"))
	}
	return d.finish()
}

// invited lists the parts called and their representatives.
func (g *meetingDoc) invited() {
	d := g.doc
	members := g.members()
	parts := g.partsInOrder(members)
	if len(parts) == 0 {
		return
	}
	d.heading(d.msg("invitation.invited"))
	t := newTable(d, column{d.msg("col.part"), 70}, column{d.msg("col.representatives"), 100})
	for _, p := range parts {
		var names safe
		for _, r := range members[p.ID] {
			n, _ := g.person(r.ID)
			if role := d.role(r.Role); role != "" && r.Role != model.RoleMember {
				n += " (" + role + ")"
			}
			names = joinSafe(names, n)
		}
		t.row(text(g.z.line(source{model.KindPart, p.ID, p.Name}, "name", p.Name)), text(names))
	}
}

// compareSwedish orders names as a Swedish reader expects: case and
// accents aside, but å, ä and ö after z.
func compareSwedish(a, b string) int {
	return cmp.Or(slices.Compare(swedishKey(a), swedishKey(b)), strings.Compare(a, b))
}

func swedishKey(s string) []rune {
	out := make([]rune, 0, len(s))
	for _, r := range strings.ToLower(s) {
		switch r {
		case 'å':
			r = 'z' + 1
		case 'ä', 'æ':
			r = 'z' + 2
		case 'ö', 'ø':
			r = 'z' + 3
		default:
			if r >= 0xc0 {
				r = decompose(nil, r)[0]
			}
		}
		if unicode.IsLetter(r) || unicode.IsDigit(r) || r > 'z' || r == ' ' {
			out = append(out, r)
		}
	}
	return out
}

// excuseTo names whom to tell of a förhinder: the meeting's secretary, or
// when none is set its chair, with an e-mail address or phone number to
// reach them; "" when neither is set, and the kallelse leaves the line out
// rather than point at nobody.
func (g *meetingDoc) excuseTo() safe {
	for _, id := range []string{g.m.SecretaryID, g.m.ChairID} {
		r := g.reps[id]
		if r == nil {
			continue
		}
		name, _ := g.person(id)
		from := source{model.KindRepresentative, r.ID, r.Name}
		switch {
		case r.Email != "":
			name += " (" + g.z.line(from, "email", r.Email) + ")"
		case r.Phone != "":
			name += " (" + g.z.line(from, "phone", r.Phone) + ")"
		}
		return name
	}
	return ""
}
