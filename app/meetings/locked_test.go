package meetings

import (
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"samverka/model"

	"samverka/app/internal/session"
	"samverka/app/internal/sessiontest"
)

// TestMeetingApprovedCannotChange opens minutes the council approved: the
// screen offers no way to change them, and storage refuses a change made
// around the screen. A meeting approved through the screen is locked the
// same way.
func TestMeetingApprovedCannotChange(t *testing.T) {
	h := sessiontest.New(t)
	path := h.DemoFile()
	h.OpenFile(path)
	var approved *model.Meeting
	for _, mt := range h.S.Doc.View.MeetingsSorted() {
		if mt.State == model.StateApproved {
			approved = mt
			break
		}
	}
	if approved == nil {
		t.Fatal("the demo council has no approved minutes")
	}
	e := openMeeting(h, approved.ID)
	assertLocked(t, e)

	// The screen's own guard and storage both refuse.
	err := e.save("", func(next *model.Meeting) error { next.Place = "Någon annanstans"; return nil })
	if model.CodeOf(err) != model.CodeLockedRecord {
		t.Fatalf("the editor saved approved minutes: %v", err)
	}
	changed := cloneMeeting(e.mt)
	changed.Agenda[0].Notes += " Tillägg i efterhand."
	if err := h.S.Doc.Store.Put(changed); model.CodeOf(err) != model.CodeLockedRecord {
		t.Fatalf("storage took a change of approved minutes: %v", err)
	}
	reopened := cloneMeeting(e.mt)
	reopened.State, reopened.Fingerprint = model.StateDraft, ""
	if err := h.S.Doc.Store.Put(reopened); model.CodeOf(err) != model.CodeLockedRecord {
		t.Fatalf("storage took approved minutes back to a draft: %v", err)
	}
	if err := h.S.Doc.Store.Delete(model.KindMeeting, e.mt.ID); model.CodeOf(err) != model.CodeLockedRecord {
		t.Fatalf("storage deleted approved minutes: %v", err)
	}

	// A draft approved on screen locks the same way, and stays locked in
	// the file.
	draft := newMeetingAt(h, "2026-02-03", "18:00", "20:00", "Bredängsskolan")
	draft.tabs.Select(draft.minutesTab)
	chooseItem(t, draft.minutes, "Mötets öppnande")
	minutesText(draft.minutes, "Mötet öppnades.")
	test.Tap(draft.approve)
	if msg := h.Dialog().Message(); !strings.Contains(msg, session.Tr("meetingEditor.noAdjusters")) {
		t.Fatalf("the confirmation does not say that no adjusters are chosen: %q", msg)
	}
	h.Confirm("button.cancel")
	if draft.mt.State != model.StateDraft {
		t.Fatal("cancelling approved the minutes")
	}
	test.Tap(draft.approve)
	h.Confirm("meetingEditor.approve")
	assertLocked(t, draft)
	if !strings.Contains(draft.details.lifecycle.Text, draft.mt.Fingerprint) {
		t.Fatalf("the full fingerprint is not shown: %q", draft.details.lifecycle.Text)
	}
	id, fingerprint, rev := draft.mt.ID, draft.mt.Fingerprint, draft.mt.Rev
	h.S.OnUndo() // approval is not among what can be undone
	h.Reopen(path)
	stored := storedMeeting(t, h.Stored(path), id)
	if stored.State != model.StateApproved || stored.Fingerprint != fingerprint || stored.Rev != rev {
		t.Fatalf("stored after reopening: %q %q rev %d (want rev %d)", stored.State, stored.Fingerprint, stored.Rev, rev)
	}
	assertLocked(t, openMeeting(h, id))
}

// assertLocked checks that no tab of e offers a change.
func assertLocked(t *testing.T, e *meetingEditor) {
	t.Helper()
	if e.approve.Visible() || !strings.Contains(e.fingerprint.Text, model.ShortFingerprint(e.mt.Fingerprint)) {
		t.Fatalf("header: approve shown %v, fingerprint %q", e.approve.Visible(), e.fingerprint.Text)
	}
	e.tabs.Select(e.detailsTab)
	d := e.details
	if d.save.Visible() || !d.place.Disabled() || !d.chair.Sel.Disabled() || !d.adjuster1.Sel.Disabled() {
		t.Fatal("the meeting's details can be changed")
	}
	e.tabs.Select(e.agendaTab)
	a := e.agenda
	if a.save.Visible() || a.add.Visible() || a.up.Visible() || a.remove.Visible() || !a.title.Disabled() {
		t.Fatal("the agenda can be changed")
	}
	e.tabs.Select(e.attendanceTab)
	at := e.attendance
	if at.addGuest.Visible() {
		t.Fatal("guests can be added")
	}
	for _, row := range at.rows {
		if row.rep != nil {
			_, buttons, sub, _ := attendanceRowOf(t, at, row.rep.Name)
			if !buttons[0].Disabled() || !sub.Disabled() {
				t.Fatalf("%s's attendance can be changed", row.rep.Name)
			}
			break
		}
	}
	e.tabs.Select(e.minutesTab)
	m := e.minutes
	if m.notes.Visible() || !m.minuted.Visible() || m.saveNotes.Visible() || m.newDecision.Visible() {
		t.Fatal("the minutes can be changed")
	}
	e.tabs.Select(e.followUpTab)
	f := e.followUp
	if f.inputs.Visible() {
		t.Fatal("follow-ups can be recorded at approved minutes")
	}
	for _, c := range f.shown {
		if !f.followedHere(c.ID) {
			t.Fatalf("%q is listed but was not followed up at the meeting", c.Title)
		}
	}
}

