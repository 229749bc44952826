package storage

import (
	"bytes"
	"fmt"
	"path/filepath"
	"slices"
	"testing"

	bolt "go.etcd.io/bbolt"

	"samverka/model"
)

// assertDigests checks that FollowUpDigests gives exactly the live
// follow-ups' fields, want of them.
func assertDigests(t *testing.T, d *Document, want int) {
	t.Helper()
	got, err := d.FollowUpDigests()
	if err != nil {
		t.Fatal(err)
	}
	ds, err := d.Load()
	if err != nil {
		t.Fatal(err)
	}
	var live []model.FollowUpDigest
	for _, f := range ds.FollowUps {
		if !f.Deleted {
			live = append(live, model.FollowUpDigest{ID: f.ID, CommitmentID: f.CommitmentID, MeetingID: f.MeetingID,
				Date: f.Date, Status: f.Status, Light: f.Light})
		}
	}
	byID := func(a, b model.FollowUpDigest) int { return bytes.Compare([]byte(a.ID), []byte(b.ID)) }
	slices.SortFunc(got, byID)
	slices.SortFunc(live, byID)
	if len(live) != want || !slices.Equal(got, live) {
		t.Fatalf("digests (want %d):\n%+v\nfollow-ups:\n%+v", want, got, live)
	}
}

// variedDataset is fullDataset with follow-ups of every light and status,
// some at a meeting, and one deleted.
func variedDataset(c *model.Council) *model.Dataset {
	ds := fullDataset(c, 4, 3)
	lights := append([]model.Light{model.LightNone}, model.Lights...)
	for i, f := range ds.FollowUps {
		f.Light = lights[i%len(lights)]
		f.Status = model.Statuses[i%len(model.Statuses)]
		if i%2 == 0 {
			f.MeetingID = "meet-1"
		}
	}
	ds.FollowUps[5].Deleted = true
	return ds
}

func TestFollowUpDigestsAfterPut(t *testing.T) {
	d, _ := mustCreate(t)
	part := &model.Part{Name: "Polisen", Kind: model.PartPolice}
	if err := d.Put(part); err != nil {
		t.Fatal(err)
	}
	c := &model.Commitment{Title: "Trygghetsvandring", PartID: part.ID, Area: model.AreaCivilSociety, Status: model.StatusPlanned}
	if err := d.Put(c); err != nil {
		t.Fatal(err)
	}
	var fus []*model.FollowUp
	for i, date := range []model.Date{"2026-03-01", "2025-11-15", "2026-01-20"} {
		f := &model.FollowUp{CommitmentID: c.ID, Date: date, Status: model.StatusOngoing, Light: model.Lights[i], Comment: fmt.Sprint("Kommentar ", i)}
		if err := d.Put(f); err != nil {
			t.Fatal(err)
		}
		fus = append(fus, f)
	}
	assertDigests(t, d, 3)
	// Follow-ups are append-only; a tombstone arrives by import or merge
	// and takes its digest with it.
	tomb := *fus[1]
	tomb.Deleted = true
	ds := model.NewDataset(nil)
	ds.FollowUps = append(ds.FollowUps, &tomb)
	if err := d.Import(ds); err != nil {
		t.Fatal(err)
	}
	assertDigests(t, d, 2)
}

func TestFollowUpDigestsAfterImport(t *testing.T) {
	d, opt := mustCreate(t)
	if err := d.Import(variedDataset(d.Council())); err != nil {
		t.Fatal(err)
	}
	assertDigests(t, d, 11)
	if err := d.Close(); err != nil {
		t.Fatal(err)
	}
	if _, err := Check(d.Path()); err != nil {
		t.Fatal(err)
	}
	d, err := Open(d.Path(), opt)
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close()
	assertDigests(t, d, 11)
}

// TestMigrateFromV1 writes a file of schema 1, whose follow-up index has
// empty values, and checks that opening it fills them in.
func TestMigrateFromV1(t *testing.T) {
	d, opt := mustCreate(t)
	if err := d.Import(variedDataset(d.Council())); err != nil {
		t.Fatal(err)
	}
	if err := d.Close(); err != nil {
		t.Fatal(err)
	}
	path := d.Path()
	rewrite(t, path, func(tx *bolt.Tx) error {
		if err := unsealAll(tx); err != nil {
			return err
		}
		if err := tx.Bucket([]byte(bucketMeta)).Put([]byte(metaSchema), []byte("1")); err != nil {
			return err
		}
		idx := tx.Bucket([]byte(bucketFollowUpIndex))
		var keys [][]byte
		idx.ForEach(func(k, _ []byte) error {
			keys = append(keys, append([]byte(nil), k...))
			return nil
		})
		for _, k := range keys {
			if err := idx.Put(k, nil); err != nil {
				return err
			}
		}
		return nil
	})
	old := mustRead(t, path)
	d, err := Open(filepath.Clean(path), opt)
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close()
	assertDigests(t, d, 11)
	backups, err := d.Backups()
	if err != nil || len(backups) != 1 || !bytes.Equal(mustRead(t, backups[0].Path), old) {
		t.Fatalf("backup before migration: %v %+v", err, backups)
	}
}

// TestCheckFindsStaleDigest checks that Check refuses an index value that
// no longer matches its follow-up.
func TestCheckFindsStaleDigest(t *testing.T) {
	path, _ := realDocument(t)
	rewrite(t, path, func(tx *bolt.Tx) error {
		k, _ := tx.Bucket([]byte(bucketFollowUpIndex)).Cursor().First()
		return tx.Bucket([]byte(bucketFollowUpIndex)).Put(append([]byte(nil), k...), []byte("klar\x00rod\x00\x00"))
	})
	_, err := Check(path)
	assertCode(t, err, model.CodeDamaged)
}
