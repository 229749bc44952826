package meetings

import (
	"encoding/json"
	"slices"
	"strconv"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"samverka/model"

	"samverka/app/internal/kit"
	"samverka/app/internal/session"
	"samverka/app/internal/sessiontest"
)

// TestMeetingWholeRun runs a council meeting as the chair and secretary
// would: create it, mark attendance at the door, write minutes for two
// items, decide a new commitment under a §, follow up three commitments
// and approve (justera) the minutes. After reopening the file the three
// commitments' histories hold the new entries and every earlier entry is
// unchanged, byte for byte.
func TestMeetingWholeRun(t *testing.T) {
	h := sessiontest.New(t)
	path := h.DemoFile()
	before := h.Stored(path)
	earlier := map[string][]byte{}
	for _, f := range before.FollowUps {
		earlier[f.ID], _ = json.Marshal(f)
	}
	h.OpenFile(path)

	// Create the meeting: it opens on its agenda, with the standard
	// items and the council's chair and secretary.
	e := newMeetingAt(h, "2026-02-03", "18:00", "20:00", "Skärholmens bibliotek")
	if e.tabs.Selected() != e.agendaTab {
		t.Fatalf("a new meeting opens on %q", e.tabs.Selected().Text)
	}
	want := []string{"Mötets öppnande", "Val av justerare", "Föregående protokoll", "Uppföljning av åtaganden", "Övriga frågor", "Mötets avslutande"}
	if got := titles(e.mt); !slices.Equal(got, want) {
		t.Fatalf("standard agenda %q", got)
	}
	v := h.S.Doc.View
	if r := v.Representatives[e.mt.ChairID]; r == nil || r.Role != model.RoleChair {
		t.Fatalf("chair %q", e.mt.ChairID)
	}
	if e.agenda.end.Text != "6 punkter · mötet slutar 18:54" {
		t.Fatalf("agenda end %q", e.agenda.end.Text)
	}

	// The agenda gets an item for new commitments after the follow-up.
	e.agenda.list.Select(3)
	test.Tap(e.agenda.add)
	test.Type(e.agenda.title, "Nya åtaganden")
	e.agenda.kind.Sel.SetSelected("beslut")
	test.Type(e.agenda.minutes, "15")
	test.Tap(e.agenda.save)
	if got := titles(e.mt); len(got) != 7 || got[4] != "Nya åtaganden" {
		t.Fatalf("agenda after adding %q", got)
	}

	// Attendance at the door: one tap per person, grouped by part.
	e.tabs.Select(e.attendanceTab)
	a := e.attendance
	var people []*model.Representative
	for _, row := range a.rows {
		if row.rep != nil && len(row.others) > 0 {
			people = append(people, row.rep)
		}
	}
	if len(people) < 4 || a.rows[0].heading == "" {
		t.Fatalf("attendance rows: %d people, first row %+v", len(people), a.rows[0])
	}
	present, excused, substitute := people[0], people[1], people[2]
	for _, r := range []*model.Representative{present, people[3]} {
		test.Tap(presenceButton(t, a, r.Name, model.PresencePresent))
	}
	test.Tap(presenceButton(t, a, excused.Name, model.PresenceExcused))
	// Tapping the mark again takes it away; a second tap sets it.
	test.Tap(presenceButton(t, a, people[3].Name, model.PresencePresent))
	if got := presenceOf(e, people[3].Name); got != model.PresenceUnknown {
		t.Fatalf("a second tap left %q", got)
	}
	_, _, sub, _ := attendanceRowOf(t, a, substitute.Name)
	stands := substitute
	for _, r := range a.rows {
		if r.rep == substitute {
			stands = r.others[0]
		}
	}
	sub.SetSelected("för " + stands.Name)
	if got := presenceOf(e, present.Name); got != model.PresencePresent {
		t.Fatalf("%s is %q", present.Name, got)
	}
	if b := presenceButton(t, a, present.Name, model.PresencePresent); b.Importance != widget.SuccessImportance {
		t.Fatalf("the present button does not stand out")
	}
	test.Tap(a.addGuest)
	guest := h.Dialog()
	test.Type(guest.Entry(t, "field.attendance.guestName"), "Lina Berg")
	test.Type(guest.Entry(t, "field.attendance.guestOrg"), "Länsstyrelsen")
	test.Tap(guest.Button("button.create"))
	if h.Dialog() != nil || presenceOf(e, "Lina Berg") != model.PresencePresent {
		t.Fatal("the guest was not added as present")
	}
	if !strings.HasPrefix(a.summary.Text, "Närvarande 2 · Frånvarande 0 · Anmält förhinder 1 · Ersättare 1 · ") {
		t.Fatalf("attendance summary %q", a.summary.Text)
	}
	var subEntry model.Attendance
	for _, at := range e.mt.Attendance {
		if at.RepresentativeID == substitute.ID {
			subEntry = at
		}
	}
	if subEntry.Presence != model.PresenceSubstitute || subEntry.SubstituteFor != stands.ID {
		t.Fatalf("substitute entry %+v", subEntry)
	}

	// Minutes for two items: the first gives the whole agenda its § in
	// agenda order, from the year's next.
	e.tabs.Select(e.minutesTab)
	m := e.minutes
	chooseItem(t, m, "Mötets öppnande")
	if !m.paragraph.Visible() || m.paragraph.Text != session.Tr("meetingMinutes.noParagraph") {
		t.Fatalf("paragraph before minutes %q", m.paragraph.Text)
	}
	minutesText(m, "Ordföranden öppnade mötet och hälsade alla välkomna.")
	if m.paragraph.Visible() || m.heading.Text != "§ 1 Mötets öppnande" {
		t.Fatalf("after the first minutes: %q", m.heading.Text)
	}
	chooseItem(t, m, "Val av justerare")
	test.Type(m.decision, "Rådet valde "+present.Name+" att justera protokollet.")
	test.Tap(m.addDecision)
	minutesText(m, "Frågan om justerare togs upp.")
	if got := itemParagraphs(e.mt); !slices.Equal(got[:2], []int{1, 2}) {
		t.Fatalf("paragraphs %v", got)
	}

	// A decision under a § creates a new commitment on the spot.
	chooseItem(t, m, "Nya åtaganden")
	m.creates.SetChecked(true)
	test.Type(m.title, "Trygghetsvandring vid Bredängs centrum")
	test.Tap(m.addDecision)
	if m.commitment.Problem("partId") == "" || m.commitment.Problem("area") == "" {
		t.Fatalf("no problems beside part and area: %q %q", m.commitment.Problem("partId"), m.commitment.Problem("area"))
	}
	owner := v.Parts[present.PartID]
	m.part.Sel.SetSelected(owner.Name)
	m.contact.Sel.SetSelected(present.Name)
	test.Type(m.due, "2026-05-31")
	m.area.Sel.SetSelected(session.Tr(model.AreaCollaboration.Key()))
	test.Tap(m.addDecision)
	decided := item(t, e.mt, "Nya åtaganden")
	if decided.Paragraph != 5 || len(decided.Decisions) != 1 || decided.Decisions[0].CommitmentID == "" {
		t.Fatalf("decision item %+v", decided)
	}
	newID := decided.Decisions[0].CommitmentID
	created := v.Commitments[newID]
	if created == nil || created.C.MeetingID != e.mt.ID || created.C.Paragraph != 5 || created.C.PartID != owner.ID ||
		created.C.ContactID != present.ID || created.C.Status != model.StatusPlanned {
		t.Fatalf("commitment from the decision %+v", created)
	}
	if want := owner.Name + " åtar sig: Trygghetsvandring vid Bredängs centrum."; decided.Decisions[0].Text != want {
		t.Fatalf("decision text %q", decided.Decisions[0].Text)
	}

	// Follow-up of three commitments, overdue first, with "Spara och
	// nästa".
	e.tabs.Select(e.followUpTab)
	f := e.followUp
	if len(f.shown) < 4 || !f.shown[0].Overdue(sessiontest.TestToday) || f.shown[len(f.shown)-1].Overdue(sessiontest.TestToday) {
		t.Fatalf("follow-up list not overdue first (%d)", len(f.shown))
	}
	if !slices.ContainsFunc(f.shown, func(c *model.Commitment) bool { return c.ID == newID }) {
		t.Fatal("the new commitment is not among those to follow up")
	}
	type record struct {
		status  string
		light   model.Light
		comment string
	}
	records := []record{
		{"Pågår", model.LightYellow, "Utbildningen hålls i mars i stället."},
		{"Klar", model.LightGreen, "Kontrollerna är gjorda; rapport till nästa möte."},
		{"Försenad", model.LightRed, "Ingen har tid före sommaren."},
	}
	var followed []string
	for _, r := range records {
		c := f.chosen
		followed = append(followed, c)
		f.status.Sel.SetSelected(r.status)
		if f.light == r.light {
			test.Tap(f.lights[r.light]) // off, so that the next tap sets it
		}
		test.Tap(f.lights[r.light])
		test.Type(f.comment, r.comment)
		test.Tap(f.saveNext)
		if f.chosen == c {
			t.Fatal("Spara och nästa stayed on the same commitment")
		}
	}
	if f.count.Text != "Uppföljda vid mötet: 3 av "+itoa(len(f.shown)) {
		t.Fatalf("count %q", f.count.Text)
	}
	if item(t, e.mt, "Uppföljning av åtaganden").Paragraph != 4 { // it was numbered with the agenda
		t.Fatalf("the follow-up item has § %d", item(t, e.mt, "Uppföljning av åtaganden").Paragraph)
	}
	// The history of the one followed up first shows the new entry on top.
	f.list.Select(slices.IndexFunc(f.shown, func(c *model.Commitment) bool { return c.ID == followed[0] }))
	if hist := sessiontest.HistoryTexts(f.history); len(hist) < 2 || !strings.Contains(hist[0], "2026-02-03 · Pågår · Gul") ||
		!strings.Contains(hist[0], records[0].comment) {
		t.Fatalf("history %q", hist)
	}

	// Justera: asked first, then locked with the fingerprint shown.
	test.Tap(e.approve)
	h.Confirm("meetingEditor.approve")
	if e.mt.State != model.StateApproved || e.mt.Fingerprint != model.MinutesFingerprint(e.mt) {
		t.Fatalf("state %q fingerprint %q", e.mt.State, e.mt.Fingerprint)
	}
	if !strings.Contains(e.fingerprint.Text, model.ShortFingerprint(e.mt.Fingerprint)) || e.approve.Visible() {
		t.Fatalf("header after approval: %q, approve visible %v", e.fingerprint.Text, e.approve.Visible())
	}
	meetingID := e.mt.ID
	approved := cloneMeeting(e.mt)

	// Reopen: everything is in the file.
	h.Reopen(path)
	after := h.Stored(path)
	stored := storedMeeting(t, after, meetingID)
	if stored.State != model.StateApproved || stored.Fingerprint != model.MinutesFingerprint(stored) ||
		stored.Fingerprint != approved.Fingerprint {
		t.Fatalf("stored meeting %q %q", stored.State, stored.Fingerprint)
	}
	if got := itemParagraphs(stored); !slices.Equal(got, []int{1, 2, 3, 4, 5, 6, 7}) {
		t.Fatalf("stored paragraphs %v", got)
	}
	if len(stored.Attendance) != 4 {
		t.Fatalf("stored attendance %+v", stored.Attendance)
	}
	var newCommitment *model.Commitment
	for _, c := range after.Commitments {
		if c.ID == newID {
			newCommitment = c
		}
	}
	if newCommitment == nil || newCommitment.MeetingID != meetingID || newCommitment.Paragraph != 5 {
		t.Fatalf("stored commitment %+v", newCommitment)
	}
	for i, id := range followed {
		var mine []*model.FollowUp
		for _, fu := range after.FollowUps {
			if fu.CommitmentID == id && fu.MeetingID == meetingID {
				mine = append(mine, fu)
			}
		}
		if len(mine) != 1 || mine[0].Comment != records[i].comment || mine[0].Light != records[i].light || mine[0].Date != "2026-02-03" {
			t.Fatalf("follow-ups of %s at the meeting: %+v", id, mine)
		}
		for _, c := range after.Commitments {
			if c.ID == id && c.Status != mine[0].Status {
				t.Fatalf("commitment %s has status %q after a follow-up %q", id, c.Status, mine[0].Status)
			}
		}
	}
	for _, fu := range after.FollowUps {
		old, ok := earlier[fu.ID]
		if !ok {
			continue
		}
		now, _ := json.Marshal(fu)
		if string(now) != string(old) {
			t.Fatalf("earlier follow-up changed:\n%s\n%s", old, now)
		}
		delete(earlier, fu.ID)
	}
	if len(earlier) != 0 {
		t.Fatalf("%d earlier follow-ups are gone", len(earlier))
	}
	if len(after.FollowUps) != len(before.FollowUps)+3 {
		t.Fatalf("%d follow-ups, want %d", len(after.FollowUps), len(before.FollowUps)+3)
	}

	// The commitment's history (as its editor shows it) has every
	// follow-up, the new entry first.
	history := kit.NewFollowUpHistory()
	history.Load(h.S.Doc, followed[0])
	hist := sessiontest.HistoryTexts(history)
	n := 0
	for _, fu := range after.FollowUps {
		if fu.CommitmentID == followed[0] {
			n++
		}
	}
	if len(hist) != n || !strings.Contains(hist[0], "2026-02-03 · Pågår · Gul · Rådsmöte "+stored.Number) || !contains(hist, records[0].comment) {
		t.Fatalf("commitment history (%d entries) %q", n, hist)
	}
}

func itoa(n int) string { return strconv.Itoa(n) }
