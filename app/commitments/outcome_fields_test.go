package commitments

import (
	"image"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"samverka/app/internal/kit"
	"samverka/app/internal/session"
	"samverka/app/internal/sessiontest"
	"samverka/model"
	"samverka/storage"
)

// newCouncil creates a council file with two aktörer, each with a
// representative, and opens it.
func newCouncil(t *testing.T, h *sessiontest.Harness) (path string, youth, police *model.Part, officer *model.Representative) {
	t.Helper()
	path = filepath.Join(h.Dir, "Rådet.samverka")
	d, err := storage.Create(path, &model.Council{Name: "Brottsförebyggande rådet i Testby"}, h.StorageOptions("Setup", "SETUP-PC"))
	if err != nil {
		t.Fatal(err)
	}
	if err := d.Close(); err != nil {
		t.Fatal(err)
	}
	h.OpenFile(path)
	youth = &model.Part{Name: "Fryshuset", Kind: model.PartAssociation}
	police = &model.Part{Name: "Lokalpolisområde Testby", Kind: model.PartPolice}
	officer = &model.Representative{PartID: police.ID, Name: "Kim Kommunpolis", Role: model.RoleMember}
	for _, r := range []model.Record{youth, police} {
		if !h.S.Save(nil, "", nil, r) {
			t.Fatalf("%v refused: %s", r, h.Dialog())
		}
	}
	officer.PartID = police.ID
	if !h.S.Save(nil, "", nil, officer) {
		t.Fatalf("representative refused: %s", h.Dialog())
	}
	return path, youth, police, officer
}

// TestCommitmentSharedWithMilestones gives a new commitment a sub-area,
// a medverkande aktör with its contact person and two delmål, one with a
// date in the wrong form first: the problem shows under that delmål and
// nothing is saved. Then the ansvarig part named as medverkande is
// refused under its row. The file, reopened, holds what was typed; a
// delmål removed in the editor is gone from the file.
func TestCommitmentSharedWithMilestones(t *testing.T) {
	h := sessiontest.New(t)
	path, youth, police, officer := newCouncil(t, h)
	c := commitmentsOf(h)
	test.Tap(c.add)
	ed := c.editor
	test.Type(ed.title, "Nattvandring i centrum")
	ed.part.Sel.SetSelected("Fryshuset")
	ed.area.Sel.SetSelected(session.Tr(model.AreaCivilSociety.Key()))
	// Only the area's sub-areas are offered.
	for _, o := range ed.subArea.Sel.Options[1:] {
		if !strings.HasPrefix(o, "4.4.") {
			t.Fatalf("sub-area %q offered under area 4", o)
		}
	}
	sub, _ := model.SubAreaOf("4.4.1")
	ed.subArea.Sel.SetSelected(sub.Label())
	test.Type(ed.indicator, "Antal vandringar")
	test.Type(ed.baseline, "10")
	test.Type(ed.target, "40")

	test.Tap(ed.contributors.add)
	row := ed.contributors.rows[0]
	row.part.Sel.SetSelected(police.Name)
	if !slices.Contains(row.contact.Sel.Options, officer.Name) {
		t.Fatalf("contacts offered %q", row.contact.Sel.Options)
	}
	row.contact.Sel.SetSelected(officer.Name)

	test.Tap(ed.milestones.add)
	test.Tap(ed.milestones.add)
	first, second := ed.milestones.rows[0], ed.milestones.rows[1]
	test.Type(first.title, "Tio vandringar")
	test.Type(first.date, "2026-13-01")
	test.Type(first.target, "10")
	test.Type(second.title, "Tjugo vandringar")
	test.Type(second.date, "2026-09-30")
	test.Type(second.target, "20")
	test.Tap(ed.save)
	if !first.problem.Visible() || !strings.Contains(first.problem.Text, session.Tr("error.date.invalid")) {
		t.Fatalf("problem under the first delmål %q (shown %v)", first.problem.Text, first.problem.Visible())
	}
	if second.problem.Visible() || ed.form.General.Visible() {
		t.Fatalf("problems elsewhere: %q, %q", second.problem.Text, ed.form.General.Text)
	}
	if len(h.S.Doc.View.Rows) != 0 {
		t.Fatal("a commitment with a bad delmål was saved")
	}
	first.date.SetText("2026-03-31")

	// The ansvarig part cannot also take part.
	test.Tap(ed.contributors.add)
	owner := ed.contributors.rows[1]
	owner.part.Sel.SetSelected(youth.Name)
	test.Tap(ed.save)
	if want := session.Tr("error.outcomes.contributorIsOwner"); !strings.Contains(owner.problem.Text, want) || row.problem.Visible() {
		t.Fatalf("problem under the second aktör %q, under the first %q", owner.problem.Text, row.problem.Text)
	}
	test.Tap(owner.remove)
	test.Tap(ed.save)
	if first.problem.Visible() || ed.form.General.Visible() {
		t.Fatalf("problems left: %q %q", first.problem.Text, ed.form.General.Text)
	}

	h.Reopen(path)
	cm := h.Stored(path).Commitments[0]
	if cm.SubArea != "4.4.1" || cm.Area != model.AreaCivilSociety {
		t.Fatalf("area %d, sub-area %q", cm.Area, cm.SubArea)
	}
	if len(cm.Contributors) != 1 || cm.Contributors[0] != (model.Contributor{PartID: police.ID, ContactID: officer.ID}) {
		t.Fatalf("contributors %+v", cm.Contributors)
	}
	if len(cm.Milestones) != 2 || cm.Milestones[0].Title != "Tio vandringar" || cm.Milestones[0].Date != "2026-03-31" ||
		cm.Milestones[0].Target != "10" || cm.Milestones[1].Date != "2026-09-30" || cm.Milestones[0].ID == "" || cm.Milestones[0].ID == cm.Milestones[1].ID {
		t.Fatalf("milestones %+v", cm.Milestones)
	}

	// Opened again, the editor shows it all; a delmål removed is gone.
	c = commitmentsOf(h)
	c.list.Select(0)
	ed = c.editor
	if ed.subArea.Sel.Selected != sub.Label() || len(ed.contributors.rows) != 1 || ed.contributors.rows[0].contact.Sel.Selected != officer.Name {
		t.Fatalf("editor shows sub-area %q, %d medverkande", ed.subArea.Sel.Selected, len(ed.contributors.rows))
	}
	if len(ed.milestones.rows) != 2 || ed.milestones.rows[1].title.Text != "Tjugo vandringar" {
		t.Fatalf("editor shows %d delmål", len(ed.milestones.rows))
	}
	test.Tap(ed.milestones.rows[0].remove)
	test.Tap(ed.save)
	h.CloseFile()
	cm = h.Stored(path).Commitments[0]
	if len(cm.Milestones) != 1 || cm.Milestones[0].Title != "Tjugo vandringar" {
		t.Fatalf("milestones after removing one %+v", cm.Milestones)
	}
}

