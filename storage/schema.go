package storage

import (
	"errors"
	"fmt"
	"strconv"

	bolt "go.etcd.io/bbolt"

	"samverka/model"
)

// The data file's buckets besides one bucket per model.Kind, which is
// named by the kind.
const (
	bucketMeta = "meta"
	// bucketFollowUpIndex holds, under commitmentID, date, created time and
	// id of every follow-up, its status, light, meeting and deletion (see
	// followUpValue), so that a commitment's history is one prefix scan and
	// the overview needs no follow-up record.
	bucketFollowUpIndex = "index.followups"
)

// The meta bucket's keys.
const (
	metaFormat  = "format"
	metaSchema  = "schemaVersion"
	metaCouncil = "council"
	metaProgram = "program"
	// metaRollup is present in a roll-up of several councils (see
	// Rollup), which is opened read-only.
	metaRollup = "rollup"
)

// ProgramVersion is recorded in the files this program creates or
// migrates. cmd sets it from the build.
var ProgramVersion = "dev"

// fileMeta is what the meta bucket says.
type fileMeta struct {
	schema  int
	council string
}

// bucketNames lists every bucket a current file has.
func bucketNames() []string {
	names := []string{bucketMeta, bucketFollowUpIndex, bucketRecordIndex}
	for _, k := range model.Kinds {
		names = append(names, string(k))
	}
	return names
}

// readMeta reads and checks the meta bucket: a bbolt file without it is
// someone else's.
func readMeta(tx *bolt.Tx) (fileMeta, error) {
	// A file with Samverka's record buckets whose meta is gone or wrong
	// is a damaged Samverka file, not someone else's.
	foreign := notSamverka
	if tx.Bucket([]byte(model.KindCouncil)) != nil {
		foreign = damaged
	}
	b := tx.Bucket([]byte(bucketMeta))
	if b == nil {
		return fileMeta{}, foreign(errors.New("no meta bucket"))
	}
	if f := string(b.Get([]byte(metaFormat))); f != model.FormatName {
		return fileMeta{}, foreign(fmt.Errorf("format %q", f))
	}
	v, err := strconv.Atoi(string(b.Get([]byte(metaSchema))))
	if err != nil || v < 0 {
		return fileMeta{}, damaged(fmt.Errorf("schema version %q", b.Get([]byte(metaSchema))))
	}
	m := fileMeta{schema: v, council: string(b.Get([]byte(metaCouncil)))}
	if m.schema > model.SchemaVersion {
		return m, model.Errorf(model.CodeNewer, "Version", m.schema)
	}
	return m, nil
}

// writeMeta records the format, the current schema version and the
// council in the meta bucket.
func writeMeta(tx *bolt.Tx, councilID string) error {
	b, err := tx.CreateBucketIfNotExists([]byte(bucketMeta))
	if err != nil {
		return err
	}
	for k, v := range map[string]string{
		metaFormat:  model.FormatName,
		metaSchema:  strconv.Itoa(model.SchemaVersion),
		metaCouncil: councilID,
		metaProgram: ProgramVersion,
	} {
		if err := b.Put([]byte(k), []byte(v)); err != nil {
			return err
		}
	}
	return nil
}

// missingBuckets reports whether a bucket of the current schema is missing.
func missingBuckets(tx *bolt.Tx) bool {
	for _, name := range bucketNames() {
		if tx.Bucket([]byte(name)) == nil {
			return true
		}
	}
	return false
}

// createBuckets creates every missing bucket.
func createBuckets(tx *bolt.Tx) error {
	for _, name := range bucketNames() {
		if _, err := tx.CreateBucketIfNotExists([]byte(name)); err != nil {
			return err
		}
	}
	return nil
}

// migrations turn a file of schema version N into version N+1, each in the
// transaction of the whole migration.
var migrations = map[int]func(tx *bolt.Tx) error{
	0: migrate0to1,
	1: migrate1to2,
	2: migrate2to3,
	3: migrate3to4,
}

// migrate brings the file from version from to model.SchemaVersion in one
// transaction and records the new version.
func migrate(tx *bolt.Tx, from int) error {
	for v := from; v < model.SchemaVersion; v++ {
		step, ok := migrations[v]
		if !ok {
			return fmt.Errorf("no migration from schema version %d", v)
		}
		if err := step(tx); err != nil {
			return fmt.Errorf("migration %d→%d: %w", v, v+1, err)
		}
	}
	b := tx.Bucket([]byte(bucketMeta))
	if err := b.Put([]byte(metaSchema), []byte(strconv.Itoa(model.SchemaVersion))); err != nil {
		return err
	}
	return b.Put([]byte(metaProgram), []byte(ProgramVersion))
}
