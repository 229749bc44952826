package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"samverka/demo"
	"samverka/model"
)

func TestDemoLivesOnItsDay(t *testing.T) {
	isolate(t)
	path := filepath.Join(t.TempDir(), "Rådet.samverka")
	if code, _, stderr := cli(t, "demo", path, "--today", "2026-12-03"); code != exitOK {
		t.Fatalf("demo: exit %d: %s", code, stderr)
	}
	ds := loadDemo(t, path)
	next := model.Date("")
	for _, m := range model.Live(ds.Meetings) {
		if m.Date > "2026-12-03" && (next == "" || m.Date < next) {
			next = m.Date
		}
	}
	if next == "" || next > "2027-01-31" {
		t.Errorf("the next meeting after 2026-12-03 is %q", next)
	}
	if n := len(model.Late(ds.Deadlines, "2026-12-03")); n != 1 {
		t.Errorf("%d late deadlines", n)
	}
	bad := filepath.Join(t.TempDir(), "x.samverka")
	code, _, stderr := cli(t, "demo", bad, "--today", "2026-02-30")
	if code != exitUsage || !strings.Contains(stderr, "2026-02-30") {
		t.Errorf("a bad --today: exit %d, %q", code, stderr)
	}
	if _, err := os.Stat(bad); err == nil {
		t.Error("a file was made for a bad --today")
	}
}

func TestCalendarCommand(t *testing.T) {
	isolate(t)
	path := demoFile(t)
	ds := loadDemo(t, path)
	dir := t.TempDir()
	out := filepath.Join(dir, "rådet.ics")
	code, _, stderr := cli(t, "calendar", path, "-o", out, "--today", string(demo.Today))
	if code != exitOK || !strings.Contains(stderr, out) {
		t.Fatalf("calendar: exit %d, %q", code, stderr)
	}
	first, _ := os.ReadFile(out)
	text := string(first)
	// The meetings and the deadlines of the year before and the two
	// after, each once.
	want := len(model.Live(ds.Meetings))
	for _, d := range ds.Deadlines {
		want += len(d.Occurrences(demo.Today.AddDays(-365), "2028-01-15"))
	}
	if got := strings.Count(text, "BEGIN:VEVENT\r\n"); got != want {
		t.Errorf("%d events, want %d", got, want)
	}
	for _, s := range []string{"BEGIN:VCALENDAR\r\n", "TZID:Europe/Stockholm\r\n", "DTSTART;TZID=Europe/Stockholm:", "DTSTART;VALUE=DATE:"} {
		if !strings.Contains(text, s) {
			t.Errorf("no %q", s)
		}
	}
	for i, l := range strings.Split(strings.TrimSuffix(text, "\r\n"), "\r\n") {
		if len(l) > 75 || strings.ContainsAny(l, "\r\n") {
			t.Fatalf("line %d: %q", i+1, l)
		}
	}
	// A second export of the same file is the same, byte for byte.
	again := filepath.Join(dir, "igen.ics")
	cli(t, "calendar", path, "-o", again, "--today", string(demo.Today))
	if second, _ := os.ReadFile(again); !bytes.Equal(first, second) {
		t.Error("two exports differ")
	}
	for _, args := range [][]string{
		{"calendar", path},
		{"calendar", path, "-o", path},
		{"calendar", path, "-o", out, "--from", "2026-13-01"},
		{"calendar", path, "-o", out, "--lang", "fi"},
	} {
		if code, _, _ := cli(t, args...); code != exitUsage {
			t.Errorf("%v: exit %d", args, code)
		}
	}
}

func TestListDialogues(t *testing.T) {
	isolate(t)
	t.Setenv("LANG", "sv_SE.UTF-8")
	path := demoFile(t)
	code, stdout, stderr := cli(t, "list", path, "dialogues")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	lines := strings.Split(strings.TrimSpace(stdout), "\n")
	if len(lines) != len(model.Live(loadDemo(t, path).Dialogues)) {
		t.Fatalf("%d lines:\n%s", len(lines), stdout)
	}
	found := false
	for _, l := range lines {
		f := strings.Split(l, "\t")
		if len(f) != 7 || !model.Date(f[1]).Valid() || !strings.HasSuffix(f[5], "deltagare") || !strings.HasSuffix(f[6], "iakttagelser") {
			t.Errorf("line %q", l)
		}
		found = found || (f[2] == "Trygghetsvandring" && f[3] == "Trygghetsvandring i Vårberg")
	}
	if !found {
		t.Errorf("no trygghetsvandring in Vårberg:\n%s", stdout)
	}
}

// TestListDeadlinesShowsTheNextDate: `list deadlines` showed a yearly
// deadline's first date, a year or more gone; it shows the next date on
// or after --today that is not met.
func TestListDeadlinesShowsTheNextDate(t *testing.T) {
	isolate(t)
	path := demoFile(t)
	today := model.Date("2026-12-03")
	code, stdout, stderr := cli(t, "list", path, "deadlines", "--today", string(today))
	if code != exitOK {
		t.Fatalf("list: exit %d: %s", code, stderr)
	}
	ds := loadDemo(t, path)
	checked := 0
	for _, d := range model.Live(ds.Deadlines) {
		next, ok := d.Next(today)
		if !ok {
			continue
		}
		if !strings.Contains(stdout, d.ID+"\t"+string(next.Due)+"\t") {
			t.Errorf("%s (%s): not listed with %s:\n%s", d.Title, d.Due, next.Due, stdout)
		}
		if next.Due != d.Due {
			checked++
		}
	}
	if checked == 0 {
		t.Error("no deadline of the example council has its next date after its first")
	}
	if code, _, stderr := cli(t, "list", path, "deadlines", "--today", "2026-13-01"); code != exitUsage || !strings.Contains(stderr, "2026-13-01") {
		t.Errorf("a bad --today: exit %d, %q", code, stderr)
	}
}
