package pdf

import (
	"strings"
	"testing"

	"samverka/model"
)

// TestFollowUpPlanFrozenWithAgreement prints a signed agreement, then
// changes the meetings and follow-ups the uppföljningsplan was made from:
// a meeting retired, a follow-up item renamed, a new meeting and a new
// follow-up (so that a meeting now follows up a commitment rather than
// its agenda's item). The signed agreement's annex is word for word what it was,
// and says the day it was taken; a draft of the same agreement follows the
// records. The kontrollsumma covers the plan: a changed row is a changed
// agreement.
func TestFollowUpPlanFrozenWithAgreement(t *testing.T) {
	annex := func(t *testing.T, in AgreementInput) string {
		t.Helper()
		b, _ := mustAgreement(t, in)
		text := squash(readBack(t, b).text())
		start := strings.Index(text, "Bilaga 3: Uppföljningsplan")
		if start < 0 {
			t.Fatalf("no uppföljningsplan:\n%s", text)
		}
		end := strings.Index(text[start:], "Underskrifter")
		if end < 0 {
			end = min(len(text)-start, 500)
		}
		return text[start : start+end]
	}
	change := func(in *AgreementInput) {
		in.Meetings[0].Deleted = true
		in.Meetings[1].Agenda[0].Title = "Uppföljning av allt"
		in.Meetings = append(in.Meetings, &model.Meeting{Meta: meta("m-new"), Number: "2026:3", Date: "2026-09-16",
			Kind: model.MeetingCouncil, Agenda: []model.AgendaItem{{ID: "i9", Title: "Ny uppföljning", Kind: model.ItemFollowUp}}})
		in.FollowUps = append(in.FollowUps, &model.FollowUp{Meta: meta("f-9"), CommitmentID: in.Commitments[0].ID,
			MeetingID: "m-2", Date: "2026-11-18", Status: model.StatusOngoing})
	}

	signed := juristAgreement(true)
	if signed.Agreement.FollowUpPlan.Taken != "2026-03-10" || len(signed.Agreement.FollowUpPlan.Rows) != 2 {
		t.Fatalf("plan taken %+v", signed.Agreement.FollowUpPlan)
	}
	before := annex(t, signed)
	for _, want := range []string{"Planen som den såg ut den 2026-03-10",
		"2026-05-20 Styrgruppsmöte 2026:2 Bättre belysning vid Bredängs gångtunnel",
		"2026-11-18 Styrgruppsmöte 2026:4 Uppföljning av nattvandringen och belysningen"} {
		if !strings.Contains(before, want) {
			t.Errorf("the annex lacks %q:\n%s", want, before)
		}
	}
	change(&signed)
	if after := annex(t, signed); after != before {
		t.Errorf("the signed agreement's annex changed with the meetings:\nbefore %s\nafter  %s", before, after)
	}
	if p := model.Validate(signed.Agreement); p.For("fingerprint") != nil {
		t.Fatalf("the signed agreement no longer verifies: %v", p)
	}
	a := *signed.Agreement
	a.FollowUpPlan.Rows = append([]model.PlannedFollowUp(nil), a.FollowUpPlan.Rows...)
	a.FollowUpPlan.Rows[0].What = []string{"Något annat"}
	if model.AgreementFingerprint(&a) == signed.Agreement.Fingerprint {
		t.Error("the kontrollsumma does not cover the uppföljningsplan")
	}
	if model.CheckChange(signed.Agreement, &a) == nil {
		t.Error("a signed agreement's uppföljningsplan can be changed")
	}

	draft := juristAgreement(false)
	if !draft.Agreement.FollowUpPlan.IsZero() {
		t.Fatal("a draft holds a plan")
	}
	change(&draft)
	live := annex(t, draft)
	for _, want := range []string{"2026-09-16 Rådsmöte 2026:3 Ny uppföljning", "2026-11-18 Styrgruppsmöte 2026:4 " + draft.Commitments[0].Title} {
		if !strings.Contains(live, want) {
			t.Errorf("the draft's annex lacks %q:\n%s", want, live)
		}
	}
	if strings.Contains(live, "2026:2") || strings.Contains(live, "Uppföljning av nattvandringen") || strings.Contains(live, "Planen som den såg ut") {
		t.Errorf("the draft's annex shows the retired meeting or a frozen plan:\n%s", live)
	}
}
