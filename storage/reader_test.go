package storage

import (
	"bytes"
	"compress/gzip"
	"encoding/binary"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"testing"

	bolt "go.etcd.io/bbolt"

	"samverka/model"
)

// linkedDocument writes a saved document of several pages per bucket,
// whose follow-ups are partly recorded at a meeting, and returns its path
// and bytes.
func linkedDocument(tb testing.TB, n, per int) (string, []byte) {
	tb.Helper()
	d, _ := mustCreate(tb)
	ds := fullDataset(d.Council(), n, per)
	for i, f := range ds.FollowUps {
		if i%3 == 0 {
			f.MeetingID = "meet-1"
		}
	}
	ds.Meetings[0].Agenda[0].Decisions = []model.Decision{{ID: "d1", Text: "Beslut", CommitmentID: "com-00002"}}
	ds.Agreements[0].CommitmentIDs = []string{"com-00001", "com-00003"}
	ds.Agreements[0].Promises = []model.Promise{{Text: "Vi lovar", CommitmentIDs: []string{"com-00004"}}}
	if err := d.Import(ds); err != nil {
		tb.Fatal(err)
	}
	if err := d.Close(); err != nil {
		tb.Fatal(err)
	}
	return d.Path(), mustRead(tb, d.Path())
}

// readAll is everything a Reader gives for the test document, as JSON.
func readAll(r *Reader) ([]byte, error) {
	out := map[string]any{}
	st, err := r.Stats()
	if err != nil {
		return nil, err
	}
	out["stats"] = st
	for _, k := range model.Kinds {
		recs, err := r.List(k)
		if err != nil {
			return nil, err
		}
		out["list "+string(k)] = recs
	}
	a, err := r.Agreement("agr-1")
	if err != nil {
		return nil, err
	}
	m, err := r.Meeting("meet-1")
	if err != nil {
		return nil, err
	}
	out["agreement"], out["meeting"] = a, m
	return json.Marshal(out)
}

// readerJSON opens path with a Reader and returns readAll's JSON.
func readerJSON(t *testing.T, path string) ([]byte, *Reader) {
	t.Helper()
	r, err := OpenReader(path, "")
	if err != nil {
		t.Fatalf("OpenReader: %v", err)
	}
	defer r.Close()
	got, err := readAll(r)
	if err != nil {
		t.Fatalf("Reader: %v", err)
	}
	return got, r
}

// TestReaderReadsByNeed: a current file is read by need and gives what
// Load gives: the agreement with its signatures and printouts, the
// commitments it names and its promise's follow-ups; the meeting with its
// follow-ups, their commitments' histories and its decisions' commitments.
func TestReaderReadsByNeed(t *testing.T) {
	path, _ := linkedDocument(t, 40, 6)
	got, r := readerJSON(t, path)
	if r.ReadWhole() || r.FellBack() {
		t.Fatal("a current file was read whole")
	}
	var res struct {
		Agreement model.Dataset
		Meeting   model.Dataset
		Stats     Stats
	}
	if err := json.Unmarshal(got, &res); err != nil {
		t.Fatal(err)
	}
	a, m := res.Agreement, res.Meeting
	if len(a.Agreements) != 1 || len(a.Signatures) != 1 || len(a.Printouts) != 1 || len(a.Commitments) != 3 ||
		len(a.FollowUps) != 6 || len(a.Parts) != 2 || len(a.Dialogues) != 1 || len(a.Meetings) != 0 {
		t.Errorf("agreement: %d agreements, %d signatures, %d printouts, %d commitments, %d follow-ups, %d parts",
			len(a.Agreements), len(a.Signatures), len(a.Printouts), len(a.Commitments), len(a.FollowUps), len(a.Parts))
	}
	// Every third follow-up is at the meeting: all 40 commitments have
	// one, and com-00002 is decided there.
	if len(m.Meetings) != 1 || len(m.Commitments) != 40 || len(m.FollowUps) != 240 || len(m.Agreements) != 0 {
		t.Errorf("meeting: %d meetings, %d commitments, %d follow-ups", len(m.Meetings), len(m.Commitments), len(m.FollowUps))
	}
	if res.Stats.Counts[model.KindFollowUp] != 240 || res.Stats.Counts[model.KindPart] != 1 || res.Stats.Total == 0 {
		t.Errorf("stats: %+v", res.Stats)
	}
	// A file read whole gives the same lists and counts.
	d, err := Open(path, Options{ReadOnly: true, CacheDir: t.TempDir(), DataDir: t.TempDir()})
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close()
	for _, k := range model.Kinds {
		want, _ := d.List(k)
		got, err := OpenReaderList(path, k)
		if err != nil {
			t.Fatal(err)
		}
		w, _ := json.Marshal(want)
		g, _ := json.Marshal(got)
		if !bytes.Equal(w, g) {
			t.Errorf("list %s differs", k)
		}
	}
	st, err := Check(path)
	if err != nil {
		t.Fatal(err)
	}
	if w, g := mustJSON(t, st), mustJSON(t, res.Stats); !bytes.Equal(w, g) {
		t.Errorf("stats %s, Check %s", g, w)
	}
}

