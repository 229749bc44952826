package exchange

import (
	"math"
	"strconv"
	"strings"

	"samverka/assets"
	"samverka/model"
)

// ExportLists are the lists an export writes: the lists that can be
// imported, and the follow-ups with their utfall, which are written only:
// a follow-up is recorded at a meeting, never typed into a spreadsheet.
var ExportLists = []model.Kind{model.KindPart, model.KindRepresentative, model.KindCommitment, model.KindFollowUp}

// cellNumber cells hold a number: a real number in a workbook, written
// with the language's decimal sign in CSV ("12,5" in Swedish).
const cellNumber cellKind = cellChoice + 1

// formatNumber writes v as lang writes numbers: no thousands separator, a
// decimal comma in Swedish, no trailing zeros.
func formatNumber(v float64, lang string) string {
	s := strconv.FormatFloat(v, 'f', -1, 64)
	if lang != "en" {
		s = strings.Replace(s, ".", ",", 1)
	}
	return s
}

// parseNumber reads a number typed the Swedish or the English way, with
// spaces between the thousands; empty is zero.
func parseNumber(s string) (float64, *model.Error) {
	s = strings.NewReplacer(" ", "", "\u00a0", "", "\u202f", "", ",", ".", "−", "-").Replace(strings.TrimSpace(s))
	if s == "" {
		return 0, nil
	}
	v, err := strconv.ParseFloat(s, 64)
	if err != nil || math.IsNaN(v) || math.IsInf(v, 0) {
		return 0, model.Errorf(model.CodeNumber)
	}
	return v, nil
}

// xlsxNumber returns the number a cellNumber cell's text holds, as a
// workbook stores it.
func xlsxNumber(text string) (string, bool) {
	v, err := parseNumber(text)
	if err != nil || text == "" {
		return "", false
	}
	return strconv.FormatFloat(v, 'f', -1, 64), true
}

// number is a column of an optional number: an empty cell is zero, and
// zero is written as an empty cell.
func number[T model.Record](key, field string, at func(T) *float64) *column {
	return &column{key: key, field: field, kind: cellNumber,
		get: func(r model.Record, _ *names, lang string) string {
			if v := *at(r.(T)); v != 0 {
				return formatNumber(v, lang)
			}
			return ""
		},
		set: func(st *rowState, v, _ string) *model.Error {
			n, err := parseNumber(v)
			if err == nil {
				*at(st.rec.(T)) = n
			}
			return err
		}}
}

// outcomeColumns are the commitment list's columns of shared
// responsibility, delmål, resources and the latest utfall. Only the
// resources are read back: medverkande aktörer and delmål are edited in
// Samverka, the utfall at follow-ups.
var outcomeColumns = []*column{
	{key: "outcomes.col.contributors", field: "contributors",
		get: func(r model.Record, x *names, _ string) string {
			var out []string
			for _, c := range r.(*model.Commitment).Contributors {
				out = append(out, x.part[c.PartID])
			}
			return strings.Join(out, "; ")
		}},
	{key: "outcomes.col.milestones", field: "milestones",
		get: func(r model.Record, x *names, lang string) string {
			c := r.(*model.Commitment)
			met := x.met[c.ID]
			var out []string
			for _, m := range c.Milestones {
				s := string(m.Date) + " " + m.Title
				if m.Target != "" {
					s += " (" + m.Target + ")"
				}
				if d, ok := met[m.ID]; ok {
					s += " – " + assets.Message(lang, "outcomes.met", map[string]any{"Date": string(d)})
				}
				out = append(out, s)
			}
			return strings.Join(out, "\n")
		}},
	number("outcomes.col.estimatedHours", "resources.estimatedHours", func(c *model.Commitment) *float64 { return &c.Resources.EstimatedHours }),
	number("outcomes.col.usedHours", "resources.usedHours", func(c *model.Commitment) *float64 { return &c.Resources.UsedHours }),
	number("outcomes.col.estimatedKronor", "resources.estimatedKronor", func(c *model.Commitment) *float64 { return &c.Resources.EstimatedKronor }),
	number("outcomes.col.usedKronor", "resources.usedKronor", func(c *model.Commitment) *float64 { return &c.Resources.UsedKronor }),
	{key: "outcomes.col.latestOutcome", field: "outcome.value", kind: cellNumber,
		get: func(r model.Record, x *names, lang string) string {
			if m, ok := x.latest[r.RecordMeta().ID]; ok {
				return formatNumber(m.Value, lang)
			}
			return ""
		}},
	{key: "outcomes.col.latestMeasured", field: "outcome.date", kind: cellDate,
		get: func(r model.Record, x *names, _ string) string {
			return string(x.latest[r.RecordMeta().ID].Date)
		}},
}

