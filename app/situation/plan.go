package situation

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"samverka/model"
	"samverka/pdf"
	"samverka/pdf/flow"

	"samverka/app/internal/kit"
	"samverka/app/internal/session"
)

// Plan is the Åtgärdsplan screen: Brå's grid cause → åtgärd →
// operativt mål → när → vem → uppföljning, one band per problem, built from
// the council's records; above it where the chain is broken.
type Plan struct {
	ui *session.Session

	finished *kit.Choice
	print    *widget.Button
	word     *widget.Button
	// public prints the plan without the problems and causes that are
	// not Öppen.
	public *widget.Check
	// rec chooses the plan record shown: a draft, a fastställd plan or
	// the live view of every lägesbild.
	rec *planRecords
	// split holds the warnings above the grid; a fastställd plan has none.
	split    *container.Split
	open     *widget.Button
	count    *widget.Label
	list     *widget.List
	warnings *kit.WarningList

	plan  model.Plan
	lines []planLine
	// heights are the lines not as high as a commitment's row, which is
	// the grid's own height: telling the grid a line's height redraws
	// it, so only these few are told.
	heights map[int]float32
	// selected is the commitment of the chosen row, nil when none.
	selected *model.Commitment
	// gen counts the plans asked for, so that an older one finishing
	// late is not shown over a newer one.
	gen int

	content fyne.CanvasObject
}

// planLine is one line of the grid: a problem's band or one of its rows.
type planLine struct {
	band string         // the band's text; "" for a row
	row  *model.PlanRow // nil for a band, and for a problem with no rows
	// texts are a fastställd plan's row as decided (see entryLines),
	// nil for a row of the records as they stand.
	texts []string
	first bool // the first row of its cause, which shows the cause's text
	empty bool // the one row of a problem with no causes and no commitments
}

// planWeights are the columns' shares of the grid's width: Nr, Orsak,
// Åtgärd, Operativt mål, När, Vem, Uppföljning.
var planWeights = []float32{0.05, 0.17, 0.2, 0.17, 0.11, 0.13, 0.17}

// The grid's row heights: a band, a cause with no commitment (two lines)
// and a commitment's row (three lines).
const (
	planBandHeight  = 40
	planCauseHeight = 56
	planRowHeight   = 74
)

func NewPlan(u *session.Session) *Plan {
	p := &Plan{ui: u}
	p.finished = kit.NewChoice(func(string) { p.show() })
	p.finished.SetOptions([]string{"0", "1", "2"},
		[]string{session.Tr("chainui.plan.recent"), session.Tr("chainui.plan.all"), session.Tr("chainui.plan.open")}, false)
	p.finished.SetIDQuietly("0")
	p.print = &widget.Button{Text: session.Tr("chainui.plan.print"), Icon: theme.DocumentPrintIcon(), OnTapped: func() { p.onPrint(false) }}
	p.word = &widget.Button{Text: session.Tr("lawgui.saveWord"), Icon: theme.FileTextIcon(), OnTapped: func() { p.onPrint(true) }}
	p.public = widget.NewCheck(session.Tr("class.publicVersion"), nil)
	p.open = &widget.Button{Text: session.Tr("chainui.plan.openCommitment"), Icon: theme.DocumentCreateIcon(), OnTapped: p.onOpen}
	p.count = &widget.Label{SizeName: theme.SizeNameCaptionText}
	p.list = widget.NewList(func() int { return len(p.lines) }, func() fyne.CanvasObject {
		row := p.createRow().(*fyne.Container)
		height := canvas.NewRectangle(nil)
		height.SetMinSize(fyne.NewSize(0, planRowHeight))
		row.Add(height)
		return row
	}, p.updateRow)
	p.list.OnSelected = p.onSelect
	p.list.OnUnselected = func(widget.ListItemID) { p.selected = nil; p.open.Disable() }
	p.open.Disable()
	p.warnings = kit.NewWarningList(u)

	header := p.createRow().(*fyne.Container).Objects[1].(*fyne.Container)
	header.Objects[len(header.Objects)-1].(*fyne.Container).Objects[1].Hide() // no dot
	for i, key := range []string{"chainui.plan.colNumber", "chainui.plan.colCause", "chainui.plan.colCommitment",
		"chainui.plan.colGoal", "chainui.plan.colWhen", "chainui.plan.colWho", "chainui.plan.colFollowUp"} {
		l := cellLabel(header.Objects[i])
		l.TextStyle = fyne.TextStyle{Bold: true}
		l.Text = session.Tr(key)
	}
	grid := container.NewBorder(container.NewVBox(header, widget.NewSeparator()),
		container.NewBorder(nil, nil, nil, p.open, p.count), nil, nil, p.list)
	p.split = container.NewVSplit(container.NewPadded(p.warnings.Content), grid)
	p.split.Offset = 0.22
	split := p.split
	width := canvas.NewRectangle(nil)
	width.SetMinSize(fyne.NewSize(330, 0))
	top := kit.ScreenHeader("nav.plan", container.NewCenter(widget.NewLabel(session.Tr("chainui.plan.show"))),
		container.NewStack(width, p.finished.Sel), p.public, p.print, p.word)
	p.rec = newPlanRecords(p)
	p.content = container.NewBorder(container.NewPadded(container.NewVBox(top, p.rec.content)), nil, nil, nil, split)
	return p
}

