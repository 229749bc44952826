package pdf

import (
	"testing"

	"samverka/model"
)

func TestInputsFromDataset(t *testing.T) {
	agreement := testAgreement(3, 4, true)
	meeting := testMeeting(5, true)
	ds := model.NewDataset(agreement.Council)
	for _, p := range agreement.Parts {
		ds.Add(p)
	}
	for _, r := range meeting.Representatives {
		ds.Add(r)
	}
	for _, c := range meeting.Commitments {
		ds.Add(c)
	}
	for _, f := range meeting.FollowUps {
		ds.Add(f)
	}
	ds.Add(agreement.Agreement)
	ds.Add(meeting.Meeting)
	for _, s := range agreement.Signatures {
		ds.Add(s)
	}
	gone := *agreement.Signatures[0]
	gone.ID, gone.Deleted = "signature-deleted", true
	ds.Add(&gone)

	in, ok := AgreementInputFrom(ds, agreement.Agreement.ID)
	if !ok || in.Agreement != agreement.Agreement || len(in.Signatures) != 3 || in.Council == nil {
		t.Fatalf("agreement input %+v, %v", in, ok)
	}
	if _, _, err := Agreement(in); err != nil {
		t.Fatal(err)
	}
	mi, ok := MeetingInputFrom(ds, meeting.Meeting.ID)
	if !ok || mi.Meeting != meeting.Meeting || len(mi.FollowUps) != 5 {
		t.Fatalf("meeting input: %d follow-ups, %v", len(mi.FollowUps), ok)
	}
	if _, _, err := Minutes(mi); err != nil {
		t.Fatal(err)
	}
	if _, ok := AgreementInputFrom(ds, "no-such-id"); ok {
		t.Error("an agreement input for an unknown id")
	}
	if _, ok := MeetingInputFrom(ds, agreement.Agreement.ID); ok {
		t.Error("a meeting input for an agreement's id")
	}
}
