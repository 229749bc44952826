package app

import (
	"testing"

	"samverka/demo"

	"samverka/app/internal/session"
	"samverka/app/internal/sessiontest"
)

// stockholmUI returns the commitments screen showing the Stockholm data
// set (5,000 commitments), on a real, small document.
func stockholmUI(b *testing.B) *commitments {
	b.Helper()
	h := newHarness(b)
	h.openFile(h.DemoFile())
	h.ui.Doc.View = session.ViewOf(demo.Generate(demo.Stockholm, 1))
	c := newCommitments(h.ui.Session)
	if n := len(c.shown); n < 5000 {
		b.Fatalf("%d commitments shown", n)
	}
	return c
}

// BenchmarkFilterKeystroke is the time from a keystroke in the search field
// to the list showing the result, with 5,000 commitments (budget 16 ms).
func BenchmarkFilterKeystroke(b *testing.B) {
	c := stockholmUI(b)
	query := []rune("nattvandring skärholmen")
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		n := i%len(query) + 1
		c.search.SetText(string(query[:n]))
	}
}

// BenchmarkFilterRows is the filtering alone, for one word.
func BenchmarkFilterRows(b *testing.B) {
	v := session.ViewOf(demo.Generate(demo.Stockholm, 1))
	f := &commitmentFilter{terms: []string{"nattvandring"}}
	var out []*session.CommitmentRow
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		out = filterRows(v.Rows, f, sessiontest.TestToday, out)
	}
}
