package storage

import (
	"bytes"
	"errors"
	"log"
	"path/filepath"
	"slices"
	"time"

	bolt "go.etcd.io/bbolt"

	"samverka/model"
)

// MergeFrom merges the data file at path, another copy of the document's
// council, into the document (see model.Merge) and returns what it took.
// The other file is only read, through a private copy as Open reads it:
// it is never changed and gets no lock note. The merge is written in one
// transaction; the document is then dirty and saved as usual. Refusals
// are *model.Error: CodeOtherCouncil for another council's file, the
// other file's own code when it cannot be read, CodeReadOnly for a
// read-only document and CodeRollup for a roll-up on either side.
//
// No common ancestor is assumed: the document as it was opened is not
// one of an arbitrary other copy (an old copy from a USB stick would have
// its stale versions taken as the only changes), so the merge tells the
// copies' edits apart by the records' own history (Meta.Prior).
func (d *Document) MergeFrom(path string) (model.MergeSummary, error) {
	if err := d.writable(); err != nil {
		return model.MergeSummary{}, err
	}
	other, err := d.openCopy(path)
	if err != nil {
		return model.MergeSummary{}, err
	}
	defer other.Close()
	ours, theirs, err := d.loadBoth(other)
	if err != nil {
		return model.MergeSummary{}, err
	}
	return d.mergeIn(ours, theirs, nil)
}

// MergeWithDisk merges the document as someone else saved it on disk into
// this session's work and saves the result over the document, so that it
// holds both: the way out when Save kept the user's version beside a
// document that had changed on disk (SaveResult.KeptAs). Later saves go
// to the document again. The common ancestor is the document as this
// session opened it, when its open-time backup is still there.
//
// Should the document change on disk again meanwhile, it merges again; if
// that keeps happening it returns CodeChangedOnDisk with the copy beside
// it (Args KeptAs), like Close. A document unchanged on disk is only
// saved.
func (d *Document) MergeWithDisk() (model.MergeSummary, error) {
	if err := d.writable(); err != nil {
		return model.MergeSummary{}, err
	}
	d.saveMu.Lock()
	defer d.saveMu.Unlock()
	total := model.MergeSummary{ByKind: map[model.Kind]*model.MergeCount{}}
	var res SaveResult
	for range 3 {
		changed, err := d.ChangedOnDisk()
		if err != nil {
			return total, err
		}
		if !changed {
			_, err := d.save(false)
			return total, err
		}
		other, err := d.openCopy(d.path)
		if err != nil {
			return total, err
		}
		disk := other.sess.Disk
		ours, theirs, err := d.loadBoth(other)
		other.Close()
		if err != nil {
			return total, err
		}
		sum, err := d.mergeIn(ours, theirs, d.openedVersion())
		addSummary(&total, sum)
		if err != nil {
			return total, err
		}
		d.mu.Lock()
		d.sess.Disk = disk // what is merged is no longer someone else's change
		d.mu.Unlock()
		if res, err = d.save(true); err != nil {
			return total, err
		}
		if res.KeptAs == "" {
			d.mu.Lock()
			d.keptAs = ""
			d.mu.Unlock()
			return total, nil
		}
	}
	return total, model.Errorf(model.CodeChangedOnDisk, "KeptAs", res.KeptAs)
}

// addSummary adds s to total.
func addSummary(total *model.MergeSummary, s model.MergeSummary) {
	total.Added += s.Added
	total.Updated += s.Updated
	total.Deleted += s.Deleted
	total.Conflicts = append(total.Conflicts, s.Conflicts...)
	for k, c := range s.ByKind {
		t := total.ByKind[k]
		if t == nil {
			t = &model.MergeCount{}
			total.ByKind[k] = t
		}
		t.Added += c.Added
		t.Updated += c.Updated
		t.Deleted += c.Deleted
		t.Conflicts += c.Conflicts
	}
}

// openCopy opens the data file at path read-only, through Open's checks
// and a private copy, as another copy of the document to merge. A roll-up
// is refused.
func (d *Document) openCopy(path string) (*Document, error) {
	opt := d.opt
	opt.ReadOnly = true
	other, err := Open(path, opt)
	if err != nil {
		return nil, err
	}
	if other.Rollup() {
		other.Close()
		return nil, model.Errorf(CodeRollup)
	}
	return other, nil
}

// readCopy reads the whole data file at path as openCopy opens it, and
// returns it with the fingerprint of what was read.
func (d *Document) readCopy(path string) (*model.Dataset, fingerprint, error) {
	other, err := d.openCopy(path)
	if err != nil {
		return nil, fingerprint{}, err
	}
	defer other.Close()
	ds, err := other.Load()
	return ds, other.sess.Disk, err
}

