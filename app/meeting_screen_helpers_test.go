package app

// meetingsOf returns the meetings screen, shown in the harness's window.
func meetingsOf(h *harness) *meetings {
	return h.screen("meetings", func() Screen { return newMeetings(h.s) }).(*meetings)
}
