package agreements

import (
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"samverka/model"

	"samverka/app/internal/kit"
	"samverka/app/internal/session"
)

// agreementEditor edits one samverkansöverenskommelse beside the list: its
// content while it is a draft, and its lifecycle after that: signing in
// the room, new versions, printing. Once the agreement has gone to signing
// every field is disabled and the save path is refused by storage.
type agreementEditor struct {
	a      *Screen
	before *model.Agreement // as stored, in full
	// locked says that the content may not change: the agreement left its
	// draft, or the file is open read-only.
	locked bool
	// loading is set while load fills the inputs, whose changes are not
	// edits.
	loading bool

	heading   *widget.Label
	stateLine *widget.Label
	lockNote  *widget.Label

	title    *widget.Entry
	from, to *widget.Entry
	form     *kit.Form

	parties     *partyList
	clauses     *clauseList
	sections    []*sectionField
	commitments *includedList
	annexes     *annexList

	// missing says what is lacking before the agreement can go to signing;
	// it follows every change. checks lists what does not hang together
	// (model.CheckConsistency), each with what is missing.
	missing *widget.Label
	checks  *widget.Label
	// general shows problems that belong to no field on screen.
	general *widget.Label

	save, send, newVersion, print *widget.Button
	printPromise                  *widget.Button

	tabs     *container.AppTabs
	signing  *agreementSigning
	versions *agreementVersions
	content  fyne.CanvasObject
}

// sectionField is one of the sections Brå asks for: a heading, a help
// line and the text.
type sectionField struct {
	name    string // the field's name in model.Agreement, "sections.goals"
	entry   *widget.Entry
	problem *widget.Label
	get     func(*model.Sections) *string
}

// braSections are the sections an agreement must state before signing, in
// the order they are written; background is optional.
var braSections = []struct {
	name string
	get  func(*model.Sections) *string
}{
	{"sections.problems", func(s *model.Sections) *string { return &s.Problems }},
	{"sections.causes", func(s *model.Sections) *string { return &s.Causes }},
	{"sections.goals", func(s *model.Sections) *string { return &s.Goals }},
	{"sections.documentation", func(s *model.Sections) *string { return &s.Documentation }},
	{"sections.followUp", func(s *model.Sections) *string { return &s.FollowUp }},
	{"sections.background", func(s *model.Sections) *string { return &s.Background }},
}

func newAgreementEditor(a *Screen, ag *model.Agreement) *agreementEditor {
	e := &agreementEditor{a: a, before: ag}
	e.heading = kit.SectionTitle("")
	e.heading.Wrapping = fyne.TextWrapWord
	e.stateLine = &widget.Label{Wrapping: fyne.TextWrapWord}
	e.lockNote = &widget.Label{Importance: widget.WarningImportance, Wrapping: fyne.TextWrapWord}
	e.missing = &widget.Label{Importance: widget.WarningImportance, Wrapping: fyne.TextWrapWord}
	e.checks = &widget.Label{Importance: widget.WarningImportance, Wrapping: fyne.TextWrapWord}
	e.general = kit.ProblemLabel()

	e.title = widget.NewEntry()
	e.from, e.to = kit.NewDateEntry(), kit.NewDateEntry()
	e.form = kit.NewForm()
	e.form.Submit = func() {
		if !e.locked {
			e.onSave()
		}
	}
	e.form.Add("title", "", e.title)
	e.form.Add("from", "", e.from)
	e.form.Add("to", "", e.to)
	for _, in := range []*widget.Entry{e.title, e.from, e.to} {
		in.OnChanged = func(string) { e.onEdited() }
	}

	e.parties = newPartyList(e)
	e.clauses = newClauseList(e)
	e.commitments = newIncludedList(e)
	e.annexes = newAnnexList(e)
	body := container.NewVBox(e.form.View())
	for _, s := range braSections {
		f := &sectionField{name: s.name, get: s.get, entry: widget.NewMultiLineEntry(), problem: kit.ProblemLabel()}
		f.entry.Wrapping = fyne.TextWrapWord
		f.entry.SetMinRowsVisible(3)
		f.entry.PlaceHolder = session.Tr("agreement.edit.hint." + strings.TrimPrefix(s.name, "sections."))
		f.entry.OnChanged = func(string) { e.onEdited() }
		e.sections = append(e.sections, f)
		body.Add(boldLabel(session.Tr(model.FieldKey(s.name))))
		body.Add(f.entry)
		body.Add(f.problem)
	}
	body.Add(widget.NewSeparator())
	body.Add(e.commitments.content)
	body.Add(widget.NewSeparator())
	body.Add(e.annexes.content)
	body.Add(e.general)

	e.save = &widget.Button{Text: session.Tr("button.save"), Icon: theme.DocumentSaveIcon(), OnTapped: e.onSave}
	e.send = &widget.Button{Text: session.Tr("agreement.edit.send"), Icon: theme.ConfirmIcon(), Importance: widget.HighImportance, OnTapped: e.onSendForSigning}
	e.newVersion = &widget.Button{Text: session.Tr("agreement.edit.newVersion"), Icon: theme.ContentCopyIcon(), OnTapped: e.onNewVersion}
	e.print = &widget.Button{Text: session.Tr("agreement.edit.print"), Icon: theme.DocumentPrintIcon(), OnTapped: e.onPrint}
	e.printPromise = &widget.Button{Text: session.Tr("agreement.edit.printPromise"), Icon: theme.DocumentPrintIcon(), OnTapped: e.onPrintPromise}

	e.signing = newAgreementSigning(e)
	e.versions = newAgreementVersions(e)
	e.tabs = container.NewAppTabs(
		container.NewTabItem(session.Tr("agreement.edit.tabContent"), container.NewVScroll(container.NewPadded(body))),
		container.NewTabItem(session.Tr("agreement.edit.tabParties"), container.NewVScroll(container.NewPadded(e.parties.content))),
		container.NewTabItem(session.Tr("agreement.edit.tabClauses"), container.NewVScroll(container.NewPadded(e.clauses.content))),
		container.NewTabItem(session.Tr("agreement.edit.tabSigning"), e.signing.content),
		container.NewTabItem(session.Tr("agreement.edit.tabVersions"), e.versions.content),
	)
	e.tabs.OnSelected = e.onTab
	buttons := container.NewHBox(e.save, e.send, e.newVersion, e.print, e.printPromise)
	top := container.NewVBox(e.heading, e.stateLine, buttons, e.lockNote, e.missing, e.checks)
	e.content = container.NewBorder(container.NewPadded(top), nil, nil, nil, e.tabs)
	e.load(ag)
	return e
}