// TestMeetingPrint prints the invitation, attendance list and minutes from
// the meeting screen: each is written beside the council's file, handed to
// the viewer, and reads back as the meeting's document; a text the fonts
// cannot show is named in a warning.
func TestMeetingPrint(t *testing.T) {
	h := sessiontest.New(t)
	path := h.DemoFile()
	opened := h.Viewer()
	h.OpenFile(path)
	e := newMeetingAt(h, "2026-02-03", "18:00", "20:00", "Bredängsskolan")
	e.tabs.Select(e.minutesTab)
	chooseItem(t, e.minutes, "Mötets öppnande")
	minutesText(e.minutes, "Ordföranden öppnade mötet och hälsade alla välkomna.")

	// A text the fonts cannot show: the document is made and says so.
	e.tabs.Select(e.agendaTab)
	e.agenda.list.Select(4)
	e.agenda.title.SetText("Övriga frågor 😀")
	test.Tap(e.agenda.save)

	for _, tc := range []struct {
		button *widget.Button
		file   string
		want   []string
		warns  bool // the attendance list has no agenda
	}{
		{e.invitation, "Kallelse Rådsmöte 2026-2.pdf", []string{"Kallelse – Rådsmöte 2026:2", "Dagordning", "18:00–18:05", "Uppföljning av åtaganden", "Kallade"}, true},
		{e.attendList, "Närvarolista Rådsmöte 2026-2.pdf", []string{"Närvarolista – Rådsmöte 2026:2", "Bredängsskolan"}, false},
		{e.minutesPDF, "Protokoll Rådsmöte 2026-2.pdf", []string{"Protokoll – Rådsmöte 2026:2", "UTKAST", "§ 1 Mötets öppnande", "Ordföranden öppnade mötet"}, true},
	} {
		test.Tap(tc.button)
		want := filepath.Join(filepath.Dir(path), tc.file)
		if len(*opened) == 0 || (*opened)[len(*opened)-1] != want {
			t.Fatalf("viewer handed %q, want %q last", *opened, want)
		}
		text := meetingPDFText(t, want)
		for _, w := range tc.want {
			if !strings.Contains(text, w) {
				t.Errorf("%s lacks %q:\n%s", tc.file, w, text)
			}
		}
		if out, err := exec.Command("qpdf", "--check", want).CombinedOutput(); err != nil {
			t.Fatalf("qpdf --check %s: %v\n%s", tc.file, err, out)
		}
		warning := meetingOverlayText(h)
		if strings.Contains(warning, "U+1F600") != tc.warns {
			t.Fatalf("warning after %s: %q", tc.file, warning)
		}
		if top := h.Win.Canvas().Overlays().Top(); top != nil {
			h.Win.Canvas().Overlays().Remove(top)
		}
	}
}

// meetingPDFText returns the text of the PDF at path, as pdftotext reads it.
func meetingPDFText(t *testing.T, path string) string {
	t.Helper()
	out, err := exec.Command("pdftotext", "-layout", path, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext %s: %v", path, err)
	}
	return string(out)
}

// meetingOverlayText returns the texts of the labels of the dialog on top.
func meetingOverlayText(h *sessiontest.Harness) string {
	top := h.Win.Canvas().Overlays().Top()
	if top == nil {
		return ""
	}
	var texts []string
	var walk func(o fyne.CanvasObject)
	walk = func(o fyne.CanvasObject) {
		switch x := o.(type) {
		case *widget.Label:
			texts = append(texts, x.Text)
		case *fyne.Container:
			for _, c := range x.Objects {
				walk(c)
			}
		case fyne.Widget:
			r := test.WidgetRenderer(x)
			for _, c := range r.Objects() {
				walk(c)
			}
		}
	}
	walk(top)
	return strings.Join(texts, "\n")
}
