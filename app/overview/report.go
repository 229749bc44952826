package overview

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"samverka/model"
	"samverka/pdf"

	"samverka/app/internal/kit"
	"samverka/app/internal/session"
)

// Report is the Uppföljning screen: the follow-up report for a
// period — per priority area and per part how the commitments stand, the
// traffic lights at each meeting as stacked columns, what is overdue and
// where the chain is broken.
type Report struct {
	ui *session.Session

	from, to       *widget.Entry
	fromProblem    *widget.Label
	toProblem      *widget.Label
	apply          *widget.Button
	print          *widget.Button
	period         *widget.Label
	areas          *fyne.Container
	parts          *fyne.Container
	meetings       *fyne.Container
	overdueTitle   *widget.Label
	overdue        *widget.List
	warnings       *kit.WarningList
	report         model.Report
	shownFrom      model.Date // the period asked for; "" for the whole history
	shownTo        model.Date
	gen            int
	content        fyne.CanvasObject
	overdueNoneBox *widget.Label
	// texts are the chair's texts of the report, for the period shown.
	texts *reportTexts
}

// meetingsPerChart is the most meetings one chart shows; a longer period
// gets several charts on one scale, as in the printed report.
const meetingsPerChart = 12

func NewReport(u *session.Session) *Report {
	r := &Report{ui: u}
	r.from, r.to = kit.NewDateEntry(), kit.NewDateEntry()
	r.from.PlaceHolder = session.Tr("chainui.report.fromHint")
	r.to.PlaceHolder = session.Tr("chainui.report.toHint")
	r.from.OnSubmitted = func(string) { r.onApply() }
	r.to.OnSubmitted = func(string) { r.onApply() }
	r.fromProblem, r.toProblem = kit.ProblemLabel(), kit.ProblemLabel()
	r.apply = &widget.Button{Text: session.Tr("chainui.report.apply"), Icon: theme.ViewRefreshIcon(), OnTapped: r.onApply}
	r.print = &widget.Button{Text: session.Tr("chainui.report.print"), Icon: theme.DocumentPrintIcon(), OnTapped: r.onPrint}
	r.period = &widget.Label{Wrapping: fyne.TextWrapWord}
	r.areas, r.parts, r.meetings = container.NewVBox(), container.NewVBox(), container.NewVBox()

	dateBox := func(labelKey string, e *widget.Entry, problem *widget.Label) fyne.CanvasObject {
		width := canvas.NewRectangle(nil)
		width.SetMinSize(fyne.NewSize(150, 0))
		return container.NewHBox(widget.NewLabel(session.Tr(labelKey)), container.NewVBox(container.NewStack(width, e), problem))
	}
	bar := container.NewHBox(dateBox("chainui.report.from", r.from, r.fromProblem),
		dateBox("chainui.report.to", r.to, r.toProblem), container.NewVBox(r.apply))

	r.texts = newReportTexts(u)
	figures := container.NewVBox(r.period, r.texts.content,
		kit.SectionTitle("chainui.report.byMeeting"), widget.NewLabel(session.Tr("chainui.report.byMeetingText")),
		kit.ChartLegend(kit.LightNames(), kit.LightColors), r.meetings,
		kit.SectionTitle("chainui.report.byArea"), kit.ChartLegend(kit.TallyNames(), kit.TallyColors), r.areas,
		kit.SectionTitle("chainui.report.byPart"), r.parts)

	r.overdueTitle = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	r.overdue = widget.NewList(func() int { return len(r.report.Overdue) },
		func() fyne.CanvasObject {
			return &widget.Label{Truncation: fyne.TextTruncateEllipsis, Importance: widget.DangerImportance}
		},
		func(id widget.ListItemID, o fyne.CanvasObject) {
			if id < len(r.report.Overdue) {
				o.(*widget.Label).SetText(overdueLine(r.report.Overdue[id]))
			}
		})
	r.overdue.OnSelected = func(id widget.ListItemID) {
		if id < len(r.report.Overdue) {
			r.overdue.UnselectAll()
			u.OpenRecord(model.KindCommitment, r.report.Overdue[id].Commitment.ID)
		}
	}
	r.overdueNoneBox = &widget.Label{Text: session.Tr("chainui.report.noOverdue"), Importance: widget.SuccessImportance}
	r.overdueNoneBox.Hide() // until the report is made
	r.warnings = kit.NewWarningList(u)
	side := container.NewVSplit(
		container.NewBorder(r.overdueTitle, nil, nil, nil, container.NewStack(r.overdue, container.NewVBox(r.overdueNoneBox))),
		r.warnings.Content)
	split := container.NewHSplit(container.NewVScroll(container.NewPadded(figures)), container.NewPadded(side))
	split.Offset = 0.7
	top := container.NewVBox(kit.ScreenHeader("nav.report", r.print), bar)
	r.content = container.NewBorder(container.NewPadded(top), nil, nil, nil, split)
	return r
}

