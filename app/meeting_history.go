package app

import (
	"cmp"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"samverka/model"
)

// followUpHistory shows a commitment's whole follow-up history, the
// latest entry first: date, status, traffic light, the meeting and the
// comment. The history is append-only, so it only ever grows. The meeting
// screen and the commitment editor both show it.
type followUpHistory struct {
	title   *widget.Label
	entries *fyne.Container
	content *fyne.Container
}

func newFollowUpHistory() *followUpHistory {
	h := &followUpHistory{title: sectionTitle("followUpHistory.title"), entries: container.NewVBox()}
	h.content = container.NewVBox(widget.NewSeparator(), h.title, h.entries)
	return h
}

// load reads commitment id's history from the file and shows it; an empty
// id shows nothing.
func (h *followUpHistory) load(doc *document, id string) {
	if id == "" {
		h.show(doc.view, nil)
		h.content.Hide()
		return
	}
	h.content.Show()
	list, err := doc.store.FollowUps(id)
	if err != nil {
		h.show(doc.view, nil)
		h.entries.Add(&widget.Label{Text: errorText(err), Importance: widget.DangerImportance, Wrapping: fyne.TextWrapWord})
		return
	}
	h.show(doc.view, list)
}

// show shows the follow-ups of list, the latest first.
func (h *followUpHistory) show(v *view, list []*model.FollowUp) {
	h.entries.RemoveAll()
	list = slices.Clone(list)
	sortFollowUps(list)
	slices.Reverse(list)
	h.title.SetText(tr("followUpHistory.count", map[string]any{"Count": len(list)}))
	if len(list) == 0 {
		h.entries.Add(quietLabel(tr("followUpHistory.none")))
	}
	for _, f := range list {
		head := &widget.Label{Text: followUpLine(v, f), TextStyle: fyne.TextStyle{Bold: true}, Wrapping: fyne.TextWrapWord}
		text := container.NewVBox(head)
		if f.Comment != "" {
			text.Add(&widget.Label{Text: f.Comment, Wrapping: fyne.TextWrapWord, Selectable: true})
		}
		h.entries.Add(container.NewBorder(nil, nil, container.NewVBox(widget.NewIcon(trafficLightIcon(f.Light))), nil, text))
	}
	h.entries.Refresh()
}

// followUpLine is "2025-12-10 · Pågår · Gul · Rådsmöte 2025:9".
func followUpLine(v *view, f *model.FollowUp) string {
	parts := []string{string(f.Date), tr("status." + string(f.Status))}
	if f.Light != model.LightNone {
		parts = append(parts, trafficLightName(f.Light))
	}
	if m := v.meetings[f.MeetingID]; m != nil {
		parts = append(parts, meetingName(m))
	}
	return strings.Join(parts, " · ")
}

// meetingName is "Rådsmöte 2026:1", or with the date when unnumbered.
func meetingName(m *model.Meeting) string {
	kind := tr("meetingKind." + string(cmp.Or(m.Kind, model.MeetingCouncil)))
	if m.Number != "" {
		return kind + " " + m.Number
	}
	return kind + " " + string(m.Date)
}

// texts returns what the history shows, entry by entry, for tests.
func (h *followUpHistory) texts() []string {
	var out []string
	for _, o := range h.entries.Objects {
		if t := labelTexts(o); t != "" {
			out = append(out, t)
		}
	}
	return out
}

// labelTexts joins the texts of the labels in o with " | ".
func labelTexts(o fyne.CanvasObject) string {
	switch x := o.(type) {
	case *widget.Label:
		return x.Text
	case *fyne.Container:
		var parts []string
		for _, c := range x.Objects {
			if t := labelTexts(c); t != "" {
				parts = append(parts, t)
			}
		}
		return strings.Join(parts, " | ")
	}
	return ""
}
