package agreements

import (
	"cmp"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"samverka/model"

	"samverka/app/internal/kit"
	"samverka/app/internal/session"
)

// includedList shows the commitments an agreement includes, grouped by
// part: for a draft the council's commitments as they are now, picked in
// a dialog; once frozen the copies that were signed.
type includedList struct {
	e       *agreementEditor
	ids     []string
	groups  *fyne.Container
	pick    *widget.Button
	removes []*widget.Button
	content fyne.CanvasObject
}

func newIncludedList(e *agreementEditor) *includedList {
	l := &includedList{e: e, groups: container.NewVBox()}
	l.pick = &widget.Button{Text: session.Tr("agreement.edit.pickCommitments"), Icon: theme.ListIcon(), OnTapped: l.onPick}
	l.content = container.NewVBox(kit.SectionTitle("agreement.commitments"), l.groups, container.NewHBox(l.pick))
	return l
}

// includedItem is one commitment as the list shows it.
type includedItem struct {
	id, part, title, due string
}

func (l *includedList) load(ag *model.Agreement) {
	l.ids = slices.Clone(ag.CommitmentIDs)
	l.show(ag)
}

// items returns the commitments to show: the frozen copies of a locked
// agreement, else the chosen commitments as they are now.
func (l *includedList) items(ag *model.Agreement) []includedItem {
	var out []includedItem
	if ag.State.Locked() {
		for _, x := range ag.Included {
			out = append(out, includedItem{id: x.CommitmentID, part: x.Part, title: x.Title, due: string(x.Due)})
		}
		return out
	}
	v := l.e.a.ui.Doc.View
	for _, id := range l.ids {
		row := v.Commitments[id]
		if row == nil {
			out = append(out, includedItem{id: id, part: "—", title: session.Tr("agreement.edit.commitmentGone")})
			continue
		}
		out = append(out, includedItem{id: id, part: v.PartName(row.C.PartID), title: row.C.Title, due: string(row.C.Due)})
	}
	return out
}

// show lays the items out under their part's name, the parties' parts in
// the agreement's order first.
func (l *includedList) show(ag *model.Agreement) {
	l.removes = nil
	items := l.items(ag)
	// The rows are set at once: adding them one by one lays the box out
	// for each, which takes seconds for hundreds of commitments.
	var objs []fyne.CanvasObject
	if len(items) == 0 {
		objs = append(objs, &widget.Label{Text: session.Tr("agreement.noCommitments"), Importance: widget.LowImportance})
	}
	order := partOrder(ag, l.e.a.ui.Doc.View)
	slices.SortStableFunc(items, func(a, b includedItem) int { return cmp.Compare(order(a.part), order(b.part)) })
	part := "\x00"
	for _, it := range items {
		if it.part != part {
			part = it.part
			objs = append(objs, boldLabel(part))
		}
		text := "• " + it.title
		if it.due != "" {
			text += " " + session.Tr("agreement.edit.due", map[string]any{"Date": it.due})
		}
		label := &widget.Label{Text: text, Wrapping: fyne.TextWrapWord}
		id := it.id
		rm := &widget.Button{Icon: theme.ContentRemoveIcon(), Importance: widget.LowImportance, OnTapped: func() { l.onRemove(id) }}
		l.removes = append(l.removes, rm)
		if ag.State.Locked() {
			rm.Hide()
		}
		if l.e.locked {
			rm.Disable()
		}
		objs = append(objs, container.NewBorder(nil, nil, nil, rm, label))
	}
	l.groups.Objects = objs
	l.groups.Refresh()
	showIf(!ag.State.Locked(), l.pick)
}

// partOrder returns a sort key for a part's name: the agreement's parties
// in their order, then the rest.
func partOrder(ag *model.Agreement, v *session.View) func(name string) int {
	rank := map[string]int{}
	for i, p := range ag.Parties {
		name := p.Organisation
		if part := v.Parts[p.PartID]; part != nil && !ag.State.Locked() {
			name = part.Name
		}
		if _, ok := rank[name]; !ok {
			rank[name] = i
		}
	}
	return func(name string) int {
		if r, ok := rank[name]; ok {
			return r
		}
		return len(rank)
	}
}

func (l *includedList) onRemove(id string) {
	l.ids = slices.DeleteFunc(l.ids, func(x string) bool { return x == id })
	l.show(l.e.collect())
	l.e.onEdited()
}

func (l *includedList) inputs() []fyne.Disableable {
	list := []fyne.Disableable{l.pick}
	for _, b := range l.removes {
		list = append(list, b)
	}
	return list
}

