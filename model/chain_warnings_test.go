package model

import (
	"bytes"
	"slices"
	"strings"
	"testing"
	"text/template"
	"time"
)

// hasWarning reports whether ws holds the warning code about record id.
func hasWarning(ws []Warning, code, id string) bool {
	return slices.ContainsFunc(ws, func(w Warning) bool { return w.Code == code && w.ID == id })
}

// warningCase is a council and the warnings of one code it must and must
// not give.
type warningCase struct {
	name      string
	ds        *Dataset
	code      string
	want, not []string // record ids
}

func checkWarnings(t *testing.T, cases []warningCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			ws := ChainWarnings(tc.ds, chainToday)
			for _, id := range tc.want {
				if !hasWarning(ws, tc.code, id) {
					t.Errorf("no %s about %s in %q", tc.code, id, warningCodes(ws))
				}
			}
			for _, id := range tc.not {
				if hasWarning(ws, tc.code, id) {
					t.Errorf("%s about %s, which is fine: %q", tc.code, id, warningCodes(ws))
				}
			}
		})
	}
}

func TestWarnProblemNoCommitment(t *testing.T) {
	checkWarnings(t, []warningCase{
		{"NoCommitmentAtAll", chainDS(aProblem("A", "A", 1), aCause("c1", "A", "", 1)),
			WarnProblemNoCommitment, []string{"A"}, nil},
		{"Direct", chainDS(aProblem("A", "A", 1), aCommitment("k1", "", "A")),
			WarnProblemNoCommitment, nil, []string{"A"}},
		{"ThroughSubCause", chainDS(aProblem("A", "A", 1), aCause("c1", "A", "", 1), aCause("c2", "A", "c1", 1), aCommitment("k1", "c2", "")),
			WarnProblemNoCommitment, nil, []string{"A"}},
		{"DoneStillAnswers", chainDS(aProblem("A", "A", 1), aCommitment("k1", "", "A"), aFollowUp("f1", "k1", "2026-02-01", StatusDone, LightGreen)),
			WarnProblemNoCommitment, nil, []string{"A"}},
		{"OnlyCancelled", chainDS(aProblem("A", "A", 1), aCommitment("k1", "", "A"), aFollowUp("f1", "k1", "2026-02-01", StatusCancelled, LightNone)),
			WarnProblemNoCommitment, []string{"A"}, nil},
		{"OnlyDeletedCommitment", chainDS(aProblem("A", "A", 1), tombstone(aCommitment("k1", "", "A"))),
			WarnProblemNoCommitment, []string{"A"}, nil},
		{"DeletedProblem", chainDS(tombstone(aProblem("A", "A", 1))),
			WarnProblemNoCommitment, nil, []string{"A"}},
	})
}

func TestWarnCauseNoCommitment(t *testing.T) {
	tree := func(recs ...Record) *Dataset {
		return chainDS(append([]Record{
			aProblem("A", "A", 1),
			aCause("c1", "A", "", 1), aCause("c11", "A", "c1", 1), aCause("c12", "A", "c1", 2),
			aCause("c2", "A", "", 2), aCause("c21", "A", "c2", 1),
		}, recs...)...)
	}
	checkWarnings(t, []warningCase{
		{"OtherCauseAnswered", tree(aCommitment("k1", "c1", "A")),
			WarnCauseNoCommitment, []string{"c2", "c21", "c11", "c12"}, []string{"c1"}},
		{"SubCauseAnswersParent", tree(aCommitment("k1", "c21", "A")),
			WarnCauseNoCommitment, []string{"c1", "c11", "c12"}, []string{"c2", "c21"}},
		{"ProblemWarnedInstead", tree(),
			WarnCauseNoCommitment, nil, []string{"c1", "c11", "c12", "c2", "c21"}},
		{"ProblemAnsweredDirectly", tree(aCommitment("k1", "", "A")),
			WarnCauseNoCommitment, []string{"c1", "c2"}, nil},
		{"CancelledDoesNotAnswer", tree(aCommitment("k1", "c1", "A"), aCommitment("k2", "c2", "A"),
			aFollowUp("f1", "k2", "2026-02-01", StatusCancelled, LightNone)),
			WarnCauseNoCommitment, []string{"c2"}, []string{"c1"}},
	})
	ws := ChainWarnings(tree(aCommitment("k1", "c1", "A")), chainToday)
	i := slices.IndexFunc(ws, func(w Warning) bool { return w.ID == "c21" })
	if i < 0 || ws[i].Args["Number"] != "2.1" || ws[i].Args["Problem"] != "A" || ws[i].Args["Description"] != "Orsak c21" || ws[i].Kind != KindCause {
		t.Errorf("c21's warning: %+v", ws)
	}
}