// overdueLine is one line of the overdue list.
func overdueLine(o model.OverdueItem) string {
	s := string(o.Commitment.Due) + "  " + o.Commitment.Title
	if o.Part != "" {
		s += " — " + o.Part
	}
	return s + " " + session.Tr("chainui.report.daysLate", map[string]any{"Days": o.DaysLate})
}

// period returns the period typed in, or the problems with it shown
// beside its fields.
func (r *Report) readPeriod() (from, to model.Date, ok bool) {
	from = kit.DateOf(r.from, r.ui.Today())
	to = kit.DateOf(r.to, r.ui.Today())
	show := func(l *widget.Label, err *model.Error) {
		if err == nil {
			l.SetText("")
			l.Hide()
			return
		}
		l.SetText(session.ErrorText(err))
		l.Show()
	}
	var fromErr, toErr *model.Error
	if from != "" && !from.Valid() {
		fromErr = model.FieldErr("from", model.CodeDateInvalid)
	}
	if to != "" && !to.Valid() {
		toErr = model.FieldErr("to", model.CodeDateInvalid)
	}
	if fromErr == nil && toErr == nil && from != "" && to != "" && to < from {
		toErr = model.FieldErr("to", model.CodeDateOrder, "From", string(from))
	}
	show(r.fromProblem, fromErr)
	show(r.toProblem, toErr)
	return from, to, fromErr == nil && toErr == nil
}

// onApply shows the report for the period typed in.
func (r *Report) onApply() {
	from, to, ok := r.readPeriod()
	if !ok {
		return
	}
	r.shownFrom, r.shownTo = from, to
	r.Refresh()
}

// Refresh builds the report of the period anew, off the UI goroutine, and
// shows it.
func (r *Report) Refresh() {
	r.gen++
	gen, today, from, to := r.gen, r.ui.Today(), r.shownFrom, r.shownTo
	if r.report.AsOf == "" {
		r.period.SetText(session.Tr("chainui.loading"))
	}
	var rep model.Report
	r.ui.WorkOnDataset(func(ds *model.Dataset) { rep = model.BuildReport(ds, from, to, today) }, func() {
		if gen == r.gen {
			r.show(rep)
		}
	})
}

// show lays the report out.
func (r *Report) show(rep model.Report) {
	r.report = rep
	r.texts.show(rep.From, rep.To)
	r.period.SetText(session.Tr("chainui.report.period", map[string]any{"From": string(rep.From), "To": string(rep.To),
		"AsOf": string(rep.AsOf), "FollowUps": rep.FollowUps, "Meetings": len(rep.Meetings)}))

	r.areas.RemoveAll()
	r.areas.Add(tallyHeader())
	for _, a := range rep.Areas {
		r.areas.Add(tallyRow(session.Tr(a.Area.Key()), a.Tally, false))
	}
	r.areas.Add(tallyRow(session.Tr("chainui.report.total"), rep.Total, true))

	r.parts.RemoveAll()
	r.parts.Add(tallyHeader())
	for _, p := range rep.Parts {
		name := p.Name
		if name == "" {
			name = session.Tr("chainui.report.unknownPart")
		}
		r.parts.Add(tallyRow(name, p.Tally, false))
	}
	if len(rep.Parts) == 0 {
		r.parts.Add(widget.NewLabel(session.Tr("chainui.report.noCommitments")))
	}

	r.meetings.RemoveAll()
	most := 0
	for _, m := range rep.Meetings {
		most = max(most, m.Total())
	}
	for start := 0; start < len(rep.Meetings); start += meetingsPerChart {
		chart := kit.NewColumnChart(kit.LightColors)
		chart.SetMeetings(rep.Meetings[start:min(start+meetingsPerChart, len(rep.Meetings))], most)
		r.meetings.Add(container.NewHBox(chart))
	}
	if len(rep.Meetings) == 0 {
		r.meetings.Add(widget.NewLabel(session.Tr("chainui.report.noMeetings")))
	}

	r.overdueTitle.SetText(session.Tr("chainui.report.overdue", map[string]any{"Count": len(rep.Overdue)}))
	r.overdue.UnselectAll()
	r.overdue.Refresh()
	if len(rep.Overdue) == 0 {
		r.overdueNoneBox.Show()
	} else {
		r.overdueNoneBox.Hide()
	}
	r.warnings.Set(rep.Warnings)
}

// The tally table's measures: the name column and each number column.
const (
	tallyNameWidth   = 210
	tallyNumberWidth = 70
)

