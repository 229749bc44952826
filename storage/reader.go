package storage

import (
	"bytes"
	"cmp"
	"errors"
	"fmt"
	"path/filepath"
	"runtime/debug"
	"slices"
	"strconv"

	"samverka/model"
)

// Reader reads a document's records by need, for a command that prints a
// few of them: it reads the pages it needs from the document itself,
// through the record and follow-up indexes, with no working copy, no lock
// note and no backup (see pageFile). Every record it returns passed its
// checksum and its head check; every index entry it follows passed its
// own and is checked against the record it names, and the number of a
// parent's entries against the count kept beside them.
//
// A file it cannot read that way (an older schema, a roll-up, a bad meta
// page) or whose index disagrees with what it finds is read whole instead,
// as Open and Load read it: in a private copy, migrated or with its index
// rebuilt there, never changed. The same records are picked from it, so a
// Reader gives the same either way, or the error Open would.
type Reader struct {
	path       string
	passphrase string
	src        source
	pf         *pageFile // nil when read whole
	doc        *Document // the file read whole, or nil
	council    *model.Council
	whole      bool  // read whole
	fell       bool  // read whole after a disagreement
	failed     error // why reading it whole failed
}

// source is where a Reader's records come from: the file's pages, or the
// whole dataset. Records of one kind come in id order; linked gives them
// in the index's order (kind, then id).
type source interface {
	get(kind model.Kind, id string) (model.Record, error)
	all(kind model.Kind) ([]model.Record, error)
	linked(l link) ([]model.Record, error)
	followUpsOf(commitmentID string) ([]*model.FollowUp, error)
}

// OpenReader opens the document at path for reading by need; passphrase
// opens a protected file.
func OpenReader(path, passphrase string) (*Reader, error) {
	abs, err := filepath.Abs(path)
	if err != nil {
		return nil, err
	}
	hdr, err := checkHeader(abs)
	if err != nil {
		return nil, err
	}
	r := &Reader{path: abs, passphrase: passphrase}
	if hdr.suspicious {
		return r, r.readWhole()
	}
	f, _, err := openRegular(abs, MaxDocumentSize)
	if err != nil {
		return nil, err
	}
	r.pf = &pageFile{f: f, hwm: hdr.meta.pgid, root: hdr.meta.root}
	r.src = pageSource{pf: r.pf}
	ok, err := r.readMeta()
	if err != nil && !errors.Is(err, errStaleIndex) {
		r.Close()
		return nil, err
	}
	if !ok || err != nil {
		return r, r.readWhole()
	}
	return r, nil
}

// readMeta reads the meta bucket and the council; ok is false when the
// file must be read whole.
func (r *Reader) readMeta() (ok bool, err error) {
	defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
	defer guard(&err)
	meta, found, err := r.pf.bucket(bucketMeta)
	if err != nil || !found {
		return false, err
	}
	get := func(key string) string {
		v, _, _, e := r.pf.get(meta, []byte(key))
		if err == nil {
			err = e
		}
		return string(v)
	}
	format, schema, council, rollup := get(metaFormat), get(metaSchema), get(metaCouncil), get(metaRollup)
	prot := get(metaProtection)
	if err != nil {
		return false, err
	}
	if format != model.FormatName || schema != strconv.Itoa(model.SchemaVersion) || rollup != "" {
		return false, nil
	}
	if prot != "" {
		p, err := parseProtection([]byte(prot))
		if err != nil {
			return false, err
		}
		key, err := p.unlock(r.passphrase)
		if err != nil {
			return false, err
		}
		sl, err := newSealer(key)
		if err != nil {
			return false, damaged(err)
		}
		r.src = pageSource{pf: r.pf, sl: sl}
	}
	c, err := r.src.get(model.KindCouncil, council)
	if err != nil || c == nil {
		return false, err
	}
	r.council = c.(*model.Council)
	return true, nil
}

// readWhole reads the file as Open and Load do.
func (r *Reader) readWhole() error {
	r.Close()
	d, err := Open(r.path, Options{ReadOnly: true, Passphrase: r.passphrase})
	if err != nil {
		return err
	}
	ds, err := d.Load()
	if err != nil {
		d.Close()
		return err
	}
	r.doc, r.council, r.whole = d, ds.Council, true
	r.src = &datasetSource{doc: d, ds: ds}
	return nil
}

