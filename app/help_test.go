package app

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"samverka/app/internal/session"
	"samverka/app/internal/sessiontest"
	"samverka/model"
	"samverka/storage"
)

// TestHelpMenu is issue 19's thirteenth case for Hjälp: a short guide in
// Swedish (the first hour, the year, sharing the file) and the keyboard
// shortcuts, which are the menu's own.
func TestHelpMenu(t *testing.T) {
	h := newHarness(t)
	h.openFile(h.DemoFile())
	var help *fyne.Menu
	for _, m := range h.Win.MainMenu().Items {
		if m.Label == "Hjälp" {
			help = m
		}
	}
	if help == nil || help.Items[0].Label != "Kom igång" || help.Items[1].Label != "Kortkommandon" {
		t.Fatalf("Hjälp: %+v", help)
	}
	help.Items[0].Action()
	var guide string
	sessiontest.Walk(h.Win.Canvas().Overlays().Top(), func(o fyne.CanvasObject) bool {
		if r, ok := o.(*widget.RichText); ok {
			for _, seg := range r.Segments {
				guide += segmentText(seg)
			}
		}
		return true
	})
	for _, want := range []string{"Rådets första timme", "Aktörer", "Nytt möte", "Året", "Föreslå årshjul", "Att dela filen", "Slå samman med…"} {
		if !strings.Contains(guide, want) {
			t.Errorf("the guide does not say %q", want)
		}
	}
	h.Win.Canvas().Overlays().Top().Hide()

	help.Items[1].Action()
	keys := overlayTexts(h)
	for _, want := range []string{"Ctrl+S", "Spara nu", "Ctrl+P", "Skriv ut…", "Ctrl+Z", "Ångra", "Ctrl+F", "Sök åtaganden"} {
		if !strings.Contains(keys, want) {
			t.Errorf("the shortcuts do not list %q: %s", want, keys)
		}
	}
	// Every shortcut listed is one the menus have.
	for _, r := range ShortcutRows("linux") {
		if !strings.HasPrefix(r[0], "Ctrl+") {
			continue
		}
		found := false
		for _, m := range h.Win.MainMenu().Items {
			for _, it := range m.Items {
				found = found || it.Label == r[1] && it.Shortcut != nil
			}
		}
		if !found {
			t.Errorf("%s %s is no menu's shortcut", r[0], r[1])
		}
	}
}

// TestEmptyScreensSayWhatToDo is issue 19's thirteenth case for empty
// screens: a new council's lists say what to do first, with the button
// that does it; a council with records shows its lists.
func TestEmptyScreensSayWhatToDo(t *testing.T) {
	h := newHarness(t)
	path := h.Dir + "/Nytt.samverka"
	d, err := storage.Create(path, &model.Council{Name: "Rådet i Testby"}, h.StorageOptions("Setup", "SETUP-PC"))
	if err != nil {
		t.Fatal(err)
	}
	if err := d.Close(); err != nil {
		t.Fatal(err)
	}
	h.openFile(path)
	for _, tc := range []struct{ screen, note, button string }{
		{screenMeetings, "empty.meetings", "meetings.add"},
		{screenAgreements, "empty.agreements", "agreements.add"},
		{screenCommitments, "empty.commitments", "commitments.add"},
		{screenSituations, "empty.situations", "chainui.situations.add"},
		{screenParts, "empty.parts", "parts.add"},
	} {
		h.ui.showScreen(tc.screen)
		note := h.find(func(o fyne.CanvasObject) bool {
			l, ok := o.(*widget.Label)
			return ok && l.Text == session.Tr(tc.note)
		})
		if note == nil || !strings.HasPrefix(session.Tr(tc.note), "In") {
			t.Errorf("%s: no note %q", tc.screen, session.Tr(tc.note))
			continue
		}
		var buttons int
		h.find(func(o fyne.CanvasObject) bool {
			if b, ok := o.(*widget.Button); ok && b.Text == session.Tr(tc.button) {
				buttons++
			}
			return false
		})
		if buttons != 2 {
			t.Errorf("%s: %d buttons %q, want the header's and the note's", tc.screen, buttons, session.Tr(tc.button))
		}
	}
	// The note's button does what the header's does.
	h.ui.showScreen(screenMeetings)
	var noteButton *widget.Button
	h.find(func(o fyne.CanvasObject) bool {
		if b, ok := o.(*widget.Button); ok && b.Text == "Nytt möte" && b.Importance == widget.HighImportance {
			noteButton = b
		}
		return false
	})
	test.Tap(noteButton)
	if texts := overlayTexts(h); !strings.Contains(texts, "Nytt möte") {
		t.Fatalf("the note's button opened %q", texts)
	}

	// A council with records shows no notes.
	h.ui.onCloseFile()
	h.openFile(h.DemoFile())
	for _, screen := range []string{screenMeetings, screenAgreements, screenCommitments, screenParts} {
		h.ui.showScreen(screen)
		if h.find(func(o fyne.CanvasObject) bool {
			l, ok := o.(*widget.Label)
			return ok && strings.HasPrefix(l.Text, "Inga ")
		}) != nil {
			t.Errorf("%s shows an empty note with records", screen)
		}
	}
}

// overlayTexts returns the texts of the labels and buttons of the dialog
// on top, joined by " | ".
func overlayTexts(h *shellHarness) string {
	var texts []string
	top := h.Win.Canvas().Overlays().Top()
	if top == nil {
		return ""
	}
	sessiontest.Walk(top, func(o fyne.CanvasObject) bool {
		switch x := o.(type) {
		case *widget.Label:
			texts = append(texts, x.Text)
		case *widget.Button:
			texts = append(texts, x.Text)
		}
		return true
	})
	return strings.Join(texts, " | ")
}

// segmentText returns the text of a rich text's segment and of those
// inside it (a list's items, a paragraph's emphasis).
func segmentText(s widget.RichTextSegment) string {
	text := s.Textual()
	if l, ok := s.(*widget.ListSegment); ok {
		for _, it := range l.Items {
			text += " " + segmentText(it)
		}
	}
	if p, ok := s.(*widget.ParagraphSegment); ok {
		for _, t := range p.Texts {
			text += segmentText(t)
		}
	}
	return text
}