// tallyHeader names the tally table's columns, in small print over two
// lines where a name needs them.
func tallyHeader() fyne.CanvasObject {
	cells := []fyne.CanvasObject{widget.NewLabel(""), canvas.NewRectangle(nil)}
	for _, name := range append([]string{session.Tr("chain.tally.commitments")}, kit.TallyNames()...) {
		cells = append(cells, captionLines(name, tallyNumberWidth-theme.Padding()*2))
	}
	return container.New(&tallyColumns{}, cells...)
}

// captionLines writes text in bold small print, aligned right, broken
// between words into lines no wider than width.
func captionLines(text string, width float32) fyne.CanvasObject {
	size := theme.Size(theme.SizeNameCaptionText)
	style := fyne.TextStyle{Bold: true}
	var lines []string
	for _, word := range strings.Fields(text) {
		if n := len(lines); n > 0 && fyne.MeasureText(lines[n-1]+" "+word, size, style).Width <= width {
			lines[n-1] += " " + word
			continue
		}
		lines = append(lines, word)
	}
	box := container.NewVBox()
	for _, l := range lines {
		t := canvas.NewText(l, theme.Color(theme.ColorNameForeground))
		t.TextSize, t.TextStyle, t.Alignment = size, style, fyne.TextAlignTrailing
		box.Add(t)
	}
	return container.NewPadded(box)
}

// tallyRow is one line of a tally table: a name, a bar of the buckets and
// the figures.
func tallyRow(name string, t model.Tally, bold bool) fyne.CanvasObject {
	style := fyne.TextStyle{Bold: bold}
	bar := kit.NewTallyBar(kit.TallyColors)
	bar.Set(kit.TallyValues(t))
	cells := []fyne.CanvasObject{withHover(&widget.Label{Text: name, TextStyle: style, Truncation: fyne.TextTruncateEllipsis}), bar}
	for _, v := range append([]int{t.Commitments}, kit.TallyValues(t)...) {
		cells = append(cells, &widget.Label{Text: fmt.Sprint(v), TextStyle: style, Alignment: fyne.TextAlignTrailing})
	}
	return container.New(&tallyColumns{}, cells...)
}

// tallyColumns lays out a tally line: the name at the left, the figures
// at the right, the bar between them.
type tallyColumns struct{}

// Layout implements fyne.Layout.
func (tallyColumns) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	pad := theme.Padding()
	numbers := len(objs) - 2
	right := float32(numbers) * tallyNumberWidth
	barW := max(size.Width-tallyNameWidth-right-2*pad, 0)
	objs[0].Move(fyne.NewPos(0, 0))
	objs[0].Resize(fyne.NewSize(tallyNameWidth, size.Height))
	objs[1].Move(fyne.NewPos(tallyNameWidth+pad, 0))
	objs[1].Resize(fyne.NewSize(barW, size.Height))
	x := tallyNameWidth + barW + 2*pad
	for _, o := range objs[2:] {
		o.Move(fyne.NewPos(x, 0))
		o.Resize(fyne.NewSize(tallyNumberWidth, size.Height))
		x += tallyNumberWidth
	}
}

// MinSize implements fyne.Layout.
func (tallyColumns) MinSize(objs []fyne.CanvasObject) fyne.Size {
	h := float32(0)
	for _, o := range objs {
		h = max(h, o.MinSize().Height)
	}
	return fyne.NewSize(tallyNameWidth+80+float32(len(objs)-2)*tallyNumberWidth, h)
}

// onPrint makes the report's PDF for the period shown and opens it.
func (r *Report) onPrint() {
	u := r.ui
	today, from, to := u.Today(), r.shownFrom, r.shownTo
	lang, version := session.Language(u.Prefs), u.Opt.Version
	var data []byte
	var warnings pdf.Warnings
	var err error
	var rep model.Report
	// The chair's texts print as written: saved first, then read with
	// the rest (the screens' dataset does not hold them).
	if !r.texts.saveTexts() {
		return
	}
	texts := r.texts.list()
	u.Status.SetState(session.Tr("chainui.printing"), false)
	u.WorkOnDataset(func(ds *model.Dataset) {
		in := pdf.ReportInputFrom(ds, from, to, today)
		in.Report.Text = model.ReportTextFor(texts, in.Report.From, in.Report.To)
		in.Lang, in.ProgramVersion = lang, session.PrintedVersion(version)
		rep = in.Report
		data, warnings, err = pdf.Report(in)
	}, func() {
		if err != nil {
			u.ShowError(err)
			return
		}
		name := session.Tr("chainui.report.fileName", map[string]any{"From": string(rep.From), "To": string(rep.To)})
		u.OpenPDF(session.PDFFileName(name, 0), data, warnings)
	})
}

// Content is the screen as the main window shows it.
func (r *Report) Content() fyne.CanvasObject { return r.content }