// Close closes the file.
func (r *Reader) Close() error {
	var err error
	if r.pf != nil {
		err = r.pf.f.Close()
		r.pf = nil
	}
	if r.doc != nil {
		if e := r.doc.Close(); err == nil {
			err = e
		}
		r.doc = nil
	}
	return err
}

// Council returns the file's council.
func (r *Reader) Council() *model.Council {
	c := *r.council
	return &c
}

// ReadWhole reports whether the file was read whole rather than by need.
func (r *Reader) ReadWhole() bool { return r.whole }

// FellBack reports whether the file was read whole because an index
// disagreed with the records.
func (r *Reader) FellBack() bool { return r.fell }

// byNeedOf is byNeed for a read that answers a value.
func byNeedOf[T any](r *Reader, read func() (T, error)) (T, error) {
	var out T
	err := r.byNeed(func() error {
		var err error
		out, err = read()
		return err
	})
	return out, err
}

// byNeed runs fn, and again on the whole file when an index turns out to
// disagree with the records.
func (r *Reader) byNeed(fn func() error) error {
	if r.failed != nil {
		return r.failed
	}
	if r.src == nil {
		return errClosed
	}
	err := func() (err error) {
		defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
		defer guard(&err)
		return fn()
	}()
	if !errors.Is(err, errStaleIndex) || r.whole {
		return err
	}
	r.fell = true
	if err := r.readWhole(); err != nil {
		r.failed = err
		return err
	}
	return fn()
}

// pageSource reads records from the file's pages.
type pageSource struct {
	pf *pageFile
	sl *sealer // the data key of a protected file
}

func (s pageSource) get(kind model.Kind, id string) (model.Record, error) {
	b, found, err := s.pf.bucket(string(kind))
	if err != nil || !found || id == "" {
		if err == nil && !found {
			err = damaged(fmt.Errorf("no bucket for %q", kind))
		}
		return nil, err
	}
	v, isBucket, found, err := s.pf.get(b, []byte(id))
	if err != nil {
		return nil, err
	}
	if !found {
		// A record whose key took a flipped bit sits where its key
		// belongs: its neighbours must pass their checksums.
		return nil, s.pf.neighbours(b, []byte(id), func(k, v []byte) error {
			_, err := openValue(kind, k, v)
			return err
		})
	}
	if isBucket {
		return nil, damaged(fmt.Errorf("bucket %q holds a bucket %q", kind, id))
	}
	return decode(s.sl, kind, []byte(id), v)
}

func (s pageSource) all(kind model.Kind) ([]model.Record, error) {
	b, found, err := s.pf.bucket(string(kind))
	if err == nil && !found {
		err = damaged(fmt.Errorf("no bucket for %q", kind))
	}
	if err != nil {
		return nil, err
	}
	var out []model.Record
	err = s.pf.scan(b, nil, func(k, v []byte, isBucket bool) error {
		if isBucket {
			return damaged(fmt.Errorf("bucket %q holds a bucket %q", kind, k))
		}
		rec, err := decode(s.sl, kind, k, v)
		if err == nil {
			out = append(out, rec)
		}
		return err
	})
	if err != nil {
		return nil, err
	}
	// A leaf page that lost elements would lose records unseen.
	if n, err := s.count(kind); err != nil || n != len(out) {
		return nil, cmp.Or(err, errStaleIndex)
	}
	return out, nil
}

// linked returns the records that link to l's parent, each checked to
// link to it, in the index's order (kind, then id).
func (s pageSource) linked(l link) ([]model.Record, error) {
	idx, found, err := s.pf.bucket(bucketRecordIndex)
	if err != nil || !found {
		return nil, cmp.Or(err, errStaleIndex)
	}
	prefix := linkCountKey(l)
	var out []model.Record
	want := -1
	err = s.pf.scan(idx, prefix, func(k, v []byte, _ bool) error {
		if bytes.Equal(k, prefix) {
			n, ok := readCount(k, v)
			if !ok {
				return errStaleIndex
			}
			want = int(n)
			return nil
		}
		if body, ok := checkIndexEntry(k, v); !ok || len(body) != 0 {
			return errStaleIndex
		}
		kind, id, ok := bytes.Cut(k[len(prefix):], []byte{0})
		if !ok || model.NewRecord(model.Kind(kind)) == nil {
			return errStaleIndex
		}
		rec, err := s.get(model.Kind(kind), string(id))
		if err != nil {
			return err
		}
		if rec == nil || !slices.Contains(recordLinks(rec), l) {
			return errStaleIndex
		}
		out = append(out, rec)
		return nil
	})
	if err == nil && max(want, 0) != len(out) {
		err = errStaleIndex
	}
	return out, err
}

