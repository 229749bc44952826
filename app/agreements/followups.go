package agreements

import (
	"samverka/model"

	"samverka/app/internal/session"
)

// planSources reads what an agreement's uppföljningsplan is made from:
// the council's meetings whole (the view keeps them without their
// agendas) and the follow-ups of the commitments the agreement names.
func planSources(doc *session.Document, ag *model.Agreement) ([]*model.Meeting, []*model.FollowUp, error) {
	recs, err := doc.Store.List(model.KindMeeting)
	if err != nil {
		return nil, nil, err
	}
	meetings := make([]*model.Meeting, 0, len(recs))
	for _, r := range recs {
		if m, ok := r.(*model.Meeting); ok {
			meetings = append(meetings, m)
		}
	}
	ids := ag.CommitmentIDs
	if len(ag.Included) > 0 {
		ids = nil
		for _, x := range ag.Included {
			ids = append(ids, x.CommitmentID)
		}
	}
	var followUps []*model.FollowUp
	for _, id := range ids {
		list, err := doc.Store.FollowUps(id)
		if err != nil {
			return nil, nil, err
		}
		followUps = append(followUps, list...)
	}
	return meetings, followUps, nil
}
