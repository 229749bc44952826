package agreements

import (
	"slices"
	"strings"

	"samverka/model"

	"samverka/app/internal/session"
)

// missingForSigning returns what a draft lacks before it can go to
// signing: what model.CheckForSigning asks of the snapshot that will be
// frozen, and the title and Brå's five sections, which the signed text
// must state.
func missingForSigning(ag *model.Agreement, v *session.View) model.Problems {
	snap := *ag
	// The parties' names as TakeSnapshot will copy them; the commitments'
	// copies are not checked, so they are not taken on every keystroke.
	snap.Parties = slices.Clone(ag.Parties)
	for i, p := range snap.Parties {
		if part := v.Parts[p.PartID]; part != nil {
			snap.Parties[i].Organisation, _, _ = model.PartyNames(part)
		}
	}
	var out model.Problems
	if snap.Title == "" {
		out = append(out, model.FieldErr("title", model.CodeRequired))
	}
	out = append(out, model.CheckForSigning(&snap)...)
	for _, s := range braSections[:5] {
		if strings.TrimSpace(*s.get(&snap.Sections)) == "" {
			out = append(out, model.FieldErr(s.name, model.CodeRequired))
		}
	}
	return out
}

func commitmentsOf(v *session.View) []*model.Commitment {
	list := make([]*model.Commitment, len(v.Rows))
	for i, row := range v.Rows {
		list[i] = row.C
	}
	return list
}

// missingText names a missing piece in a few words: "Part 2:
// Undertecknarens namn"; problems other than an empty field say why.
func missingText(p *model.Error) string {
	if p.Code == model.CodeAgreementParties {
		return session.Tr("agreement.edit.missingParties")
	}
	text := fieldName(p.Field)
	if p.Code != model.CodeRequired {
		text += ": " + session.ErrorText(p)
	}
	return text
}

// fieldName names a field of the agreement, with its row in a list:
// "Part 2: Undertecknarens namn".
func fieldName(field string) string {
	text := session.Tr(model.FieldKey(field))
	if row := model.FieldRow(field); row > 0 {
		key := "agreement.edit.partyRow"
		if strings.HasPrefix(field, "annexes") {
			key = "agreement.edit.annexRow"
		}
		text = session.Tr(key, map[string]any{"Row": row, "Field": text})
	}
	return text
}

func (e *agreementEditor) clearProblems() {
	e.form.Clear()
	for _, f := range e.sections {
		f.problem.Hide()
	}
	e.parties.clearProblems()
	e.annexes.clearProblems()
	e.general.Hide()
}

// showProblems shows err's problems beside their fields and reports
// whether err was about the content. A refusal of a locked agreement has
// no field: it goes to a dialog.
func (e *agreementEditor) showProblems(err error) bool {
	problems, ok := model.ProblemsIn(err)
	if !ok || len(problems) == 1 && problems[0].Code == model.CodeLockedRecord {
		return false
	}
	e.clearProblems()
	var general []string
	var inForm model.Problems
	for _, p := range problems {
		switch {
		case p.Field == "title" || p.Field == "from" || p.Field == "to":
			inForm = append(inForm, p)
		case e.showProblem(p):
		default:
			general = append(general, fieldName(p.Field)+": "+session.ErrorText(p))
		}
	}
	if len(inForm) > 0 {
		e.form.ShowProblems(inForm)
	}
	if len(general) > 0 {
		e.general.SetText(strings.Join(general, "\n"))
		e.general.Show()
	}
	return true
}

// showProblem puts p beside its field and reports whether it found one.
func (e *agreementEditor) showProblem(p *model.Error) bool {
	switch {
	case strings.HasPrefix(p.Field, "sections."):
		for _, f := range e.sections {
			if f.name == p.Field {
				f.problem.SetText(session.ErrorText(p))
				f.problem.Show()
				return true
			}
		}
	case p.Field == "parties" || strings.HasPrefix(p.Field, "parties["):
		return e.parties.showProblem(p)
	case strings.HasPrefix(p.Field, "annexes["):
		return e.annexes.showProblem(p)
	}
	return false
}