func TestWarnCommitmentUnlinked(t *testing.T) {
	checkWarnings(t, []warningCase{
		{"NoLinks", chainDS(aCommitment("k1", "", "")), WarnCommitmentUnlinked, []string{"k1"}, nil},
		{"ProblemOnly", chainDS(aProblem("A", "A", 1), aCommitment("k1", "", "A")), WarnCommitmentUnlinked, nil, []string{"k1"}},
		{"CauseOnly", chainDS(aProblem("A", "A", 1), aCause("c1", "A", "", 1), aCommitment("k1", "c1", "")), WarnCommitmentUnlinked, nil, []string{"k1"}},
		{"DanglingLinks", chainDS(tombstone(aProblem("A", "A", 1)), aCause("c1", "A", "", 1), aCommitment("k1", "c1", "A"), aCommitment("k2", "nope", "nope")),
			WarnCommitmentUnlinked, []string{"k1", "k2"}, nil},
		{"Cancelled", chainDS(aCommitment("k1", "", ""), aFollowUp("f1", "k1", "2026-02-01", StatusCancelled, LightRed)),
			WarnCommitmentUnlinked, nil, []string{"k1"}},
		{"Deleted", chainDS(tombstone(aCommitment("k1", "", ""))), WarnCommitmentUnlinked, nil, []string{"k1"}},
	})
}

func TestWarnGoal(t *testing.T) {
	goal := func(id, indicator, target string) *Commitment {
		return tweaked(aCommitment(id, "", "A"), func(c *Commitment) { c.Goal.Indicator, c.Goal.Target = indicator, target })
	}
	ds := chainDS(aProblem("A", "A", 1),
		goal("full", "Antal", "40"), goal("noInd", "", "40"), goal("blankInd", "  ", "40"),
		goal("noTarget", "Antal", ""), goal("none", "", ""),
		goal("cancelled", "", ""), aFollowUp("f1", "cancelled", "2026-02-01", StatusCancelled, LightNone),
	)
	checkWarnings(t, []warningCase{
		{"Indicator", ds, WarnGoalNoIndicator, []string{"noInd", "blankInd", "none"}, []string{"full", "noTarget", "cancelled"}},
		{"Target", ds, WarnGoalNoTarget, []string{"noTarget", "none"}, []string{"full", "noInd", "blankInd", "cancelled"}},
	})
}

// followUpDS has council meetings on the tenth of January to April, a
// working group on 20 March, a deleted council meeting on 1 April and a
// council meeting still to come in June; the day is 1 May.
func followUpDS(recs ...Record) *Dataset {
	return chainDS(append([]Record{
		aProblem("A", "A", 1),
		aMeeting("m1", "2026-01-10", MeetingCouncil), aMeeting("m2", "2026-02-10", MeetingCouncil),
		aMeeting("m3", "2026-03-10", MeetingCouncil), aMeeting("m4", "2026-04-10", ""),
		aMeeting("wg", "2026-03-20", MeetingWorkingGroup), tombstone(aMeeting("mx", "2026-04-01", MeetingCouncil)),
		aMeeting("m5", "2026-06-10", MeetingCouncil),
	}, recs...)...)
}

