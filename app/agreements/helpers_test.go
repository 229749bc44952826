package agreements

import (
	"samverka/app/internal/session"
	"samverka/app/internal/sessiontest"
)

// agreementsOf returns the agreements screen, shown in the harness's window.
func agreementsOf(h *sessiontest.Harness) *Screen {
	return h.Screen("agreements", func() session.Screen { return New(h.S) }).(*Screen)
}
