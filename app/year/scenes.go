package year

import "samverka/model"

// The screenshot scenes of the screen: the årshjul is the screen itself
// ("year"); "dialogue" opens the dialogue with the most findings.
const sceneDialogue = "dialogue"

// Scenes are the screenshot scenes ShowScene shows.
var Scenes = []string{sceneDialogue}

// ShowScene sets the screen up for the screenshot name.
func (s *Screen) ShowScene(name string) {
	if name != sceneDialogue || len(s.Dialogues) == 0 {
		return
	}
	best := 0
	for i, d := range s.Dialogues {
		if linked(d) > linked(s.Dialogues[best]) {
			best = i
		}
	}
	s.Tabs.Select(s.dialoguesTab)
	s.DialogueList.Select(best)
	s.DialogueForm.showFindings()
}

// linked counts a dialogue's findings, those linked to a problem or a
// löfte counting twice: the scene shows the loop.
func linked(d *model.Dialogue) int {
	n := 0
	for _, f := range d.Findings {
		n++
		if f.ProblemID != "" || f.PromiseID != "" {
			n++
		}
	}
	return n
}
