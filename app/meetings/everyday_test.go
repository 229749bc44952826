package meetings

import (
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"samverka/model"

	"samverka/app/internal/session"
	"samverka/app/internal/sessiontest"
)

// followUpsAt returns the live follow-ups of commitment id recorded at
// meeting mt in the file.
func followUpsAt(ds *model.Dataset, id, meetingID string) []*model.FollowUp {
	var out []*model.FollowUp
	for _, f := range ds.FollowUps {
		if f.CommitmentID == id && f.MeetingID == meetingID && !f.Deleted {
			out = append(out, f)
		}
	}
	return out
}

// saved saves the open council and reads the file as another program
// would.
func saved(h *sessiontest.Harness, path string) *model.Dataset {
	h.T.Helper()
	if _, err := h.S.Doc.Store.Save(); err != nil {
		h.T.Fatal(err)
	}
	return h.Stored(path)
}

// TestUndoTakesBackTheLastAction is issue 19's first case: the secretary
// saves an item's minutes, then records a follow-up, then chooses Ångra.
// The follow-up is taken back and named; the minutes and their § stay in
// the file and on screen. The next Ångra takes the minutes back, and the
// text box shows that they are gone.
func TestUndoTakesBackTheLastAction(t *testing.T) {
	h := sessiontest.New(t)
	path := h.DemoFile()
	h.OpenFile(path)
	e := newMeetingAt(h, "2026-02-03", "18:00", "20:00", "Bredängsskolan")
	e.tabs.Select(e.minutesTab)
	chooseItem(t, e.minutes, "Föregående protokoll")
	minutesText(e.minutes, "Protokollet lades till handlingarna.")

	e.tabs.Select(e.followUpTab)
	f := e.followUp
	chosen := f.chosen
	title := e.ui.Doc.View.Commitments[chosen].C.Title
	statusBefore := e.ui.Doc.View.Commitments[chosen].C.Status
	f.status.Sel.SetSelected(session.Tr("status." + string(model.StatusLate)))
	f.onLight(model.LightYellow)
	test.Type(f.comment, "Försenat en månad.")
	test.Tap(f.save)
	if what, ok := h.S.Undo.Top(); !ok || what != "uppföljning av "+title {
		t.Fatalf("Ångra would take back %q, want the follow-up of %q", what, title)
	}
	if got := session.Tr("menu.undoWhat", map[string]any{"What": "uppföljning av " + title}); got != "Ångra uppföljning av "+title {
		t.Fatalf("the menu says %q", got)
	}
	paragraphs := itemParagraphs(e.mt)

	h.S.OnUndo()
	e = meetingsOf(h).editor
	ds := saved(h, path)
	if at := model.FollowUpAt(ds.FollowUps, chosen, e.mt.ID); at != nil {
		t.Fatalf("after Ångra the follow-up still stands in the file: %+v", at)
	}
	// The history is append-only: the file keeps the entry and the
	// withdrawal that took it back.
	if got := followUpsAt(ds, chosen, e.mt.ID); len(got) != 2 || !slices.ContainsFunc(got, func(f *model.FollowUp) bool { return f.Withdrawn }) {
		t.Fatalf("the file holds %+v, want the entry and its withdrawal", got)
	}
	if c := ds.Commitments; len(c) > 0 {
		for _, x := range c {
			if x.ID == chosen && x.Status != statusBefore {
				t.Fatalf("after Ångra the commitment is %s, was %s", x.Status, statusBefore)
			}
		}
	}
	stored := storedMeeting(t, ds, e.mt.ID)
	if item(t, stored, "Föregående protokoll").Notes != "Protokollet lades till handlingarna." {
		t.Fatal("Ångra of the follow-up took the minutes text out of the file")
	}
	if got := itemParagraphs(stored); !slices.Equal(got, paragraphs) {
		t.Fatalf("Ångra of the follow-up changed the § from %v to %v", paragraphs, got)
	}
	if e.followUp.followedHere(chosen) {
		t.Fatal("the screen still shows the commitment followed up here")
	}
	if what, _ := h.S.Undo.Top(); what != session.Tr("meetingUndo.notes") {
		t.Fatalf("next Ångra would take back %q", what)
	}

	h.S.OnUndo()
	e.tabs.Select(e.minutesTab)
	chooseItem(t, e.minutes, "Föregående protokoll")
	if got := item(t, storedMeeting(t, saved(h, path), e.mt.ID), "Föregående protokoll").Notes; got != "" {
		t.Fatalf("after the second Ångra the file still has %q", got)
	}
	if e.minutes.notes.Text != "" {
		t.Fatalf("the text box shows %q, which the file no longer holds", e.minutes.notes.Text)
	}
}

