package demo

import (
	"testing"

	"samverka/model"
)

// TestDemoPassesImportCheck: the example council is what an export of a
// real council looks like, so an import must take it whole.
func TestDemoPassesImportCheck(t *testing.T) {
	for _, scale := range []Scale{Small, Stockholm} {
		if p := model.CheckDataset(Generate(scale, 1)); len(p) > 0 {
			t.Errorf("%s: %d problems, first %v", scale, len(p), p[:min(len(p), 5)])
		}
	}
}
