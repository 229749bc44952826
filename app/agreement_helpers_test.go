package app

// agreementsOf returns the agreements screen, shown in the harness's window.
func agreementsOf(h *harness) *agreements {
	return h.screen("agreements", func() Screen { return newAgreements(h.s) }).(*agreements)
}