// TestFollowUpSavedTwice is issue 19's third case: after "Spara och
// nästa" on the last commitment the form stays; Spara again with nothing
// new records nothing, and saving something else corrects the entry,
// which the history shows as corrected.
func TestFollowUpSavedTwice(t *testing.T) {
	h := sessiontest.New(t)
	path := h.DemoFile()
	h.OpenFile(path)
	e := newMeetingAt(h, "2026-02-03", "18:00", "20:00", "Bredängsskolan")
	e.tabs.Select(e.followUpTab)
	f := e.followUp
	last := len(f.shown) - 1
	f.list.Select(last)
	id := f.chosen
	f.status.Sel.SetSelected(session.Tr("status." + string(model.StatusDone)))
	f.onLight(model.LightGreen)
	test.Type(f.comment, "Klart i januari.")
	test.Tap(f.saveNext)
	if f.chosen != id {
		t.Fatalf("after Spara och nästa on the last commitment the form shows %q", f.chosen)
	}
	steps := len(h.S.Undo.Steps)
	// The form shows the commitment as it stands now: Klar, green.
	f.comment.SetText("Klart i januari.")
	test.Tap(f.save)
	test.Tap(f.save)
	if got := followUpsAt(saved(h, path), id, e.mt.ID); len(got) != 1 {
		t.Fatalf("saving the same follow-up again gave %d entries", len(got))
	}
	if len(h.S.Undo.Steps) != steps {
		t.Fatal("a save that recorded nothing became an undo step")
	}
	if !strings.Contains(h.S.Status.State.Text, "redan sparad") {
		t.Fatalf("the status line says %q", h.S.Status.State.Text)
	}

	// It was a mistake: the commitment is late, not done.
	f.status.Sel.SetSelected(session.Tr("status." + string(model.StatusLate)))
	f.onLight(model.LightRed)
	f.comment.SetText("Försenat till mars.")
	test.Tap(f.save)
	got := followUpsAt(saved(h, path), id, e.mt.ID)
	if len(got) != 2 {
		t.Fatalf("after the correction %d entries, want the mistake and its correction", len(got))
	}
	var mistake, correction *model.FollowUp
	for _, x := range got {
		if x.CorrectsID != "" {
			correction = x
		} else {
			mistake = x
		}
	}
	if correction == nil || mistake == nil || correction.CorrectsID != mistake.ID || correction.Status != model.StatusLate {
		t.Fatalf("entries %+v", got)
	}
	if c := h.S.Doc.View.Commitments[id].C; c.Status != model.StatusLate {
		t.Fatalf("the commitment stands as %s after the correction", c.Status)
	}
	texts := sessiontest.HistoryTexts(f.history)
	if len(texts) < 2 || strings.Contains(texts[0], "felaktig") || !strings.Contains(texts[1], "felaktig, rättad vid mötet") {
		t.Fatalf("the history shows %q", texts)
	}
	if what, _ := h.S.Undo.Top(); !strings.HasPrefix(what, "rättelse av uppföljningen av") {
		t.Fatalf("Ångra would take back %q", what)
	}
	if done, _ := f.counts(); done != 1 {
		t.Fatalf("%d commitments counted as followed up, want 1", done)
	}
}
