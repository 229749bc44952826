package demo

import (
	"testing"

	"samverka/model"
)

func TestPublicHolidays(t *testing.T) {
	for d, want := range map[model.Date]bool{
		"2026-04-03": true, "2026-04-05": true, "2026-04-06": true, // långfredag, påskdagen, annandag påsk
		"2026-05-14": true, "2025-05-29": true, "2024-05-09": true, // Kristi himmelsfärd
		"2026-05-01": true, "2026-06-06": true, "2026-06-19": true, "2026-06-20": true,
		"2026-10-31": true, "2026-12-24": true, "2027-01-06": true,
		"2026-05-13": false, "2026-06-18": false, "2026-11-03": false, "2026-04-07": false,
	} {
		if got := publicHoliday(d); got != want {
			t.Errorf("%s: holiday %v, want %v", d, got, want)
		}
	}
}

// TestNoMeetingOnAHoliday checks every scale's meetings, and that nobody
// presents an item at a meeting they did not attend.
func TestNoMeetingOnAHolidayNorAnAbsentPresenter(t *testing.T) {
	for _, s := range []Scale{Small, Stockholm} {
		ds := dataset(t, s)
		names := map[string]string{}
		for _, r := range ds.Representatives {
			names[r.ID] = r.Name
		}
		for _, m := range ds.Meetings {
			if publicHoliday(m.Date) {
				t.Errorf("%s: meeting %s on the holiday %s", s, m.Number, m.Date)
			}
			away, there := map[string]bool{}, map[string]bool{}
			for _, a := range m.Attendance {
				switch a.Presence {
				case model.PresenceAbsent, model.PresenceExcused:
					away[names[a.RepresentativeID]] = true
				case model.PresencePresent, model.PresenceSubstitute:
					there[names[a.RepresentativeID]] = true
				}
			}
			held := m.State == model.StateApproved
			for _, it := range m.Agenda {
				if it.Presenter != "" && (away[it.Presenter] || held && !there[it.Presenter]) {
					t.Errorf("%s: %s presents %q at meeting %s but was not there", s, it.Presenter, it.Title, m.Number)
				}
			}
		}
	}
}