// loadBoth loads every record of the document and of other in one pass
// over both files, bucket by bucket in key order. A record stored with the
// same bytes in both is the same version: it is decoded once and shared
// by the two datasets, which model.Merge keeps as it is. Two copies of a
// council mostly hold the same versions, so this halves the decoding.
func (d *Document) loadBoth(other *Document) (ours, theirs *model.Dataset, err error) {
	ours, theirs = model.NewDataset(d.Council()), model.NewDataset(other.Council())
	err = d.view(func(otx *bolt.Tx) error {
		return other.view(func(ttx *bolt.Tx) error {
			for _, kind := range model.Kinds {
				if kind == model.KindCouncil {
					continue
				}
				if err := loadPairTx(otx, ttx, kind, ours, theirs); err != nil {
					return err
				}
			}
			return nil
		})
	})
	if err != nil {
		return nil, nil, err
	}
	return ours, theirs, nil
}

// loadPairTx adds the records of kind in otx to ours and those in ttx to
// theirs, decoding records with equal bytes once.
func loadPairTx(otx, ttx *bolt.Tx, kind model.Kind, ours, theirs *model.Dataset) error {
	ob, err := bucket(otx, kind)
	if err != nil {
		return err
	}
	tb, err := bucket(ttx, kind)
	if err != nil {
		return err
	}
	oc, tc := ob.Cursor(), tb.Cursor()
	ok, ov := oc.First()
	tk, tv := tc.First()
	for ok != nil || tk != nil {
		c := bytes.Compare(ok, tk)
		switch {
		case tk == nil:
			c = -1
		case ok == nil:
			c = 1
		}
		var r model.Record
		if c <= 0 {
			if r, err = decode(sealerOf(otx), kind, ok, ov); err != nil {
				return err
			}
			ours.Add(r)
		}
		if c >= 0 {
			if c > 0 || !bytes.Equal(ov, tv) {
				if r, err = decode(sealerOf(ttx), kind, tk, tv); err != nil {
					return err
				}
			}
			theirs.Add(r)
		}
		if c <= 0 {
			ok, ov = oc.Next()
		}
		if c >= 0 {
			tk, tv = tc.Next()
		}
	}
	return nil
}

// openedVersion returns the document as this session last read it from
// disk or wrote it there, when a backup of exactly that is at hand (the
// backup Open takes); nil otherwise.
func (d *Document) openedVersion() *model.Dataset {
	d.mu.Lock()
	sum := d.sess.Disk.SHA256
	d.mu.Unlock()
	idx := readBackupIndex(d.backups)
	var names []string
	for name, s := range idx.SHA256 {
		if s == sum {
			names = append(names, name)
		}
	}
	slices.Sort(names)
	for _, name := range names {
		ds, fp, err := d.readCopy(filepath.Join(d.backups, name))
		if err == nil && fp.SHA256 == sum && ds.Council.ID == d.Council().ID {
			return ds
		}
		if err != nil {
			log.Printf("storage: backup %s of %s: %v", name, d.path, err)
		}
	}
	return nil
}

// errMoved says that a record changed while a merge was computed.
var errMoved = errors.New("storage: a record changed during the merge")

// mergeIn merges theirs into the working copy with base as the common
// ancestor (or nil) and writes the result in one transaction: the records
// taken from theirs, the new conflicts and the fix-ups the merge calls for
// (see fixUps). ours is the working copy as just loaded, or nil. A change
// committed meanwhile makes it start again.
func (d *Document) mergeIn(ours, theirs, base *model.Dataset) (model.MergeSummary, error) {
	for attempt := 0; ; attempt, ours = attempt+1, nil {
		if ours == nil {
			var err error
			if ours, err = d.Load(); err != nil {
				return model.MergeSummary{}, err
			}
		}
		if base != nil && (base.Council == nil || base.Council.ID != ours.Council.ID) {
			base = nil
		}
		merged, sum, err := model.Merge(ours, theirs, base)
		if err != nil {
			return sum, err
		}
		ourIndex := indexRecords(ours)
		var changes []model.Record
		merged.Each(func(r model.Record) {
			if ourIndex[keyOf(r)] != r {
				changes = append(changes, r)
			}
		})
		changes = d.fixUps(merged, changes)
		if len(changes) == 0 {
			return sum, nil
		}
		var council *model.Council
		err = d.update(func(tx *bolt.Tx) error {
			for _, r := range changes {
				old, err := getRecord(tx, r.RecordKind(), r.RecordMeta().ID)
				if err != nil {
					return err
				}
				if !sameStored(old, ourIndex[keyOf(r)]) {
					return errMoved
				}
				if err := writeRecord(tx, r, old); err != nil {
					return err
				}
				if c, ok := r.(*model.Council); ok {
					council = c
				}
			}
			return nil
		})
		if errors.Is(err, errMoved) && attempt < 3 {
			continue
		}
		if err == nil {
			d.setCouncil(council)
		}
		return sum, err
	}
}

// recordKey identifies a record across kinds.
type recordKey struct {
	kind model.Kind
	id   string
}

func keyOf(r model.Record) recordKey { return recordKey{r.RecordKind(), r.RecordMeta().ID} }