// followUpsOf returns every follow-up of a commitment, tombstones too,
// through the follow-up index, each checked to be the one its entry names.
func (s pageSource) followUpsOf(commitmentID string) ([]*model.FollowUp, error) {
	idx, found, err := s.pf.bucket(bucketFollowUpIndex)
	if err != nil || !found {
		return nil, cmp.Or(err, errStaleIndex)
	}
	var out []*model.FollowUp
	err = s.pf.scan(idx, followUpPrefix(commitmentID), func(k, v []byte, _ bool) error {
		if _, ok := checkIndexEntry(k, v); !ok {
			return errStaleIndex
		}
		id := k[bytes.LastIndexByte(k, 0)+1:]
		rec, err := s.get(model.KindFollowUp, string(id))
		if err != nil {
			return err
		}
		f, _ := rec.(*model.FollowUp)
		if f == nil || !bytes.Equal(followUpKey(f), k) || !bytes.Equal(followUpValue(f), v) {
			return errStaleIndex
		}
		out = append(out, f)
		return nil
	})
	if err != nil {
		return nil, err
	}
	// An entry whose key lost its commitment is not seen by the scan:
	// the record index counts them.
	if n, err := s.linkCount(link{linkCommitment, commitmentID}); err != nil || n != len(out) {
		return nil, cmp.Or(err, errStaleIndex)
	}
	return out, nil
}

// linkCount returns how many records link to l's parent.
func (s pageSource) linkCount(l link) (int, error) {
	idx, found, err := s.pf.bucket(bucketRecordIndex)
	if err != nil || !found {
		return 0, cmp.Or(err, errStaleIndex)
	}
	key := linkCountKey(l)
	v, _, found, err := s.pf.get(idx, key)
	if err != nil || !found {
		return 0, err
	}
	n, ok := readCount(key, v)
	if !ok {
		return 0, errStaleIndex
	}
	return int(n), nil
}

// headCount counts the live records of kind from their heads, checking
// each against its checksum and the count the record index keeps.
func (s pageSource) headCount(kind model.Kind) (int, error) {
	b, found, err := s.pf.bucket(string(kind))
	if err == nil && !found {
		err = damaged(fmt.Errorf("no bucket for %q", kind))
	}
	if err != nil {
		return 0, err
	}
	live, total := 0, 0
	err = s.pf.scan(b, nil, func(k, v []byte, isBucket bool) error {
		if isBucket {
			return damaged(fmt.Errorf("bucket %q holds a bucket %q", kind, k))
		}
		u, err := openValue(kind, k, v)
		if err != nil {
			return err
		}
		if !u.linked {
			return damaged(fmt.Errorf("%s %q: stored in the form of schema 3", kind, k))
		}
		if !u.head.deleted {
			live++
		}
		total++
		return nil
	})
	if err != nil {
		return 0, err
	}
	if kept, err := s.count(kind); err != nil || kept != total {
		return 0, cmp.Or(err, errStaleIndex)
	}
	return live, nil
}

// count returns how many records of kind there are, tombstones too, from
// the record index.
func (s pageSource) count(kind model.Kind) (int, error) {
	idx, found, err := s.pf.bucket(bucketRecordIndex)
	if err != nil || !found {
		return 0, cmp.Or(err, errStaleIndex)
	}
	key := kindCountKey(kind)
	v, _, found, err := s.pf.get(idx, key)
	if err != nil || !found {
		return 0, err
	}
	n, ok := readCount(key, v)
	if !ok {
		return 0, errStaleIndex
	}
	return int(n), nil
}

// datasetSource picks records from a file read whole.
type datasetSource struct {
	doc  *Document
	ds   *model.Dataset
	byID map[model.Kind]map[string]model.Record
}

func (s *datasetSource) get(kind model.Kind, id string) (model.Record, error) {
	if s.byID == nil {
		s.byID = map[model.Kind]map[string]model.Record{}
		s.ds.Each(func(rec model.Record) {
			k := rec.RecordKind()
			if s.byID[k] == nil {
				s.byID[k] = map[string]model.Record{}
			}
			s.byID[k][rec.RecordMeta().ID] = rec
		})
	}
	return s.byID[kind][id], nil
}