// cellLabel returns the label of a grid cell.
func cellLabel(o fyne.CanvasObject) *widget.Label {
	if c, ok := o.(*fyne.Container); ok {
		return c.Objects[0].(*widget.Label)
	}
	return o.(*widget.Label)
}

func (p *Plan) createRow() fyne.CanvasObject {
	bandBg := canvas.NewRectangle(theme.Color(theme.ColorNameInputBackground))
	band := &widget.Label{TextStyle: fyne.TextStyle{Bold: true}, Truncation: fyne.TextTruncateEllipsis}
	cells := make([]fyne.CanvasObject, len(planWeights))
	for i := range cells {
		cells[i] = &widget.Label{Wrapping: fyne.TextWrapWord, Truncation: fyne.TextTruncateEllipsis}
	}
	dot := canvas.NewCircle(kit.ChainLightGrey)
	dotBox := container.New(&dotLayout{}, dot)
	cells[len(cells)-1] = container.NewBorder(nil, nil, dotBox, nil, cells[len(cells)-1])
	return container.NewStack(container.NewStack(bandBg, band), container.New(&weightedColumns{weights: planWeights}, cells...))
}

func (p *Plan) updateRow(id widget.ListItemID, o fyne.CanvasObject) {
	if id >= len(p.lines) {
		return
	}
	l := p.lines[id]
	stack := o.(*fyne.Container)
	band, cells := stack.Objects[0].(*fyne.Container), stack.Objects[1].(*fyne.Container)
	if l.band != "" {
		band.Show()
		cells.Hide()
		band.Objects[0].(*canvas.Rectangle).FillColor = theme.Color(theme.ColorNameInputBackground)
		band.Objects[1].(*widget.Label).SetText(l.band)
		return
	}
	band.Hide()
	cells.Show()
	texts := p.cellTexts(l)
	for i, c := range cells.Objects {
		label := cellLabel(c)
		label.Importance = widget.MediumImportance
		if i == 0 && !l.first {
			label.Importance = widget.LowImportance
		}
		if l.texts == nil && (l.row == nil || l.row.Commitment == nil) && i > 1 {
			label.Importance = widget.WarningImportance // a gap in the chain
		}
		if i == 4 && l.row != nil && l.row.Overdue {
			label.Importance = widget.DangerImportance
		}
		label.TextStyle = fyne.TextStyle{Bold: i == 2}
		label.SetText(texts[i])
	}
	follow := cells.Objects[len(cells.Objects)-1].(*fyne.Container)
	dotBox := follow.Objects[1].(*fyne.Container)
	dot := dotBox.Objects[0].(*canvas.Circle)
	if l.row != nil && l.row.Commitment != nil {
		dotBox.Show()
		dot.FillColor = kit.ChainLightColor(l.row.Light)
		dot.Refresh()
	} else {
		dotBox.Hide()
	}
}