// setIDs replaces the chosen commitments, in the order the list shows
// them: by party, then by due date and title.
func (l *includedList) setIDs(chosen map[string]bool) {
	v := l.e.a.ui.Doc.View
	ag := l.e.collect()
	order := partOrder(ag, v)
	var rows []*session.CommitmentRow
	var gone []string
	for id, on := range chosen {
		if !on {
			continue
		}
		if row := v.Commitments[id]; row != nil {
			rows = append(rows, row)
		} else {
			gone = append(gone, id)
		}
	}
	slices.SortFunc(rows, func(a, b *session.CommitmentRow) int {
		return cmp.Or(cmp.Compare(order(v.PartName(a.C.PartID)), order(v.PartName(b.C.PartID))),
			cmp.Compare(v.PartName(a.C.PartID), v.PartName(b.C.PartID)),
			cmp.Compare(a.C.Due, b.C.Due), cmp.Compare(a.C.Title, b.C.Title), cmp.Compare(a.C.ID, b.C.ID))
	})
	slices.Sort(gone)
	l.ids = l.ids[:0:0]
	for _, row := range rows {
		l.ids = append(l.ids, row.C.ID)
	}
	l.ids = append(l.ids, gone...)
	l.show(l.e.collect())
	l.e.onEdited()
}

// commitmentPicker is a dialog that picks commitments from the council's,
// grouped by part, by default only the parties' own.
type commitmentPicker struct {
	l       *includedList
	chosen  map[string]bool
	search  *widget.Entry
	all     *widget.Check
	list    *widget.List
	items   []pickItem
	ok      *widget.Button
	dialog  *dialog.CustomDialog
	partIDs map[string]bool
}

// pickItem is a row of the picker: a part's heading or a commitment.
type pickItem struct {
	heading string
	c       *model.Commitment
}

func (l *includedList) onPick() {
	p := &commitmentPicker{l: l, chosen: map[string]bool{}, partIDs: map[string]bool{}}
	for _, id := range l.ids {
		p.chosen[id] = true
	}
	for _, party := range l.e.parties.collect() {
		p.partIDs[party.PartID] = true
	}
	p.search = widget.NewEntry()
	p.search.PlaceHolder = session.Tr("agreement.edit.searchCommitments")
	p.search.OnChanged = func(string) { p.filter() }
	p.all = widget.NewCheck(session.Tr("agreement.edit.allCommitments"), func(bool) { p.filter() })
	p.list = widget.NewList(func() int { return len(p.items) }, func() fyne.CanvasObject {
		return container.NewStack(boldLabel(""), widget.NewCheck("", nil))
	}, p.updateRow)
	p.filter()
	top := container.NewVBox(p.search, p.all)
	content := container.NewBorder(top, nil, nil, nil, p.list)
	cancel := &widget.Button{Text: session.Tr("button.cancel"), OnTapped: p.close}
	p.ok = &widget.Button{Text: session.Tr("button.ok"), Importance: widget.HighImportance, OnTapped: func() {
		p.close()
		l.setIDs(p.chosen)
	}}
	p.dialog = dialog.NewCustomWithoutButtons(session.Tr("agreement.edit.pickTitle"), content, l.e.a.ui.Win)
	p.dialog.SetButtons([]fyne.CanvasObject{cancel, p.ok})
	p.dialog.Resize(fyne.NewSize(760, 560))
	p.dialog.Show()
}

func (p *commitmentPicker) close() {
	p.dialog.Hide()
}

// filter renews the rows for the search text and the "all" choice.
func (p *commitmentPicker) filter() {
	v := p.l.e.a.ui.Doc.View
	terms := strings.Fields(strings.ToLower(p.search.Text))
	byPart := map[string][]*model.Commitment{}
	for _, row := range v.Rows {
		c := row.C
		if !p.all.Checked && !p.partIDs[c.PartID] && !p.chosen[c.ID] {
			continue
		}
		if !matchesAll(row.Key, terms) {
			continue
		}
		byPart[c.PartID] = append(byPart[c.PartID], c)
	}
	partIDs := make([]string, 0, len(byPart))
	for id := range byPart {
		partIDs = append(partIDs, id)
	}
	slices.SortFunc(partIDs, func(a, b string) int { return cmp.Compare(v.PartName(a), v.PartName(b)) })
	p.items = p.items[:0]
	for _, id := range partIDs {
		p.items = append(p.items, pickItem{heading: v.PartName(id)})
		for _, c := range byPart[id] {
			p.items = append(p.items, pickItem{c: c})
		}
	}
	p.list.Refresh()
}

func matchesAll(key string, terms []string) bool {
	for _, t := range terms {
		if !strings.Contains(key, t) {
			return false
		}
	}
	return true
}

func (p *commitmentPicker) updateRow(id widget.ListItemID, o fyne.CanvasObject) {
	if id >= len(p.items) {
		return
	}
	it := p.items[id]
	objs := o.(*fyne.Container).Objects
	heading, check := objs[0].(*widget.Label), objs[1].(*widget.Check)
	if it.c == nil {
		heading.SetText(it.heading)
		heading.Show()
		check.Hide()
		return
	}
	heading.Hide()
	check.OnChanged = nil
	text := it.c.Title
	if it.c.Due != "" {
		text += " " + session.Tr("agreement.edit.due", map[string]any{"Date": it.c.Due})
	}
	check.SetText(text)
	check.SetChecked(p.chosen[it.c.ID])
	cid := it.c.ID
	check.OnChanged = func(on bool) { p.chosen[cid] = on }
	check.Show()
}
