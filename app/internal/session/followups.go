package session

import (
	"time"

	"github.com/samber/lo"

	"samverka/model"
	"samverka/storage"
)

// followUpCache holds the council's follow-ups for the åtgärdsplan, the
// follow-up report and the overview's charts. The Stockholm file has
// fifty thousand of them, a second's read: they are read in the
// background the first time a screen needs them, not when the file
// opens, and kept up to date from then on like the rest of the view.
type followUpCache struct {
	Loaded  bool
	loading bool
	byID    map[string]*model.FollowUp
	// gone holds the follow-ups retired while the file was being read,
	// so that the read does not bring them back.
	gone map[string]bool
	// waiting are the callers to answer once the read is done.
	waiting []func(*model.Dataset)
}

// apply keeps a follow-up that was just written, or drops a retired one.
func (c *followUpCache) apply(f *model.FollowUp, live bool) {
	if c.byID == nil {
		c.byID, c.gone = map[string]*model.FollowUp{}, map[string]bool{}
	}
	if live {
		c.byID[f.ID] = slimFollowUp(f)
		delete(c.gone, f.ID)
		return
	}
	delete(c.byID, f.ID)
	c.gone[f.ID] = true
}

// fill adds the follow-ups read from the file. Those written or retired
// while it was read are newer than the file's, so they stay as they are.
func (c *followUpCache) fill(list []*model.FollowUp) {
	if c.byID == nil {
		c.byID = make(map[string]*model.FollowUp, len(list))
	}
	for _, f := range list {
		if _, ok := c.byID[f.ID]; !ok && !c.gone[f.ID] {
			c.byID[f.ID] = f
		}
	}
	c.gone = map[string]bool{}
	c.Loaded = true
}

// slimFollowUp is what the chain needs of a follow-up: its merge history
// and who wrote it are read when it is opened.
func slimFollowUp(f *model.FollowUp) *model.FollowUp {
	c := *f
	c.ModifiedBy, c.Prior, c.CouncilID = "", "", ""
	return &c
}

// readFollowUps reads every live follow-up of the file, slimmed in place:
// a copy of fifty thousand of them would be ten megabytes more at once.
func readFollowUps(store *storage.Document) ([]*model.FollowUp, error) {
	recs, err := store.List(model.KindFollowUp)
	if err != nil {
		return nil, err
	}
	out := make([]*model.FollowUp, 0, len(recs))
	for i, r := range recs {
		if f, ok := r.(*model.FollowUp); ok {
			f.ModifiedBy, f.Prior, f.CouncilID = "", "", ""
			out = append(out, f)
		}
		recs[i] = nil
	}
	return out, nil
}

// dataset returns the view's live records as a dataset for model.BuildPlan,
// model.BuildReport and the PDFs. The records are shared, not copied: the
// view replaces a changed record rather than changing it, so the dataset
// may be read on another goroutine while the user works on.
func (v *View) dataset() *model.Dataset {
	ds := model.NewDataset(v.Council)
	ds.Parts = lo.Values(v.Parts)
	ds.Representatives = lo.Values(v.Representatives)
	ds.Situations = lo.Values(v.Situations)
	ds.Problems = lo.Values(v.Problems)
	ds.Causes = lo.Values(v.Causes)
	ds.Meetings = lo.Values(v.Meetings)
	ds.Commitments = make([]*model.Commitment, len(v.Rows))
	for i, row := range v.Rows {
		ds.Commitments[i] = row.C
	}
	ds.FollowUps = lo.Values(v.FollowUps.byID)
	return ds
}

// WithDataset calls fn on the UI goroutine with the open council as a
// dataset, follow-ups included. The first call reads the follow-ups in the
// background; later calls answer at once.
func (u *Session) WithDataset(fn func(ds *model.Dataset)) {
	doc := u.Doc
	if doc == nil {
		return
	}
	v := doc.View
	c := &v.FollowUps
	if c.Loaded {
		fn(v.dataset())
		return
	}
	c.waiting = append(c.waiting, fn)
	if c.loading {
		return
	}
	c.loading = true
	var list []*model.FollowUp
	var err error
	u.Background(func() { list, err = readFollowUps(doc.Store) }, func() {
		c.loading = false
		waiting := c.waiting
		c.waiting = nil
		if u.Doc != doc {
			return
		}
		if err != nil {
			u.ShowError(err)
			return
		}
		c.fill(list)
		// The view may have been read anew meanwhile (a restored
		// backup); WithDataset then reads that view's follow-ups.
		for _, fn := range waiting {
			u.WithDataset(fn)
		}
	})
}

