package kit_test

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"

	"samverka/app/internal/kit"
	"samverka/app/internal/sessiontest"
)

// TestTipLabelShowsCutOffText is issue 19's fourteenth case for cut-off
// texts: a label too narrow for its text shows the whole text while the
// pointer rests on it; a text that fits shows no tip.
func TestTipLabelShowsCutOffText(t *testing.T) {
	h := sessiontest.New(t)
	long := kit.NewTipLabel("C:\\Users\\Anna\\Documents\\Brottsförebyggande rådet i Skärholmen\\Rådet 2026.samverka")
	short := kit.NewTipLabel("Kort")
	h.Win.SetContent(container.NewGridWrap(fyne.NewSize(160, 40), long, short))
	h.Win.Resize(fyne.NewSize(600, 400))
	if !long.CutOff() || short.CutOff() {
		t.Fatalf("cut off: long %v, short %v", long.CutOff(), short.CutOff())
	}
	long.MouseIn(&desktop.MouseEvent{})
	if long.Tip == nil || !long.Tip.Visible() || sessiontest.ObjectText(long.Tip.Content) != long.Text {
		t.Fatal("no tip with the whole text")
	}
	long.MouseOut()
	if long.Tip != nil {
		t.Fatal("the tip stayed after the pointer left")
	}
	short.MouseIn(&desktop.MouseEvent{})
	if short.Tip != nil {
		t.Fatal("a text that fits has a tip")
	}
}
