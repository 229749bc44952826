package kit

import (
	"cmp"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"samverka/model"

	"samverka/app/internal/session"
)

// FollowUpHistory shows a commitment's whole follow-up history, the
// latest entry first: date, status, traffic light, the meeting and the
// comment. The history is append-only, so it only ever grows. The meeting
// screen and the commitment editor both show it.
type FollowUpHistory struct {
	title   *widget.Label
	entries *fyne.Container
	Content *fyne.Container
}

func NewFollowUpHistory() *FollowUpHistory {
	h := &FollowUpHistory{title: SectionTitle("followUpHistory.title"), entries: container.NewVBox()}
	h.Content = container.NewVBox(widget.NewSeparator(), h.title, h.entries)
	return h
}

// Load reads commitment id's history from the file and shows it; an empty
// id shows nothing.
func (h *FollowUpHistory) Load(doc *session.Document, id string) {
	if id == "" {
		h.Show(doc.View, nil)
		h.Content.Hide()
		return
	}
	h.Content.Show()
	list, err := doc.Store.FollowUps(id)
	if err != nil {
		h.Show(doc.View, nil)
		h.entries.Add(&widget.Label{Text: session.ErrorText(err), Importance: widget.DangerImportance, Wrapping: fyne.TextWrapWord})
		return
	}
	h.Show(doc.View, list)
}

// Show shows the follow-ups of list, the latest first.
func (h *FollowUpHistory) Show(v *session.View, list []*model.FollowUp) {
	h.entries.RemoveAll()
	corrected := model.Corrections(list)
	// What Ångra took back is left out: it was never meant.
	list = slices.DeleteFunc(slices.Clone(list), func(f *model.FollowUp) bool {
		return f.Deleted || f.Withdrawn || (corrected[f.ID] != nil && corrected[f.ID].Withdrawn)
	})
	SortFollowUps(list)
	slices.Reverse(list)
	h.title.SetText(session.Tr("followUpHistory.count", map[string]any{"Count": len(list)}))
	if len(list) == 0 {
		h.entries.Add(QuietLabel(session.Tr("followUpHistory.none")))
	}
	for _, f := range list {
		head := &widget.Label{Text: FollowUpLine(v, f), TextStyle: fyne.TextStyle{Bold: true}, Wrapping: fyne.TextWrapWord}
		if corrected[f.ID] != nil {
			// A mistake stays in the history, marked so that no one
			// reads it as what was said.
			head.Text += " · " + session.Tr("followUpHistory.corrected")
			head.TextStyle, head.Importance = fyne.TextStyle{Italic: true}, widget.LowImportance
		}
		text := container.NewVBox(head)
		if f.Comment != "" {
			text.Add(&widget.Label{Text: f.Comment, Wrapping: fyne.TextWrapWord, Selectable: true})
		}
		h.entries.Add(container.NewBorder(nil, nil, container.NewVBox(widget.NewIcon(TrafficLightIcon(f.Light))), nil, text))
	}
	h.entries.Refresh()
}

// FollowUpLine is "2025-12-10 · Pågår · Gul · Rådsmöte 2025:9".
func FollowUpLine(v *session.View, f *model.FollowUp) string {
	parts := []string{string(f.Date), session.Tr("status." + string(f.Status))}
	if f.Light != model.LightNone {
		parts = append(parts, TrafficLightName(f.Light))
	}
	if m := v.Meetings[f.MeetingID]; m != nil {
		parts = append(parts, MeetingName(m))
	}
	return strings.Join(parts, " · ")
}

// MeetingName is "Rådsmöte 2026:1", or with the date when unnumbered.
func MeetingName(m *model.Meeting) string {
	kind := session.Tr("meetingKind." + string(cmp.Or(m.Kind, model.MeetingCouncil)))
	if m.Number != "" {
		return kind + " " + m.Number
	}
	return kind + " " + string(m.Date)
}

// LabelTexts joins the texts of the labels in o with " | ".
func LabelTexts(o fyne.CanvasObject) string {
	switch x := o.(type) {
	case *widget.Label:
		return x.Text
	case *TipLabel:
		return x.Text
	case *fyne.Container:
		var parts []string
		for _, c := range x.Objects {
			if t := LabelTexts(c); t != "" {
				parts = append(parts, t)
			}
		}
		return strings.Join(parts, " | ")
	}
	return ""
}

// SortFollowUps puts follow-ups in the order they happened: by date, then
// by when they were recorded.
func SortFollowUps(list []*model.FollowUp) {
	slices.SortStableFunc(list, func(a, b *model.FollowUp) int {
		return cmp.Or(cmp.Compare(a.Date, b.Date), a.Created.Compare(b.Created), cmp.Compare(a.ID, b.ID))
	})
}
