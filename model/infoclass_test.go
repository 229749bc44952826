package model

import (
	"testing"
	"time"
)

// TestMarkingValidation covers the classes of every kind of classified
// record: Ej offentlig needs its provision, a provision belongs only to
// Ej offentlig, and an unknown class is refused, each with its own code at
// the field.
func TestMarkingValidation(t *testing.T) {
	secret := Marking{Class: ClassSecret, Provision: "OSL 18 kap. 1 §"}
	records := []struct {
		name   string
		prefix string
		make   func(Marking) Record
	}{
		{"Problem", "", func(m Marking) Record { return &Problem{Title: "Narkotikaförsäljning", Marking: m} }},
		{"Cause", "", func(m Marking) Record {
			return &Cause{ProblemID: "p", Number: 1, Description: "Köpare utifrån", Marking: m}
		}},
		{"Situation", "", func(m Marking) Record {
			return &Situation{Title: "Lägesbild 2026", Date: "2026-02-01", Marking: m}
		}},
		{"InfoItem", "items[0].", func(m Marking) Record {
			return &Situation{Title: "Lägesbild 2026", Date: "2026-02-01", Items: []InfoItem{{Title: "Polisens bedömning", Marking: m}}}
		}},
		{"AgendaItem", "agenda[0].", func(m Marking) Record {
			return &Meeting{Date: "2026-03-12", Kind: MeetingCouncil, State: StateDraft,
				Agenda: []AgendaItem{{ID: "a", Title: "Lägesbild från lokalpolisen", Kind: ItemInformation, Marking: m}}}
		}},
		{"Plan", "", func(m Marking) Record {
			return &ActionPlan{SituationID: "s", Title: "Åtgärdsplan", From: "2026-01-01", To: "2026-12-31", Marking: m}
		}},
	}
	cases := []struct {
		name  string
		m     Marking
		field string
		code  string
	}{
		{"Open", Marking{}, "", ""},
		{"Internal", Marking{Class: ClassInternal}, "", ""},
		{"Secret", secret, "", ""},
		{"SecretWithoutProvision", Marking{Class: ClassSecret}, "provision", CodeProvisionMissing},
		{"SecretBlankProvision", Marking{Class: ClassSecret, Provision: "  "}, "provision", CodeProvisionMissing},
		{"InternalWithProvision", Marking{Class: ClassInternal, Provision: "OSL 18 kap. 1 §"}, "provision", CodeProvisionUnused},
		{"OpenWithProvision", Marking{Provision: "OSL 18 kap. 1 §"}, "provision", CodeProvisionUnused},
		{"Unknown", Marking{Class: "hemlig"}, "class", CodeEnum},
	}
	for _, r := range records {
		for _, tc := range cases {
			t.Run(r.name+"/"+tc.name, func(t *testing.T) {
				p := Validate(r.make(tc.m))
				if tc.code == "" {
					for _, f := range []string{"class", "provision"} {
						if e := p.For(r.prefix + f); e != nil {
							t.Fatalf("a valid marking is refused: %v", e)
						}
					}
					return
				}
				e := p.For(r.prefix + tc.field)
				if e == nil || e.Code != tc.code {
					t.Fatalf("want %s at %s, got %v", tc.code, r.prefix+tc.field, p)
				}
			})
		}
	}
}

// TestApprovedMinutesMayBeMarked: an item's class is no part of the
// minutes' fingerprint, so approved minutes can be marked afterwards,
// while their content stays locked.
func TestApprovedMinutesMayBeMarked(t *testing.T) {
	m := validMeeting()
	m.Approve(time.Date(2026, 3, 12, 20, 0, 0, 0, time.UTC))
	n := *m
	n.Agenda = append([]AgendaItem(nil), m.Agenda...)
	n.Agenda[0].Marking = Marking{Class: ClassSecret, Provision: "OSL 18 kap. 1 §"}
	if err := CheckChange(m, &n); err != nil {
		t.Fatalf("marking an item of approved minutes was refused: %v", err)
	}
	n.Agenda[0].Title += " (ändrad)"
	if err := CheckChange(m, &n); err == nil {
		t.Fatal("changing an approved item's title was allowed")
	}
}

// TestPublicPlan leaves out closed problems and the rows of closed
// causes, and every warning.
func TestPublicPlan(t *testing.T) {
	open := &Problem{Meta: Meta{ID: "p1"}, Title: "Öppen"}
	closed := &Problem{Meta: Meta{ID: "p2"}, Title: "Polisens", Marking: Marking{Class: ClassInternal}}
	c1 := &Cause{Meta: Meta{ID: "c1"}, Description: "Belysning"}
	c2 := &Cause{Meta: Meta{ID: "c2"}, Description: "Köpare", Marking: Marking{Class: ClassSecret, Provision: "OSL 18 kap. 1 §"}}
	p := Plan{Groups: []PlanGroup{
		{Problem: open, Rows: []PlanRow{{Cause: c1}, {Cause: c2}, {}}},
		{Problem: closed, Rows: []PlanRow{{Cause: c1}}},
	}, Warnings: []Warning{{Kind: KindProblem, ID: "p2"}}}
	if m := GroupMarking(p.Groups[0]); m.Class != ClassSecret {
		t.Errorf("the group's marking is %v, want its secret cause's", m)
	}
	pub := PublicPlan(p)
	if len(pub.Groups) != 1 || pub.Groups[0].Problem != open || len(pub.Groups[0].Rows) != 2 || pub.Groups[0].Rows[0].Cause != c1 {
		t.Fatalf("public plan: %+v", pub.Groups)
	}
	if len(pub.Warnings) != 0 {
		t.Error("the public plan keeps warnings that name closed parts")
	}
}