func TestWarnNoFollowUp(t *testing.T) {
	k := func(id string) *Commitment { return aCommitment(id, "", "A") }
	ds := followUpDS(
		k("never"),
		k("feb"), aFollowUp("f1", "feb", "2026-02-10", StatusOngoing, LightGreen),
		k("jan"), aFollowUp("f2", "jan", "2026-01-10", StatusOngoing, LightGreen),
		k("wg"), aFollowUp("f3", "wg", "2026-01-10", StatusOngoing, LightGreen), aFollowUp("f4", "wg", "2026-03-20", StatusOngoing, LightGreen),
		tweaked(k("lateStart"), func(c *Commitment) { c.Start = "2026-02-15" }),
		tweaked(k("startOnMeeting"), func(c *Commitment) { c.Start = "2026-02-10" }),
		k("done"), aFollowUp("f5", "done", "2026-01-10", StatusDone, LightGreen),
		k("late"), aFollowUp("f6", "late", "2026-01-10", StatusLate, LightRed),
		tweaked(k("createdJan"), func(c *Commitment) { c.Start, c.Created = "", time.Date(2026, 1, 5, 9, 0, 0, 0, time.UTC) }),
		tweaked(k("createdMar"), func(c *Commitment) { c.Start, c.Created = "", time.Date(2026, 3, 1, 9, 0, 0, 0, time.UTC) }),
		k("tomb"), aFollowUp("f7", "tomb", "2026-01-10", StatusOngoing, LightGreen), tombstone(aFollowUp("f8", "tomb", "2026-04-10", StatusOngoing, LightGreen)),
		k("future"), aFollowUp("f9", "future", "2026-06-10", StatusOngoing, LightGreen),
	)
	checkWarnings(t, []warningCase{
		{"Stale", ds, WarnNoFollowUp,
			[]string{"never", "jan", "late", "createdJan", "tomb"},
			[]string{"feb", "wg", "lateStart", "done", "createdMar", "future"}},
	})
	ws := ChainWarnings(ds, chainToday)
	args := map[string]map[string]any{}
	for _, w := range ws {
		if w.Code == WarnNoFollowUp {
			args[w.ID] = w.Args
		}
	}
	if a := args["never"]; a["Meetings"] != 4 || a["Since"] != "" || a["Title"] != "Åtagande never" {
		t.Errorf("never: %v", a)
	}
	if a := args["jan"]; a["Meetings"] != 3 || a["Since"] != "2026-01-10" {
		t.Errorf("jan: %v", a)
	}
	// startOnMeeting began on the day of m2: m2, m3 and m4 passed.
	if a := args["startOnMeeting"]; a["Meetings"] != 3 {
		t.Errorf("startOnMeeting: %v", a)
	}
	// Seen from 9 April, m4 has not been held yet.
	if ws := ChainWarnings(ds, "2026-04-09"); hasWarning(ws, WarnNoFollowUp, "jan") || !hasWarning(ws, WarnNoFollowUp, "never") {
		t.Errorf("on 9 April: %q", warningCodes(ws))
	}
}

func TestChainWarningsOrder(t *testing.T) {
	ds := followUpDS(
		aProblem("B", "B", 2),
		aCause("c1", "A", "", 1), aCause("c2", "A", "", 2),
		tweaked(aCommitment("k1", "c1", "A"), func(c *Commitment) { c.Goal.Indicator = "" }),
		tweaked(aCommitment("k0", "", ""), func(c *Commitment) { c.Goal = Goal{} }),
		aFollowUp("f1", "k1", "2026-04-10", StatusOngoing, LightGreen),
		aFollowUp("f0", "k0", "2026-04-10", StatusOngoing, LightGreen),
		tweaked(aCommitment("k2", "", "A"), func(c *Commitment) { c.Goal.Target = "" }),
	)
	want := []string{
		"goal.noIndicator@k1",
		"cause.noCommitment@c2",
		"goal.noTarget@k2",
		"commitment.noFollowUp@k2",
		"problem.noCommitment@B",
		"commitment.unlinked@k0",
		"goal.noIndicator@k0",
		"goal.noTarget@k0",
	}
	for seed := range uint64(5) {
		if got := warningCodes(ChainWarnings(shuffledDataset(ds, seed), chainToday)); !slices.Equal(got, want) {
			t.Fatalf("seed %d: %q\nwant %q", seed, got, want)
		}
	}
}

// TestWarningTexts renders every warning code from real warnings in both
// languages: each has a text, and the text uses only the Args given.
func TestWarningTexts(t *testing.T) {
	ds := followUpDS(
		aProblem("B", "Skadegörelse", 2), aCause("c1", "A", "", 1), aCause("c2", "A", "", 2),
		tweaked(aCommitment("k1", "c1", "A"), func(c *Commitment) { c.Goal = Goal{} }),
		aFollowUp("f1", "k1", "2026-01-10", StatusOngoing, LightGreen),
		aCommitment("k0", "", ""),
	)
	ws := ChainWarnings(ds, chainToday)
	seen := map[string]bool{}
	for _, w := range ws {
		seen[w.Code] = true
	}
	for _, code := range WarningCodes {
		if !seen[code] {
			t.Errorf("the council gives no %s warning to render", code)
		}
	}
	for _, lang := range []string{"sv", "en"} {
		m := messages(t, lang)
		for _, w := range ws {
			text, ok := m[w.Key()]
			if !ok {
				t.Errorf("%s: no text for %s", lang, w.Key())
				continue
			}
			tmpl, err := template.New(w.Key()).Option("missingkey=error").Parse(text)
			if err != nil {
				t.Errorf("%s: %s: %v", lang, w.Key(), err)
				continue
			}
			var b bytes.Buffer
			if err := tmpl.Execute(&b, w.Args); err != nil {
				t.Errorf("%s: %s with %v: %v", lang, w.Key(), w.Args, err)
			}
			if title, ok := w.Args["Title"].(string); ok && !strings.Contains(b.String(), title) {
				t.Errorf("%s: %q does not name %q", lang, b.String(), title)
			}
		}
	}
}
