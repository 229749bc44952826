package model

// NumberAgenda gives every item of draft minutes its § in agenda order,
// as a protokoll reads: the first item gets first, the next first+1, and
// so on, whatever order the secretary wrote them in. first continues the
// year's series (see FirstParagraph). Approved minutes are never
// renumbered. It reports whether any § changed.
func NumberAgenda(m *Meeting, first int) bool {
	if m.State.Locked() || first < 1 {
		return false
	}
	changed := false
	for i := range m.Agenda {
		if m.Agenda[i].Paragraph != first+i {
			m.Agenda[i].Paragraph = first + i
			changed = true
		}
	}
	return changed
}

// FirstParagraph returns the § that m's first agenda item carries: the
// lowest § m already has, so that a series once begun stays where it
// began, or else one more than the highest § of the other meetings of
// m's year (NextParagraph), so that numbering runs per calendar year.
func FirstParagraph(m *Meeting, meetings []*Meeting) int {
	lowest := 0
	for _, it := range m.Agenda {
		if it.Paragraph > 0 && (lowest == 0 || it.Paragraph < lowest) {
			lowest = it.Paragraph
		}
	}
	if lowest > 0 {
		return lowest
	}
	var others []*Meeting
	for _, o := range meetings {
		if o.ID != m.ID {
			others = append(others, o)
		}
	}
	return NextParagraph(others, m.Date.Year())
}

// AgendaParagraphs returns the § each agenda item of m is printed with:
// approved minutes keep the numbers they were approved with (0 where an
// item had none); draft minutes begun under any § are numbered in agenda
// order from their lowest §; minutes not begun have none yet.
func AgendaParagraphs(m *Meeting) []int {
	out := make([]int, len(m.Agenda))
	if m.State.Locked() {
		for i, it := range m.Agenda {
			out[i] = it.Paragraph
		}
		return out
	}
	if !hasParagraph(m) {
		return out
	}
	first := FirstParagraph(m, nil)
	for i := range out {
		out[i] = first + i
	}
	return out
}

func hasParagraph(m *Meeting) bool {
	for _, it := range m.Agenda {
		if it.Paragraph > 0 {
			return true
		}
	}
	return false
}
