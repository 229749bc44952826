package storage

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"samverka/model"
)

// TestBitRotNeverReadAsData flips one byte at a time across a real
// document's data pages, as a bad USB stick would. Every mutant is either
// refused as damaged by Check, Open and Load, or reads exactly as the
// original (the byte was in free space); none is merged into a good copy
// as an "update".
func TestBitRotNeverReadAsData(t *testing.T) {
	path, doc := realDocument(t)
	want := datasetJSON(t, path)
	stride := 7
	if testing.Short() {
		stride = 61
	}
	dir := t.TempDir()
	mutant := filepath.Join(dir, "Rådet (kopia).samverka")
	accepted, refused := 0, 0
	for off := 2 * pageSize; off < len(doc); off += stride {
		data := bytes.Clone(doc)
		data[off] ^= 0x20 // a letter's case, a digit's neighbour, or a bit in a length
		if err := os.WriteFile(mutant, data, 0o644); err != nil {
			t.Fatal(err)
		}
		_, checkErr := Check(mutant)
		opt := testOptions(t, dir)
		opt.ReadOnly = true
		var got []byte
		d, err := Open(mutant, opt)
		if err == nil {
			var ds *model.Dataset
			if ds, err = d.Load(); err == nil {
				got, _ = json.Marshal(ds)
			}
			d.Close()
		}
		switch {
		case err != nil:
			assertModelError(t, "Open", err)
			if checkErr == nil {
				t.Fatalf("offset %d: Check says ok, Open refuses: %v", off, err)
			}
			refused++
		case !bytes.Equal(got, want):
			t.Fatalf("offset %d: a damaged file reads as other data", off)
		default:
			if checkErr != nil {
				t.Fatalf("offset %d: Open reads it, Check refuses: %v", off, checkErr)
			}
			accepted++
		}
		if err != nil && (off/stride)%5 == 0 {
			assertNotMerged(t, path, mutant)
		}
	}
	if refused == 0 {
		t.Fatal("no mutant was refused: the test flips nothing that matters")
	}
	t.Logf("%d mutants refused, %d identical to the original", refused, accepted)
}

// datasetJSON is the whole content of the document at path.
func datasetJSON(t *testing.T, path string) []byte {
	t.Helper()
	opt := testOptions(t, t.TempDir())
	opt.ReadOnly = true
	d, err := Open(path, opt)
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close()
	ds, err := d.Load()
	if err != nil {
		t.Fatal(err)
	}
	data, _ := json.Marshal(ds)
	return data
}

// assertNotMerged merges the damaged file into a copy of the good one:
// the merge must be refused and the good copy stay as it was.
func assertNotMerged(t *testing.T, good, damagedPath string) {
	t.Helper()
	copyPath := filepath.Join(t.TempDir(), "Rådet.samverka")
	if err := os.WriteFile(copyPath, mustRead(t, good), 0o644); err != nil {
		t.Fatal(err)
	}
	d, err := Open(copyPath, testOptions(t, t.TempDir()))
	if err != nil {
		t.Fatal(err)
	}
	sum, err := d.MergeFrom(damagedPath)
	if err == nil {
		t.Fatalf("a damaged file was merged: %+v", sum)
	}
	assertCode(t, err, model.CodeDamaged)
	if err := d.Close(); err != nil {
		t.Fatal(err)
	}
	assertUnchanged(t, copyPath, mustRead(t, good))
}
