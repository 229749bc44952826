package model

import (
	"cmp"
	"slices"
)

// FollowUpPlan is an agreement's uppföljningsplan as it was copied into
// the agreement when it was frozen: which meeting of the council within
// the period follows up what. Like the included commitments, the signed
// text never follows later changes to the meetings. Taken is the day it
// was copied; a plan never taken is zero, and a draft's plan is worked
// out from the records each time it is printed (BuildFollowUpPlan).
type FollowUpPlan struct {
	Taken Date              `json:"taken,omitempty"`
	Rows  []PlannedFollowUp `json:"rows,omitempty"`
}

// IsZero reports whether the plan was never taken; JSON leaves it out.
func (p FollowUpPlan) IsZero() bool { return p.Taken == "" && len(p.Rows) == 0 }

// PlannedFollowUp is one meeting of an uppföljningsplan: its day, kind
// and number, and what it follows up: the titles of the agreement's
// commitments followed up there, or else the meeting's follow-up items.
type PlannedFollowUp struct {
	MeetingID string      `json:"meetingId,omitempty"`
	Date      Date        `json:"date"`
	Kind      MeetingKind `json:"kind,omitempty"`
	Number    string      `json:"number,omitempty"`
	What      []string    `json:"what"`
}

// BuildFollowUpPlan returns the uppföljningsplan of a: each live meeting
// within a's period, by day and time, that follows up a's commitments
// (titles gives them by id, in the agreement's order) according to
// followUps, with the titles of those it follows up; a meeting that has
// followed up none of them is listed with its agenda's follow-up items,
// when it has any.
func BuildFollowUpPlan(a *Agreement, titles []IDTitle, meetings []*Meeting, followUps []*FollowUp) []PlannedFollowUp {
	order := map[string]int{}
	for i, t := range titles {
		order[t.ID] = i
	}
	byMeeting := map[string][]int{}
	for _, f := range followUps {
		if f == nil || f.Deleted || f.MeetingID == "" {
			continue
		}
		if i, ok := order[f.CommitmentID]; ok && !slices.Contains(byMeeting[f.MeetingID], i) {
			byMeeting[f.MeetingID] = append(byMeeting[f.MeetingID], i)
		}
	}
	live := Live(meetings)
	slices.SortFunc(live, func(x, y *Meeting) int {
		return cmp.Or(cmp.Compare(x.Date, y.Date), cmp.Compare(x.StartTime, y.StartTime), cmp.Compare(x.ID, y.ID))
	})
	var out []PlannedFollowUp
	for _, m := range live {
		if m.Date == "" || (a.From != "" && m.Date < a.From) || (a.To != "" && m.Date > a.To) {
			continue
		}
		var what []string
		followed := byMeeting[m.ID]
		slices.Sort(followed)
		for _, i := range followed {
			what = append(what, titles[i].Title)
		}
		if len(what) == 0 {
			for _, it := range m.Agenda {
				if it.Kind == ItemFollowUp {
					what = append(what, it.Title)
				}
			}
		}
		if len(what) == 0 {
			continue
		}
		out = append(out, PlannedFollowUp{MeetingID: m.ID, Date: m.Date, Kind: m.Kind, Number: m.Number, What: what})
	}
	return out
}

// IDTitle is a record's id and its title.
type IDTitle struct {
	ID, Title string
}

// IncludedTitles returns the titles of a's commitments as the agreement
// names them: its frozen copy when it has one, else the live commitments
// of commitments that it names, in its order.
func IncludedTitles(a *Agreement, commitments []*Commitment) []IDTitle {
	var out []IDTitle
	if len(a.Included) > 0 {
		for _, x := range a.Included {
			out = append(out, IDTitle{x.CommitmentID, x.Title})
		}
		return out
	}
	live := Index(Live(commitments))
	for _, id := range a.CommitmentIDs {
		if c := live[id]; c != nil {
			out = append(out, IDTitle{c.ID, c.Title})
		}
	}
	return out
}

// TakeFollowUpPlan copies into a draft agreement its uppföljningsplan as
// meetings and followUps have it on day today, after TakeSnapshot has
// copied the included commitments and before Freeze. An agreement that is
// no longer a draft is left as it is.
func (a *Agreement) TakeFollowUpPlan(meetings []*Meeting, followUps []*FollowUp, today Date) {
	if a.State.Locked() {
		return
	}
	a.FollowUpPlan = FollowUpPlan{Taken: today, Rows: BuildFollowUpPlan(a, IncludedTitles(a, nil), meetings, followUps)}
}
