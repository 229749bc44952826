package model

import (
	"cmp"
	"fmt"
	"slices"
	"time"
)

// DeadlineKind says what a deadline of the årshjul is about.
type DeadlineKind string

// The kinds of deadline a council keeps in its årshjul.
const (
	DeadlineSituation    DeadlineKind = "lagesbild"
	DeadlineDialogue     DeadlineKind = "dialog"
	DeadlinePlan         DeadlineKind = "atgardsplan"
	DeadlinePromise      DeadlineKind = "medborgarlofte"
	DeadlineTertial      DeadlineKind = "tertialrapport"
	DeadlineAnnualReport DeadlineKind = "verksamhetsberattelse"
	DeadlineBoardMatter  DeadlineKind = "arende"
	DeadlineAgreement    DeadlineKind = "overenskommelse"
	DeadlineOther        DeadlineKind = "ovrigt"
)

// DeadlineKinds lists the deadline kinds in the order they are offered.
var DeadlineKinds = []DeadlineKind{
	DeadlineSituation, DeadlineDialogue, DeadlinePlan, DeadlinePromise, DeadlineTertial,
	DeadlineAnnualReport, DeadlineBoardMatter, DeadlineAgreement, DeadlineOther,
}

// Valid reports whether k is a known deadline kind.
func (k DeadlineKind) Valid() bool { return slices.Contains(DeadlineKinds, k) }

// Produces returns the kind of record a deadline of kind k is met by, or
// "" when the result is a document kept outside Samverka (a tertial
// report, an ärende).
func (k DeadlineKind) Produces() Kind {
	switch k {
	case DeadlineSituation:
		return KindSituation
	case DeadlineDialogue:
		return KindDialogue
	case DeadlinePromise, DeadlineAgreement:
		return KindAgreement
	}
	return ""
}

// RepeatChoices are the intervals, in months, a deadline may repeat at:
// never, every tertial, every half-year, every year, and every second,
// third and fourth year (agreements run one to four years).
var RepeatChoices = []int{0, 4, 6, 12, 24, 36, 48}

// Deadline is one entry of the council's årshjul: something that is due on
// a date, once or repeating, that a named aktör is responsible for and that
// produces a record (a lägesbild, a dialogue, an agreement) or a document
// kept elsewhere. Each occurrence is met by a Completion.
type Deadline struct {
	Meta
	Title string       `json:"title"`
	Kind  DeadlineKind `json:"kind"`
	// Due is the date of the first occurrence.
	Due Date `json:"due"`
	// RepeatMonths is 0 for a one-off deadline, else the months between
	// occurrences (one of RepeatChoices).
	RepeatMonths int `json:"repeatMonths,omitempty"`
	// Until ends a repeating deadline: no occurrence falls after it.
	Until  Date   `json:"until,omitempty"`
	PartID string `json:"partId,omitempty"` // the responsible aktör
	Notes  string `json:"notes,omitempty"`
	// Completions record which occurrences were met, when, and by which
	// record.
	Completions []Completion `json:"completions,omitempty"`
}

// RecordKind implements Record.
func (*Deadline) RecordKind() Kind { return KindDeadline }

// Label returns the deadline's title.
func (d *Deadline) Label() string { return d.Title }

// Completion says that the occurrence of a deadline due on Due was met on
// Done, and names the record it produced when there is one.
type Completion struct {
	Due        Date   `json:"due"`
	Done       Date   `json:"done"`
	RecordKind Kind   `json:"recordKind,omitempty"`
	RecordID   string `json:"recordId,omitempty"`
}

// Occurrence is one due date of a deadline.
type Occurrence struct {
	Deadline *Deadline
	Due      Date
	// Completion is set when the occurrence was met.
	Completion *Completion
}

// Done reports whether the occurrence was met.
func (o Occurrence) Done() bool { return o.Completion != nil }

// nth returns the due date of the deadline's occurrence n (from 0).
// Months are added from the first date, so a deadline due on the 31st
// falls on the last day of shorter months instead of drifting.
func (d *Deadline) nth(n int) Date {
	first := d.Due.Time()
	month := time.Date(first.Year(), first.Month()+time.Month(n*d.RepeatMonths), 1, 0, 0, 0, 0, time.UTC)
	last := month.AddDate(0, 1, -1).Day()
	return DateOf(month.AddDate(0, 0, min(first.Day(), last)-1))
}

