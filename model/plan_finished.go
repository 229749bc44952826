package model

// Finished says which finished commitments (klar or avbruten) a plan
// shows. Open commitments are always shown. The screen and the printed
// plan both ask Plan.Shows, so that they never disagree.
type Finished int

// The choices of Finished.
const (
	// FinishedRecent, the default, shows those finished in the year
	// before the plan's day: what the council achieved lately stays in
	// view, while years of history do not bury the open work. A
	// commitment finished on its latest follow-up's day; with none, on its
	// due date; with neither it is shown.
	FinishedRecent Finished = iota
	// FinishedAll shows every commitment.
	FinishedAll
	// FinishedNone shows open commitments only.
	FinishedNone
)

// FinishedSince returns the day before which f leaves finished
// commitments out: a year before the plan's day for FinishedRecent, ""
// for the other choices or a plan without a valid day.
func (p Plan) FinishedSince(f Finished) Date {
	if f != FinishedRecent || !p.Today.Valid() {
		return ""
	}
	return DateOf(p.Today.Time().AddDate(-1, 0, 0))
}

// Shows reports whether the plan, showing the finished commitments f
// names, shows row r. A row without a commitment is always shown.
func (p Plan) Shows(r PlanRow, f Finished) bool {
	if r.Commitment == nil || r.Status.Open() {
		return true
	}
	switch f {
	case FinishedAll:
		return true
	case FinishedNone:
		return false
	}
	since := p.FinishedSince(f)
	day := r.Commitment.Due
	if r.Latest != nil {
		day = r.Latest.Date
	}
	return since == "" || day == "" || day >= since
}