// cellTexts returns the texts of a row's seven cells.
func (p *Plan) cellTexts(l planLine) []string {
	out := make([]string, len(planWeights))
	r := l.row
	switch {
	case l.texts != nil:
		return l.texts
	case l.empty:
		out[1], out[2] = session.Tr("chainui.plan.noCauses"), session.Tr("chainui.plan.noCommitment")
		return out
	case r == nil:
		return out
	}
	if r.Cause != nil {
		out[0] = r.CauseLabel
		if l.first {
			out[1] = r.Cause.Description
		}
	} else {
		out[1] = session.Tr("chain.noCause")
	}
	c := r.Commitment
	if c == nil {
		out[2] = session.Tr("chainui.plan.noCommitment")
		return out
	}
	out[2] = c.Title
	if c.OneOff {
		out[2] += " (" + session.Tr("chainui.plan.oneOff") + ")"
	}
	out[3] = planGoalText(c.Goal)
	out[4] = planWhenText(c, r.Overdue)
	out[5] = r.Part
	if r.Contact != "" {
		out[5] += "\n" + r.Contact
	}
	out[6] = planFollowUpText(r)
	return out
}

// planGoalText is an operational goal: indicator, baseline → target, date.
func planGoalText(g model.Goal) string {
	if g.IsZero() {
		return session.Tr("chainui.plan.noGoal")
	}
	var lines []string
	if g.Indicator != "" {
		lines = append(lines, g.Indicator)
	}
	switch {
	case g.Baseline != "" && g.Target != "":
		lines = append(lines, g.Baseline+" → "+g.Target)
	case g.Target != "":
		lines = append(lines, session.Tr("chainui.plan.target", map[string]any{"Text": g.Target}))
	case g.Baseline != "":
		lines = append(lines, session.Tr("chainui.plan.baseline", map[string]any{"Text": g.Baseline}))
	}
	if g.Date != "" {
		lines = append(lines, session.Tr("chainui.plan.goalDate", map[string]any{"Date": string(g.Date)}))
	}
	return strings.Join(lines, "\n")
}

// planWhenText is a commitment's start and due date, and whether it is late.
func planWhenText(c *model.Commitment, overdue bool) string {
	var s string
	switch {
	case c.Start != "" && c.Due != "":
		s = string(c.Start) + " –\n" + string(c.Due)
	case c.Start != "":
		s = string(c.Start) + " –"
	case c.Due != "":
		s = "– " + string(c.Due)
	}
	if overdue {
		s += "\n" + session.Tr("chainui.plan.overdue")
	}
	return s
}

// planFollowUpText is where a commitment stands: its status and the latest
// follow-up's date and comment.
func planFollowUpText(r *model.PlanRow) string {
	s := session.Tr("status." + string(r.Status))
	if r.Latest == nil {
		return s + " · " + session.Tr("chainui.plan.noFollowUp")
	}
	s += " · " + string(r.Latest.Date)
	if r.Latest.Comment != "" {
		s += "\n" + r.Latest.Comment
	}
	return s
}

// Refresh builds the plan anew, off the UI goroutine, and shows it.
func (p *Plan) Refresh() {
	p.gen++
	gen, today := p.gen, p.ui.Today()
	if len(p.lines) == 0 {
		p.count.SetText(session.Tr("chainui.loading"))
	}
	p.rec.load()
	chosen := p.rec.current()
	var plan model.Plan
	p.ui.WorkOnDataset(func(ds *model.Dataset) {
		switch {
		case chosen == nil:
			plan = model.BuildPlan(ds, today)
		case !chosen.State.Locked():
			plan = model.BuildPlanFor(ds, chosen.SituationID, today)
		}
	}, func() {
		if gen != p.gen {
			return
		}
		p.plan = plan
		p.show()
	})
}

