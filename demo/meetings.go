package demo

import (
	"fmt"
	"slices"
	"time"

	"samverka/model"
)

var meetingPlaces = []string{
	"Skärholmens stadsdelsförvaltning, sammanträdesrum Bredäng",
	"Skärholmens stadsdelsförvaltning, sammanträdesrum Sätra",
	"Lokalpolisområde Skärholmen, konferensrummet",
	"Skärholmens bibliotek, Skärholmstorget",
	"Fryshuset Sätra",
}

// meetingDates lays out the meetings: the scale's past meetings back from
// its last meeting, on Tuesdays to Thursdays, never in July nor around
// Christmas, and the upcoming ones after g.today. Their content comes later.
func (g *generator) meetingDates() {
	var dates []model.Date
	d := g.today.AddDays(-g.size.lastMeeting)
	for !meetingDay(d) {
		d = d.AddDays(-1)
	}
	for len(dates) < g.size.pastMeetings {
		dates = append(dates, d)
		d = d.AddDays(-g.between(g.size.meetingGap[0], g.size.meetingGap[1]))
		for !meetingDay(d) || (len(dates) > 0 && d >= dates[len(dates)-1]) {
			d = d.AddDays(-1)
		}
	}
	slices.Reverse(dates)
	next := g.today.AddDays(g.between(20, 28))
	for range g.size.upcoming {
		for !meetingDay(next) {
			next = next.AddDays(1)
		}
		dates = append(dates, next)
		next = next.AddDays(g.size.meetingGap[1])
	}
	perYear := map[int]int{}
	for i, d := range dates {
		perYear[d.Year()]++
		m := &model.Meeting{
			Number: fmt.Sprintf("%d:%d", d.Year(), perYear[d.Year()]),
			Date:   d,
			Kind:   model.MeetingCouncil,
			State:  model.StateDraft,
			Place:  meetingPlaces[g.rng.IntN(len(meetingPlaces))],
		}
		if g.scale == Stockholm && i%5 != 0 {
			m.Kind = pick(g, []model.MeetingKind{model.MeetingSteering, model.MeetingWorkingGroup, model.MeetingWorkingGroup})
		}
		if g.chance(0.5) {
			m.StartTime, m.EndTime = "09:00", "11:00"
		} else {
			m.StartTime, m.EndTime = "13:30", "15:30"
		}
		created := d.AddDays(-21)
		if d > g.today {
			created = g.today.AddDays(-g.between(1, 10))
		}
		m.Meta = g.meta(created, 1, "")
		g.meetings = append(g.meetings, m)
	}
	g.ds.Meetings = append(g.ds.Meetings, g.meetings...)
	g.created = map[int][]*model.Commitment{}
	g.followed = map[int][]*model.FollowUp{}
}

// meetingDay reports whether a council could meet on d.
func meetingDay(d model.Date) bool {
	t := d.Time()
	switch {
	case t.Weekday() < time.Tuesday || t.Weekday() > time.Thursday:
		return false
	case t.Month() == time.July:
		return false
	case t.Month() == time.December && t.Day() > 18, t.Month() == time.January && t.Day() < 8:
		return false
	}
	return !publicHoliday(d)
}

func (g *generator) firstMeeting() model.Date { return g.meetings[0].Date }

