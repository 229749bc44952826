package model

import (
	"cmp"
	"fmt"
	"slices"
)

// proposalStep is one deadline of the proposed årshjul: Brå's steps (own
// preparations, joint preparations, implementation, follow-up) laid over a
// typical kommun year (verksamhetsberättelse in February, tertial reports
// in spring and autumn, the åtgärdsplan with the verksamhetsplan in
// autumn) and Polisen's medborgarlöfte cycle (dialogue in spring, löfte
// for the next year in December).
type proposalStep struct {
	key    string // the title's translation key after "year.proposal."
	kind   DeadlineKind
	date   string // MM-DD
	police bool   // the lokalpolisområde is responsible, else the kommun
}

var proposalSteps = []proposalStep{
	{"annualReport", DeadlineAnnualReport, "02-15", false},
	{"ownSituation", DeadlineSituation, "02-28", false},
	{"jointSituation", DeadlineSituation, "03-31", false},
	{"citizenDialogue", DeadlineDialogue, "04-15", true},
	{"springWalk", DeadlineDialogue, "05-15", false},
	{"tertial1", DeadlineTertial, "05-31", false},
	{"staffDialogue", DeadlineDialogue, "09-15", false},
	{"tertial2", DeadlineTertial, "09-30", false},
	{"autumnWalk", DeadlineDialogue, "10-15", false},
	{"plan", DeadlinePlan, "10-31", false},
	{"boardMatter", DeadlineBoardMatter, "11-30", false},
	{"promise", DeadlinePromise, "12-15", true},
}

// ProposalKey is the translation key of a proposed deadline's title;
// "agreementNew" and "agreementRenew" (Args: Title) name the agreement's.
func ProposalKey(step string) string { return "year.proposal." + step }

// ProposeYear returns the årshjul proposed to a council that has none,
// starting in year: every step repeats yearly, and the agreement is to be
// renewed three months before the newest live agreement ends, or signed
// by the end of June when there is none. The kommun's stadsdelsförvaltning
// (or else the first aktör) is responsible for the kommun's steps, the
// lokalpolisområde for Polisen's. title turns a translation key and its
// arguments into the title in the user's language; the chair edits the
// result before it is saved.
func ProposeYear(year int, parts []*Part, agreements []*Agreement, title func(key string, kv ...any) string) []*Deadline {
	kommun, police := responsibleParts(parts)
	var out []*Deadline
	for _, s := range proposalSteps {
		who := kommun
		if s.police && police != "" {
			who = police
		}
		out = append(out, &Deadline{
			Title: title(ProposalKey(s.key)), Kind: s.kind, Due: Date(fmt.Sprintf("%04d-%s", year, s.date)),
			RepeatMonths: 12, PartID: who,
		})
	}
	renew := &Deadline{Title: title(ProposalKey("agreementNew")), Kind: DeadlineAgreement,
		Due: Date(fmt.Sprintf("%04d-06-30", year)), PartID: kommun}
	if a := newestAgreement(agreements); a != nil && a.To.Valid() {
		renew.Title = title(ProposalKey("agreementRenew"), "Title", a.Title)
		renew.Due = DateOf(a.To.Time().AddDate(0, -3, 0))
	}
	out = append(out, renew)
	slices.SortStableFunc(out, func(a, b *Deadline) int { return cmp.Compare(a.Due, b.Due) })
	return out
}

// responsibleParts picks the kommun's and the police's aktör.
func responsibleParts(parts []*Part) (kommun, police string) {
	for _, p := range Live(parts) {
		switch {
		case p.Kind == PartDistrict && kommun == "":
			kommun = p.ID
		case p.Kind == PartPolice && police == "":
			police = p.ID
		}
	}
	if live := Live(parts); kommun == "" && len(live) > 0 {
		kommun = live[0].ID
	}
	return kommun, police
}

// newestAgreement returns the live, not superseded agreement that ends
// last, or nil.
func newestAgreement(agreements []*Agreement) *Agreement {
	var best *Agreement
	for _, a := range Live(agreements) {
		if a.State == StateSuperseded || a.SupersededBy != "" {
			continue
		}
		if best == nil || a.To > best.To {
			best = a
		}
	}
	return best
}