// finishedChoice returns which finished commitments to show.
func (p *Plan) finishedChoice() pdf.Finished {
	switch p.finished.ID() {
	case "1":
		return pdf.FinishedAll
	case "2":
		return pdf.FinishedNone
	}
	return pdf.FinishedRecent
}

// show lays the plan out as lines, leaving out the finished commitments
// the choice leaves out, the way the printed plan does.
func (p *Plan) show() {
	if p.rec.locked() {
		p.warnings.Content.Hide()
		p.split.SetOffset(0)
		p.showEntries(p.rec.current())
		return
	}
	if !p.warnings.Content.Visible() {
		p.warnings.Content.Show()
		p.split.SetOffset(0.22)
	}
	finished := p.finishedChoice()
	shown := func(r *model.PlanRow) bool { return p.plan.Shows(*r, finished) }
	p.lines = p.lines[:0]
	problems, commitments := 0, 0
	left := map[string]bool{}
	for gi := range p.plan.Groups {
		g := &p.plan.Groups[gi]
		var rows []planLine
		var last *model.Cause
		for ri := range g.Rows {
			r := &g.Rows[ri]
			if !shown(r) {
				left[r.Commitment.ID] = true
				continue
			}
			rows = append(rows, planLine{row: r, first: r.Cause == nil || r.Cause != last})
			last = r.Cause
			if r.Commitment != nil {
				commitments++
			}
		}
		if g.Problem == nil && len(rows) == 0 {
			continue
		}
		if g.Problem != nil {
			problems++
		}
		p.lines = append(p.lines, planLine{band: planBandText(g)})
		if len(rows) == 0 {
			rows = append(rows, planLine{empty: len(g.Rows) == 0})
		}
		p.lines = append(p.lines, rows...)
	}
	var warnings []model.Warning
	for _, w := range p.plan.Warnings {
		if w.Kind != model.KindCommitment || !left[w.ID] {
			warnings = append(warnings, w)
		}
	}
	p.warnings.Set(warnings)
	p.setHeights()
	p.count.SetText(session.Tr("chainui.plan.count", map[string]any{"Problems": problems, "Commitments": commitments, "Today": string(p.plan.Today)}))
	p.list.UnselectAll()
	p.list.Refresh()
}

// setHeights tells the grid the heights of the lines lower than a
// commitment's row.
func (p *Plan) setHeights() {
	heights := map[int]float32{}
	for i, l := range p.lines {
		switch {
		case l.texts != nil:
			if l.texts[2] == "" {
				heights[i] = planCauseHeight
			}
		case l.band != "" || l.row == nil:
			heights[i] = planBandHeight
		case l.row.Commitment == nil:
			heights[i] = planCauseHeight
		}
	}
	for i := range p.heights {
		if _, ok := heights[i]; !ok {
			p.list.SetItemHeight(i, planRowHeight)
		}
	}
	for i, h := range heights {
		p.list.SetItemHeight(i, h)
	}
	p.heights = heights
}

// planBandText is a problem's band: its rank, title and lägesbild.
func planBandText(g *model.PlanGroup) string {
	pr := g.Problem
	if pr == nil {
		return session.Tr("chain.unlinkedGroup")
	}
	s := session.Tr("chainui.plan.problem", map[string]any{"Title": pr.Title})
	if pr.Rank > 0 {
		s = session.Tr("chainui.plan.problemRank", map[string]any{"Rank": pr.Rank, "Title": pr.Title})
	}
	if sit := g.Situation; sit != nil {
		s += " · " + session.Tr("chainui.plan.situation", map[string]any{"Title": sit.Title, "Date": string(sit.Date)})
	}
	return s
}

func (p *Plan) onSelect(id widget.ListItemID) {
	p.selected = nil
	if id < len(p.lines) && p.lines[id].row != nil {
		p.selected = p.lines[id].row.Commitment
	}
	if p.selected != nil {
		p.open.Enable()
	} else {
		p.open.Disable()
	}
}