func (s *datasetSource) all(kind model.Kind) ([]model.Record, error) {
	if kind == model.KindCouncil {
		// Load leaves out the councils of a roll-up.
		return s.doc.List(kind)
	}
	var out []model.Record
	s.ds.Each(func(rec model.Record) {
		if rec.RecordKind() == kind {
			out = append(out, rec)
		}
	})
	return out, nil
}

func (s *datasetSource) linked(l link) ([]model.Record, error) {
	var out []model.Record
	s.ds.Each(func(rec model.Record) {
		if slices.Contains(recordLinks(rec), l) {
			out = append(out, rec)
		}
	})
	slices.SortStableFunc(out, func(a, b model.Record) int {
		return cmp.Or(cmp.Compare(a.RecordKind(), b.RecordKind()), cmp.Compare(a.RecordMeta().ID, b.RecordMeta().ID))
	})
	return out, nil
}

func (s *datasetSource) followUpsOf(commitmentID string) ([]*model.FollowUp, error) {
	var out []*model.FollowUp
	for _, f := range s.ds.FollowUps {
		if f.CommitmentID == commitmentID {
			out = append(out, f)
		}
	}
	return out, nil
}

// List returns the live records of kind in id order, as Document.List.
func (r *Reader) List(kind model.Kind) ([]model.Record, error) {
	recs, err := r.Records(kind)
	if err != nil {
		return nil, err
	}
	return model.Live(recs), nil
}

// Records returns every record of kind, tombstones too, in id order, as
// Load gives them.
func (r *Reader) Records(kind model.Kind) ([]model.Record, error) {
	return byNeedOf(r, func() ([]model.Record, error) { return r.src.all(kind) })
}

// Stats counts the live records per kind from the records' heads: every
// record's checksum is checked, none is decoded. A file read whole is
// counted as Check counts it.
func (r *Reader) Stats() (Stats, error) {
	var st Stats
	err := r.byNeed(func() error {
		ps, ok := r.src.(pageSource)
		if !ok {
			var err error
			st, err = CheckWith(r.path, r.passphrase)
			return err
		}
		st = Stats{Council: r.council.Name, Counts: map[model.Kind]int{}}
		for _, kind := range model.Kinds {
			n, err := ps.headCount(kind)
			if err != nil {
				return err
			}
			if n > 0 {
				st.Counts[kind] = n
			}
			st.Total += n
		}
		return nil
	})
	return st, err
}

// Agreement returns what the documents of agreement id (the agreement
// itself, its medborgarlöfte, its verification) need from the file, as a
// dataset: the agreement, its signatures and printouts, the commitments it
// and its promises name, the follow-ups of those, every part,
// representative and dialogue, and the council. A file read whole gives
// the whole dataset.
func (r *Reader) Agreement(id string) (*model.Dataset, error) {
	return byNeedOf(r, func() (*model.Dataset, error) { return r.agreement(id) })
}

func (r *Reader) agreement(id string) (*model.Dataset, error) {
	ds := model.NewDataset(r.Council())
	rec, err := r.src.get(model.KindAgreement, id)
	if err != nil || rec == nil {
		return ds, err
	}
	a := rec.(*model.Agreement)
	ds.Add(a)
	linked, err := r.src.linked(link{linkAgreement, id})
	if err != nil {
		return nil, err
	}
	for _, rec := range linked {
		ds.Add(rec)
	}
	if err := r.addAll(ds, model.KindPart, model.KindRepresentative, model.KindDialogue); err != nil {
		return nil, err
	}
	ids := slices.Clone(a.CommitmentIDs)
	var promised []string
	for _, p := range a.Promises {
		promised = append(promised, p.CommitmentIDs...)
	}
	ids = append(ids, promised...)
	live, err := r.addCommitments(ds, ids)
	if err != nil {
		return nil, err
	}
	if live == 0 {
		// Checks of the agreement tell "no commitments at all" from
		// "none of its own": keep one live commitment to tell them.
		if err := r.addAnyLiveCommitment(ds); err != nil {
			return nil, err
		}
	}
	if err := r.addFollowUpsOf(ds, promised); err != nil {
		return nil, err
	}
	return ds, nil
}

