package commitments

import "samverka/model"

// The screenshot scenes: the first commitment open, and the commitment
// with the most utfall open at its indicator chart.
const (
	screenCommitment = "commitment"
	sceneIndicator   = "commitment-indicator"
)

// Scenes are the screenshot scenes ShowScene shows.
var Scenes = []string{screenCommitment, sceneIndicator}

// ShowScene sets the screen up for a screenshot.
func (c *Screen) ShowScene(name string) {
	switch {
	case name == screenCommitment && len(c.shown) > 0:
		c.list.Select(0)
	case name == sceneIndicator:
		best, most := -1, 0
		for i, row := range c.shown {
			list, err := c.ui.Doc.Store.FollowUps(row.C.ID)
			if err != nil || row.C.Goal.Indicator == "" {
				continue
			}
			if n := len(model.OutcomeSeries(list, "")); n > most && len(row.C.Milestones) > 0 {
				best, most = i, n
			}
		}
		if best < 0 {
			return
		}
		c.list.Select(best)
		c.list.ScrollTo(best)
		c.editor.scrollToChart()
	}
}
