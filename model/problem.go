package model

// Situation is a lägesbild: the council's dated picture of crime and
// insecurity in its area for a period, with the sources behind it.
type Situation struct {
	Meta
	Title   string `json:"title"`
	Date    Date   `json:"date"`
	From    Date   `json:"from,omitempty"`
	To      Date   `json:"to,omitempty"`
	Area    string `json:"area,omitempty"` // the geographic area it covers
	Summary string `json:"summary,omitempty"`
	// SourcesUsed and SourcesLeftOut follow Brå's checklist: what the
	// picture rests on, and what was not used and what that limits.
	SourcesUsed    []string `json:"sourcesUsed,omitempty"`
	SourcesLeftOut []string `json:"sourcesLeftOut,omitempty"`
	Limitations    string   `json:"limitations,omitempty"`
	// Tables are the kartläggning's figures, in the order printed.
	Tables []FigureTable `json:"tables,omitempty"`
	// Items are the annan information the law asks for: planned
	// construction, events, what dialogues found.
	Items []InfoItem `json:"items,omitempty"`
	// Analysis is the council's analysis of the kartläggning: what the
	// figures and the problems mean together.
	Analysis string `json:"analysis,omitempty"`
	Marking
}

// InfoItem is one piece of annan information in a lägesbild.
type InfoItem struct {
	Title  string `json:"title"`
	Text   string `json:"text,omitempty"`
	Source string `json:"source,omitempty"`
	Marking
}

// RecordKind implements Record.
func (*Situation) RecordKind() Kind { return KindSituation }

// Label returns the situation picture's title.
func (s *Situation) Label() string { return s.Title }

// Problem is a prioritised problem found in a lägesbild.
type Problem struct {
	Meta
	SituationID string `json:"situationId,omitempty"`
	Title       string `json:"title"`
	What        string `json:"what,omitempty"`
	Where       string `json:"where,omitempty"`
	When        string `json:"when,omitempty"`
	Affected    string `json:"affected,omitempty"` // who is affected
	Rank        int    `json:"rank,omitempty"`     // 1 is the most important
	Areas       []Area `json:"areas,omitempty"`
	// Consequences are the problem's konsekvenser: for those affected,
	// the area and trust in society.
	Consequences string `json:"consequences,omitempty"`
	Marking
	// EffectGoals are the effektmål: what the council wants to change.
	EffectGoals []EffectGoal `json:"effectGoals,omitempty"`
}

// RecordKind implements Record.
func (*Problem) RecordKind() Kind { return KindProblem }

// Label returns the problem's title.
func (p *Problem) Label() string { return p.Title }

// Cause is a likely cause of a problem (orsaksanalys). Causes are numbered
// per problem; a cause may have a parent cause.
type Cause struct {
	Meta
	ProblemID   string `json:"problemId"`
	ParentID    string `json:"parentId,omitempty"`
	Number      int    `json:"number"`
	Description string `json:"description"`
	Marking
}

// RecordKind implements Record.
func (*Cause) RecordKind() Kind { return KindCause }

// Label returns the cause's description.
func (c *Cause) Label() string { return c.Description }
