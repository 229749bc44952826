package storage

import (
	"encoding/binary"
	"math/rand/v2"
	"path/filepath"
	"testing"

	bolt "go.etcd.io/bbolt"

	"samverka/model"
)

// brokenFiles returns files that must be refused, each with its code.
func brokenFiles(t *testing.T) []struct {
	name string
	data []byte
	code string
} {
	_, doc := realDocument(t)
	random := make([]byte, 3*pageSize)
	rng := rand.New(rand.NewPCG(1, 2))
	for i := range random {
		random[i] = byte(rng.UintN(256))
	}
	flip := func(off int) []byte {
		b := append([]byte(nil), doc...)
		b[off] ^= 0x40
		return b
	}
	bothMetas := flip(pageHeaderSize + 20)
	bothMetas[pageSize+pageHeaderSize+20] ^= 0x40
	version := append([]byte(nil), doc...)
	for _, off := range []int{0, pageSize} {
		m := version[off+pageHeaderSize:]
		binary.LittleEndian.PutUint32(m[4:], 3)
		sum := parseMeta(version[off:]).sum
		binary.LittleEndian.PutUint64(m[56:], sum)
	}
	tests := []struct {
		name string
		data []byte
		code string
	}{
		{"Empty", nil, model.CodeEmpty},
		{"OneByte", doc[:1], model.CodeNotSamverka},
		{"Truncated100", doc[:100], model.CodeDamaged},
		{"Truncated4095", doc[:4095], model.CodeDamaged},
		{"Truncated4096", doc[:4096], model.CodeDamaged},
		{"Truncated8192", doc[:8192], model.CodeDamaged},
		{"TruncatedHalf", doc[:len(doc)/2], model.CodeDamaged},
		{"TruncatedLenMinus1", doc[:len(doc)-1], model.CodeDamaged},
		{"TruncatedPage", doc[:len(doc)-pageSize], model.CodeDamaged},
		{"Random", random, model.CodeNotSamverka},
		{"PDF", []byte("%PDF-1.7\n%âãÏÓ\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n"), model.CodeNotSamverka},
		{"Text", []byte("Rådet Skärholmen\nMöte 2026-03-01\n"), model.CodeNotSamverka},
		{"BothMetasBad", bothMetas, model.CodeDamaged},
		{"BoltVersion3", version, model.CodeNotSamverka},
		{"Zeros", make([]byte, 4*pageSize), model.CodeNotSamverka},
	}
	return tests
}

func TestOpenRefusesBrokenFiles(t *testing.T) {
	for _, tt := range brokenFiles(t) {
		t.Run(tt.name, func(t *testing.T) {
			path := writeFile(t, "Rådet.samverka", tt.data)
			opt := testOptions(t, t.TempDir())
			d, err := Open(path, opt)
			if err == nil {
				d.Close()
				t.Fatal("opened")
			}
			assertCode(t, err, tt.code)
			assertUnchanged(t, path, tt.data)
			_, err = Check(path)
			assertCode(t, err, tt.code)
			assertUnchanged(t, path, tt.data)
		})
	}
}

func TestOpenMissing(t *testing.T) {
	_, err := Open(filepath.Join(t.TempDir(), "nej.samverka"), testOptions(t, t.TempDir()))
	assertCode(t, err, model.CodeNotFound)
}

func TestOneBadMetaStillOpens(t *testing.T) {
	_, doc := realDocument(t)
	for _, page := range []int{0, 1} {
		data := append([]byte(nil), doc...)
		data[page*pageSize+pageHeaderSize+30] ^= 0xff // inside the meta, before the checksum
		path := writeFile(t, "Rådet.samverka", data)
		st, err := Check(path)
		assertUnchanged(t, path, data)
		if err != nil {
			t.Fatalf("meta %d bad: %v", page, err)
		}
		if st.Counts[model.KindCommitment] != 3 {
			t.Fatalf("stats %+v", st)
		}
		d, err := Open(path, testOptions(t, t.TempDir()))
		if err != nil {
			t.Fatalf("meta %d bad: %v", page, err)
		}
		d.Close()
		assertUnchanged(t, path, data)
	}
}

// foreignBolt writes a bbolt file that is not Samverka's.
func foreignBolt(t *testing.T, pageSize int, fill func(tx *bolt.Tx) error) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "other.db")
	db, err := bolt.Open(path, 0o600, &bolt.Options{PageSize: pageSize})
	if err != nil {
		t.Fatal(err)
	}
	if err := db.Update(fill); err != nil {
		t.Fatal(err)
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestOpenRefusesForeignBolt(t *testing.T) {
	tests := []struct {
		name     string
		pageSize int
		fill     func(tx *bolt.Tx) error
	}{
		{"Empty", 4096, func(*bolt.Tx) error { return nil }},
		{"OtherBuckets", 4096, func(tx *bolt.Tx) error {
			b, err := tx.CreateBucket([]byte("users"))
			if err != nil {
				return err
			}
			return b.Put([]byte("1"), []byte("x"))
		}},
		{"MetaOfOther", 4096, func(tx *bolt.Tx) error {
			b, err := tx.CreateBucket([]byte(bucketMeta))
			if err != nil {
				return err
			}
			return b.Put([]byte(metaFormat), []byte("other-program"))
		}},
		{"PageSize8192", 8192, func(*bolt.Tx) error { return nil }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := foreignBolt(t, tt.pageSize, tt.fill)
			data := mustRead(t, path)
			d, err := Open(path, testOptions(t, t.TempDir()))
			if err == nil {
				d.Close()
				t.Fatal("opened")
			}
			assertCode(t, err, model.CodeNotSamverka)
			assertUnchanged(t, path, data)
			_, err = Check(path)
			assertCode(t, err, model.CodeNotSamverka)
			assertUnchanged(t, path, data)
		})
	}
}