// Occurrences returns the deadline's occurrences due from from to to,
// both included, in date order. A tombstone or a deadline without a valid
// date has none.
func (d *Deadline) Occurrences(from, to Date) []Occurrence {
	if d.Deleted || !d.Due.Valid() {
		return nil
	}
	var out []Occurrence
	for n := 0; ; n++ {
		due := d.nth(n)
		if (d.Until.Valid() && d.Until < due) || (to != "" && to < due) {
			break
		}
		if from == "" || from <= due {
			out = append(out, Occurrence{Deadline: d, Due: due, Completion: d.completion(due)})
		}
		if d.RepeatMonths <= 0 || n > 10000 {
			break
		}
	}
	return out
}

func (d *Deadline) completion(due Date) *Completion {
	for i := range d.Completions {
		if d.Completions[i].Due == due {
			return &d.Completions[i]
		}
	}
	return nil
}

// Next returns the deadline's first occurrence on or after day that is
// not met, and false when there is none.
func (d *Deadline) Next(day Date) (Occurrence, bool) {
	for _, o := range d.Occurrences(day, day.AddDays(366*5)) {
		if !o.Done() {
			return o, true
		}
	}
	return Occurrence{}, false
}

// DueSoonDays is how far ahead Översikt looks for deadlines.
const DueSoonDays = 30

// DueSoon returns the occurrences not yet met that fall due from today
// to today plus days, in date order.
func DueSoon(deadlines []*Deadline, today Date, days int) []Occurrence {
	var out []Occurrence
	for _, d := range deadlines {
		for _, o := range d.Occurrences(today, today.AddDays(days)) {
			if !o.Done() {
				out = append(out, o)
			}
		}
	}
	sortOccurrences(out)
	return out
}

// Late returns, for each deadline, its latest occurrence before today when
// that was not met, in date order. Only the latest counts: a tertial
// report missed two years ago is history, not something to do now, while
// the one missed last month still is.
func Late(deadlines []*Deadline, today Date) []Occurrence {
	var out []Occurrence
	for _, d := range deadlines {
		past := d.Occurrences("", today.AddDays(-1))
		if len(past) == 0 {
			continue
		}
		if o := past[len(past)-1]; !o.Done() {
			out = append(out, o)
		}
	}
	sortOccurrences(out)
	return out
}

// YearOccurrences returns every occurrence of the deadlines in the
// calendar year, in date order: the årshjul of that year.
func YearOccurrences(deadlines []*Deadline, year int) []Occurrence {
	from, to := Date(fmt.Sprintf("%04d-01-01", year)), Date(fmt.Sprintf("%04d-12-31", year))
	var out []Occurrence
	for _, d := range deadlines {
		out = append(out, d.Occurrences(from, to)...)
	}
	sortOccurrences(out)
	return out
}

func sortOccurrences(list []Occurrence) {
	slices.SortStableFunc(list, func(a, b Occurrence) int {
		return cmp.Or(cmp.Compare(a.Due, b.Due), cmp.Compare(a.Deadline.Title, b.Deadline.Title))
	})
}

// Complete records that the deadline's occurrence due on due was met on
// done, by the record of kind and id (both may be empty). Completing an
// occurrence again replaces the earlier completion.
func (d *Deadline) Complete(due, done Date, kind Kind, id string) {
	c := Completion{Due: due, Done: done, RecordKind: kind, RecordID: id}
	if old := d.completion(due); old != nil {
		*old = c
		return
	}
	d.Completions = append(d.Completions, c)
	slices.SortFunc(d.Completions, func(a, b Completion) int { return cmp.Compare(a.Due, b.Due) })
}

// Reopen removes the completion of the occurrence due on due.
func (d *Deadline) Reopen(due Date) {
	d.Completions = slices.DeleteFunc(d.Completions, func(c Completion) bool { return c.Due == due })
}
