package model

import (
	"slices"
	"testing"
)

func agendaOf(paragraphs ...int) *Meeting {
	m := &Meeting{Meta: Meta{ID: "m"}, Date: "2026-12-03", State: StateDraft}
	for i, p := range paragraphs {
		m.Agenda = append(m.Agenda, AgendaItem{ID: string(rune('a' + i)), Title: "Punkt", Paragraph: p})
	}
	return m
}

// TestParagraphsFollowTheAgenda is the chair's case: item 5 was minuted
// first and got § 1 under the old rule, "Mötets öppnande" § 2; the
// protokoll numbers them in agenda order instead.
func TestParagraphsFollowTheAgenda(t *testing.T) {
	m := agendaOf(2, 0, 0, 0, 1)
	if got := AgendaParagraphs(m); !slices.Equal(got, []int{1, 2, 3, 4, 5}) {
		t.Errorf("printed § = %v, want 1…5 in agenda order", got)
	}
	if !NumberAgenda(m, FirstParagraph(m, nil)) {
		t.Fatal("NumberAgenda changed nothing")
	}
	for i, it := range m.Agenda {
		if it.Paragraph != i+1 {
			t.Errorf("item %d has § %d, want %d", i, it.Paragraph, i+1)
		}
	}
	if NumberAgenda(m, 1) {
		t.Error("numbering an agenda in order again changed it")
	}
}

// TestParagraphsContinueTheYear: a meeting's first § is one more than the
// year's highest, last year's numbers and removed meetings aside.
func TestParagraphsContinueTheYear(t *testing.T) {
	earlier := agendaOf(14, 15, 16)
	earlier.ID, earlier.Date = "e", "2026-10-01"
	lastYear := agendaOf(40)
	lastYear.ID, lastYear.Date = "l", "2025-12-01"
	removed := agendaOf(90)
	removed.ID, removed.Deleted = "r", true
	m := agendaOf(0, 0, 0)
	all := []*Meeting{earlier, lastYear, removed, m}
	first := FirstParagraph(m, all)
	if first != 17 {
		t.Fatalf("first § = %d, want 17", first)
	}
	NumberAgenda(m, first)
	if got := AgendaParagraphs(m); !slices.Equal(got, []int{17, 18, 19}) {
		t.Errorf("§ = %v, want 17–19", got)
	}
	// An item added later takes its place in the series; the start stays.
	m.Agenda = slices.Insert(m.Agenda, 1, AgendaItem{ID: "new", Title: "Ny punkt"})
	NumberAgenda(m, FirstParagraph(m, all))
	if got := AgendaParagraphs(m); !slices.Equal(got, []int{17, 18, 19, 20}) {
		t.Errorf("§ after insert = %v, want 17–20", got)
	}
	if m.Agenda[1].ID != "new" || m.Agenda[1].Paragraph != 18 {
		t.Errorf("the new item is %+v, want § 18", m.Agenda[1])
	}
}

// TestParagraphsOfApprovedMinutes: approved minutes keep their numbers,
// and minutes not begun have none.
func TestParagraphsOfApprovedMinutes(t *testing.T) {
	m := agendaOf(2, 0, 1)
	m.State = StateApproved
	if NumberAgenda(m, 1) {
		t.Error("approved minutes were renumbered")
	}
	if got := AgendaParagraphs(m); !slices.Equal(got, []int{2, 0, 1}) {
		t.Errorf("approved § = %v, want as approved", got)
	}
	if got := AgendaParagraphs(agendaOf(0, 0)); !slices.Equal(got, []int{0, 0}) {
		t.Errorf("minutes not begun have § %v", got)
	}
}
