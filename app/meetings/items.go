package meetings

import (
	"fmt"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"

	"samverka/model"

	"samverka/app/internal/session"
)

// standardAgendaKeys are the standard items of a new meeting, with their
// kind and minutes.
var standardAgendaKeys = []struct {
	key     string
	kind    model.ItemKind
	minutes int
}{
	{"agendaItem.opening", model.ItemOther, 5},
	{"agendaItem.adjusters", model.ItemDecision, 2},
	{"agendaItem.previous", model.ItemInformation, 5},
	{"agendaItem.followUp", model.ItemFollowUp, 30},
	{"agendaItem.other", model.ItemOther, 10},
	{"agendaItem.closing", model.ItemOther, 2},
}

// standardAgenda returns the standard items of a new meeting: opening,
// choice of justerare, the previous minutes, the follow-up of commitments,
// other questions and closing.
func standardAgenda() []model.AgendaItem {
	var items []model.AgendaItem
	for _, s := range standardAgendaKeys {
		items = append(items, model.AgendaItem{ID: model.NewID(), Title: session.Tr(s.key), Kind: s.kind, Minutes: s.minutes})
	}
	return items
}

// agendaItemNumber is "§ 12" for a minuted item, else its place "3.".
func agendaItemNumber(i int, it model.AgendaItem) string {
	if it.Paragraph > 0 {
		return "§ " + strconv.Itoa(it.Paragraph)
	}
	return strconv.Itoa(i+1) + "."
}

// agendaTimeSlots returns each item's time, "13:30–13:35", from the meeting's
// start and the minutes allotted; none without a start time.
func agendaTimeSlots(m *model.Meeting) []string {
	slots := make([]string, len(m.Agenda))
	clock, ok := agendaClock(m.StartTime)
	for i, it := range m.Agenda {
		if !ok {
			break
		}
		end := clock + it.Minutes
		slots[i] = agendaClockText(clock)
		if it.Minutes > 0 {
			slots[i] += "–" + agendaClockText(end)
		}
		clock = end
	}
	return slots
}

// agendaEndTime returns when the agenda ends, "" without a start time.
func agendaEndTime(m *model.Meeting) string {
	clock, ok := agendaClock(m.StartTime)
	if !ok {
		return ""
	}
	for _, it := range m.Agenda {
		clock += it.Minutes
	}
	return agendaClockText(clock)
}

func agendaClock(hhmm string) (int, bool) {
	var h, m int
	if !model.ValidTime(hhmm) {
		return 0, false
	}
	if _, err := fmt.Sscanf(hhmm, "%d:%d", &h, &m); err != nil {
		return 0, false
	}
	return h*60 + m, true
}

func agendaClockText(minutes int) string {
	return fmt.Sprintf("%02d:%02d", minutes/60%24, minutes%60)
}

// withWidth gives obj the width w whatever its text.
func withWidth(w float32, obj fyne.CanvasObject) *fyne.Container {
	r := canvas.NewRectangle(nil)
	r.SetMinSize(fyne.NewSize(w, 0))
	return container.NewStack(r, obj)
}

// listEntryProblems names the problems of a list entry, "agenda[2].title", by
// the field of the form that edits the entry, "title".
func listEntryProblems(err error) error {
	var out model.Problems
	switch x := err.(type) {
	case model.Problems:
		for _, p := range x {
			out = append(out, listEntryProblem(p))
		}
	case *model.Error:
		out = append(out, listEntryProblem(x))
	default:
		return err
	}
	return out
}

func listEntryProblem(p *model.Error) *model.Error {
	c := *p
	if i := strings.LastIndex(c.Field, "]."); i >= 0 {
		c.Field = c.Field[i+2:]
	}
	return &c
}
