package demo

import (
	"slices"
	"testing"

	"samverka/model"
)

// These tests read the generated councils the way a user would: does the
// story they tell hold together?

func TestReferencesResolve(t *testing.T) {
	for _, s := range Scales {
		ds := dataset(t, s)
		parts := model.Index(ds.Parts)
		reps := model.Index(ds.Representatives)
		causes := model.Index(ds.Causes)
		problems := model.Index(ds.Problems)
		meetings := model.Index(ds.Meetings)
		methods := model.Index(ds.Methods)
		commitments := model.Index(ds.Commitments)
		agreements := model.Index(ds.Agreements)
		miss := func(what, id string) { t.Errorf("%s: %s %q does not exist", s, what, id) }
		for _, r := range ds.Representatives {
			if parts[r.PartID] == nil {
				miss("part", r.PartID)
			}
		}
		for _, c := range ds.Commitments {
			if parts[c.PartID] == nil {
				miss("part", c.PartID)
			}
			if c.ContactID != "" && reps[c.ContactID] == nil {
				miss("contact", c.ContactID)
			}
			if c.CauseID != "" && (causes[c.CauseID] == nil || causes[c.CauseID].ProblemID != c.ProblemID) {
				t.Errorf("%s: commitment %s: cause %s is not one of problem %s's", s, c.ID, c.CauseID, c.ProblemID)
			}
			if c.ProblemID != "" && problems[c.ProblemID] == nil {
				miss("problem", c.ProblemID)
			}
			if c.MeetingID != "" && meetings[c.MeetingID] == nil {
				miss("meeting", c.MeetingID)
			}
			if c.MethodID != "" && !model.IsBuiltinMethod(c.MethodID) && methods[c.MethodID] == nil {
				miss("method", c.MethodID)
			}
			if m := model.BuiltinMethods(); c.MethodID != "" && model.IsBuiltinMethod(c.MethodID) &&
				!slices.ContainsFunc(m, func(x model.Method) bool { return x.ID == c.MethodID }) {
				miss("built-in method", c.MethodID)
			}
		}
		for _, f := range ds.FollowUps {
			if commitments[f.CommitmentID] == nil {
				miss("commitment", f.CommitmentID)
			}
			if m := meetings[f.MeetingID]; m == nil || m.Date != f.Date {
				t.Errorf("%s: follow-up %s is not dated at its meeting", s, f.ID)
			}
		}
		for _, a := range ds.Agreements {
			for _, id := range a.CommitmentIDs {
				if commitments[id] == nil {
					miss("commitment", id)
				}
			}
			if a.PreviousID != "" && agreements[a.PreviousID].SupersededBy != a.ID {
				t.Errorf("%s: agreement %s names %s as previous, which does not name it back", s, a.ID, a.PreviousID)
			}
		}
	}
}

func TestCommitmentStatusIsTheLatestFollowUps(t *testing.T) {
	for _, s := range Scales {
		ds := dataset(t, s)
		latest := map[string]*model.FollowUp{}
		for _, f := range ds.FollowUps {
			if l := latest[f.CommitmentID]; l == nil || f.Date > l.Date {
				latest[f.CommitmentID] = f
			}
		}
		overdue, oneOff := 0, 0
		areas := map[model.Area]int{}
		for _, c := range model.Live(ds.Commitments) {
			want := model.StatusPlanned
			if f := latest[c.ID]; f != nil {
				want = f.Status
				if f.Date < c.Start {
					t.Errorf("%s: %s followed up on %s, before it started on %s", s, c.Title, f.Date, c.Start)
				}
			}
			if c.Status != want {
				t.Errorf("%s: %s has status %s, its latest follow-up says %s", s, c.Title, c.Status, want)
			}
			if c.Status == model.StatusLate && !c.Overdue(Today) {
				t.Errorf("%s: %s is reported late but due only %s", s, c.Title, c.Due)
			}
			if c.Overdue(Today) {
				overdue++
			}
			if c.OneOff {
				oneOff++
			}
			areas[c.Area]++
		}
		if overdue == 0 || oneOff == 0 {
			t.Errorf("%s: %d overdue and %d one-off commitments; want some of each", s, overdue, oneOff)
		}
		for _, a := range model.Areas {
			if areas[a] < len(model.Live(ds.Commitments))/20 {
				t.Errorf("%s: only %d commitments in area %d", s, areas[a], a)
			}
		}
	}
}

func TestParagraphsRunPerYear(t *testing.T) {
	for _, s := range Scales {
		ds := dataset(t, s)
		meetings := slices.Clone(ds.Meetings)
		slices.SortFunc(meetings, func(a, b *model.Meeting) int { return compare(a.Date, b.Date) })
		next := map[int]int{}
		drafts := 0
		for _, m := range meetings {
			if m.State != model.StateApproved {
				drafts++
				if m.Date <= Today {
					t.Errorf("%s: meeting %s on %s is past but not approved", s, m.Number, m.Date)
				}
				continue
			}
			for _, it := range m.Agenda {
				next[m.Date.Year()]++
				if it.Paragraph != next[m.Date.Year()] {
					t.Fatalf("%s: meeting %s item %q is § %d, want § %d", s, m.Number, it.Title, it.Paragraph, next[m.Date.Year()])
				}
			}
			if len(m.Attendance) == 0 || m.Fingerprint == "" || m.ApprovedAt.IsZero() {
				t.Errorf("%s: approved meeting %s lacks attendance, fingerprint or approval time", s, m.Number)
			}
		}
		if drafts != 1 {
			t.Errorf("%s: %d draft meetings, want one upcoming", s, drafts)
		}
	}
}