// meetingContent writes each past meeting's agenda, attendance and minutes
// with § numbers running per calendar year, and approves them; the
// upcoming meeting gets a draft agenda only.
func (g *generator) meetingContent() {
	paragraph := map[int]int{}
	police := g.ds.Parts[1]
	kommunpolis := g.repsByPart[police.ID][1]
	for i, m := range g.meetings {
		m.ChairID, m.SecretaryID = g.chair.ID, g.secretary.ID
		past := i < g.size.pastMeetings
		next := func() int {
			if !past {
				return 0
			}
			paragraph[m.Date.Year()]++
			return paragraph[m.Date.Year()]
		}
		item := func(title string, kind model.ItemKind, presenter string, minutes int, notes string) *model.AgendaItem {
			it := model.AgendaItem{ID: g.id(), Title: title, Kind: kind, Presenter: presenter, Minutes: minutes, Paragraph: next()}
			if past {
				it.Notes = notes
			}
			m.Agenda = append(m.Agenda, it)
			return &m.Agenda[len(m.Agenda)-1]
		}
		if past {
			g.attendance(m)
		} else {
			g.excused(m)
		}
		adjuster := g.adjuster(m)
		item("Mötets öppnande och val av justerare", model.ItemOther, g.chair.Name, 5,
			fmt.Sprintf("Ordföranden öppnade mötet. %s valdes att jämte ordföranden justera protokollet.", adjuster))
		agenda := item("Godkännande av dagordningen", model.ItemDecision, g.chair.Name, 2, "Dagordningen godkändes.")
		if past {
			agenda.Decisions = []model.Decision{{ID: g.id(), Text: "Rådet godkände dagordningen."}}
		}
		if i > 0 {
			item("Föregående protokoll", model.ItemInformation, g.secretary.Name, 3,
				fmt.Sprintf("Protokollet från möte %s gicks igenom och lades till handlingarna.", g.meetings[i-1].Number))
		}
		item(policeItem, model.ItemInformation,
			g.presenter(m, past, append([]*model.Representative{kommunpolis}, g.repsByPart[police.ID]...)...), 20, g.policeNotes())
		item("Uppföljning av åtaganden", model.ItemFollowUp, g.secretary.Name, 30, g.followUpNotes(i))
		if made := g.created[i]; len(made) > 0 {
			dec := item("Nya åtaganden", model.ItemDecision, g.chair.Name, 20,
				fmt.Sprintf("Rådet gick igenom förslagen till nya åtaganden utifrån åtgärdsplanen. %s beslutades.", countedCommitments(len(made))))
			for _, c := range made {
				c.Paragraph = dec.Paragraph
				dec.Decisions = append(dec.Decisions, model.Decision{
					ID: g.id(), CommitmentID: c.ID,
					Text: fmt.Sprintf("%s åtar sig: %s.", g.partByID[c.PartID].Name, c.Title),
				})
			}
		} else if !past {
			item("Nya åtaganden", model.ItemDecision, g.chair.Name, 20, "")
		}
		if g.chance(0.6) {
			if p, who := g.informant(m, past); p != nil {
				item("Information från "+p.Name, model.ItemInformation, who, 15, pick(g, informationNotes))
			}
		}
		item("Övriga frågor", model.ItemOther, g.chair.Name, 10, pick(g, otherNotes))
		if past {
			m.State = model.StateApproved
			approved := min(m.Date.AddDays(g.between(3, 14)), g.today)
			m.ApprovedAt = g.at(approved)
			g.revise(&m.Meta, 3, approved)
			m.Fingerprint = model.MinutesFingerprint(m)
		}
	}
}

// attendance lists who came: the council's members of record, with
// apologies and substitutes, and now and then a guest. Working groups are
// smaller.
func (g *generator) attendance(m *model.Meeting) {
	var members []*model.Representative
	for _, r := range g.ds.Representatives {
		if !r.ActiveOn(m.Date) || r.Role == model.RoleDeputy {
			continue
		}
		if m.Kind != model.MeetingCouncil && r != g.chair && r != g.secretary && !g.chance(0.08) {
			continue
		}
		members = append(members, r)
	}
	for _, r := range members {
		a := model.Attendance{RepresentativeID: r.ID, Presence: model.PresencePresent}
		if r != g.chair && r != g.secretary {
			switch x := g.rng.Float64(); {
			case x < 0.12:
				a.Presence = model.PresenceExcused
			case x < 0.18:
				a.Presence = model.PresenceAbsent
			}
		}
		m.Attendance = append(m.Attendance, a)
		if a.Presence != model.PresenceExcused {
			continue
		}
		for _, d := range g.repsByPart[r.PartID] {
			if d.Role == model.RoleDeputy && d.ActiveOn(m.Date) {
				m.Attendance = append(m.Attendance, model.Attendance{
					RepresentativeID: d.ID, Presence: model.PresenceSubstitute, SubstituteFor: r.ID,
				})
				break
			}
		}
	}
	if g.chance(0.3) {
		guest := g.drawPerson(pick(g, backgrounds))
		m.Attendance = append(m.Attendance, model.Attendance{
			GuestName: guest.full, GuestOrg: pick(g, guestOrgs), Presence: model.PresencePresent,
		})
	}
}