// OpenReaderList lists kind through a Reader of its own.
func OpenReaderList(path string, kind model.Kind) ([]model.Record, error) {
	r, err := OpenReader(path, "")
	if err != nil {
		return nil, err
	}
	defer r.Close()
	return r.List(kind)
}

func mustJSON(t *testing.T, v any) []byte {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// TestIndexKeptByEveryChange: Put, Delete, Undelete, Import and Merge
// keep the record index exactly as a rebuild from the records makes it.
func TestIndexKeptByEveryChange(t *testing.T) {
	d, opt := mustCreate(t)
	ds := fullDataset(d.Council(), 5, 3)
	if err := d.Import(ds); err != nil {
		t.Fatal(err)
	}
	assertIndexFresh(t, d)
	f := &model.FollowUp{CommitmentID: "com-00001", MeetingID: "meet-1", Date: "2025-06-01", Status: model.StatusOngoing, Light: model.LightGreen}
	s := &model.Signature{AgreementID: "agr-1", PartID: "part-1", SignerName: "Karin Polis", Date: "2025-03-02", Method: model.SignDrawn,
		Fingerprint: "5f2c0a0e8d9b7a6c5e4f3a2b1c0d9e8f7a6b5c4d3e2f1a0b9c8d7e6f5a4b3c2d",
		Strokes:     [][]model.Point{{{X: 0.1, Y: 0.2}, {X: 0.3, Y: 0.4}}}}
	if err := d.Put(f, s); err != nil {
		t.Fatal(err)
	}
	assertIndexFresh(t, d)
	for _, step := range []func() error{
		func() error { return d.Delete(model.KindPart, "part-1") },
		func() error { return d.Delete(model.KindDialogue, "dialogue-1") },
		func() error { return d.Undelete(model.KindPart, "part-1") },
	} {
		if err := step(); err != nil {
			t.Fatal(err)
		}
		assertIndexFresh(t, d)
	}
	// A copy that changed elsewhere is merged in.
	other := filepath.Join(t.TempDir(), "Rådet (annan).samverka")
	if err := d.SaveCopyAs(other); err != nil {
		t.Fatal(err)
	}
	opt2 := testOptions(t, t.TempDir())
	o, err := Open(other, opt2)
	if err != nil {
		t.Fatal(err)
	}
	g := &model.FollowUp{CommitmentID: "com-00002", MeetingID: "meet-1", Date: "2025-07-01", Status: model.StatusDone, Light: model.LightGreen}
	if err := o.Put(g); err != nil {
		t.Fatal(err)
	}
	if err := o.Close(); err != nil {
		t.Fatal(err)
	}
	_ = opt
	if _, err := d.MergeFrom(other); err != nil {
		t.Fatal(err)
	}
	assertIndexFresh(t, d)
}

// assertIndexFresh fails unless d's record index is what a rebuild makes.
func assertIndexFresh(t *testing.T, d *Document) {
	t.Helper()
	err := d.view(func(tx *bolt.Tx) error { return verifyTx(tx, model.SchemaVersion) })
	if err != nil {
		t.Fatalf("verify: %v", err)
	}
	var before, after map[string]string
	d.dbMu.RLock()
	defer d.dbMu.RUnlock()
	tx, err := d.db.Begin(true)
	if err != nil {
		t.Fatal(err)
	}
	defer tx.Rollback()
	before = bucketContents(tx, bucketRecordIndex)
	if err := rebuildRecordIndex(tx); err != nil {
		t.Fatal(err)
	}
	after = bucketContents(tx, bucketRecordIndex)
	if len(before) == 0 || mustJSON(t, before) == nil || !bytes.Equal(mustJSON(t, before), mustJSON(t, after)) {
		t.Fatalf("the record index is not what a rebuild makes:\n%q\n%q", before, after)
	}
}

func bucketContents(tx *bolt.Tx, name string) map[string]string {
	out := map[string]string{}
	tx.Bucket([]byte(name)).ForEach(func(k, v []byte) error {
		out[string(k)] = string(v)
		return nil
	})
	return out
}

// TestIndexDisagreementNeverReadsWrong: an index entry that is damaged,
// missing, extra or out of date, or a count that is wrong, is found. The
// Reader then reads the file whole and gives what the records say; Open
// rebuilds the index, so that the file is right again once saved.
func TestIndexDisagreementNeverReadsWrong(t *testing.T) {
	path, doc := linkedDocument(t, 12, 3)
	want, _ := readerJSON(t, path)
	firstKey := func(tx *bolt.Tx, prefix string, entry bool) []byte {
		c := tx.Bucket([]byte(bucketRecordIndex)).Cursor()
		for k, _ := c.Seek([]byte(prefix)); k != nil && bytes.HasPrefix(k, []byte(prefix)); k, _ = c.Next() {
			if (k[len(k)-1] != 0) == entry {
				return bytes.Clone(k)
			}
		}
		t.Fatalf("no index key %q", prefix)
		return nil
	}
	cases := map[string]func(tx *bolt.Tx) error{
		"flipped byte in an entry": func(tx *bolt.Tx) error {
			k := firstKey(tx, "mmeet-1\x00", true)
			v := bytes.Clone(tx.Bucket([]byte(bucketRecordIndex)).Get(k))
			v[0] ^= 0x01
			return tx.Bucket([]byte(bucketRecordIndex)).Put(k, v)
		},
		"flipped byte in a count": func(tx *bolt.Tx) error {
			k := firstKey(tx, "aagr-1\x00", false)
			v := bytes.Clone(tx.Bucket([]byte(bucketRecordIndex)).Get(k))
			v[0] ^= 0x01
			return tx.Bucket([]byte(bucketRecordIndex)).Put(k, v)
		},
		"missing entry": func(tx *bolt.Tx) error {
			return tx.Bucket([]byte(bucketRecordIndex)).Delete(firstKey(tx, "mmeet-1\x00", true))
		},
		"wrong count": func(tx *bolt.Tx) error {
			k := firstKey(tx, "mmeet-1\x00", false)
			return tx.Bucket([]byte(bucketRecordIndex)).Put(k, countValue(k, 3))
		},
		"entry naming a record of another meeting": func(tx *bolt.Tx) error {
			idx := tx.Bucket([]byte(bucketRecordIndex))
			k := firstKey(tx, "mmeet-1\x00", true)
			stray := append([]byte("mmeet-1\x00followup\x00"), "fu-00001-00"...) // not at the meeting
			if err := idx.Delete(k); err != nil {
				return err
			}
			return idx.Put(stray, indexValue(stray, nil))
		},
		"entry naming a missing record": func(tx *bolt.Tx) error {
			idx := tx.Bucket([]byte(bucketRecordIndex))
			k := firstKey(tx, "mmeet-1\x00", true)
			stray := append([]byte("mmeet-1\x00followup\x00"), "fu-nowhere"...)
			if err := idx.Delete(k); err != nil {
				return err
			}
			return idx.Put(stray, indexValue(stray, nil))
		},
		"no record index": func(tx *bolt.Tx) error {
			return tx.DeleteBucket([]byte(bucketRecordIndex))
		},
	}
	for name, edit := range cases {
		t.Run(name, func(t *testing.T) {
			bad := writeFile(t, "Rådet.samverka", doc)
			rewrite(t, bad, edit)
			data := mustRead(t, bad)
			got, r := readerJSON(t, bad)
			if !r.ReadWhole() {
				t.Error("the disagreement went unnoticed")
			}
			if !bytes.Equal(got, want) {
				t.Fatalf("read other data (%d bytes, want %d)", len(got), len(want))
			}
			assertUnchanged(t, bad, data)
			// Open rebuilds the index, and the saved file reads by need.
			opt := testOptions(t, t.TempDir())
			d, err := Open(bad, opt)
			if err != nil {
				t.Fatal(err)
			}
			if !d.Dirty() {
				t.Error("the rebuilt index is not saved")
			}
			if err := d.Close(); err != nil {
				t.Fatal(err)
			}
			got, r = readerJSON(t, bad)
			if r.ReadWhole() || !bytes.Equal(got, want) {
				t.Fatalf("after the rebuild: read whole %v", r.ReadWhole())
			}
		})
	}
}

// TestKindCountDisagreementIsDamage: when the number of records of a kind
// disagrees with the count the index keeps, records may have been lost
// (a page that lost elements), which no rebuild can tell: the file is
// refused as damaged everywhere, and left as it is.
func TestKindCountDisagreementIsDamage(t *testing.T) {
	_, doc := linkedDocument(t, 12, 3)
	bad := writeFile(t, "Rådet.samverka", doc)
	rewrite(t, bad, func(tx *bolt.Tx) error {
		k := kindCountKey(model.KindFollowUp)
		return tx.Bucket([]byte(bucketRecordIndex)).Put(k, countValue(k, 7))
	})
	data := mustRead(t, bad)
	t.Setenv("XDG_CACHE_HOME", t.TempDir())
	t.Setenv("XDG_CONFIG_HOME", t.TempDir())
	t.Setenv("HOME", t.TempDir())
	r, err := OpenReader(bad, "")
	if err != nil {
		t.Fatal(err)
	}
	_, err = r.List(model.KindFollowUp)
	assertCode(t, err, model.CodeDamaged)
	_, err = r.Stats()
	assertCode(t, err, model.CodeDamaged)
	r.Close()
	_, err = Open(bad, testOptions(t, t.TempDir()))
	assertCode(t, err, model.CodeDamaged)
	_, err = Check(bad)
	assertCode(t, err, model.CodeDamaged)
	assertUnchanged(t, bad, data)
}

// TestReaderBitRot flips one byte at a time across a document, as a bad
// USB stick would: a Reader either refuses the file with a *model.Error or
// gives exactly what it gives for the original. It never panics and never
// reads other data.
func TestReaderBitRot(t *testing.T) {
	path, doc := linkedDocument(t, 24, 4)
	want, _ := readerJSON(t, path)
	// A prime stride meets every offset within a page in turn.
	stride := 101
	if testing.Short() {
		stride = 997
	}
	mutant := filepath.Join(t.TempDir(), "Rådet.samverka")
	t.Setenv("XDG_CACHE_HOME", t.TempDir())
	t.Setenv("XDG_CONFIG_HOME", t.TempDir())
	t.Setenv("HOME", t.TempDir())
	refused, same := 0, 0
	for off := 0; off < len(doc); off += stride {
		data := bytes.Clone(doc)
		data[off] ^= 0x20
		if err := os.WriteFile(mutant, data, 0o644); err != nil {
			t.Fatal(err)
		}
		r, err := OpenReader(mutant, "")
		var got []byte
		whole := false
		if err == nil {
			got, err = readAll(r)
			whole = r.ReadWhole()
			r.Close()
		}
		switch {
		case err != nil:
			assertModelError(t, "Reader", err)
			refused++
		case !bytes.Equal(got, want):
			var a, b map[string]json.RawMessage
			json.Unmarshal(got, &a)
			json.Unmarshal(want, &b)
			for k := range b {
				if !bytes.Equal(a[k], b[k]) {
					t.Log("differs:", k)
				}
			}
			if r, err := OpenReader(mutant, ""); err == nil {
				n, err := r.pf.page(uint64(off / pageSize))
				t.Log("page:", n.count, n.branch, err)
				fus, err := r.src.followUpsOf("com-00016")
				t.Log(len(fus), err)
				r.Close()
			}
			i := 0
			for i < min(len(got), len(want)) && got[i] == want[i] {
				i++
			}
			t.Fatalf("offset %d (page %d flags %#x, byte %d %q, read whole %v): a damaged file reads as other data: %s\nwant %s",
				off, off/pageSize, binary.LittleEndian.Uint16(doc[off/pageSize*pageSize+8:]), off%pageSize, doc[max(0, off-40):off+20], whole,
				got[max(0, i-200):min(len(got), i+100)], want[max(0, i-200):min(len(want), i+100)])
		default:
			same++
		}
	}
	if refused == 0 {
		t.Fatal("no mutant was refused")
	}
	t.Logf("%d mutants refused, %d read as the original", refused, same)
}

// TestReaderRefusesTruncatedAndForeignFiles: a truncated, empty or foreign
// file gets the error Open gives, and is left as it was.
func TestReaderRefusesTruncatedAndForeignFiles(t *testing.T) {
	_, doc := linkedDocument(t, 4, 2)
	for name, c := range map[string]struct {
		data []byte
		code string
	}{
		"truncated by a page":     {doc[:len(doc)-pageSize], model.CodeDamaged},
		"truncated mid-page":      {doc[:len(doc)-100], model.CodeDamaged},
		"only the meta pages":     {doc[:2*pageSize], model.CodeDamaged},
		"empty":                   {nil, model.CodeEmpty},
		"not Samverka's":          {bytes.Repeat([]byte("Samverka? "), 1000), model.CodeNotSamverka},
		"zeroed after the header": {append(bytes.Clone(doc[:2*pageSize]), make([]byte, len(doc)-2*pageSize)...), model.CodeDamaged},
	} {
		t.Run(name, func(t *testing.T) {
			path := writeFile(t, "Rådet.samverka", c.data)
			_, err := OpenReader(path, "")
			assertCode(t, err, c.code)
			assertUnchanged(t, path, c.data)
		})
	}
}

// TestReaderOldFormat: a file of schema 3, made by the program before the
// record index, is read whole, migrated in a private copy and never
// changed, and gives what the migrated file gives by need.
func TestReaderOldFormat(t *testing.T) {
	f, err := os.Open(filepath.Join("testdata", "schema3-demo.samverka.gz"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	z, err := gzip.NewReader(f)
	if err != nil {
		t.Fatal(err)
	}
	data, err := io.ReadAll(z)
	if err != nil {
		t.Fatal(err)
	}
	t.Setenv("XDG_CACHE_HOME", t.TempDir())
	t.Setenv("XDG_CONFIG_HOME", t.TempDir())
	t.Setenv("HOME", t.TempDir())
	old := writeFile(t, "Rådet.samverka", data)
	if schema := binary.LittleEndian.Uint32(data[pageHeaderSize+4:]); schema != boltVersion {
		t.Fatalf("not a bbolt file of version %d", boltVersion)
	}
	r, err := OpenReader(old, "")
	if err != nil {
		t.Fatal(err)
	}
	if !r.ReadWhole() || r.FellBack() {
		t.Fatal("a file of schema 3 was not read whole")
	}
	wantParts, _ := r.List(model.KindPart)
	r.Close()
	assertUnchanged(t, old, data)
	migrated := writeFile(t, "Rådet.samverka", data)
	d, err := Open(migrated, testOptions(t, t.TempDir()))
	if err != nil {
		t.Fatal(err)
	}
	if err := d.Close(); err != nil {
		t.Fatal(err)
	}
	r, err = OpenReader(migrated, "")
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	if r.ReadWhole() {
		t.Fatal("the migrated file was read whole")
	}
	gotParts, _ := r.List(model.KindPart)
	if len(wantParts) == 0 || !bytes.Equal(mustJSON(t, wantParts), mustJSON(t, gotParts)) {
		t.Fatal("the migrated file lists other parts")
	}
}