// Meeting returns what the documents of meeting id (minutes, invitation,
// attendance list) need from the file, as a dataset: the meeting, the
// follow-ups recorded at it, the commitments they and its decisions name
// with all their follow-ups (so that corrections are seen), every part
// and representative, and the council. A file read whole gives the whole
// dataset.
func (r *Reader) Meeting(id string) (*model.Dataset, error) {
	return byNeedOf(r, func() (*model.Dataset, error) { return r.meeting(id) })
}

func (r *Reader) meeting(id string) (*model.Dataset, error) {
	ds := model.NewDataset(r.Council())
	rec, err := r.src.get(model.KindMeeting, id)
	if err != nil || rec == nil {
		return ds, err
	}
	m := rec.(*model.Meeting)
	ds.Add(m)
	if err := r.addAll(ds, model.KindPart, model.KindRepresentative); err != nil {
		return nil, err
	}
	here, err := r.src.linked(link{linkMeeting, id})
	if err != nil {
		return nil, err
	}
	var ids []string
	for _, it := range m.Agenda {
		for _, x := range it.Decisions {
			ids = append(ids, x.CommitmentID)
		}
	}
	for _, f := range here {
		ids = append(ids, f.(*model.FollowUp).CommitmentID)
	}
	if _, err := r.addCommitments(ds, ids); err != nil {
		return nil, err
	}
	if err := r.addFollowUpsOf(ds, ids); err != nil {
		return nil, err
	}
	// A follow-up of the meeting that the follow-up index does not list
	// under its commitment means the indexes disagree.
	have := map[string]bool{}
	for _, f := range ds.FollowUps {
		have[f.ID] = true
	}
	for _, f := range here {
		if !have[f.RecordMeta().ID] {
			return nil, errStaleIndex
		}
	}
	return ds, nil
}

// addAll adds every record of the kinds to ds.
func (r *Reader) addAll(ds *model.Dataset, kinds ...model.Kind) error {
	for _, kind := range kinds {
		recs, err := r.src.all(kind)
		if err != nil {
			return err
		}
		for _, rec := range recs {
			ds.Add(rec)
		}
	}
	return nil
}

// addCommitments adds the commitments ids names, each once and in id
// order as Load gives them, and returns how many of them are live.
func (r *Reader) addCommitments(ds *model.Dataset, ids []string) (live int, err error) {
	ids = slices.Compact(slices.Sorted(slices.Values(ids)))
	for _, id := range ids {
		rec, err := r.src.get(model.KindCommitment, id)
		if err != nil {
			return 0, err
		}
		if rec != nil {
			ds.Add(rec)
			if !rec.RecordMeta().Deleted {
				live++
			}
		}
	}
	return live, nil
}

// addAnyLiveCommitment adds the first live commitment, if there is one.
func (r *Reader) addAnyLiveCommitment(ds *model.Dataset) error {
	var first model.Record
	if ps, ok := r.src.(pageSource); ok {
		b, found, err := ps.pf.bucket(string(model.KindCommitment))
		if err != nil || !found {
			return cmp.Or(err, errStaleIndex)
		}
		err = ps.pf.scan(b, nil, func(k, v []byte, _ bool) error {
			rec, err := decode(ps.sl, model.KindCommitment, k, v)
			if err == nil && !rec.RecordMeta().Deleted {
				first = rec
				return errSkip
			}
			return err
		})
		if err != nil {
			return err
		}
	} else {
		recs, _ := r.src.all(model.KindCommitment)
		if live := model.Live(recs); len(live) > 0 {
			first = live[0]
		}
	}
	if first == nil {
		return nil
	}
	ds.Commitments = append(ds.Commitments, first.(*model.Commitment))
	slices.SortFunc(ds.Commitments, func(a, b *model.Commitment) int { return cmp.Compare(a.ID, b.ID) })
	ds.Commitments = slices.CompactFunc(ds.Commitments, func(a, b *model.Commitment) bool { return a.ID == b.ID })
	return nil
}

// addFollowUpsOf adds every follow-up of the commitments ids names, in id
// order as Load gives them.
func (r *Reader) addFollowUpsOf(ds *model.Dataset, ids []string) error {
	var all []*model.FollowUp
	for _, id := range slices.Compact(slices.Sorted(slices.Values(ids))) {
		list, err := r.src.followUpsOf(id)
		if err != nil {
			return err
		}
		all = append(all, list...)
	}
	slices.SortFunc(all, func(a, b *model.FollowUp) int { return cmp.Compare(a.ID, b.ID) })
	for _, f := range all {
		ds.Add(f)
	}
	return nil
}