// excused notes the apologies already sent for an upcoming meeting.
func (g *generator) excused(m *model.Meeting) {
	for _, r := range g.ds.Representatives {
		if r.Role == model.RoleMember && r.ActiveOn(m.Date) && g.chance(0.08) {
			m.Attendance = append(m.Attendance, model.Attendance{RepresentativeID: r.ID, Presence: model.PresenceExcused})
		}
	}
}

// adjuster picks a present member other than the chair and secretary to
// check the minutes, and returns the name.
func (g *generator) adjuster(m *model.Meeting) string {
	var cands []*model.Representative
	for _, a := range m.Attendance {
		r := g.repByID[a.RepresentativeID]
		if r != nil && a.Presence == model.PresencePresent && r != g.chair && r != g.secretary {
			cands = append(cands, r)
		}
	}
	if len(cands) == 0 {
		return g.chair.Name
	}
	r := pick(g, cands)
	m.AdjusterIDs = []string{r.ID}
	return r.Name
}

func (g *generator) policeNotes() string {
	return fmt.Sprintf("Kommunpolisen redogjorde för läget sedan förra mötet. %s %s",
		pick(g, policeTrends), pick(g, policeFocus))
}

// followUpNotes sums up the follow-ups recorded at meeting i.
func (g *generator) followUpNotes(i int) string {
	fus := g.followed[i]
	if len(fus) == 0 {
		return "Inga åtaganden stod på tur för uppföljning."
	}
	count := map[model.Light]int{}
	late := 0
	for _, f := range fus {
		count[f.Light]++
		if f.Status == model.StatusLate {
			late++
		}
	}
	s := fmt.Sprintf("%d åtaganden följdes upp: %d gröna, %d gula och %d röda.",
		len(fus), count[model.LightGreen], count[model.LightYellow], count[model.LightRed])
	switch {
	case late == 1:
		s += " Ett åtagande är försenat; den ansvariga parten återkommer med en ny tidplan till nästa möte."
	case late > 1:
		s += fmt.Sprintf(" %d åtaganden är försenade; de ansvariga aktörerna återkommer med nya tidplaner till nästa möte.", late)
	}
	return s
}

var policeTrends = []string{
	"Anmälningarna om rån mot unga har minskat jämfört med samma period förra året.",
	"Narkotikaförsäljningen vid centrum har flyttat mot gångtunneln mot Bredäng.",
	"Skadegörelsen vid skolorna i Sätra har ökat under lovet.",
	"Antalet anmälda inbrott i källarförråd i Vårby gård är fortsatt lågt.",
	"Polisen ser fler yngre personer i miljöerna kring tunnelbanan kvällstid.",
	"Ordningsstörningarna i centrum har minskat efter de gemensamma utsättningarna.",
}

var policeFocus = []string{
	"Fokus de kommande veckorna är närvaro vid Vårbergs tunnelbana.",
	"Polisen planerar gemensamma pass med fältassistenterna inför helgerna.",
	"Samarbetet med centrumledningen fungerar väl.",
	"Polisen efterfrågar fler tips från bostadsbolagen om misstänkta förråd.",
}

var informationNotes = []string{
	"Parten informerade om sommarens verksamhet och behovet av fler vuxna under kvällarna.",
	"Parten informerade om en ny rutin för felanmälan av trasig belysning.",
	"Parten redovisade resultatet av höstens trygghetsvandring.",
	"Parten informerade om sitt arbete med föräldraträffar och efterfrågade lokaler.",
	"Föredraganden berättade om ett nytt samarbete med föreningslivet kring lovaktiviteter.",
}

var otherNotes = []string{
	"Inga övriga frågor.",
	"Nästa möte hålls enligt den beslutade mötesplanen.",
	"Ordföranden påminde om att lämna underlag till lägesbilden i god tid.",
	"Rådet tackade Fryshuset för värdskapet vid förra mötet.",
}

var guestOrgs = []string{
	"Brottsförebyggande rådet (Brå)",
	"Länsstyrelsen Stockholm",
	"Stockholms stad, stadsledningskontorets trygghetsavdelning",
	"Trafikkontoret",
	"Stockholms universitet, kriminologiska institutionen",
}

// countedCommitments writes n new commitments as a protokoll begins a
// sentence with them: "Ett nytt åtagande", "3 nya åtaganden".
func countedCommitments(n int) string {
	if n == 1 {
		return "Ett nytt åtagande"
	}
	return fmt.Sprintf("%d nya åtaganden", n)
}
