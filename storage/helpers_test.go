package storage

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sync"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"samverka/model"
)

// testClock is a clock that moves a second each time it is read.
type testClock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *testClock) now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.t = c.t.Add(time.Second)
	return c.t
}

// testOptions returns options with folders inside dir and a test clock.
func testOptions(tb testing.TB, dir string) Options {
	tb.Helper()
	clock := &testClock{t: time.Date(2026, 3, 1, 9, 0, 0, 0, time.Local)}
	return Options{
		User:     "anna",
		Host:     "test-host",
		CacheDir: filepath.Join(dir, "cache"),
		DataDir:  filepath.Join(dir, "data"),
		Now:      clock.now,
		Timeout:  time.Second,
	}
}

// mustCreate creates a document named "Rådet.samverka" in a new folder.
func mustCreate(tb testing.TB) (*Document, Options) {
	tb.Helper()
	dir := tb.TempDir()
	opt := testOptions(tb, dir)
	if err := os.Mkdir(filepath.Join(dir, "docs"), 0o755); err != nil {
		tb.Fatal(err)
	}
	d, err := Create(filepath.Join(dir, "docs", "Rådet.samverka"), &model.Council{Name: "Rådet Skärholmen"}, opt)
	if err != nil {
		tb.Fatalf("Create: %v", err)
	}
	tb.Cleanup(func() { d.Close() })
	return d, opt
}

// fullDataset returns a dataset with n commitments, each with per
// follow-ups, and at least one record of every kind, some tombstones.
func fullDataset(c *model.Council, n, per int) *model.Dataset {
	ds := model.NewDataset(c)
	at := time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)
	meta := func(id string) model.Meta {
		at = at.Add(time.Minute)
		return model.Meta{ID: id, Rev: 1, Created: at, Modified: at, ModifiedBy: "import"}
	}
	ds.Parts = append(ds.Parts, &model.Part{Meta: meta("part-1"), Name: "Polisen LPO Skärholmen", Kind: model.PartPolice, Signing: true})
	ds.Representatives = append(ds.Representatives, &model.Representative{Meta: meta("rep-1"), PartID: "part-1", Name: "Karin Polis", Role: model.RoleMember, MaySign: true})
	ds.Methods = append(ds.Methods, &model.Method{Meta: meta("method-1"), Name: "Egen metod", Area: model.AreaSchool})
	ds.Situations = append(ds.Situations, &model.Situation{Meta: meta("sit-1"), Title: "Lägesbild 2025", Date: "2025-01-10", SourcesUsed: []string{"BRÅ NTU"}})
	ds.Problems = append(ds.Problems, &model.Problem{Meta: meta("prob-1"), SituationID: "sit-1", Title: "Otrygghet vid torget", Rank: 1, Areas: []model.Area{model.AreaCollaboration}})
	ds.Causes = append(ds.Causes, &model.Cause{Meta: meta("cause-1"), ProblemID: "prob-1", Number: 1, Description: "Dålig belysning"})
	ds.Meetings = append(ds.Meetings, &model.Meeting{Meta: meta("meet-1"), Date: "2025-02-01", Kind: model.MeetingCouncil, State: model.StateDraft,
		Agenda: []model.AgendaItem{{ID: "i1", Title: "Uppföljning", Kind: model.ItemFollowUp}}})
	for i := range n {
		cid := fmt.Sprintf("com-%05d", i)
		ds.Commitments = append(ds.Commitments, &model.Commitment{Meta: meta(cid), Title: fmt.Sprintf("Åtgärd %d", i),
			PartID: "part-1", Area: model.AreaCollaboration, Status: model.StatusOngoing, Due: "2026-12-31",
			Description: "Nattvandring fredagar och lördagar kring torget, i samverkan med föreningar och fastighetsägare."})
		for j := range per {
			ds.FollowUps = append(ds.FollowUps, &model.FollowUp{Meta: meta(fmt.Sprintf("fu-%05d-%02d", i, j)), CommitmentID: cid,
				Date: model.Date("2025-01-01").AddDays(30 * j), Status: model.StatusOngoing, Light: model.LightGreen,
				Comment: "Genomfört enligt plan, god uppslutning."})
		}
	}
	ds.Agreements = append(ds.Agreements, &model.Agreement{Meta: meta("agr-1"), Title: "SÖK 2025", From: "2025-01-01", To: "2026-12-31",
		Version: 1, State: model.StateDraft, Parties: []model.Party{{PartID: "part-1", SignerName: "Karin Polis"}}})
	ds.Signatures = append(ds.Signatures, &model.Signature{Meta: meta("sig-1"), AgreementID: "agr-1", PartID: "part-1", SignerName: "Karin Polis",
		Date: "2025-03-01", Method: model.SignDrawn, Strokes: [][]model.Point{{{X: 0.1, Y: 0.2}, {X: 0.3, Y: 0.4}}}})
	ds.Dialogues = append(ds.Dialogues, &model.Dialogue{Meta: meta("dialogue-1"), Title: "Trygghetsvandring", Kind: model.DialogueWalk,
		Date: "2025-04-01", Place: "Torget", People: 12, Findings: []model.Finding{{ID: "finding-1", Text: "Mörk gångväg", Place: "Torget", ProblemID: "prob-1"}}})
	ds.Deadlines = append(ds.Deadlines, &model.Deadline{Meta: meta("deadline-1"), Title: "Tertialrapport", Kind: model.DeadlineTertial,
		Due: "2025-05-31", RepeatMonths: 4, PartID: "part-1"})
	ds.ReportTexts = append(ds.ReportTexts, &model.ReportText{Meta: meta("report-1"), From: "2025-01-01", To: "2025-12-31", Summary: "Året i korthet."})
	ds.Printouts = append(ds.Printouts, &model.Printout{Meta: meta("printout-1"), AgreementID: "agr-1", Version: 1,
		SHA256: "5f2c0a0e8d9b7a6c5e4f3a2b1c0d9e8f7a6b5c4d3e2f1a0b9c8d7e6f5a4b3c2d"})
	ds.Conflicts = append(ds.Conflicts, &model.Conflict{Meta: meta("conflict-1"), Kind: model.KindPart, RecordID: "part-1",
		Side: model.SideTheirs, Version: []byte(`{"id":"part-1","name":"Polisen"}`), At: at, KeptRev: 2, KeptAt: at})
	ds.Plans = append(ds.Plans, &model.ActionPlan{Meta: meta("plan-1"), SituationID: "sit-1", Title: "Åtgärdsplan 2025", From: "2025-01-01", To: "2025-12-31"})
	tomb := meta("part-deleted")
	tomb.Deleted = true
	ds.Parts = append(ds.Parts, &model.Part{Meta: tomb, Name: "Nedlagd förening", Kind: model.PartAssociation})
	return ds
}

