package model

import (
	"testing"
	"time"
)

func followUp(id string, date Date, created time.Time, s Status, l Light) *FollowUp {
	return &FollowUp{Meta: Meta{ID: id, Created: created}, CommitmentID: "co1", Date: date, Status: s, Light: l}
}

func TestCurrentStatus(t *testing.T) {
	c := validCommitment()
	c.Status = StatusLate
	early, late := t0, t0.Add(time.Hour)
	other := followUp("f9", "2026-12-31", late, StatusCancelled, LightRed)
	other.CommitmentID = "co2"
	deleted := followUp("f8", "2026-12-31", late, StatusCancelled, LightRed)
	deleted.Deleted = true
	for _, tc := range []struct {
		name    string
		c       *Commitment
		history []*FollowUp
		status  Status
		light   Light
	}{
		{"NoHistoryKeepsOwnStatus", c, nil, StatusLate, LightNone},
		{"NoHistoryNoStatus", &Commitment{Meta: Meta{ID: "co1"}}, nil, StatusPlanned, LightNone},
		{"NoHistoryUnknownStatus", &Commitment{Meta: Meta{ID: "co1"}, Status: "x"}, nil, StatusPlanned, LightNone},
		{"One", c, []*FollowUp{followUp("f1", "2026-02-01", early, StatusOngoing, LightGreen)}, StatusOngoing, LightGreen},
		{"LatestDateWins", c, []*FollowUp{
			followUp("f2", "2026-03-01", early, StatusDone, LightGreen),
			followUp("f1", "2026-02-01", late, StatusOngoing, LightYellow),
		}, StatusDone, LightGreen},
		{"LatestDateWinsInAnyOrder", c, []*FollowUp{
			followUp("f1", "2026-02-01", late, StatusOngoing, LightYellow),
			followUp("f2", "2026-03-01", early, StatusDone, LightGreen),
		}, StatusDone, LightGreen},
		{"SameDateLaterRecordedWins", c, []*FollowUp{
			followUp("f2", "2026-03-01", late, StatusLate, LightRed),
			followUp("f1", "2026-03-01", early, StatusOngoing, LightGreen),
		}, StatusLate, LightRed},
		{"SameDateLaterRecordedWinsInAnyOrder", c, []*FollowUp{
			followUp("f1", "2026-03-01", early, StatusOngoing, LightGreen),
			followUp("f2", "2026-03-01", late, StatusLate, LightRed),
		}, StatusLate, LightRed},
		{"FullTieBrokenByID", c, []*FollowUp{
			followUp("fb", "2026-03-01", early, StatusLate, LightRed),
			followUp("fa", "2026-03-01", early, StatusOngoing, LightGreen),
		}, StatusLate, LightRed},
		{"WithoutLight", c, []*FollowUp{followUp("f1", "2026-02-01", early, StatusPlanned, LightNone)}, StatusPlanned, LightNone},
		{"OtherCommitmentIgnored", c, []*FollowUp{followUp("f1", "2026-02-01", early, StatusOngoing, LightGreen), other}, StatusOngoing, LightGreen},
		{"TombstoneIgnored", c, []*FollowUp{followUp("f1", "2026-02-01", early, StatusOngoing, LightGreen), deleted}, StatusOngoing, LightGreen},
		{"OnlyOthers", c, []*FollowUp{other, deleted}, StatusLate, LightNone},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s, l := CurrentStatus(tc.c, tc.history)
			if s != tc.status || l != tc.light {
				t.Fatalf("CurrentStatus = %s, %q; want %s, %q", s, l, tc.status, tc.light)
			}
		})
	}
}

func meetingWith(date Date, paragraphs ...int) *Meeting {
	m := &Meeting{Date: date, Kind: MeetingCouncil}
	for _, p := range paragraphs {
		m.Agenda = append(m.Agenda, AgendaItem{Title: "Punkt", Kind: ItemOther, Paragraph: p})
	}
	return m
}

func TestNextParagraph(t *testing.T) {
	deleted := meetingWith("2026-05-01", 40)
	deleted.Deleted = true
	year := []*Meeting{
		meetingWith("2025-11-20", 30, 31, 32),
		meetingWith("2026-02-10", 1, 2, 3),
		meetingWith("2026-04-15", 4, 0, 6, 5),
		meetingWith("2026-09-01"),
		deleted,
		meetingWith("", 99),
		meetingWith("2027-01-15", 1),
	}
	for _, tc := range []struct {
		name     string
		meetings []*Meeting
		year     int
		want     int
	}{
		{"NoMeetings", nil, 2026, 1},
		{"FirstOfYear", year, 2028, 1},
		{"ContinuesAcrossMeetings", year, 2026, 7},
		{"PreviousYear", year, 2025, 33},
		{"NewYearStartsOver", year, 2027, 2},
		{"MeetingWithoutParagraphs", []*Meeting{meetingWith("2026-01-01", 0, 0)}, 2026, 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := NextParagraph(tc.meetings, tc.year); got != tc.want {
				t.Fatalf("NextParagraph = %d, want %d", got, tc.want)
			}
		})
	}
}

func TestOverdueAndDueThisMonth(t *testing.T) {
	const today Date = "2026-03-12"
	com := func(due Date, s Status) *Commitment {
		return &Commitment{Meta: Meta{ID: "co1"}, Due: due, Status: s}
	}
	deleted := com("2026-03-01", StatusOngoing)
	deleted.Deleted = true
	for _, tc := range []struct {
		name      string
		c         *Commitment
		overdue   bool
		thisMonth bool
	}{
		{"DueYesterday", com("2026-03-11", StatusOngoing), true, false},
		{"DueLastYear", com("2025-03-20", StatusLate), true, false},
		{"DueToday", com(today, StatusOngoing), false, true},
		{"DueEndOfMonth", com("2026-03-31", StatusPlanned), false, true},
		{"DueNextMonth", com("2026-04-01", StatusOngoing), false, false},
		{"DueSameMonthNextYear", com("2027-03-20", StatusOngoing), false, false},
		{"NoStatusIsOpen", com("2026-03-20", ""), false, true},
		{"NoStatusOverdue", com("2026-03-01", ""), true, false},
		{"DoneLate", com("2026-03-01", StatusDone), false, false},
		{"DoneThisMonth", com("2026-03-20", StatusDone), false, false},
		{"CancelledLate", com("2026-03-01", StatusCancelled), false, false},
		{"CancelledThisMonth", com("2026-03-20", StatusCancelled), false, false},
		{"NoDueDate", com("", StatusOngoing), false, false},
		{"Deleted", deleted, false, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := tc.c.Overdue(today); got != tc.overdue {
				t.Errorf("Overdue = %v, want %v", got, tc.overdue)
			}
			if got := DueThisMonth(tc.c, today); got != tc.thisMonth {
				t.Errorf("DueThisMonth = %v, want %v", got, tc.thisMonth)
			}
		})
	}
	if DueThisMonth(com("2026-03-20", StatusOngoing), "idag") {
		t.Error("an invalid today matched")
	}
}
