package storage

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"testing"
	"time"

	"samverka/model"
)

// stockholmDocument writes a document the size of DESIGN.md's benchmark
// set (100 parts, 600 representatives, 300 meetings, 5,000 commitments,
// 50,000 follow-ups, 100 agreements) and returns its path and options.
func stockholmDocument(b *testing.B) (string, Options) {
	b.Helper()
	d, opt := mustCreate(b)
	ds := fullDataset(d.Council(), 5000, 10)
	at := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
	meta := func(kind string, i int) model.Meta {
		return model.Meta{ID: fmt.Sprintf("%s-%05d", kind, i), Rev: 1, Created: at, Modified: at, ModifiedBy: "demo"}
	}
	for i := range 100 {
		ds.Parts = append(ds.Parts, &model.Part{Meta: meta("p", i), Name: fmt.Sprintf("Bostadsbolaget %d AB", i), Kind: model.PartHousing, Address: "Storgatan 1, 127 00 Skärholmen"})
	}
	for i := range 600 {
		ds.Representatives = append(ds.Representatives, &model.Representative{Meta: meta("r", i), PartID: fmt.Sprintf("p-%05d", i%100),
			Name: fmt.Sprintf("Förnamn Efternamn %d", i), Title: "Områdeschef", Email: fmt.Sprintf("person%d@example.se", i), Phone: "08-123 456 78", Role: model.RoleMember})
	}
	for i := range 300 {
		m := &model.Meeting{Meta: meta("m", i), Date: model.Date("2020-01-01").AddDays(i * 7), Kind: model.MeetingCouncil, State: model.StateApproved, Place: "Skärholmens stadsdelsförvaltning"}
		for j := range 8 {
			m.Agenda = append(m.Agenda, model.AgendaItem{ID: fmt.Sprintf("i%d", j), Title: "Uppföljning av åtaganden", Kind: model.ItemFollowUp, Paragraph: j + 1,
				Notes: "Rådet gick igenom åtagandena och noterade att arbetet i huvudsak följer planen."})
		}
		for j := range 15 {
			m.Attendance = append(m.Attendance, model.Attendance{RepresentativeID: fmt.Sprintf("r-%05d", (i+j)%600), Presence: model.PresencePresent})
		}
		ds.Meetings = append(ds.Meetings, m)
	}
	for i := range 99 {
		a := &model.Agreement{Meta: meta("a", i), Title: fmt.Sprintf("Samverkansöverenskommelse %d", i), From: "2024-01-01", To: "2026-12-31", Version: 1, State: model.StateSigned,
			Sections: model.Sections{Problems: "Otrygghet i centrum kvällstid.", Causes: "Brist på vuxennärvaro.", Goals: "Ökad trygghet enligt trygghetsmätningen.",
				Documentation: "Protokoll från rådets möten.", FollowUp: "Vid varje möte."}}
		for j := range 40 {
			a.CommitmentIDs = append(a.CommitmentIDs, fmt.Sprintf("com-%05d", (i*40+j)%5000))
		}
		ds.Agreements = append(ds.Agreements, a)
	}
	if err := d.Import(ds); err != nil {
		b.Fatal(err)
	}
	if err := d.Close(); err != nil {
		b.Fatal(err)
	}
	return d.Path(), opt
}

func BenchmarkOpen(b *testing.B) {
	path, opt := stockholmDocument(b)
	b.SetBytes(fileSize(b, path))
	b.ResetTimer()
	for range b.N {
		d, err := Open(path, opt)
		if err != nil {
			b.Fatal(err)
		}
		b.StopTimer()
		if err := d.Close(); err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
	}
}

func BenchmarkSave(b *testing.B) {
	path, opt := stockholmDocument(b)
	b.SetBytes(fileSize(b, path))
	d, err := Open(path, opt)
	if err != nil {
		b.Fatal(err)
	}
	defer d.Close()
	b.ResetTimer()
	for i := range b.N {
		b.StopTimer()
		if err := d.Put(&model.Part{Name: fmt.Sprintf("Ny part %d", i), Kind: model.PartOther}); err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		if res, err := d.Save(); err != nil || res.KeptAs != "" {
			b.Fatal(res, err)
		}
	}
}

// BenchmarkCopyFile is the baseline of the open and save budgets: copying
// the same file and syncing it to disk, as cp followed by sync would.
func BenchmarkCopyFile(b *testing.B) {
	path, _ := stockholmDocument(b)
	b.SetBytes(fileSize(b, path))
	dst := filepath.Join(b.TempDir(), "copy.samverka")
	b.ResetTimer()
	for range b.N {
		if err := copyAndSync(path, dst); err != nil {
			b.Fatal(err)
		}
	}
}

func copyAndSync(src, dst string) error {
	in, err := os.Open(src)
	if err != nil {
		return err
	}
	defer in.Close()
	out, err := os.Create(dst)
	if err != nil {
		return err
	}
	if _, err := io.Copy(out, in); err != nil {
		out.Close()
		return err
	}
	if err := out.Sync(); err != nil {
		out.Close()
		return err
	}
	return out.Close()
}

func fileSize(b *testing.B, path string) int64 {
	info, err := os.Stat(path)
	if err != nil {
		b.Fatal(err)
	}
	return info.Size()
}