// realDocument writes a saved document with a few records of every kind to
// a new folder and returns its path and bytes.
func realDocument(tb testing.TB) (string, []byte) {
	tb.Helper()
	d, _ := mustCreate(tb)
	if err := d.Import(fullDataset(d.Council(), 3, 2)); err != nil {
		tb.Fatal(err)
	}
	if err := d.Close(); err != nil {
		tb.Fatal(err)
	}
	data, err := os.ReadFile(d.Path())
	if err != nil {
		tb.Fatal(err)
	}
	return d.Path(), data
}

// writeFile writes data to a new file name in a new folder.
func writeFile(tb testing.TB, name string, data []byte) string {
	tb.Helper()
	path := filepath.Join(tb.TempDir(), name)
	if err := os.WriteFile(path, data, 0o644); err != nil {
		tb.Fatal(err)
	}
	return path
}

// assertCode fails unless err is a *model.Error with code.
func assertCode(tb testing.TB, err error, code string) {
	tb.Helper()
	var me *model.Error
	if !errors.As(err, &me) {
		tb.Fatalf("want *model.Error %s, got %T %v", code, err, err)
	}
	if me.Code != code {
		tb.Fatalf("want code %s, got %v", code, err)
	}
}

// assertUnchanged fails unless the file at path still holds data.
func assertUnchanged(tb testing.TB, path string, data []byte) {
	tb.Helper()
	got, err := os.ReadFile(path)
	if err != nil {
		tb.Fatal(err)
	}
	if !bytes.Equal(got, data) {
		tb.Fatalf("%s changed: %d bytes, was %d", path, len(got), len(data))
	}
}

// mustRead returns the file's bytes.
func mustRead(tb testing.TB, path string) []byte {
	tb.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		tb.Fatal(err)
	}
	return data
}

// deadPID returns the pid of a process that has exited.
func deadPID(tb testing.TB) int {
	tb.Helper()
	exe, err := os.Executable()
	if err != nil {
		tb.Fatal(err)
	}
	cmd := exec.Command(exe, "-test.run=^$")
	if err := cmd.Run(); err != nil {
		tb.Fatal(err)
	}
	return cmd.Process.Pid
}

// crash abandons d as a killed program would: bbolt is closed (the
// process's file handles die with it) but the working copy, the state file
// and the lock note stay.
func crash(d *Document) {
	d.mu.Lock()
	d.closed = true
	d.mu.Unlock()
	d.dbMu.Lock()
	d.db.Close()
	d.db = nil
	d.dbMu.Unlock()
	release(d.work)
	if d.lock != nil {
		dropLock(d.path)
	}
}

// unsealAll turns every record back into the bare JSON of schema 2 and
// older, for tests that write an older file.
func unsealAll(tx *bolt.Tx) error {
	for _, kind := range model.Kinds {
		b := tx.Bucket([]byte(kind))
		type kv struct{ k, v []byte }
		var out []kv
		b.ForEach(func(k, v []byte) error {
			data, err := unseal(nil, kind, k, v)
			if err != nil {
				return err
			}
			out = append(out, kv{bytes.Clone(k), bytes.Clone(data)})
			return nil
		})
		for _, e := range out {
			if err := b.Put(e.k, e.v); err != nil {
				return err
			}
		}
	}
	return nil
}
