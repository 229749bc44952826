package pdf

import "samverka/model"

// AgreementInputFrom gathers what the agreement id's document needs from
// a whole dataset (storage's Load, a JSON export): the caller sets only
// ProgramVersion and Lang. ok is false when no live agreement has id.
func AgreementInputFrom(ds *model.Dataset, id string) (in AgreementInput, ok bool) {
	for _, a := range ds.Agreements {
		if a.ID == id && !a.Deleted {
			in.Agreement = a
		}
	}
	if in.Agreement == nil {
		return in, false
	}
	in.Council = ds.Council
	for _, s := range ds.Signatures {
		if s.AgreementID == id && !s.Deleted {
			in.Signatures = append(in.Signatures, s)
		}
	}
	in.Commitments = model.Live(ds.Commitments)
	in.Parts = model.Live(ds.Parts)
	in.Representatives = model.Live(ds.Representatives)
	return in, true
}

// MeetingInputFrom gathers what the meeting id's documents need from a
// whole dataset; the caller sets only ProgramVersion, Lang and BlankRows.
// ok is false when no live meeting has id.
func MeetingInputFrom(ds *model.Dataset, id string) (in MeetingInput, ok bool) {
	for _, m := range ds.Meetings {
		if m.ID == id && !m.Deleted {
			in.Meeting = m
		}
	}
	if in.Meeting == nil {
		return in, false
	}
	in.Council = ds.Council
	in.Parts = model.Live(ds.Parts)
	in.Representatives = model.Live(ds.Representatives)
	in.Commitments = model.Live(ds.Commitments)
	for _, f := range ds.FollowUps {
		if f.MeetingID == id && !f.Deleted {
			in.FollowUps = append(in.FollowUps, f)
		}
	}
	return in, true
}
