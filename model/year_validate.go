package model

// Validation codes of the council's year: the årshjul and the dialogues.
const (
	CodeRepeat           = "year.repeat"               // not one of RepeatChoices
	CodeDuplicateFinding = "dialogue.duplicateFinding" // two findings share an id
)

// validateDeadline checks a deadline's kind, dates, repeat interval and
// completions.
func validateDeadline(c *checker, v *Deadline) {
	c.choice("kind", v.Kind != "", v.Kind.Valid(), true)
	c.date("due", v.Due, true)
	if !oneOf(v.RepeatMonths, RepeatChoices) {
		c.add("repeatMonths", CodeRepeat)
	}
	c.date("until", v.Until, false)
	if v.Due.Valid() && v.Until.Valid() && v.Until < v.Due {
		c.add("until", CodeDateOrder, "From", string(v.Due))
	}
	for i, x := range v.Completions {
		f := index("completions", i) + "."
		c.date(f+"due", x.Due, true)
		c.date(f+"done", x.Done, true)
		if x.RecordKind != "" && NewRecord(x.RecordKind) == nil {
			c.add(f+"recordKind", CodeEnum)
		}
	}
}

// deadlineTexts lists a deadline's free-text fields.
func deadlineTexts(t *texts, d *Deadline) {
	t.need("title", d.Title, MaxName)
	t.add("notes", d.Notes, MaxText)
}
