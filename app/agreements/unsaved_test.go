package agreements

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"samverka/model"

	"samverka/app/internal/sessiontest"
)

// TestCloseKeepsAgreementEdits is issue 19's second case for the
// agreement editor: a draft's title typed and not saved is saved when
// the council closes; a title emptied cannot be, and closing asks.
func TestCloseKeepsAgreementEdits(t *testing.T) {
	h := sessiontest.New(t)
	path := h.DemoFile()
	h.OpenFile(path)
	e := openAgreementIn(h, model.StateDraft)
	id := e.before.ID
	test.Type(e.title, " (reviderad)")
	want := strings.TrimSpace(e.title.Text)
	closed := false
	h.S.BeforeClosing(func() { closed = true })
	if !closed {
		t.Fatalf("closing asked: %s", h.Dialog())
	}
	if _, err := h.S.Doc.Store.Save(); err != nil {
		t.Fatal(err)
	}
	for _, ag := range h.Stored(path).Agreements {
		if ag.ID == id && ag.Title != want {
			t.Fatalf("the file has %q, want %q", ag.Title, want)
		}
	}

	e.title.SetText("")
	closed = false
	h.S.BeforeClosing(func() { closed = true })
	if closed || h.Dialog() == nil {
		t.Fatal("an agreement without a title closed without asking")
	}
}
