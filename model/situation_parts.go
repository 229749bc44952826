package model

// validateSituationParts checks a lägesbild's figure tables, its annan
// information and its own marking.
func validateSituationParts(c *checker, s *Situation) {
	s.Marking.check(c, "")
	for i := range s.Tables {
		s.Tables[i].check(c, index("tables", i)+".")
	}
	for i, it := range s.Items {
		it.Marking.check(c, index("items", i)+".")
	}
}

// situationTexts adds the free texts of a lägesbild's tables, items,
// analysis and marking.
func situationTexts(t *texts, s *Situation) {
	t.add("analysis", s.Analysis, MaxText)
	for i := range s.Tables {
		s.Tables[i].texts(t, index("tables", i)+".")
	}
	for i, it := range s.Items {
		f := index("items", i) + "."
		t.need(f+"title", it.Title, MaxName)
		t.add(f+"text", it.Text, MaxText)
		t.add(f+"source", it.Source, MaxText)
		it.Marking.texts(t, f)
	}
	s.Marking.texts(t, "")
}

// PublicSituation returns a copy of s for a public version: only its open
// tables and items (the caller leaves out closed problems and causes).
// The copy shares nothing that the caller may change with s.
func PublicSituation(s *Situation) *Situation {
	out := *s
	out.Tables, out.Items = nil, nil
	for _, t := range s.Tables {
		if t.Public() {
			out.Tables = append(out.Tables, t)
		}
	}
	for _, it := range s.Items {
		if it.Public() {
			out.Items = append(out.Items, it)
		}
	}
	return &out
}
