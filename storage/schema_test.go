package storage

import (
	"bytes"
	"path/filepath"
	"strconv"
	"testing"

	bolt "go.etcd.io/bbolt"

	"samverka/model"
)

// rewrite changes a closed document with bbolt directly, as another
// program (or an older or newer Samverka) would.
func rewrite(t *testing.T, path string, fn func(tx *bolt.Tx) error) {
	t.Helper()
	db, err := bolt.Open(path, 0o600, &bolt.Options{PageSize: pageSize})
	if err != nil {
		t.Fatal(err)
	}
	if err := db.Update(fn); err != nil {
		t.Fatal(err)
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
}

func TestOpenRefusesNewerSchema(t *testing.T) {
	path, _ := realDocument(t)
	rewrite(t, path, func(tx *bolt.Tx) error {
		return tx.Bucket([]byte(bucketMeta)).Put([]byte(metaSchema), []byte(strconv.Itoa(model.SchemaVersion+1)))
	})
	data := mustRead(t, path)
	opt := testOptions(t, t.TempDir())
	_, err := Open(path, opt)
	assertCode(t, err, model.CodeNewer)
	if v := err.(*model.Error).Args["Version"]; v != model.SchemaVersion+1 {
		t.Fatalf("Version %v", v)
	}
	assertUnchanged(t, path, data)
	_, err = Check(path)
	assertCode(t, err, model.CodeNewer)
	assertUnchanged(t, path, data)
	if note, _ := ReadLock(path); note != nil {
		t.Fatalf("lock note left: %+v", note)
	}
}

// writeV0 writes a file of the pre-release schema 0 by hand: follow-ups
// name "commitment" and "trafficLight" and there is no index.
func writeV0(t *testing.T, path string) {
	t.Helper()
	rewrite(t, path, func(tx *bolt.Tx) error {
		put := func(bucket, key, value string) error {
			b, err := tx.CreateBucketIfNotExists([]byte(bucket))
			if err != nil {
				return err
			}
			return b.Put([]byte(key), []byte(value))
		}
		for _, kv := range [][3]string{
			{bucketMeta, metaFormat, "samverka"},
			{bucketMeta, metaSchema, "0"},
			{bucketMeta, metaCouncil, "council-1"},
			{"council", "council-1", `{"id":"council-1","rev":1,"name":"Rådet Gamla"}`},
			{"commitments", "com-1", `{"id":"com-1","rev":1,"title":"Nattvandring","partId":"p","area":4,"status":"pagar"}`},
			{"followups", "fu-1", `{"id":"fu-1","rev":1,"commitment":"com-1","date":"2024-05-02","status":"pagar","trafficLight":"gul"}`},
			{"followups", "fu-2", `{"id":"fu-2","rev":1,"commitment":"com-1","date":"2024-03-01","status":"planerad"}`},
		} {
			if err := put(kv[0], kv[1], kv[2]); err != nil {
				return err
			}
		}
		return nil
	})
}

func TestMigrateFromV0(t *testing.T) {
	path := filepath.Join(t.TempDir(), "Gamla.samverka")
	writeV0(t, path)
	old := mustRead(t, path)
	opt := testOptions(t, t.TempDir())
	d, err := Open(path, opt)
	if err != nil {
		t.Fatal(err)
	}
	if d.Council().Name != "Rådet Gamla" {
		t.Fatalf("council %+v", d.Council())
	}
	fus, err := d.FollowUps("com-1")
	if err != nil {
		t.Fatal(err)
	}
	if len(fus) != 2 || fus[0].ID != "fu-2" || fus[1].Light != model.LightYellow || fus[1].CommitmentID != "com-1" {
		t.Fatalf("follow-ups after migration: %+v", fus)
	}
	if !d.Dirty() {
		t.Fatal("a migrated document must be saved")
	}
	assertUnchanged(t, path, old)
	backups, err := d.Backups()
	if err != nil || len(backups) != 1 || !bytes.Equal(mustRead(t, backups[0].Path), old) {
		t.Fatalf("backup before migration: %v %+v", err, backups)
	}
	if err := d.Close(); err != nil {
		t.Fatal(err)
	}
	db, err := bolt.Open(path, 0o600, &bolt.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	db.View(func(tx *bolt.Tx) error {
		if v := string(tx.Bucket([]byte(bucketMeta)).Get([]byte(metaSchema))); v != strconv.Itoa(model.SchemaVersion) {
			t.Errorf("schema version after save %q", v)
		}
		return nil
	})
}
