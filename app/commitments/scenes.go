package commitments

import (
	"time"

	"fyne.io/fyne/v2"

	"samverka/model"
)

// The screenshot scenes: the first commitment open, and the shared
// commitment with delmål and the most utfall open at its medverkande
// aktörer and at its indicator chart.
const (
	screenCommitment = "commitment"
	sceneIndicator   = "commitment-indicator"
	sceneShared      = "commitment-shared"
)

// Scenes are the screenshot scenes ShowScene shows.
var Scenes = []string{screenCommitment, sceneIndicator, sceneShared}

// ShowScene sets the screen up for a screenshot.
func (c *Screen) ShowScene(name string) {
	switch {
	case name == screenCommitment && len(c.shown) > 0:
		c.list.Select(0)
	case name == sceneIndicator || name == sceneShared:
		best, most := -1, 0
		for i, row := range c.shown {
			list, err := c.ui.Doc.Store.FollowUps(row.C.ID)
			if err != nil || row.C.Goal.Indicator == "" {
				continue
			}
			if n := len(model.OutcomeSeries(list, "")); n > most && len(row.C.Milestones) > 0 && len(row.C.Contributors) > 0 {
				best, most = i, n
			}
		}
		if best < 0 {
			return
		}
		c.list.Select(best)
		c.list.ScrollTo(best)
		var target fyne.CanvasObject = c.editor.chartBox
		above := float32(200)
		if name == sceneShared {
			target, above = c.editor.contributors.content, 10
		}
		// The editor is laid out once the window has drawn it.
		go func() {
			time.Sleep(300 * time.Millisecond)
			fyne.Do(func() { c.editor.scrollTo(target, above) })
		}()
	}
}
