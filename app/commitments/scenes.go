package commitments

// screenCommitment is the screenshot of the first commitment open.
const screenCommitment = "commitment"

// Scenes are the screenshot scenes ShowScene shows.
var Scenes = []string{screenCommitment}

// ShowScene sets the screen up for a screenshot.
func (c *Screen) ShowScene(name string) {
	if name == screenCommitment && len(c.shown) > 0 {
		c.list.Select(0)
	}
}