// TestFilterBySubArea narrows the example council's commitments to one
// sub-area (delområde): the sub-areas offered follow the area chosen, and
// every row shown, and no other, lies in the sub-area.
func TestFilterBySubArea(t *testing.T) {
	h := sessiontest.New(t)
	h.OpenFile(h.DemoFile())
	c := commitmentsOf(h)
	all := h.S.Doc.View.Rows
	count := map[string]int{}
	for _, row := range all {
		count[row.C.SubArea]++
	}
	busiest := model.SubAreas[0]
	for _, s := range model.SubAreas {
		if count[s.Number] > count[busiest.Number] {
			busiest = s
		}
	}
	if count[busiest.Number] == 0 || count[busiest.Number] == len(all) {
		t.Fatalf("sub-areas in the example council: %v", count)
	}
	if n := len(c.sub.Sel.Options); n != len(model.SubAreas)+1 {
		t.Fatalf("%d sub-areas offered with no area chosen", n)
	}
	c.sub.Sel.SetSelected(busiest.Label())
	if len(c.shown) != count[busiest.Number] {
		t.Fatalf("%s: %d shown, want %d", busiest.Number, len(c.shown), count[busiest.Number])
	}
	for _, row := range c.shown {
		if row.C.SubArea != busiest.Number {
			t.Fatalf("%q (%s) shown under %s", row.C.Title, row.C.SubArea, busiest.Number)
		}
	}
	// Choosing the sub-area's own area keeps it; another area lets it go.
	c.area.Sel.SetSelected(session.Tr(busiest.Area.Key()))
	if c.sub.Sel.Selected != busiest.Label() || len(c.shown) != count[busiest.Number] {
		t.Fatalf("after choosing its area: %q, %d shown", c.sub.Sel.Selected, len(c.shown))
	}
	if n := len(c.sub.Sel.Options); n != len(model.SubAreasOf(busiest.Area))+1 {
		t.Fatalf("%d sub-areas offered under area %d", n, busiest.Area)
	}
	other := model.AreaSchool
	if busiest.Area == other {
		other = model.AreaViolence
	}
	c.area.Sel.SetSelected(session.Tr(other.Key()))
	if c.sub.ID() != "" {
		t.Fatalf("sub-area %q kept under another area", c.sub.ID())
	}
	for _, row := range c.shown {
		if row.C.Area != other {
			t.Fatalf("%q of area %d shown under area %d", row.C.Title, row.C.Area, other)
		}
	}
}