func compare(a, b model.Date) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

func TestAgreementsInEveryStateAndSignedRight(t *testing.T) {
	for _, s := range Scales {
		ds := dataset(t, s)
		states := map[model.DocState]int{}
		signed := map[string][]*model.Signature{}
		for _, sig := range ds.Signatures {
			signed[sig.AgreementID] = append(signed[sig.AgreementID], sig)
		}
		for _, a := range ds.Agreements {
			states[a.State]++
			sigs := signed[a.ID]
			for _, sig := range sigs {
				if sig.Fingerprint != a.Fingerprint || a.Fingerprint == "" {
					t.Errorf("%s: a signature of %q carries fingerprint %q, the agreement %q", s, a.Title, sig.Fingerprint, a.Fingerprint)
				}
				if sig.Method == model.SignDrawn && len(sig.Strokes) == 0 {
					t.Errorf("%s: drawn signature without strokes", s)
				}
			}
			switch a.State {
			case model.StateSigned, model.StateSuperseded:
				if len(sigs) != len(a.SigningParties()) || a.SealedAt.IsZero() {
					t.Errorf("%s: %q is %s with %d of %d signatures", s, a.Title, a.State, len(sigs), len(a.SigningParties()))
				}
			case model.StateForSigning:
				if len(sigs) == 0 || len(sigs) >= len(a.SigningParties()) {
					t.Errorf("%s: %q awaits signing with %d of %d signatures", s, a.Title, len(sigs), len(a.SigningParties()))
				}
			case model.StateDraft:
				if len(sigs) > 0 || a.Fingerprint != "" {
					t.Errorf("%s: draft %q is signed or fingerprinted", s, a.Title)
				}
			}
			if a.State.Locked() && len(a.Included) != len(a.CommitmentIDs) {
				t.Errorf("%s: frozen %q includes %d copies of %d commitments", s, a.Title, len(a.Included), len(a.CommitmentIDs))
			}
		}
		for _, st := range []model.DocState{model.StateDraft, model.StateForSigning, model.StateSigned, model.StateSuperseded} {
			if states[st] == 0 {
				t.Errorf("%s: no agreement is %s", s, st)
			}
		}
	}
}

func TestStockholmHasTheBenchmarkAgreement(t *testing.T) {
	for _, a := range dataset(t, Stockholm).Agreements {
		if len(a.Parties) == 10 && len(a.Included) == 200 {
			return
		}
	}
	t.Error("no agreement with 10 parties and 200 commitments for the PDF benchmark")
}

func TestSmallCouncilHasEveryKindAndRole(t *testing.T) {
	ds := dataset(t, Small)
	kinds := map[model.PartKind]bool{}
	withOrgNumber := 0
	for _, p := range ds.Parts {
		kinds[p.Kind] = true
		if p.OrgNumber != "" {
			withOrgNumber++
			if p.OrgNumber[2] < '2' {
				t.Errorf("%s: organisationsnummer %s has a third digit below 2", p.Name, p.OrgNumber)
			}
		}
	}
	for _, k := range model.PartKinds {
		if !kinds[k] {
			t.Errorf("no part of kind %s", k)
		}
	}
	if withOrgNumber == 0 || withOrgNumber == len(ds.Parts) {
		t.Errorf("%d of %d parts have an organisationsnummer; want some", withOrgNumber, len(ds.Parts))
	}
	roles := map[model.CouncilRole]int{}
	maySign := 0
	for _, r := range model.Live(ds.Representatives) {
		roles[r.Role]++
		if r.MaySign {
			maySign++
		}
	}
	if roles[model.RoleChair] != 1 || roles[model.RoleSecretary] != 1 {
		t.Errorf("%d chairs and %d secretaries, want one each", roles[model.RoleChair], roles[model.RoleSecretary])
	}
	for _, r := range model.CouncilRoles {
		if roles[r] == 0 {
			t.Errorf("nobody has role %s", r)
		}
	}
	if maySign < len(ds.Parts) {
		t.Errorf("%d people may sign for %d parts", maySign, len(ds.Parts))
	}
	names := map[string]bool{}
	for _, r := range ds.Representatives {
		names[r.Name] = true
	}
	for _, n := range []string{"Åsa Öberg", "Łukasz Wiśniewski", "Nguyễn Thị Hương", "Çağrı Doğan"} {
		if !names[n] {
			t.Errorf("%s is not among the representatives", n)
		}
	}
}

func TestEmailsAreASCII(t *testing.T) {
	for _, r := range dataset(t, Stockholm).Representatives {
		for _, c := range r.Email {
			if c > 127 {
				t.Fatalf("%s: e-mail %q is not ASCII", r.Name, r.Email)
			}
		}
	}
}
