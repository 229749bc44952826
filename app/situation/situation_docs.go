package situation

import (
	"bytes"
	"errors"
	"strings"

	"samverka/model"
	"samverka/pdf"
	"samverka/pdf/docx"
	"samverka/pdf/flow"

	"samverka/app/internal/session"
)

// showFormProblems shows what is wrong with the situation where it was typed:
// the annan information's problems under their items, the analysis' under
// it, the rest beside the details' fields; the tab of the first problem
// comes forward.
func (e *situationEditor) showFormProblems(err error) {
	err = lineProblems(err, "sourcesUsed", "sourcesLeftOut")
	var problems model.Problems
	if !errors.As(err, &problems) {
		var single *model.Error
		if !errors.As(err, &single) || single.Field == "" {
			e.s.ui.ShowError(err)
			return
		}
		problems = model.Problems{single}
	}
	var items, other, details model.Problems
	for _, p := range problems {
		switch {
		case strings.HasPrefix(p.Field, "items["):
			items = append(items, p)
		case p.Field == "analysis":
			other = append(other, p)
		default:
			details = append(details, p)
		}
	}
	e.form.Clear()
	if len(details) > 0 {
		e.form.ShowProblems(details)
		e.tabs.Select(e.detailsTab)
	}
	if len(other) > 0 {
		e.otherForm.ShowProblems(other)
	}
	if len(items) > 0 {
		e.items.showProblems(items)
	}
	if len(details) == 0 && len(items)+len(other) > 0 {
		e.tabs.Select(e.otherTab)
	}
}

// onPrint makes the lägesbild's document, the internal version or with
// the public check the public one, as a PDF or (word) a Word document,
// and hands it to the system's viewer.
func (e *situationEditor) onPrint(word bool) {
	sit := e.before
	if sit == nil {
		return
	}
	u := e.s.ui
	public := e.public.Checked
	lang, version := session.Language(u.Prefs), session.PrintedVersion(u.Opt.Version)
	var data []byte
	var warnings pdf.Warnings
	var err error
	law := lawDataOf(u)
	u.Status.SetState(session.Tr("chainui.printing"), false)
	u.WorkOnDataset(func(ds *model.Dataset) {
		law.into(ds)
		in, ok := pdf.SituationInputFrom(ds, sit.ID)
		if !ok {
			err = model.Errorf(model.CodeRecordNotFound, "Kind", string(model.KindSituation), "ID", sit.ID)
			return
		}
		in.Lang, in.ProgramVersion, in.Public = lang, version, public
		fd, ferr := pdf.SituationFlow(in)
		data, warnings, err = render(fd, ferr, word)
	}, func() {
		if err != nil {
			u.ShowError(err)
			return
		}
		key := "lawgui.situation.fileName"
		if public {
			key = "lawgui.situation.publicFileName"
		}
		u.OpenPDF(documentName(session.Tr(key, map[string]any{"Title": sit.Title}), word), data, warnings)
	})
}

// render draws a laid-out document as a PDF, or as Word when word is set;
// err is the layout's own error, passed on.
func render(fd *flow.Document, err error, word bool) ([]byte, pdf.Warnings, error) {
	if err != nil {
		return nil, nil, err
	}
	if !word {
		return pdf.Render(fd)
	}
	var b bytes.Buffer
	if err := docx.Write(&b, fd); err != nil {
		return nil, nil, err
	}
	return b.Bytes(), nil, nil
}

// documentName is the file name of a document titled title: a PDF, or a
// Word document.
func documentName(title string, word bool) string {
	name := session.PDFFileName(title, 0)
	if word {
		name = strings.TrimSuffix(name, ".pdf") + ".docx"
	}
	return name
}

// lawData are the records the lägesbild and the plan print that the
// session's view does not hold: the plans (for a plan, and for what the
// previous plan achieved) and the dialogues (for their findings).
type lawData struct {
	plans     []*model.ActionPlan
	dialogues []*model.Dialogue
}

// lawDataOf reads them from the open council; a record that cannot be
// read is said, and the document printed without it.
func lawDataOf(u *session.Session) lawData {
	var l lawData
	if u.Doc == nil {
		return l
	}
	for _, kind := range []model.Kind{model.KindPlan, model.KindDialogue} {
		recs, err := u.Doc.Store.List(kind)
		if err != nil {
			u.ShowError(err)
			continue
		}
		for _, r := range recs {
			switch x := r.(type) {
			case *model.ActionPlan:
				l.plans = append(l.plans, x)
			case *model.Dialogue:
				l.dialogues = append(l.dialogues, x)
			}
		}
	}
	return l
}

// into adds the records to a dataset made from the view.
func (l lawData) into(ds *model.Dataset) {
	ds.Plans, ds.Dialogues = l.plans, l.dialogues
}