// TestCommitmentIndicatorChart opens the example council's commitment
// with the most utfall: the chart on its screen has a point for each
// utfall its follow-ups in the file hold (counted here from the file,
// one value a day, the later entry winning), drawn blue on the rendered
// window, rising where the values rise. A commitment with no indicator
// has no chart.
func TestCommitmentIndicatorChart(t *testing.T) {
	h := sessiontest.New(t)
	path := h.DemoFile()
	ds := h.Stored(path)
	h.OpenFile(path)
	byCommitment := map[string][]*model.FollowUp{}
	for _, f := range ds.FollowUps {
		byCommitment[f.CommitmentID] = append(byCommitment[f.CommitmentID], f)
	}
	// The independent count: the outcome of each day, from the entries
	// in the order they were recorded, leaving out withdrawn and
	// corrected ones.
	count := func(list []*model.FollowUp) map[model.Date]float64 {
		replaced := map[string]bool{}
		for _, f := range list {
			if f.CorrectsID != "" {
				replaced[f.CorrectsID] = true
			}
		}
		days := map[model.Date]float64{}
		for _, f := range list {
			if !f.Deleted && !f.Withdrawn && !replaced[f.ID] && f.Outcome.Date != "" {
				days[f.Outcome.Date] = f.Outcome.Value
			}
		}
		return days
	}
	var cm, unmeasured *model.Commitment
	var want map[model.Date]float64
	for _, x := range ds.Commitments {
		if x.Deleted {
			continue
		}
		days := count(byCommitment[x.ID])
		if x.Goal.Indicator != "" && len(days) > len(want) {
			cm, want = x, days
		}
		if x.Goal.Indicator != "" && len(days) == 0 && unmeasured == nil {
			unmeasured = x
		}
	}
	if cm == nil || len(want) < 3 || unmeasured == nil {
		t.Fatalf("the example council has no commitment with utfall (%v) or none unmeasured", cm != nil)
	}

	c := commitmentsOf(h)
	c.OpenRecord(model.KindCommitment, cm.ID)
	ed := c.editor
	if !ed.chartBox.Visible() || !ed.chart.Visible() {
		t.Fatal("no indicator chart on the commitment's screen")
	}
	if !strings.Contains(ed.chartNote.Text, cm.Goal.Indicator) {
		t.Fatalf("chart note %q", ed.chartNote.Text)
	}
	h.Win.Resize(fyne.NewSize(1280, 800))
	c.editor.scrollToChart()
	img := h.Win.Canvas().Capture()
	size := ed.chart.Size()
	points := ed.chart.Points(size)
	if len(points) != len(want) {
		t.Fatalf("%d points drawn, the file holds %d utfall", len(points), len(want))
	}
	readings := model.OutcomeSeries(byCommitment[cm.ID], "")
	for i, r := range readings {
		if v, ok := want[r.Date]; !ok || v != r.Value {
			t.Fatalf("point %d: %v, the file says %v", i, r, v)
		}
		if i > 0 {
			if points[i].X <= points[i-1].X {
				t.Fatalf("point %d left of the one before", i)
			}
			switch {
			case r.Value > readings[i-1].Value && points[i].Y >= points[i-1].Y,
				r.Value < readings[i-1].Value && points[i].Y <= points[i-1].Y:
				t.Fatalf("point %d (%v) drawn at %v against %v", i, r.Value, points[i], points[i-1])
			}
		}
	}
	origin := fyne.CurrentApp().Driver().AbsolutePositionForObject(ed.chart)
	scale := float32(img.Bounds().Dx()) / h.Win.Canvas().Size().Width
	for i, p := range points {
		at := origin.Add(p)
		if !bluePixelNear(img, int(at.X*scale), int(at.Y*scale)) {
			t.Errorf("no blue dot for %v at %v", readings[i], at)
		}
	}

	// An indicator not yet measured has no chart but says so; a new
	// commitment, with no indicator, shows nothing of it.
	c.OpenRecord(model.KindCommitment, unmeasured.ID)
	if !ed.chartBox.Visible() || ed.chart.Visible() || ed.chartNote.Text != session.Tr("commitui.chart.none", map[string]any{"Indicator": unmeasured.Goal.Indicator}) {
		t.Fatalf("unmeasured %q: chart shown %v, note %q", unmeasured.Title, ed.chart.Visible(), ed.chartNote.Text)
	}
	test.Tap(c.add)
	if ed.chartBox.Visible() {
		t.Fatal("a chart on a new commitment")
	}
}

// bluePixelNear reports whether the utfall's blue is drawn within a pixel
// of x, y.
func bluePixelNear(img image.Image, x, y int) bool {
	want := kit.OutcomeBlue
	for dx := -2; dx <= 2; dx++ {
		for dy := -2; dy <= 2; dy++ {
			r, g, b, _ := img.At(x+dx, y+dy).RGBA()
			d := func(v uint32, w uint8) int { return max(int(v>>8)-int(w), int(w)-int(v>>8)) }
			if d(r, want.R) < 30 && d(g, want.G) < 30 && d(b, want.B) < 30 {
				return true
			}
		}
	}
	return false
}