// WorkOnDataset runs work on the open council's dataset off the UI goroutine,
// then done on it. Building the plan or the report of the Stockholm file
// takes a tenth of a second: too long to hold up typing.
func (u *Session) WorkOnDataset(work func(ds *model.Dataset), done func()) {
	u.WithDataset(func(ds *model.Dataset) {
		u.Background(func() { work(ds) }, done)
	})
}

// OverviewWork runs work off the UI goroutine on the open council's
// dataset with the follow-ups the overview's charts count since from, then
// done on it. Until a screen has read every follow-up (WithDataset), they
// are made from the follow-up index's digests: the Stockholm file's fifty
// thousand follow-ups would otherwise be read, comments and all, only to
// count traffic lights.
func (u *Session) OverviewWork(from model.Date, work func(ds *model.Dataset), done func()) {
	doc := u.Doc
	if doc == nil {
		return
	}
	v := doc.View
	if v.FollowUps.Loaded {
		u.WorkOnDataset(work, done)
		return
	}
	ds := v.dataset()
	at := map[string]bool{}
	for _, m := range ds.Meetings {
		if m.Date >= from {
			at[m.ID] = true
		}
	}
	var err error
	u.Background(func() {
		keep := followUpKeeper{from: from, at: at}
		if err = doc.Store.EachFollowUpDigest(keep.add); err != nil {
			return
		}
		ds.FollowUps = keep.done()
		work(ds)
	}, func() {
		if u.Doc != doc {
			return
		}
		if err != nil {
			u.ShowError(err)
			return
		}
		done()
	})
}

// OverviewFollowUps turns the digests a report since from needs into
// follow-ups without comment or meta data: those dated since from or made
// at a meeting in at, and each commitment's latest before from, which
// gives its status when the period starts. The digests come in the
// index's order (commitment, date, creation), which Created keeps so that
// two follow-ups of a day still sort as they were made.
func OverviewFollowUps(digests []model.FollowUpDigest, from model.Date, at map[string]bool) []*model.FollowUp {
	keep := followUpKeeper{from: from, at: at}
	for _, dg := range digests {
		keep.add(dg)
	}
	return keep.done()
}

// followUpKeeper is overviewFollowUps one commitment at a time, so that
// the digests it drops are never all held at once.
type followUpKeeper struct {
	from model.Date
	at   map[string]bool
	out  []*model.FollowUp
	n    int64
	// history is the digests of the commitment being read.
	history []model.FollowUpDigest
}

// add takes the next digest in the index's order.
func (k *followUpKeeper) add(dg model.FollowUpDigest) {
	if len(k.history) > 0 && k.history[0].CommitmentID != dg.CommitmentID {
		k.flush()
	}
	k.history = append(k.history, dg)
}

// flush keeps of one commitment's follow-ups those that stand (a
// corrected or withdrawn entry is counted once, as its correction) and
// that the report needs: those of the period or of a meeting in it, and
// the latest before from, which gives its status when the period starts.
func (k *followUpKeeper) flush() {
	var before *model.FollowUpDigest
	standing := model.StandingDigests(k.history)
	for i, dg := range standing {
		switch {
		case dg.Date >= k.from:
			k.keep(dg)
		case k.at[dg.MeetingID]:
			k.keep(dg)
			before = nil // dg is the latest before from so far, and kept
		default:
			before = &standing[i]
		}
	}
	if before != nil {
		k.keep(*before)
	}
	k.history = k.history[:0]
}

// keep makes dg a follow-up; Created counts up, keeping the index's order.
func (k *followUpKeeper) keep(dg model.FollowUpDigest) {
	k.n++
	k.out = append(k.out, &model.FollowUp{Meta: model.Meta{ID: dg.ID, Created: time.UnixMilli(k.n)}, CommitmentID: dg.CommitmentID,
		MeetingID: dg.MeetingID, Date: dg.Date, Status: dg.Status, Light: dg.Light})
}

// done returns the follow-ups kept.
func (k *followUpKeeper) done() []*model.FollowUp {
	k.flush()
	return k.out
}