func boldLabel(text string) *widget.Label {
	return widget.NewLabelWithStyle(text, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
}

// load shows ag, as stored, in the editor.
func (e *agreementEditor) load(ag *model.Agreement) {
	e.loading = true
	e.before = ag
	e.locked = ag.State.Locked() || e.a.ui.ReadOnly()
	e.heading.SetText(ag.Title)
	e.title.SetText(ag.Title)
	e.from.SetText(string(ag.From))
	e.to.SetText(string(ag.To))
	e.parties.load(ag.Parties)
	e.clauses.load(ag.Clauses)
	for _, f := range e.sections {
		s := ag.Sections
		f.entry.SetText(*f.get(&s))
	}
	e.commitments.load(ag)
	e.annexes.load(ag.Annexes)
	e.clearProblems()
	e.showState()
	e.signing.refresh()
	e.versions.refresh()
	e.setEditable()
	e.loading = false
	e.onEdited()
}

// showState says where the agreement is in its life: state, version and,
// once frozen, its fingerprint.
func (e *agreementEditor) showState() {
	ag := e.before
	parts := []string{session.Tr("state." + kit.StateOrDraft(ag.State)), session.Tr("agreement.edit.versionN", map[string]any{"Version": max(ag.Version, 1)})}
	if ag.Fingerprint != "" {
		parts = append(parts, session.Tr("agreement.edit.fingerprint", map[string]any{"Short": model.ShortFingerprint(ag.Fingerprint)}))
	}
	e.stateLine.SetText(strings.Join(parts, " · "))
	switch {
	case ag.State == model.StateSuperseded:
		e.lockNote.SetText(session.Tr("agreement.edit.lockedSuperseded"))
	case ag.State.Locked():
		e.lockNote.SetText(session.Tr("agreement.edit.locked", map[string]any{"Date": model.DateOf(ag.FrozenAt.Local())}))
	case e.a.ui.ReadOnly():
		e.lockNote.SetText(session.Tr("status.readOnly"))
	default:
		e.lockNote.SetText("")
	}
	e.lockNote.Hidden = e.lockNote.Text == ""
	e.lockNote.Refresh()
}

// setEditable disables every input of a locked agreement and shows only
// the buttons its state allows.
func (e *agreementEditor) setEditable() {
	ro := e.a.ui.ReadOnly()
	for _, w := range e.inputs() {
		if e.locked {
			w.Disable()
		} else {
			w.Enable()
		}
	}
	draft := !e.before.State.Locked()
	showIf(draft && !ro, e.save, e.send)
	showIf(!draft, e.newVersion)
	showIf(len(e.before.Promises) > 0, e.printPromise)
	kit.SetDisabled(ro, e.newVersion)
}

func showIf(show bool, objs ...fyne.CanvasObject) {
	for _, o := range objs {
		if show {
			o.Show()
		} else {
			o.Hide()
		}
	}
}

// inputs returns every input of the content, for locking.
func (e *agreementEditor) inputs() []fyne.Disableable {
	list := []fyne.Disableable{e.title, e.from, e.to}
	for _, f := range e.sections {
		list = append(list, f.entry)
	}
	list = append(list, e.parties.inputs()...)
	list = append(list, e.clauses.inputs()...)
	list = append(list, e.commitments.inputs()...)
	return append(list, e.annexes.inputs()...)
}

// collect returns the stored agreement with the editor's content.
func (e *agreementEditor) collect() *model.Agreement {
	ag := *e.before
	ag.Title = strings.TrimSpace(e.title.Text)
	ag.From = kit.DateOf(e.from, e.a.ui.Today())
	ag.To = kit.DateOf(e.to, e.a.ui.Today())
	ag.Parties = e.parties.collect()
	ag.Clauses = e.clauses.collect()
	for _, f := range e.sections {
		*f.get(&ag.Sections) = strings.TrimSpace(f.entry.Text)
	}
	ag.CommitmentIDs = slices.Clone(e.commitments.ids)
	ag.Annexes = e.annexes.collect()
	ag.Included = slices.Clone(ag.Included)
	ag.Promises = slices.Clone(ag.Promises)
	return &ag
}

// onEdited renews the list of what is missing before signing.
func (e *agreementEditor) onEdited() {
	if e.loading {
		return
	}
	if e.locked {
		e.missing.Hide()
		e.checks.Hide()
		return
	}
	e.showChecks()
	problems := missingForSigning(e.collect(), e.a.ui.Doc.View)
	if len(problems) == 0 {
		e.missing.SetText(session.Tr("agreement.edit.ready"))
		e.missing.Importance = widget.SuccessImportance
	} else {
		lines := []string{session.Tr("agreement.edit.missing")}
		for _, p := range problems {
			lines = append(lines, "• "+missingText(p))
		}
		e.missing.SetText(strings.Join(lines, "\n"))
		e.missing.Importance = widget.WarningImportance
	}
	e.missing.Show()
	e.missing.Refresh()
}

// onSave writes the draft; problems show beside their fields. A locked
// agreement is refused by storage, and the refusal is shown.
func (e *agreementEditor) onSave() {
	e.put(e.collect())
}

// put writes ag, the editor's agreement, and shows it as stored; it
// reports whether it was written.
func (e *agreementEditor) put(ag *model.Agreement) bool {
	u := e.a.ui
	if err := u.Doc.Put(ag); err != nil {
		if !e.showProblems(err) {
			u.ShowError(err)
		}
		return false
	}
	u.Undo.Push(session.Tr("agreement.undo.edit", map[string]any{"Title": ag.Title}), session.UndoEdit(e.before))
	e.a.afterChange(ag)
	u.Status.SetState(session.Tr("status.recorded"), false)
	return true
}

// onTab renews the signing and version tabs when they are shown.
func (e *agreementEditor) onTab(t *container.TabItem) {
	switch t.Content {
	case e.signing.content:
		e.signing.refresh()
	case e.versions.content:
		e.versions.refresh()
	}
}

// showTab shows the tab whose content is c.
func (e *agreementEditor) showTab(c fyne.CanvasObject) {
	for _, t := range e.tabs.Items {
		if t.Content == c {
			e.tabs.Select(t)
		}
	}
}

// showChecks lists what does not hang together in the draft: a commitment
// due outside the period, an overlap with the replaced version without
// "ersätter från", the same goal twice; each says what is missing.
func (e *agreementEditor) showChecks() {
	v := e.a.ui.Doc.View
	var commitments []*model.Commitment
	for _, id := range e.commitments.ids {
		if row := v.Commitments[id]; row != nil {
			commitments = append(commitments, row.C)
		}
	}
	problems := model.CheckConsistency(e.collect(), commitments, nil)
	if len(problems) == 0 {
		e.checks.SetText("")
		e.checks.Hide()
		return
	}
	lines := []string{session.Tr("agreement.checks.heading")}
	for _, p := range problems {
		lines = append(lines, "• "+session.ErrorText(p))
	}
	e.checks.SetText(strings.Join(lines, "\n"))
	e.checks.Show()
}
