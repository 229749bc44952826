package storage

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"samverka/model"
)

// TestSalvageRescuesWhatVerifies damages one record of a real file: check
// refuses it, and Salvage writes a new file with every other record,
// which checks, and names the one it lost.
func TestSalvageRescuesWhatVerifies(t *testing.T) {
	path, doc := realDocument(t)
	st, err := Check(path)
	if err != nil {
		t.Fatal(err)
	}
	// Records are stored as JSON inside the pages: change a letter of one
	// part's name.
	at := bytes.Index(doc, []byte("Polisen LPO Skärholmen"))
	if at < 0 {
		t.Fatal("no part name in the file")
	}
	damagedDoc := bytes.Clone(doc)
	damagedDoc[at] = 'p'
	bad := writeFile(t, "Rådet.samverka", damagedDoc)
	if _, err := Check(bad); err == nil {
		t.Fatal("check takes a damaged record")
	}
	out := filepath.Join(t.TempDir(), "Räddad.samverka")
	rep, err := Salvage(bad, out, testOptions(t, t.TempDir()))
	if err != nil {
		t.Fatal(err)
	}
	if len(rep.Lost) != 1 || rep.Lost[0].Kind != model.KindPart || rep.Lost[0].ID != "part-1" {
		t.Fatalf("lost %+v", rep.Lost)
	}
	got, err := Check(out)
	if err != nil {
		t.Fatalf("the salvaged file does not check: %v", err)
	}
	lost := 1
	if rep.Lost[0].Older {
		lost = 0
	}
	for _, k := range model.Kinds {
		want := st.Counts[k]
		if k == model.KindPart {
			want -= lost
		}
		if got.Counts[k] != want {
			t.Errorf("%s: %d salvaged, want %d", k, got.Counts[k], want)
		}
	}
	assertUnchanged(t, bad, damagedDoc)
}

// TestSalvageWithoutStructure salvages a file whose page tree is broken:
// every page is read, and the records found make a file that checks.
func TestSalvageWithoutStructure(t *testing.T) {
	_, doc := realDocument(t)
	broken := bytes.Clone(doc)
	// Both meta pages name a root page that is not one.
	for _, page := range []int{0, pageSize} {
		m := broken[page+pageHeaderSize:]
		copy(m[16:], []byte{1, 0, 0, 0, 0, 0, 0, 0})
	}
	bad := writeFile(t, "Rådet.samverka", broken)
	if _, err := Check(bad); err == nil {
		t.Fatal("check takes a broken file")
	}
	out := filepath.Join(t.TempDir(), "Räddad.samverka")
	rep, err := Salvage(bad, out, testOptions(t, t.TempDir()))
	if err != nil {
		t.Fatal(err)
	}
	if !rep.Unreadable || rep.Total < 10 {
		t.Fatalf("report %+v", rep)
	}
	if _, err := Check(out); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(out); err != nil {
		t.Fatal(err)
	}
}
