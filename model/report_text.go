package model

// ReportText is what the chair writes into the report to the nämnd for one
// period: the sammanfattning, the analys and the förslag till fortsatt
// arbete. The figures of the report are worked out from the records each
// time it is printed; only these texts are kept, one record per period, so
// that a report printed again for the same period says the same.
type ReportText struct {
	Meta
	From      Date   `json:"from"` // the report's period, both days included
	To        Date   `json:"to"`
	Summary   string `json:"summary,omitempty"`   // sammanfattning
	Analysis  string `json:"analysis,omitempty"`  // analys
	Proposals string `json:"proposals,omitempty"` // förslag till fortsatt arbete
}

// RecordKind implements Record.
func (*ReportText) RecordKind() Kind { return KindReportText }

// Label returns the report's period.
func (r *ReportText) Label() string { return string(r.From) + " – " + string(r.To) }

// ReportTextFor returns the live report text of the period from–to, the
// latest changed when a merge left two; nil when there is none.
func ReportTextFor(list []*ReportText, from, to Date) *ReportText {
	var out *ReportText
	for _, r := range list {
		if r.Deleted || r.From != from || r.To != to {
			continue
		}
		if out == nil || r.Modified.After(out.Modified) || (r.Modified.Equal(out.Modified) && r.ID > out.ID) {
			out = r
		}
	}
	return out
}