// followUpColumns are the follow-up list's: which commitment, when and
// where, status, light, utfall against the goal, delmål met and comment.
var followUpColumns = []*column{
	idColumn,
	{key: "outcomes.col.commitmentId", field: "commitmentId",
		get: func(r model.Record, _ *names, _ string) string { return r.(*model.FollowUp).CommitmentID }},
	{key: "exchange.col.measure", field: "commitmentId",
		get: func(r model.Record, x *names, _ string) string { return x.commitmentOf(r).Title }},
	{key: "exchange.col.part", field: "partId",
		get: func(r model.Record, x *names, _ string) string { return x.part[x.commitmentOf(r).PartID] }},
	{key: "outcomes.col.followUpDate", field: "date", kind: cellDate,
		get: func(r model.Record, _ *names, _ string) string { return string(r.(*model.FollowUp).Date) }},
	{key: "outcomes.col.meeting", field: "meetingId",
		get: func(r model.Record, x *names, _ string) string { return x.meeting[r.(*model.FollowUp).MeetingID] }},
	{key: "exchange.col.status", field: "status", kind: cellChoice,
		get: func(r model.Record, _ *names, lang string) string {
			return statuses.label(string(r.(*model.FollowUp).Status), lang)
		}},
	{key: "outcomes.col.light", field: "light", kind: cellChoice,
		get: func(r model.Record, _ *names, lang string) string {
			if l := r.(*model.FollowUp).Light; l != model.LightNone {
				return assets.Message(lang, "outcomes.light."+string(l), nil)
			}
			return ""
		}},
	{key: "exchange.col.indicator", field: "goal.indicator",
		get: func(r model.Record, x *names, _ string) string { return x.commitmentOf(r).Goal.Indicator }},
	{key: "exchange.col.baseline", field: "goal.baseline",
		get: func(r model.Record, x *names, _ string) string { return x.commitmentOf(r).Goal.Baseline }},
	{key: "exchange.col.target", field: "goal.target",
		get: func(r model.Record, x *names, _ string) string { return x.commitmentOf(r).Goal.Target }},
	{key: "outcomes.col.outcome", field: "outcome.value", kind: cellNumber,
		get: func(r model.Record, _ *names, lang string) string {
			if o := r.(*model.FollowUp).Outcome; o.Taken() {
				return formatNumber(o.Value, lang)
			}
			return ""
		}},
	{key: "outcomes.col.measured", field: "outcome.date", kind: cellDate,
		get: func(r model.Record, _ *names, _ string) string { return string(r.(*model.FollowUp).Outcome.Date) }},
	{key: "outcomes.col.milestonesMet", field: "milestoneIds",
		get: func(r model.Record, x *names, _ string) string {
			f := r.(*model.FollowUp)
			titles := map[string]string{}
			for _, m := range x.commitmentOf(r).Milestones {
				titles[m.ID] = m.Title
			}
			var out []string
			for _, id := range f.MilestoneIDs {
				if t := titles[id]; t != "" {
					out = append(out, t)
				}
			}
			return strings.Join(out, "; ")
		}},
	{key: "exchange.col.comment", field: "comment",
		get: func(r model.Record, _ *names, _ string) string { return r.(*model.FollowUp).Comment }},
}

// outcomeNames are what the outcome columns look up: commitments and
// meetings by id, each commitment's latest utfall and its delmål met.
type outcomeNames struct {
	commitment map[string]*model.Commitment
	meeting    map[string]string
	latest     map[string]model.Measure
	met        map[string]map[string]model.Date
}

var noCommitment = &model.Commitment{}

// commitmentOf returns the commitment follow-up r belongs to, or an
// empty one when it is unknown.
func (x *names) commitmentOf(r model.Record) *model.Commitment {
	if c := x.commitment[r.(*model.FollowUp).CommitmentID]; c != nil {
		return c
	}
	return noCommitment
}

// addOutcomes fills the outcome names of ds into x: only the lists that
// need them pay for them.
func (x *names) addOutcomes(ds *model.Dataset) {
	x.commitment = model.Index(ds.Commitments)
	x.meeting = map[string]string{}
	for _, m := range ds.Meetings {
		x.meeting[m.ID] = m.Label()
	}
	history := map[string][]*model.FollowUp{}
	for _, f := range model.Live(ds.FollowUps) {
		history[f.CommitmentID] = append(history[f.CommitmentID], f)
	}
	x.latest = map[string]model.Measure{}
	x.met = map[string]map[string]model.Date{}
	for id, h := range history {
		if s := model.OutcomeSeries(h, ""); len(s) > 0 {
			last := s[len(s)-1]
			x.latest[id] = model.Measure{Value: last.Value, Date: last.Date}
		}
		if c := x.commitment[id]; c != nil && len(c.Milestones) > 0 {
			x.met[id] = model.MilestonesMet(h, "")
		}
	}
}
