package meetings

import (
	"math"
	"slices"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"samverka/model"

	"samverka/app/internal/kit"
	"samverka/app/internal/session"
)

// followUpOutcome is the part of the follow-up form that asks for the
// utfall of a commitment with an indicator: what is measured, from where
// to where, the last value measured, the new value and the day it was
// measured, and the delmål this follow-up says are met. A commitment
// without an indicator shows none of it.
type followUpOutcome struct {
	f *meetingFollowUp

	about      *widget.Label // the indicator, utgångsvärde and målvärde
	last       *widget.Label // the latest utfall, or that none is measured
	due        *widget.Label // that a value is due at this meeting
	value      *widget.Entry
	measured   *widget.Entry
	form       *kit.Form
	milestones *fyne.Container // a check per delmål not yet met, under a heading
	checks     *fyne.Container
	checked    map[string]*widget.Check
	measures   *fyne.Container // what is shown for a commitment with an indicator
	view       *fyne.Container
}

func newFollowUpOutcome(f *meetingFollowUp) *followUpOutcome {
	o := &followUpOutcome{f: f, checked: map[string]*widget.Check{}}
	o.about = &widget.Label{Wrapping: fyne.TextWrapWord}
	o.last = &widget.Label{Wrapping: fyne.TextWrapWord, TextStyle: fyne.TextStyle{Bold: true}}
	o.due = &widget.Label{Wrapping: fyne.TextWrapWord, Importance: widget.WarningImportance, Text: session.Tr("outcomes.ui.due")}
	o.value = widget.NewEntry()
	o.value.SetPlaceHolder(session.Tr("outcomes.ui.valueHint"))
	o.measured = widget.NewEntry()
	o.measured.SetPlaceHolder("ÅÅÅÅ-MM-DD")
	o.form = kit.NewForm()
	o.form.Add("outcome.value", "", o.value)
	o.form.Add("outcome.date", "", o.measured)
	o.checks = container.NewVBox()
	o.milestones = container.NewVBox(&widget.Label{Text: session.Tr("field.milestoneIds"), TextStyle: fyne.TextStyle{Bold: true}}, o.checks)
	o.measures = container.NewVBox(o.about, o.last, o.due, o.form.View())
	o.view = container.NewVBox(o.measures, o.milestones)
	return o
}

// isOutcomeField reports whether a problem's field is one of this part of
// the form.
func isOutcomeField(field string) bool {
	return strings.HasPrefix(field, "outcome.") || strings.HasPrefix(field, "milestoneIds")
}

// showProblems shows the problems of err that are about the utfall by
// their inputs, and returns the others.
func (o *followUpOutcome) showProblems(err error) error {
	o.form.Clear()
	problems, ok := model.ProblemsIn(err)
	if !ok {
		return err
	}
	var mine, rest model.Problems
	for _, p := range problems {
		if isOutcomeField(p.Field) {
			mine = append(mine, p)
		} else {
			rest = append(rest, p)
		}
	}
	if len(mine) > 0 {
		o.form.ShowProblems(mine)
	}
	if len(rest) == 0 {
		return nil
	}
	return rest
}