// indexRecords indexes every record of ds by kind and id.
func indexRecords(ds *model.Dataset) map[recordKey]model.Record {
	idx := map[recordKey]model.Record{}
	ds.Each(func(r model.Record) { idx[keyOf(r)] = r })
	return idx
}

// sameStored reports whether stored is still the version the merge read,
// read (nil when the merge read no such record).
func sameStored(stored, read model.Record) bool {
	if stored == nil || read == nil {
		return stored == nil && read == nil
	}
	a, b := stored.RecordMeta(), read.RecordMeta()
	return a.Rev == b.Rev && a.Modified.Equal(b.Modified) && a.ModifiedBy == b.ModifiedBy && a.Deleted == b.Deleted
}

// fixUps adds to changes what model.Merge leaves to its caller, as changes
// by this user now: an agreement out for signing that every party has now
// signed is sealed, and a commitment whose follow-ups or own record the
// merge changed takes the status of its latest follow-up
// (model.CurrentStatus). It returns the changes, the fixed records in
// place of the merged versions.
func (d *Document) fixUps(merged *model.Dataset, changes []model.Record) []model.Record {
	at := map[recordKey]int{}
	touched := map[string]bool{} // commitments the merge changed, by id
	for i, r := range changes {
		at[keyOf(r)] = i
		switch v := r.(type) {
		case *model.Commitment:
			touched[v.ID] = true
		case *model.FollowUp:
			touched[v.CommitmentID] = true
		}
	}
	now, user := d.opt.Now(), d.opt.User
	fix := func(r model.Record) {
		model.Touch(r, now, user)
		if i, ok := at[keyOf(r)]; ok {
			changes[i] = r
		} else {
			changes = append(changes, r)
		}
	}
	history := map[string][]*model.FollowUp{}
	for _, f := range merged.FollowUps {
		if touched[f.CommitmentID] {
			history[f.CommitmentID] = append(history[f.CommitmentID], f)
		}
	}
	for _, c := range merged.Commitments {
		if !touched[c.ID] || c.Deleted {
			continue
		}
		if status, _ := model.CurrentStatus(c, history[c.ID]); status != c.Status {
			fixed := *c
			fixed.Status = status
			fix(&fixed)
		}
	}
	signatures := map[string][]*model.Signature{}
	for _, s := range merged.Signatures {
		signatures[s.AgreementID] = append(signatures[s.AgreementID], s)
	}
	for _, a := range merged.Agreements {
		if a.Deleted || a.State != model.StateForSigning || !model.AllSigned(a, signatures[a.ID]) {
			continue
		}
		sealed := *a
		sealed.Seal(lastSigned(signatures[a.ID], a, now))
		fix(&sealed)
	}
	return changes
}

// lastSigned returns when the last of a's valid signatures was given, so
// that two copies sealing the same signatures agree on the time; now when
// none says.
func lastSigned(sigs []*model.Signature, a *model.Agreement, now time.Time) time.Time {
	var last time.Time
	for _, s := range sigs {
		if !s.Deleted && s.Fingerprint == a.Fingerprint && s.SignedAt.After(last) {
			last = s.SignedAt
		}
	}
	if last.IsZero() {
		return now
	}
	return last
}

// Conflicts returns the document's open conflicts, newest first: the
// versions merges set aside for the user to review (see ResolveConflict).
func (d *Document) Conflicts() ([]*model.Conflict, error) {
	recs, err := d.List(model.KindConflict)
	if err != nil {
		return nil, err
	}
	ds := model.NewDataset(nil)
	for _, r := range recs {
		ds.Add(r)
	}
	return model.OpenConflicts(ds), nil
}

// ResolveConflict closes the conflict id in one transaction. With
// chooseOther the version the merge set aside replaces the record as it
// is now (model.Conflict.Choose), checked and validated as Put does it;
// otherwise the record stays as it is. Either way the conflict is marked
// resolved. CodeRecordNotFound names a missing conflict or record;
// CodeLockedRecord refuses to put back an earlier lifecycle state, such as
// a draft over a signed agreement.
func (d *Document) ResolveConflict(id string, chooseOther bool) error {
	now, user := d.opt.Now(), d.opt.User
	var council *model.Council
	err := d.update(func(tx *bolt.Tx) error {
		r, err := getRecord(tx, model.KindConflict, id)
		if err != nil {
			return err
		}
		if r == nil || r.RecordMeta().Deleted {
			return notFound(model.KindConflict, id)
		}
		c := r.(*model.Conflict)
		if c.Resolved {
			return nil
		}
		if chooseOther {
			current, err := getRecord(tx, c.Kind, c.RecordID)
			if err != nil {
				return err
			}
			if current == nil {
				return notFound(c.Kind, c.RecordID)
			}
			chosen, err := c.Choose(current)
			if err != nil {
				return err
			}
			if err := d.putTx(tx, chosen, now, user); err != nil {
				return err
			}
			council, _ = chosen.(*model.Council)
		}
		c.Resolved = true
		return d.putTx(tx, c, now, user)
	})
	if err == nil {
		d.setCouncil(council)
	}
	return err
}
