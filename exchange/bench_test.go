package exchange

import (
	"bytes"
	"fmt"
	"io"
	"testing"
	"time"

	"samverka/model"
)

// stockholm returns a council with the commitments and representatives of
// DESIGN.md's benchmark data set.
func stockholm() *model.Dataset {
	now := time.Date(2026, 3, 12, 18, 30, 0, 0, time.UTC)
	ds := model.NewDataset(&model.Council{Name: "Stockholm"})
	for i := range 100 {
		p := &model.Part{Name: fmt.Sprintf("Part %d Ümran", i), Kind: model.PartAssociation}
		model.Touch(p, now, "bench")
		ds.Add(p)
	}
	for i := range 600 {
		r := &model.Representative{PartID: ds.Parts[i%100].ID, Name: fmt.Sprintf("Åsa Öberg %d", i), Role: model.RoleMember}
		model.Touch(r, now, "bench")
		ds.Add(r)
	}
	for i := range 5000 {
		// Representative i%100 belongs to part i%100, as a contact must.
		c := &model.Commitment{Title: fmt.Sprintf("Åtgärd %d", i), PartID: ds.Parts[i%100].ID, ContactID: ds.Representatives[i%100].ID,
			Area: model.AreaSchool, Start: "2026-01-01", Due: "2026-12-31", Status: model.StatusOngoing, Description: "Läxhjälp två dagar i veckan"}
		model.Touch(c, now, "bench")
		ds.Add(c)
	}
	return ds
}

// BenchmarkCSVCommitments writes and reads back the 5,000 commitments.
func BenchmarkCSVCommitments(b *testing.B) {
	ds := stockholm()
	for b.Loop() {
		var buf bytes.Buffer
		if err := WriteCSV(&buf, model.KindCommitment, ds, "sv"); err != nil {
			b.Fatal(err)
		}
		im, err := ReadCSV(&buf, model.KindCommitment, ds)
		if err != nil || im.Unchanged != 5000 {
			b.Fatalf("%v, %+v", err, im.Rejected[:min(3, len(im.Rejected))])
		}
	}
}

// BenchmarkXLSX writes the three lists of the benchmark data set.
func BenchmarkXLSX(b *testing.B) {
	ds := stockholm()
	for b.Loop() {
		if err := WriteXLSX(io.Discard, ds, "sv"); err != nil {
			b.Fatal(err)
		}
	}
}