// fill shows commitment c's indicator and latest utfall, and empties the
// inputs; the day measured starts as the meeting's. When c was followed
// up at this meeting already, the inputs show what was recorded, so that
// saving again records nothing.
func (o *followUpOutcome) fill(c *model.Commitment, history []*model.FollowUp) {
	o.value.SetText("")
	o.measured.SetText(string(o.f.e.mt.Date))
	o.form.Clear()
	o.checks.RemoveAll()
	clear(o.checked)
	measured := c.Goal.Indicator != ""
	here := model.FollowUpAt(history, c.ID, o.f.e.mt.ID)
	before := history
	if here != nil {
		if here.Outcome.Taken() {
			o.value.SetText(formatValue(here.Outcome.Value))
			o.measured.SetText(string(here.Outcome.Date))
		}
		before = slices.DeleteFunc(slices.Clone(history), func(f *model.FollowUp) bool { return f.ID == here.ID })
	}
	met := model.MilestonesMet(before, "")
	for _, m := range c.Milestones {
		if _, done := met[m.ID]; done {
			continue
		}
		text := session.Tr("outcomes.ui.milestone", map[string]any{"Title": m.Title, "Date": string(m.Date)})
		if m.Target != "" {
			text += " (" + m.Target + ")"
		}
		ch := widget.NewCheck(text, nil)
		ch.Checked = here != nil && slices.Contains(here.MilestoneIDs, m.ID)
		o.checked[m.ID] = ch
		o.checks.Add(ch)
	}
	kit.ShowWhen(len(o.checked) > 0, o.milestones)
	kit.ShowWhen(measured, o.measures)
	if !measured {
		return
	}
	about := session.Tr("outcomes.ui.indicator", map[string]any{"Indicator": c.Goal.Indicator})
	if c.Goal.Baseline != "" || c.Goal.Target != "" {
		about += " · " + session.Tr("outcomes.ui.goal", map[string]any{"Baseline": c.Goal.Baseline, "Target": c.Goal.Target})
	}
	o.about.SetText(about)
	readings := model.OutcomeSeries(history, "")
	if len(readings) == 0 {
		o.last.SetText(session.Tr("outcomes.ui.none"))
	} else {
		r := readings[len(readings)-1]
		o.last.SetText(session.Tr("outcomes.ui.last", map[string]any{"Value": formatValue(r.Value), "Date": string(r.Date)}))
	}
	if o.isDue(history) {
		o.due.Show()
	} else {
		o.due.Hide()
	}
}

// isDue reports whether a value is due at this meeting: none has been
// measured since the commitment was last followed up.
func (o *followUpOutcome) isDue(history []*model.FollowUp) bool {
	var latest *model.FollowUp
	for _, f := range history {
		if !f.Deleted && f.MeetingID != o.f.e.mt.ID && (latest == nil || f.Date > latest.Date) {
			latest = f
		}
	}
	return latest == nil || !latest.Outcome.Taken()
}

// apply puts the typed utfall and the delmål checked into entry; a value
// that is not a number is refused by field.
func (o *followUpOutcome) apply(entry *model.FollowUp) *model.Error {
	for _, m := range o.f.chosenCommitment().Milestones {
		if ch := o.checked[m.ID]; ch != nil && ch.Checked {
			entry.MilestoneIDs = append(entry.MilestoneIDs, m.ID)
		}
	}
	text := strings.TrimSpace(o.value.Text)
	if text == "" || !o.measures.Visible() {
		return nil
	}
	v, ok := parseValue(text)
	if !ok {
		return model.FieldErr("outcome.value", model.CodeNumber)
	}
	entry.Outcome = model.Measure{Value: v, Date: kit.DateOf(o.measured, o.f.e.ui.Today())}
	return nil
}

// parseValue reads a number as Swedes and others type it: a decimal comma
// or point, spaces between the thousands.
func parseValue(s string) (float64, bool) {
	s = strings.NewReplacer(" ", "", "\u00a0", "", ",", ".", "−", "-").Replace(s)
	v, err := strconv.ParseFloat(s, 64)
	return v, err == nil && !math.IsNaN(v) && !math.IsInf(v, 0)
}

// formatValue writes a number the Swedish way, with a decimal comma.
func formatValue(v float64) string {
	return strings.Replace(strconv.FormatFloat(v, 'f', -1, 64), ".", ",", 1)
}

// showOutcomeScene chooses a commitment whose utfall has been measured and
// types the next value, as the secretary would, for a screenshot. Nothing
// is saved.
func (f *meetingFollowUp) showOutcomeScene() {
	if !f.e.historyLoaded {
		// The follow-ups are read in the background; the scene waits for
		// them as the screen does.
		f.e.ui.WithDataset(func(*model.Dataset) {
			if !f.e.closed && f.e.historyLoaded {
				f.showOutcomeScene()
			}
		})
		return
	}
	for i, c := range f.shown {
		if c.Goal.Indicator == "" || !c.Goal.Numbers().Known {
			continue
		}
		readings := model.OutcomeSeries(f.e.history[c.ID], "")
		if len(readings) < 2 {
			continue
		}
		f.list.Select(i)
		f.list.ScrollTo(i)
		last := readings[len(readings)-1].Value
		goal := c.Goal.Numbers()
		next := last + (goal.Target-last)/3
		f.outcome.value.SetText(formatValue(math.Round(next)))
		f.status.SetIDQuietly(string(model.StatusOngoing))
		f.setLight(model.LightGreen)
		f.comment.SetText(session.Tr("outcomes.ui.sceneComment"))
		return
	}
}
