package main

import (
	"archive/zip"
	"bytes"
	"io"
	"path/filepath"
	"strings"
	"testing"

	"samverka/model"
	"samverka/storage"
)

// TestMergeCarriesOutcomes records utfall, delmål met and an effect value
// on two copies of a real data file and merges them with the command: the
// follow-ups meet by union, each with its values whole, and a stored
// follow-up's utfall cannot be changed afterwards.
func TestMergeCarriesOutcomes(t *testing.T) {
	isolate(t)
	path := demoFile(t)
	other := copyTo(t, path, "Rådet (kopia).samverka")
	ds := loadDemo(t, path)
	var c *model.Commitment
	for _, x := range model.Live(ds.Commitments) {
		if x.Goal.Indicator != "" && x.Status.Open() {
			c = x
			break
		}
	}
	if c == nil {
		t.Fatal("the demo has no open commitment with an indicator")
	}
	record := func(file, who string, f *model.FollowUp) {
		change(t, file, who, func(d *storage.Document) {
			if err := d.Put(f); err != nil {
				t.Fatal(err)
			}
		})
	}
	ours := &model.FollowUp{CommitmentID: c.ID, Date: "2026-12-01", Status: model.StatusOngoing, Light: model.LightGreen,
		Outcome: model.Measure{Value: 17, Date: "2026-11-30"}, MilestoneIDs: []string{"dm-1"}}
	theirs := &model.FollowUp{CommitmentID: c.ID, Date: "2026-12-02", Status: model.StatusOngoing, Light: model.LightYellow,
		Outcome: model.Measure{Value: 19.5, Date: "2026-12-01"},
		Effects: []model.EffectMeasure{{GoalID: "eg-1", Value: 42, Date: "2026-11-15"}}}
	record(path, "örjan", ours)
	record(other, "åsa", theirs)

	if code, _, stderr := cli(t, "merge", path, other); code != exitOK {
		t.Fatalf("merge: exit %d: %s", code, stderr)
	}
	merged := loadDemo(t, path)
	byID := model.Index(merged.FollowUps)
	got, ok1 := byID[ours.ID]
	got2, ok2 := byID[theirs.ID]
	if !ok1 || !ok2 {
		t.Fatalf("follow-ups after merge: ours %v, theirs %v", ok1, ok2)
	}
	if got.Outcome != ours.Outcome || len(got.MilestoneIDs) != 1 || got.MilestoneIDs[0] != "dm-1" {
		t.Errorf("our follow-up after merge: %+v", got)
	}
	if got2.Outcome != theirs.Outcome || len(got2.Effects) != 1 || got2.Effects[0] != theirs.Effects[0] {
		t.Errorf("their follow-up after merge: %+v", got2)
	}
	var history []*model.FollowUp
	for _, f := range merged.FollowUps {
		if f.CommitmentID == c.ID {
			history = append(history, f)
		}
	}
	s := model.OutcomeSeries(history, "")
	if len(s) < 2 || s[len(s)-1] != (model.Reading{Date: "2026-12-01", Value: 19.5}) {
		t.Errorf("the indicator's series after merge ends %v", s)
	}
	if code, _, stderr := cli(t, "check", path); code != exitOK {
		t.Errorf("check after merge: %s", stderr)
	}
	t.Run("JSON", func(t *testing.T) {
		out := filepath.Join(t.TempDir(), "rådet.json")
		if code, _, stderr := cli(t, "export", path, "--json", out); code != exitOK {
			t.Fatalf("export: %s", stderr)
		}
		if data := string(compact(t, mustRead(t, out))); !strings.Contains(data, `"outcome":{"value":19.5,"date":"2026-12-01"}`) ||
			!strings.Contains(data, `"effects":[{"goalId":"eg-1","value":42,"date":"2026-11-15"}]`) {
			t.Error("the JSON export lacks the utfall")
		}
		copied := filepath.Join(t.TempDir(), "kopia.samverka")
		if code, _, stderr := cli(t, "import", copied, "--json", out); code != exitOK {
			t.Fatalf("import: %s", stderr)
		}
		back := model.Index(loadDemo(t, copied).FollowUps)[theirs.ID]
		if back == nil || back.Outcome != theirs.Outcome || len(back.Effects) != 1 {
			t.Errorf("after export and import: %+v", back)
		}
	})
	change(t, path, "örjan", func(d *storage.Document) {
		fixed := *got
		fixed.Outcome.Value = 18
		if err := d.Put(&fixed); model.CodeOf(err) != model.CodeLockedRecord {
			t.Errorf("changing a stored utfall: %v, want %s", err, model.CodeLockedRecord)
		}
	})
}

// TestReportAsWordCommand writes the report to the nämnd as Word with the
// command: a Word package whose text has the måluppfyllelse.
func TestReportAsWordCommand(t *testing.T) {
	isolate(t)
	path := demoFile(t)
	out := filepath.Join(t.TempDir(), "rapport.docx")
	code, _, stderr := cli(t, "docx", path, "report", "--from", "2025-01-01", "--to", "2025-12-31", "--today", "2026-01-15", "-o", out)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	data := mustRead(t, out)
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range zr.File {
		if f.Name != "word/document.xml" {
			continue
		}
		r, _ := f.Open()
		doc, _ := io.ReadAll(r)
		r.Close()
		for _, want := range []string{"Måluppfyllelse", "Vad som gjorts per område och aktör", "Förslag till fortsatt arbete", "åtaganden med indikator har"} {
			if !strings.Contains(string(doc), want) {
				t.Errorf("the Word report lacks %q", want)
			}
		}
		return
	}
	t.Fatal("no word/document.xml")
}
