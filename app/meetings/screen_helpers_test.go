package meetings

import (
	"samverka/app/internal/session"
	"samverka/app/internal/sessiontest"
)

// meetingsOf returns the meetings screen, shown in the harness's window.
func meetingsOf(h *sessiontest.Harness) *Screen {
	return h.Screen("meetings", func() session.Screen { return New(h.S) }).(*Screen)
}
