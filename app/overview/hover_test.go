package overview

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"samverka/app/internal/sessiontest"
)

// TestCutOffRowsShowTheWholeTextOnHover: the overview's rows are cut off
// with an ellipsis ("Utbildning i att fråga om våld för personal —
// Socialförvaltning…"); resting the pointer on one shows its whole text
// below it, and only while it rests there. A row shown whole shows
// nothing more.
func TestCutOffRowsShowTheWholeTextOnHover(t *testing.T) {
	h := sessiontest.New(t)
	h.Win.Resize(fyne.NewSize(1024, 700))
	h.OpenFile(h.DemoFile())
	o := overviewOf(h)
	o.Refresh()
	o.charts.refresh()
	overlays := h.Win.Canvas().Overlays()

	var cut, whole *hoverText
	for _, box := range []*fyne.Container{o.dueList, o.YearList, o.signList, o.charts.parts} {
		sessiontest.Walk(box, func(obj fyne.CanvasObject) bool {
			if ht, ok := obj.(*hoverText); ok {
				if ht.cut() && cut == nil {
					cut = ht
				} else if !ht.cut() && whole == nil {
					whole = ht
				}
			}
			return true
		})
	}
	if cut == nil || whole == nil {
		t.Fatalf("at 1024×700 the overview has no row cut off (%v) or none whole (%v)", cut != nil, whole != nil)
	}
	cut.MouseIn(nil)
	tip, ok := overlays.Top().(*widget.PopUp)
	if !ok {
		t.Fatalf("no pop-up over a row cut off: %T", overlays.Top())
	}
	if got := sessiontest.ObjectText(tip.Content); got != cut.label.Text {
		t.Errorf("the pop-up reads %q, want %q", got, cut.label.Text)
	}
	if tip.Size().Width > h.Win.Canvas().Size().Width || tip.Position().X+tip.Size().Width > h.Win.Canvas().Size().Width+1 {
		t.Errorf("the pop-up at %v, %v runs off the window", tip.Position(), tip.Size())
	}
	cut.MouseOut()
	if overlays.Top() != nil {
		t.Error("the pop-up stays after the pointer left")
	}
	whole.MouseIn(nil)
	if overlays.Top() != nil {
		t.Error("a row shown whole gets a pop-up")
	}
}
