package model

import (
	"cmp"
	"slices"
)

// DialogueFinding is a finding together with the dialogue it came from,
// which a document names as its source.
type DialogueFinding struct {
	Dialogue *Dialogue
	Finding  Finding
}

// SituationFindings returns the dialogue findings that belong in the
// lägesbild s as "annan information": those linked to one of its problems,
// and those of dialogues held in its period (From–To; without a period,
// the year up to its date). They come in dialogue date order, each
// dialogue's findings in their own order. problems may hold other
// lägesbilder's problems too; tombstones are skipped.
func SituationFindings(s *Situation, problems []*Problem, dialogues []*Dialogue) []DialogueFinding {
	if s == nil {
		return nil
	}
	own := map[string]bool{}
	for _, p := range problems {
		if !p.Deleted && p.SituationID == s.ID {
			own[p.ID] = true
		}
	}
	from, to := SituationPeriod(s)
	var out []DialogueFinding
	for _, d := range sortedDialogues(dialogues) {
		inPeriod := d.Date.Valid() && (from == "" || from <= d.Date) && (to == "" || d.Date <= to)
		for _, f := range d.Findings {
			if inPeriod || own[f.ProblemID] {
				out = append(out, DialogueFinding{Dialogue: d, Finding: f})
			}
		}
	}
	return out
}

// SituationPeriod returns the period whose dialogues a lägesbild draws on:
// its own From–To, or, when it has none, the year before its date.
func SituationPeriod(s *Situation) (from, to Date) {
	if s.From != "" || s.To != "" {
		return s.From, s.To
	}
	if !s.Date.Valid() {
		return "", ""
	}
	return DateOf(s.Date.Time().AddDate(-1, 0, 1)), s.Date
}

// SituationDialogues returns the dialogues the findings came from, once
// each, in date order: the lägesbild's dialogue sources.
func SituationDialogues(findings []DialogueFinding) []*Dialogue {
	var out []*Dialogue
	for _, f := range findings {
		if !slices.Contains(out, f.Dialogue) {
			out = append(out, f.Dialogue)
		}
	}
	return out
}

// PromiseFindings returns the findings a löfte answers: those it names,
// and those that name it, in dialogue date order.
func PromiseFindings(p Promise, dialogues []*Dialogue) []DialogueFinding {
	var out []DialogueFinding
	for _, d := range sortedDialogues(dialogues) {
		for _, f := range d.Findings {
			if slices.Contains(p.FindingIDs, f.ID) || (p.ID != "" && f.PromiseID == p.ID) {
				out = append(out, DialogueFinding{Dialogue: d, Finding: f})
			}
		}
	}
	return out
}

// PromiseFollowUp is one commitment that carries out a löfte, with its
// live follow-ups up to a date, oldest first.
type PromiseFollowUp struct {
	Commitment *Commitment
	FollowUps  []*FollowUp
}

// PromiseFollowUps returns, for each commitment the löfte names that
// exists, the commitment and its follow-ups dated on or before until
// (every one when until is empty): the "Så följde vi upp" of the löfte.
func PromiseFollowUps(p Promise, commitments []*Commitment, followUps []*FollowUp, until Date) []PromiseFollowUp {
	byID := Index(Live(commitments))
	var out []PromiseFollowUp
	for _, id := range p.CommitmentIDs {
		c := byID[id]
		if c == nil {
			continue
		}
		pf := PromiseFollowUp{Commitment: c}
		for _, f := range followUps {
			if !f.Deleted && f.CommitmentID == id && (until == "" || f.Date <= until) {
				pf.FollowUps = append(pf.FollowUps, f)
			}
		}
		slices.SortStableFunc(pf.FollowUps, func(a, b *FollowUp) int {
			return cmp.Or(cmp.Compare(a.Date, b.Date), a.Created.Compare(b.Created))
		})
		out = append(out, pf)
	}
	return out
}

// sortedDialogues returns the live dialogues in date order, then by title.
func sortedDialogues(dialogues []*Dialogue) []*Dialogue {
	out := Live(dialogues)
	slices.SortStableFunc(out, func(a, b *Dialogue) int {
		return cmp.Or(cmp.Compare(a.Date, b.Date), cmp.Compare(a.Title, b.Title))
	})
	return out
}
