package overview

import (
	"cmp"
	"fmt"
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"samverka/model"

	"samverka/app/internal/kit"
	"samverka/app/internal/session"
)

// overviewCharts are the overview's pictures of how the work goes, so that
// a council chair sees it at a glance: the traffic lights at the latest
// meetings, and the past year's commitments by priority area and by part,
// counted as the follow-up report counts them.
type overviewCharts struct {
	ui *session.Session
	// shown runs after the charts were filled in, so that the screen is
	// laid out again around their new sizes.
	shown func()

	meetingChart *kit.ColumnChart
	meetingsNote *widget.Label
	areas        *fyne.Container
	parts        *fyne.Container
	// gen counts the reports asked for; only the newest is shown.
	gen int

	// meetings, areasBox and partsBox are the three sections, for the
	// overview to lay out.
	meetings, areasBox, partsBox fyne.CanvasObject
}

// The overview's reach: the meetings charted and the parts listed.
const (
	overviewMeetings = 8
	overviewParts    = 14
)

func newOverviewCharts(u *session.Session) *overviewCharts {
	c := &overviewCharts{ui: u}
	c.meetingChart = kit.NewColumnChart(kit.LightColors)
	c.meetingsNote = &widget.Label{Text: session.Tr("chainui.loading"), Wrapping: fyne.TextWrapWord}
	c.areas, c.parts = container.NewVBox(), container.NewVBox()
	c.meetings = container.NewVBox(kit.SectionTitle("chainui.overview.meetings"), kit.ChartLegend(kit.LightNames(), kit.LightColors),
		c.meetingsNote, container.NewHBox(c.meetingChart))
	c.areasBox = container.NewVBox(kit.SectionTitle("chainui.overview.areas"), kit.ChartLegend(kit.TallyNames(), kit.TallyColors), c.areas)
	c.partsBox = container.NewVBox(kit.SectionTitle("chainui.overview.parts"), c.parts)
	c.meetingChart.Hide()
	return c
}

// refresh makes the past year's report off the UI goroutine and shows it.
func (c *overviewCharts) refresh() {
	c.gen++
	gen, today := c.gen, c.ui.Today()
	from := model.DateOf(today.Time().AddDate(-1, 0, 0))
	var rep model.Report
	c.ui.OverviewWork(from, func(ds *model.Dataset) { rep = model.BuildReport(ds, from, today, today) }, func() {
		if gen == c.gen {
			c.show(rep)
		}
	})
}

// show draws the report's pictures.
func (c *overviewCharts) show(rep model.Report) {
	meetings := rep.Meetings[max(len(rep.Meetings)-overviewMeetings, 0):]
	if len(meetings) == 0 {
		c.meetingsNote.SetText(session.Tr("chainui.overview.noMeetings"))
		c.meetingsNote.Show()
		c.meetingChart.Hide()
	} else {
		c.meetingsNote.Hide()
		c.meetingChart.SetMeetings(meetings, 0)
		c.meetingChart.Show()
	}

	c.areas.RemoveAll()
	for _, a := range rep.Areas {
		c.areas.Add(overviewBar(session.Tr(a.Area.Key()), a.Tally, 300))
	}

	// The parts with the most commitments; a council of a hundred parts
	// is not read at a glance, and the report lists them all.
	c.parts.RemoveAll()
	parts := slices.Clone(rep.Parts)
	slices.SortStableFunc(parts, func(a, b model.PartTally) int { return cmp.Compare(b.Commitments, a.Commitments) })
	for i, p := range parts {
		if i == overviewParts {
			c.parts.Add(widget.NewLabel(session.Tr("overview.moreParts", map[string]any{"Count": len(parts) - i})))
			break
		}
		name := p.Name
		if name == "" {
			name = session.Tr("chainui.report.unknownPart")
		}
		c.parts.Add(overviewBar(name, p.Tally, 200))
	}
	if len(parts) == 0 {
		c.parts.Add(widget.NewLabel(session.Tr("overview.noCommitments")))
	}
	if c.shown != nil {
		c.shown()
	}
}

// overviewBar is a name, its commitments as a bar by where they stand,
// and how many they are.
func overviewBar(name string, t model.Tally, nameWidth float32) fyne.CanvasObject {
	label := &widget.Label{Text: name, Truncation: fyne.TextTruncateEllipsis}
	width := canvas.NewRectangle(nil)
	width.SetMinSize(fyne.NewSize(nameWidth, 0))
	bar := kit.NewTallyBar(kit.TallyColors)
	bar.Set(kit.TallyValues(t))
	count := widget.NewLabel(fmt.Sprint(t.Commitments))
	return container.NewBorder(nil, nil, container.NewStack(width, withHover(label)), count, bar)
}
