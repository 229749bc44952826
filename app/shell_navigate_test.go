package app

import (
	"testing"

	"samverka/model"
)

// TestOpenRecordShowsItsScreen: the shell shows a problem, or a cause's
// problem, on the Lägesbild screen and a commitment on Åtaganden.
func TestOpenRecordShowsItsScreen(t *testing.T) {
	h := newHarness(t)
	h.openFile(h.DemoFile())
	v := h.ui.Doc.View
	for _, c := range v.Causes {
		h.ui.OpenRecord(model.KindCause, c.ID)
		break
	}
	if h.ui.screen != screenSituations {
		t.Fatalf("a cause opened %q", h.ui.screen)
	}
	h.ui.OpenRecord(model.KindCommitment, v.Rows[0].C.ID)
	if h.ui.screen != screenCommitments {
		t.Fatalf("a commitment opened %q", h.ui.screen)
	}
}
