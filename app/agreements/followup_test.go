package agreements

import (
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"samverka/model"

	"samverka/app/internal/session"
	"samverka/app/internal/sessiontest"
)

// TestSendForSigningFreezesFollowUpPlan sends a new version of the example
// council's signed agreement for signing: the agreement on disk holds its
// uppföljningsplan as of today, with the follow-up items of the meetings'
// agendas (which the screens' view does not keep) where a meeting has not
// followed up the commitments. A meeting of the plan retired afterwards
// stays in the printed annex.
func TestSendForSigningFreezesFollowUpPlan(t *testing.T) {
	calls := viewerCalls(t)
	h := sessiontest.New(t)
	path := h.DemoFile()
	h.OpenFile(path)
	e := openAgreementIn(h, model.StateSigned)
	test.Tap(e.newVersion)
	e = agreementsOf(h).editor
	test.Tap(e.send)
	h.Confirm("agreement.edit.send")
	e = agreementsOf(h).editor
	id := e.before.ID

	h.CloseFile()
	ds := h.Stored(path)
	var ag *model.Agreement
	for _, a := range ds.Agreements {
		if a.ID == id {
			ag = a
		}
	}
	if ag == nil || ag.State != model.StateForSigning {
		t.Fatalf("the new version on disk: %+v", ag)
	}
	plan := ag.FollowUpPlan
	if plan.Taken != sessiontest.TestToday || len(plan.Rows) == 0 {
		t.Fatalf("plan taken %q with %d rows", plan.Taken, len(plan.Rows))
	}
	// Counted here from the file: the meetings of the period with a
	// follow-up item on their agenda, and the agreement's commitments
	// followed up at each meeting.
	included := map[string]bool{}
	for _, x := range ag.Included {
		included[x.CommitmentID] = true
	}
	followed := map[string]bool{}
	for _, f := range ds.FollowUps {
		if !f.Deleted && included[f.CommitmentID] {
			followed[f.MeetingID] = true
		}
	}
	agendaRows := 0
	var retire *model.Meeting
	for _, m := range ds.Meetings {
		if m.Deleted || m.Date < ag.From || m.Date > ag.To {
			continue
		}
		var items []string
		for _, it := range m.Agenda {
			if it.Kind == model.ItemFollowUp {
				items = append(items, it.Title)
			}
		}
		i := slices.IndexFunc(plan.Rows, func(r model.PlannedFollowUp) bool { return r.MeetingID == m.ID })
		switch {
		case !followed[m.ID] && len(items) == 0:
			if i >= 0 {
				t.Errorf("meeting %s follows up nothing but is in the plan", m.Date)
			}
		case i < 0:
			t.Errorf("meeting %s (%d items) is not in the plan", m.Date, len(items))
		case !followed[m.ID]:
			if !slices.Equal(plan.Rows[i].What, items) {
				t.Errorf("meeting %s follows up %q, its agenda %q", m.Date, plan.Rows[i].What, items)
			}
			agendaRows++
			if retire == nil || m.Date > retire.Date {
				retire = m
			}
		}
	}
	if agendaRows == 0 || retire == nil {
		t.Fatal("no meeting of the plan follows up its agenda's items")
	}

	// Retired afterwards, the meeting stays in the signed text.
	h.OpenFile(path)
	if err := h.S.Doc.Retire(model.KindMeeting, retire.ID); err != nil {
		t.Fatal(err)
	}
	a := agreementsOf(h)
	a.show(id)
	test.Tap(a.editor.print)
	if len(*calls) != 1 {
		t.Fatalf("viewer handed %v", *calls)
	}
	out, err := exec.Command("pdftotext", filepath.FromSlash((*calls)[0].Path), "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	text := strings.Join(strings.Fields(string(out)), " ")
	row := plan.Rows[slices.IndexFunc(plan.Rows, func(r model.PlannedFollowUp) bool { return r.MeetingID == retire.ID })]
	start := strings.LastIndex(text, session.Tr("pdf.annex.uppfoljningsplan"))
	if start < 0 {
		t.Fatalf("no uppföljningsplan in the printed agreement:\n%s", text)
	}
	annex := text[start:]
	if !strings.Contains(annex, string(retire.Date)) || !strings.Contains(annex, strings.Join(strings.Fields(row.What[0]), " ")) {
		t.Errorf("the printed annex lacks the retired meeting of %s (%q):\n%s", retire.Date, row.What[0], annex)
	}
}
