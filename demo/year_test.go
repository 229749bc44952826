package demo

import (
	"bytes"
	"encoding/json"
	"testing"

	"samverka/model"
)

// The days the relative demo is tried on: a winter day, a day in the
// summer break, and the turn of a year.
var yearDays = []model.Date{"2026-12-03", "2027-07-20", "2027-12-31"}

func TestSameSeedAndDaySameBytes(t *testing.T) {
	for _, day := range yearDays {
		a, _ := json.Marshal(GenerateAt(Small, 1, day))
		b, _ := json.Marshal(GenerateAt(Small, 1, day))
		if !bytes.Equal(a, b) {
			t.Errorf("%s: two runs differ", day)
		}
	}
	a, _ := json.Marshal(GenerateAt(Small, 1, "2026-12-03"))
	b, _ := json.Marshal(GenerateAt(Small, 1, "2026-12-04"))
	if bytes.Equal(a, b) {
		t.Error("two days give the same council")
	}
	// Generate is the council of Today.
	c, _ := json.Marshal(GenerateAt(Small, 1, Today))
	d, _ := json.Marshal(dataset(t, Small))
	if !bytes.Equal(c, d) {
		t.Error("Generate is not GenerateAt(Today)")
	}
}

func TestTheCouncilIsAliveOnItsDay(t *testing.T) {
	for _, day := range append(yearDays, Today) {
		t.Run(string(day), func(t *testing.T) {
			ds := GenerateAt(Small, 1, day)
			var next, last model.Date
			for _, m := range model.Live(ds.Meetings) {
				if m.Date > day && (next == "" || m.Date < next) {
					next = m.Date
				}
				if m.Date <= day && m.Date > last {
					last = m.Date
				}
			}
			if next == "" || next > day.AddDays(60) {
				t.Errorf("next meeting %q is not ahead of %s", next, day)
			}
			// The charts' twelve months are filled: meetings and
			// follow-ups run up to the last weeks before the day and began
			// more than a year before it.
			if last < day.AddDays(-60) {
				t.Errorf("the last meeting %s is long before %s", last, day)
			}
			var first, latestFU model.Date = "9999", ""
			for _, f := range model.Live(ds.FollowUps) {
				first, latestFU = min(first, f.Date), max(latestFU, f.Date)
			}
			if first > day.AddDays(-365) || latestFU < day.AddDays(-60) || latestFU > day {
				t.Errorf("follow-ups from %s to %s on %s", first, latestFU, day)
			}
			for _, r := range []model.Record{ds.Council} {
				if r.RecordMeta().Modified.After(day.Time().Add(24 * 60 * 60 * 1e9)) {
					t.Errorf("changed after %s", day)
				}
			}
			ds.Each(func(r model.Record) {
				if m := r.RecordMeta(); model.DateOf(m.Modified) > day || model.DateOf(m.Created) > day {
					t.Errorf("%s %s was made or changed after %s", r.RecordKind(), m.ID, day)
				}
				if p := model.Validate(r); len(p) != 0 {
					t.Errorf("%s %s: %v", r.RecordKind(), r.RecordMeta().ID, p)
				}
			})

			due := model.DueSoon(ds.Deadlines, day, model.DueSoonDays)
			late := model.Late(ds.Deadlines, day)
			if len(due) == 0 {
				t.Error("nothing is due within 30 days")
			}
			if len(late) != 1 {
				t.Errorf("%d deadlines are late, want one", len(late))
			}
		})
	}
}

func TestDialoguesFeedTheLagesbildAndTheLofte(t *testing.T) {
	ds := dataset(t, Small)
	if n := live(ds.Dialogues); n < 4 {
		t.Fatalf("%d dialogues", n)
	}
	kinds := map[model.DialogueKind]bool{}
	findings := map[string]bool{}
	toProblem, toPromise := 0, 0
	problems := model.Index(ds.Problems)
	for _, d := range ds.Dialogues {
		kinds[d.Kind] = true
		if d.People <= 0 || len(d.Findings) == 0 || d.Date >= Today {
			t.Errorf("%s: %d people, %d findings on %s", d.Title, d.People, len(d.Findings), d.Date)
		}
		for _, f := range d.Findings {
			findings[f.ID] = true
			if f.ProblemID != "" {
				if problems[f.ProblemID] == nil {
					t.Errorf("finding %q names a missing problem", f.Text)
				}
				toProblem++
			}
			if f.PromiseID != "" {
				toPromise++
			}
		}
	}
	for _, k := range model.DialogueKinds {
		if !kinds[k] {
			t.Errorf("no %s", k)
		}
	}
	if toProblem < 3 || toPromise < 3 {
		t.Errorf("%d findings name a problem, %d a löfte", toProblem, toPromise)
	}
	// The newest lägesbild has the findings linked to its problems.
	var latest *model.Situation
	for _, s := range ds.Situations {
		if latest == nil || s.Date > latest.Date {
			latest = s
		}
	}
	if got := model.SituationFindings(latest, ds.Problems, ds.Dialogues); len(got) < 3 {
		t.Errorf("the lägesbild %s gets %d findings", latest.Title, len(got))
	}
	// Every löfte answers findings and is carried out by followed-up
	// commitments; a frozen löfte's signatures still match it.
	commitments := model.Index(ds.Commitments)
	seen := 0
	for _, a := range ds.Agreements {
		if len(a.Promises) == 0 {
			continue
		}
		if a.Fingerprint != "" && a.Fingerprint != model.AgreementFingerprint(a) {
			t.Errorf("%s: fingerprint does not match its content", a.Title)
		}
		for _, s := range ds.Signatures {
			if s.AgreementID == a.ID && s.Fingerprint != a.Fingerprint {
				t.Errorf("%s: a signature of another content", a.Title)
			}
		}
		for _, p := range a.Promises {
			seen++
			if p.ID == "" || len(p.CommitmentIDs) == 0 {
				t.Errorf("löfte %q: id %q, %d commitments", p.Text, p.ID, len(p.CommitmentIDs))
			}
			for _, id := range p.FindingIDs {
				if !findings[id] {
					t.Errorf("löfte %q names a missing finding", p.Text)
				}
			}
			for _, id := range p.CommitmentIDs {
				if commitments[id] == nil {
					t.Errorf("löfte %q names a missing commitment", p.Text)
				}
			}
			fus := model.PromiseFollowUps(p, ds.Commitments, ds.FollowUps, Today)
			if len(fus) == 0 || len(fus[0].FollowUps) == 0 {
				t.Errorf("löfte %q has nothing to follow up", p.Text)
			}
		}
	}
	if seen == 0 {
		t.Fatal("no medborgarlöfte")
	}
}