// onOpen opens the chosen row's commitment in its editor.
func (p *Plan) onOpen() {
	if p.selected != nil {
		p.ui.OpenRecord(model.KindCommitment, p.selected.ID)
	}
}

// onPrint makes the åtgärdsplan's PDF, as the screen shows it, and opens it.
func (p *Plan) onPrint(word bool) {
	u := p.ui
	today, finished := u.Today(), p.finishedChoice()
	lang, version := session.Language(u.Prefs), session.PrintedVersion(u.Opt.Version)
	public := p.public.Checked
	chosen := p.rec.current()
	law := lawDataOf(u)
	var data []byte
	var warnings pdf.Warnings
	var err error
	u.Status.SetState(session.Tr("chainui.printing"), false)
	u.WorkOnDataset(func(ds *model.Dataset) {
		if chosen != nil {
			law.into(ds)
			in, ok := pdf.ActionPlanInputFrom(ds, chosen.ID, today)
			if !ok {
				err = model.Errorf(model.CodeRecordNotFound, "Kind", string(model.KindPlan), "ID", chosen.ID)
				return
			}
			in.Lang, in.ProgramVersion, in.Public = lang, version, public
			fd, ferr := pdf.ActionPlanFlow(in)
			data, warnings, err = render(fd, ferr, word)
			return
		}
		in := pdf.PlanInputFrom(ds, today)
		in.Finished, in.Lang, in.ProgramVersion, in.Public = finished, lang, version, public
		if !word {
			data, warnings, err = pdf.Plan(in)
			return
		}
		in.Outline = &flow.Document{}
		if _, _, err = pdf.Plan(in); err == nil {
			data, _, err = render(in.Outline, nil, true)
		}
	}, func() {
		if err != nil {
			u.ShowError(err)
			return
		}
		title := session.Tr("chainui.plan.fileName", map[string]any{"Today": string(today)})
		if chosen != nil {
			title = chosen.Title
			if !chosen.State.Locked() {
				title = session.Tr("lawgui.plan.draftFile", map[string]any{"Title": chosen.Title})
			}
		}
		if public {
			title = session.Tr("class.publicFileName", map[string]any{"Name": title})
		}
		u.OpenPDF(documentName(title, word), data, warnings)
	})
}

// weightedColumns lays cells side by side, each its weight's share of the
// width, all as high as the row.
type weightedColumns struct{ weights []float32 }

// Layout implements fyne.Layout.
func (l *weightedColumns) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	pad := theme.Padding()
	x := float32(0)
	free := size.Width - pad*float32(len(objs)-1)
	for i, o := range objs {
		w := free * l.weights[i]
		o.Move(fyne.NewPos(x, 0))
		o.Resize(fyne.NewSize(w, size.Height))
		x += w + pad
	}
}

// MinSize implements fyne.Layout.
func (l *weightedColumns) MinSize(objs []fyne.CanvasObject) fyne.Size {
	h := float32(0)
	for _, o := range objs {
		if l, ok := o.(*widget.Label); ok && l.Wrapping != fyne.TextWrapOff {
			continue // a wrapped label takes the height it is given
		}
		h = max(h, o.MinSize().Height)
	}
	return fyne.NewSize(float32(80*len(objs)), h)
}

// dotLayout centres a traffic-light dot at the top of its cell.
type dotLayout struct{}

// Layout implements fyne.Layout.
func (dotLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	for _, o := range objs {
		o.Move(fyne.NewPos(2, theme.Padding()+4))
		o.Resize(fyne.NewSize(12, 12))
	}
}

// MinSize implements fyne.Layout.
func (dotLayout) MinSize([]fyne.CanvasObject) fyne.Size { return fyne.NewSize(16, 16) }

// Content is the screen as the main window shows it.
func (p *Plan) Content() fyne.CanvasObject { return p.content }
