package pdf

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"samverka/model"
)

// TestMinutesParagraphsInAgendaOrder: the secretary wrote item 5 first
// (§ 14 under the old rule) and the opening second; the protokoll
// numbers every item in agenda order from the meeting's first §.
func TestMinutesParagraphsInAgendaOrder(t *testing.T) {
	in := testMeeting(0, false)
	for i := range in.Meeting.Agenda {
		in.Meeting.Agenda[i].Paragraph = 0
	}
	in.Meeting.Agenda[4].Paragraph = 14
	in.Meeting.Agenda[0].Paragraph = 15
	doc := readBack(t, mustMake(t, Minutes, in))
	all := squash(doc.text())
	at := -1
	for i, it := range in.Meeting.Agenda {
		want := fmt.Sprintf("§ %d %s", 14+i, it.Title)
		j := strings.Index(all, want)
		if j < 0 {
			t.Fatalf("the protokoll lacks %q", want)
		}
		if j < at {
			t.Errorf("%q is printed before the item above it", want)
		}
		at = j
	}
	for i := range in.Meeting.Agenda {
		if strings.Contains(all, fmt.Sprintf(" %d. %s", i+1, in.Meeting.Agenda[i].Title)) {
			t.Errorf("item %d is printed with a plain number", i+1)
		}
	}
}

// TestMinutesCorrectedFollowUp: a follow-up entered by mistake and then
// corrected prints once, as the correction, saying what was corrected.
func TestMinutesCorrectedFollowUp(t *testing.T) {
	in := testMeeting(1, false)
	wrong := in.FollowUps[0]
	wrong.Status, wrong.Light, wrong.Comment = model.StatusDone, model.LightGreen, "Felaktigt klarmarkerad"
	right := &model.FollowUp{Meta: meta("followup-fix"), CommitmentID: wrong.CommitmentID, MeetingID: wrong.MeetingID,
		Date: wrong.Date, Status: model.StatusLate, Light: model.LightRed, Comment: "Försenad till maj", CorrectsID: wrong.ID}
	right.Created = time.Date(2026, 3, 12, 19, 0, 0, 0, time.UTC)
	in.FollowUps = append(in.FollowUps, right)
	doc := readBack(t, mustMake(t, Minutes, in))
	all := squash(doc.text())
	if n := strings.Count(all, "Uppföljt åtagande 1:"); n != 2 { // the decision names it too
		t.Errorf("the commitment is printed %d times, want in the decision and one follow-up row", n)
	}
	doc.contains(t, "Försenad till maj", "Rättad vid mötet; tidigare antecknat: Klar, Grön, ”Felaktigt klarmarkerad”.")
	if strings.Contains(strings.ReplaceAll(all, "”Felaktigt klarmarkerad”", ""), "Felaktigt klarmarkerad") {
		t.Error("the mistaken entry is printed as if it stood")
	}
}

// TestInvitationSaysWhomToTell: the kallelse names the secretary (with an
// address) to send förhinder to, the chair when there is no secretary,
// and leaves the line out when neither is set.
func TestInvitationSaysWhomToTell(t *testing.T) {
	in := testMeeting(0, false)
	for _, r := range in.Representatives {
		if r.ID == in.Meeting.SecretaryID {
			r.Email = "ayse.yilmaz@example.se"
		}
	}
	secretary := in.Representatives[2]
	doc := readBack(t, mustMake(t, Invitation, in))
	doc.contains(t, "Meddela förhinder till "+secretary.Name+" (ayse.yilmaz@example.se) i god tid")

	in.Meeting.SecretaryID = ""
	doc = readBack(t, mustMake(t, Invitation, in))
	doc.contains(t, "Meddela förhinder till "+in.Representatives[0].Name+" i god tid")

	in.Meeting.ChairID = ""
	doc = readBack(t, mustMake(t, Invitation, in))
	all := squash(doc.text())
	if strings.Contains(all, "förhinder") || strings.Contains(all, "sekreteraren") {
		t.Errorf("with neither secretary nor chair the kallelse still points at someone: %s", all)
	}
	doc.contains(t, "Varmt välkomna!")
}
