package model

// Dataset is a whole council's records in memory: what a JSON export holds,
// what the demo generator makes, and what merge works on. Slices hold
// tombstones too; use Live to skip them.
type Dataset struct {
	Format          string            `json:"format"`        // FormatName
	SchemaVersion   int               `json:"schemaVersion"` // SchemaVersion
	Council         *Council          `json:"council"`
	Parts           []*Part           `json:"parts"`
	Representatives []*Representative `json:"representatives"`
	Methods         []*Method         `json:"methods"`
	Situations      []*Situation      `json:"situations"`
	Problems        []*Problem        `json:"problems"`
	Causes          []*Cause          `json:"causes"`
	Commitments     []*Commitment     `json:"commitments"`
	Meetings        []*Meeting        `json:"meetings"`
	FollowUps       []*FollowUp       `json:"followups"`
	Agreements      []*Agreement      `json:"agreements"`
	Signatures      []*Signature      `json:"signatures"`
	Dialogues       []*Dialogue       `json:"dialogues,omitempty"`
	Deadlines       []*Deadline       `json:"deadlines,omitempty"`
	// ReportTexts are the chair's texts of the reports to the nämnd.
	ReportTexts []*ReportText `json:"reports,omitempty"`
	// Printouts record the PDFs printed of signed agreements.
	Printouts []*Printout `json:"printouts,omitempty"`
	// Conflicts are the versions a merge set aside, kept for review.
	Conflicts []*Conflict `json:"conflicts,omitempty"`
	// Plans are the åtgärdsplaner, drafts and fastställda.
	Plans []*ActionPlan `json:"plans,omitempty"`
}

// FormatName identifies Samverka's data files and exports.
const FormatName = "samverka"

// SchemaVersion is the data format version this program writes. Files of a
// higher version are refused; lower ones are migrated.
const SchemaVersion = 4

// NewDataset returns an empty dataset for council.
func NewDataset(c *Council) *Dataset {
	return &Dataset{Format: FormatName, SchemaVersion: SchemaVersion, Council: c}
}

// Each calls fn for every record in Kinds order, tombstones included.
func (d *Dataset) Each(fn func(Record)) {
	if d.Council != nil {
		fn(d.Council)
	}
	each(d.Parts, fn)
	each(d.Representatives, fn)
	each(d.Methods, fn)
	each(d.Situations, fn)
	each(d.Problems, fn)
	each(d.Causes, fn)
	each(d.Commitments, fn)
	each(d.Meetings, fn)
	each(d.FollowUps, fn)
	each(d.Agreements, fn)
	each(d.Signatures, fn)
	each(d.Plans, fn)
	each(d.Dialogues, fn)
	each(d.Deadlines, fn)
	each(d.ReportTexts, fn)
	each(d.Conflicts, fn)
	each(d.Printouts, fn)
}

func each[T Record](list []T, fn func(Record)) {
	for _, r := range list {
		fn(r)
	}
}

// Add appends r to the list of its kind (a council replaces the council).
func (d *Dataset) Add(r Record) {
	switch v := r.(type) {
	case *Council:
		d.Council = v
	case *Part:
		d.Parts = append(d.Parts, v)
	case *Representative:
		d.Representatives = append(d.Representatives, v)
	case *Method:
		d.Methods = append(d.Methods, v)
	case *Situation:
		d.Situations = append(d.Situations, v)
	case *Problem:
		d.Problems = append(d.Problems, v)
	case *Cause:
		d.Causes = append(d.Causes, v)
	case *Commitment:
		d.Commitments = append(d.Commitments, v)
	case *Meeting:
		d.Meetings = append(d.Meetings, v)
	case *FollowUp:
		d.FollowUps = append(d.FollowUps, v)
	case *Agreement:
		d.Agreements = append(d.Agreements, v)
	case *Signature:
		d.Signatures = append(d.Signatures, v)
	case *ActionPlan:
		d.Plans = append(d.Plans, v)
	case *Dialogue:
		d.Dialogues = append(d.Dialogues, v)
	case *Deadline:
		d.Deadlines = append(d.Deadlines, v)
	case *ReportText:
		d.ReportTexts = append(d.ReportTexts, v)
	case *Printout:
		d.Printouts = append(d.Printouts, v)
	case *Conflict:
		d.Conflicts = append(d.Conflicts, v)
	}
}

// Count returns the number of records, tombstones included.
func (d *Dataset) Count() int {
	n := 0
	d.Each(func(Record) { n++ })
	return n
}

// Live returns the records of list that are not tombstones.
func Live[T Record](list []T) []T {
	out := make([]T, 0, len(list))
	for _, r := range list {
		if !r.RecordMeta().Deleted {
			out = append(out, r)
		}
	}
	return out
}

// Index maps the records of list by id.
func Index[T Record](list []T) map[string]T {
	m := make(map[string]T, len(list))
	for _, r := range list {
		m[r.RecordMeta().ID] = r
	}
	return m
}
