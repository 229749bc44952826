package kit

import (
	"cmp"
	"slices"
	"strconv"

	"samverka/model"
)

// CauseNode is a cause in its problem's tree: its number there ("2.1")
// and how deep it sits.
type CauseNode struct {
	Cause *model.Cause
	Label string
	Depth int
}

// CauseTree lays out one problem's live causes the way the åtgärdsplan
// numbers them (model.BuildPlan), so that "1.1" on the Lägesbild screen is
// "1.1" in the plan: sub-causes right after their parent, siblings by
// number (unnumbered last), then description and id. A cause keeps its
// number unless that repeats or goes back among its siblings; then it
// takes the next free one. A cause whose parent is not another cause of
// the list is a top cause; causes caught in a parent cycle are shown once,
// as top causes.
func CauseTree(causes []*model.Cause) []CauseNode {
	byID := model.Index(causes)
	parent := func(c *model.Cause) *model.Cause {
		if p := byID[c.ParentID]; p != nil && p.ProblemID == c.ProblemID && p.ID != c.ID {
			return p
		}
		return nil
	}
	order := func(a, b *model.Cause) int {
		number := func(c *model.Cause) int {
			if c.Number <= 0 {
				return int(^uint(0) >> 1)
			}
			return c.Number
		}
		return cmp.Or(cmp.Compare(number(a), number(b)), cmp.Compare(a.Description, b.Description), cmp.Compare(a.ID, b.ID))
	}
	children := map[string][]*model.Cause{}
	var top []*model.Cause
	for _, c := range causes {
		if p := parent(c); p != nil {
			children[p.ID] = append(children[p.ID], c)
		} else {
			top = append(top, c)
		}
	}
	for _, list := range children {
		slices.SortFunc(list, order)
	}
	slices.SortFunc(top, order)
	var out []CauseNode
	seen := map[string]bool{}
	var visit func(siblings []*model.Cause, prefix string, depth int)
	visit = func(siblings []*model.Cause, prefix string, depth int) {
		n := 0
		for _, c := range siblings {
			n = max(n+1, c.Number)
			if seen[c.ID] {
				continue
			}
			seen[c.ID] = true
			label := prefix + strconv.Itoa(n)
			out = append(out, CauseNode{Cause: c, Label: label, Depth: depth})
			visit(children[c.ID], label+".", depth+1)
		}
	}
	visit(top, "", 0)
	sorted := slices.SortedFunc(slices.Values(causes), order)
	for _, c := range sorted { // only causes in a parent cycle are left
		if !seen[c.ID] {
			top = append(top, c)
			visit(top, "", 0)
		}
	}
	return out
}
