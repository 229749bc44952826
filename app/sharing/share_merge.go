package sharing

import (
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"samverka/model"

	"samverka/app/internal/session"
)

// mergeSummary is the dialog that says what a merge took from the other
// copy, kind by kind, and leads to the review of its conflicts.
type mergeSummary struct {
	ui      *session.Session
	text    *widget.Label
	kinds   *widget.Label
	review  *widget.Button
	dialog  *dialog.CustomDialog
	summary model.MergeSummary
}

// OnMergeFile asks for another copy of the council's file and merges it
// into the open one (Arkiv → Slå samman med…).
func OnMergeFile(u *session.Session) {
	if u.Doc == nil || u.ReadOnly() {
		return
	}
	u.OpenFileDialog("file.merge.title", session.FilterCouncil, filepath.Dir(u.Doc.Store.Path()), func(path string) { MergeFile(u, path) })
}

// MergeFile merges the copy at path into the open council in the
// background, then shows what it took. The open file itself, chosen by
// mistake or on purpose, means the file as someone else saved it on disk.
// It returns the summary when that is shown at once (Options.Synchronous).
func MergeFile(u *session.Session, path string) *mergeSummary {
	if u.Doc == nil || u.ReadOnly() {
		return nil
	}
	if session.Same(path, u.Doc.Store.Path()) {
		return OnMergeWithDisk(u)
	}
	doc := u.Doc
	u.Status.SetState(session.Tr("share.merge.busy"), false)
	var sum model.MergeSummary
	var err error
	var shown *mergeSummary
	u.Background(func() { sum, err = doc.Store.MergeFrom(path) }, func() {
		if u.Doc == doc {
			shown = AfterMerge(u, filepath.Base(path), sum, err)
		}
	})
	return shown
}

// OnMergeWithDisk merges the file as someone else saved it into this
// session's work and saves both over the file: the way out when a save
// found the file changed on disk and kept the user's version beside it.
func OnMergeWithDisk(u *session.Session) *mergeSummary {
	if u.Doc == nil || u.ReadOnly() {
		return nil
	}
	doc := u.Doc
	u.Status.SetState(session.Tr("share.merge.busy"), false)
	var sum model.MergeSummary
	var err error
	var shown *mergeSummary
	u.Background(func() { sum, err = doc.Store.MergeWithDisk() }, func() {
		if u.Doc != doc {
			return
		}
		if err == nil {
			// Saves go to the file again; a later divergence is told anew.
			u.KeptAsShown = false
			u.Status.Path.SetText(doc.Store.Path())
		}
		shown = AfterMerge(u, "", sum, err)
		if err == nil {
			u.Status.ShowSaved(doc.Store.LastSaved())
		}
	})
	return shown
}

// AfterMerge reads the merged council anew and shows what the merge from
// source did (see mergeText), or why it was refused. A refused merge
// changed nothing.
func AfterMerge(u *session.Session, source string, sum model.MergeSummary, err error) *mergeSummary {
	if err != nil {
		u.Status.SetState(session.ErrorText(err), true)
		u.ShowError(err)
		return nil
	}
	u.Status.SetState(session.Tr("status.changed"), false)
	if err := u.Doc.Reload(); err != nil {
		u.ShowError(err)
		return nil
	}
	// Undo steps hold versions from before the merge; taking one back
	// would undo the other copy's work as well.
	u.Undo = session.UndoStack{}
	u.RefreshAll()
	return showMergeSummary(u, source, sum)
}

// showMergeSummary shows what a merge from source took, in plain words.
func showMergeSummary(u *session.Session, source string, sum model.MergeSummary) *mergeSummary {
	m := &mergeSummary{ui: u, summary: sum}
	m.text = widget.NewLabel(mergeText(source, sum))
	m.text.Wrapping = fyne.TextWrapWord
	m.kinds = widget.NewLabel(mergeKindsText(sum))
	m.kinds.Wrapping = fyne.TextWrapWord
	m.review = &widget.Button{Text: session.Tr("share.merge.review"), Importance: widget.HighImportance, OnTapped: m.OnReview}
	closeButton := &widget.Button{Text: session.Tr("button.close"), OnTapped: func() { m.dialog.Hide() }}
	if open, err := u.Doc.Store.Conflicts(); err != nil || len(open) == 0 {
		m.review.Hide()
		closeButton.Importance = widget.HighImportance
	}
	body := container.NewVBox(m.text)
	if m.kinds.Text != "" {
		body.Add(widget.NewSeparator())
		body.Add(m.kinds)
	}
	m.dialog = dialog.NewCustomWithoutButtons(session.Tr("share.merge.title"), body, u.Win)
	m.dialog.SetButtons([]fyne.CanvasObject{closeButton, m.review})
	m.dialog.Resize(fyne.NewSize(600, m.dialog.MinSize().Height))
	m.dialog.Show()
	return m
}

// OnReview closes the summary and opens the review of the conflicts.
func (m *mergeSummary) OnReview() {
	m.dialog.Hide()
	OnConflicts(m.ui)
}

// mergeText says in a few plain sentences what a merge from source took;
// source "" is the file as someone else saved it.
func mergeText(source string, sum model.MergeSummary) string {
	nothing, done := session.Tr("share.merge.nothing", map[string]any{"File": source}), session.Tr("share.merge.done", map[string]any{"File": source})
	if source == "" {
		nothing, done = session.Tr("share.merge.nothingDisk"), session.Tr("share.merge.doneDisk")
	}
	if !sum.Changed() && len(sum.Conflicts) == 0 {
		return nothing
	}
	lines := []string{
		done,
		"• " + countText("share.count.added", sum.Added),
		"• " + countText("share.count.updated", sum.Updated),
	}
	if sum.Deleted > 0 {
		lines = append(lines, "• "+countText("share.count.deleted", sum.Deleted))
	}
	lines = append(lines, "• "+countText("share.count.conflicts", len(sum.Conflicts)))
	if len(sum.Conflicts) > 0 {
		lines = append(lines, "", session.Tr("share.merge.conflictsHelp"))
	}
	return strings.Join(lines, "\n")
}

// mergeKindsText lists, kind by kind, what the merge took.
func mergeKindsText(sum model.MergeSummary) string {
	var lines []string
	for _, k := range model.Kinds {
		c := sum.ByKind[k]
		if c == nil || *c == (model.MergeCount{}) {
			continue
		}
		var parts []string
		for _, n := range []struct {
			key string
			n   int
		}{{"share.count.added", c.Added}, {"share.count.updated", c.Updated}, {"share.count.deleted", c.Deleted}, {"share.count.conflicts", c.Conflicts}} {
			if n.n > 0 {
				parts = append(parts, countText(n.key, n.n))
			}
		}
		lines = append(lines, session.Tr("share.kind."+string(k))+": "+strings.Join(parts, ", "))
	}
	return strings.Join(lines, "\n")
}

// countText writes n with the word of key in singular or plural:
// "1 konflikt", "2 konflikter".
func countText(key string, n int) string {
	if n == 1 {
		return session.Tr(key+".one", map[string]any{"N": n})
	}
	return session.Tr(key+".other", map[string]any{"N": n})
}
