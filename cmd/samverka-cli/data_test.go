package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"samverka/demo"
	"samverka/model"
)

func TestStats(t *testing.T) {
	isolate(t)
	path := demoFile(t)
	ds := demo.Generate(demo.Small, 1)
	code, stdout, stderr := cli(t, "stats", "--json", path)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var st struct {
		Council string
		Counts  map[string]int
		Total   int
	}
	if err := json.Unmarshal([]byte(stdout), &st); err != nil {
		t.Fatal(err)
	}
	want := map[string]int{
		"parts":           len(model.Live(ds.Parts)),
		"representatives": len(model.Live(ds.Representatives)),
		"commitments":     len(model.Live(ds.Commitments)),
		"followups":       len(model.Live(ds.FollowUps)),
		"meetings":        len(model.Live(ds.Meetings)),
		"agreements":      len(model.Live(ds.Agreements)),
		"signatures":      len(model.Live(ds.Signatures)),
	}
	for k, n := range want {
		if st.Counts[k] != n {
			t.Errorf("%s: %d, want %d", k, st.Counts[k], n)
		}
	}
	if st.Council != ds.Council.Name || st.Total != liveCount(ds) {
		t.Errorf("council %q, total %d", st.Council, st.Total)
	}
	_, text, _ := cli(t, "stats", path)
	if !strings.Contains(text, "followups\t"+itoa(want["followups"])+"\n") {
		t.Errorf("text stats lack the follow-ups:\n%s", text)
	}
}

func TestList(t *testing.T) {
	isolate(t)
	path := demoFile(t)
	ds := demo.Generate(demo.Small, 1)
	labels := map[model.Kind]map[string]string{}
	ds.Each(func(r model.Record) {
		if r.RecordMeta().Deleted {
			return
		}
		if labels[r.RecordKind()] == nil {
			labels[r.RecordKind()] = map[string]string{}
		}
		labels[r.RecordKind()][r.RecordMeta().ID] = label(r)
	})
	for _, kind := range []model.Kind{model.KindPart, model.KindRepresentative, model.KindMeeting,
		model.KindCommitment, model.KindAgreement, model.KindFollowUp, model.KindCause} {
		t.Run(string(kind), func(t *testing.T) {
			code, stdout, stderr := cli(t, "list", path, string(kind))
			if code != exitOK {
				t.Fatalf("exit %d: %s", code, stderr)
			}
			lines := strings.Split(strings.TrimSuffix(stdout, "\n"), "\n")
			if len(lines) != len(labels[kind]) {
				t.Fatalf("%d lines, want %d live records", len(lines), len(labels[kind]))
			}
			prev := ""
			for _, l := range lines {
				id, name, ok := strings.Cut(l, "\t")
				if !ok || labels[kind][id] != name || id <= prev {
					t.Fatalf("line %q: want id, tab, %q, in id order", l, labels[kind][id])
				}
				prev = id
			}
		})
	}
	t.Run("JSONAndSingular", func(t *testing.T) {
		code, stdout, _ := cli(t, "list", "--json", path, "agreement")
		var list []model.Agreement
		if err := json.Unmarshal([]byte(stdout), &list); err != nil || code != exitOK || len(list) != len(labels[model.KindAgreement]) {
			t.Errorf("exit %d, %d agreements, %v", code, len(list), err)
		}
	})
	t.Run("UnknownKind", func(t *testing.T) {
		if code, _, stderr := cli(t, "list", path, "widgets"); code != exitUsage || !strings.Contains(oneLineOf(t, stderr), "commitments") {
			t.Errorf("exit %d, %q", code, stderr)
		}
	})
	t.Run("Refused", func(t *testing.T) {
		empty := filepath.Join(t.TempDir(), "empty.samverka")
		os.WriteFile(empty, nil, 0o644)
		if code, _, stderr := cli(t, "list", empty, "parts"); code != exitRefused || oneLineOf(t, stderr) != empty+": "+msg("en", model.CodeEmpty) {
			t.Errorf("exit %d, %q", code, stderr)
		}
	})
}

// export runs export and returns the JSON.
func export(t *testing.T, path string) []byte {
	t.Helper()
	out := filepath.Join(t.TempDir(), "export.json")
	if code, _, stderr := cli(t, "export", path, "--json", out); code != exitOK {
		t.Fatalf("export: exit %d: %s", code, stderr)
	}
	data, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

func TestExportImportRoundTrip(t *testing.T) {
	isolate(t)
	path := demoFile(t)
	first := export(t, path)
	if again := export(t, path); !bytes.Equal(first, again) {
		t.Fatal("two exports of the same file differ")
	}
	var ds model.Dataset
	if err := json.Unmarshal(first, &ds); err != nil || ds.Format != model.FormatName || ds.Council == nil {
		t.Fatalf("export is not a dataset: %v", err)
	}
	if want, _ := json.Marshal(demo.Generate(demo.Small, 1)); !bytes.Equal(compact(t, first), want) {
		t.Error("the export is not the demo council as generated")
	}

	in := filepath.Join(t.TempDir(), "in.json")
	os.WriteFile(in, first, 0o644)
	copyPath := filepath.Join(t.TempDir(), "copy.samverka")
	code, stdout, stderr := cli(t, "import", copyPath, "--json", in)
	if code != exitOK || !strings.Contains(oneLineOf(t, stdout), itoa(liveCount(&ds))) {
		t.Fatalf("import: exit %d: %s %s", code, stdout, stderr)
	}
	if second := export(t, copyPath); !bytes.Equal(first, second) {
		t.Fatal("export → import → export is not byte-identical")
	}

	t.Run("ToStandardOutput", func(t *testing.T) {
		code, stdout, _ := cli(t, "export", path, "--json", "-")
		if code != exitOK || stdout != string(first) {
			t.Errorf("exit %d; stdout differs from the file export", code)
		}
	})
	t.Run("IntoTheSameCouncil", func(t *testing.T) {
		if code, _, stderr := cli(t, "import", copyPath, "--json", in); code != exitOK {
			t.Errorf("exit %d: %s", code, stderr)
		}
		if again := export(t, copyPath); !bytes.Equal(first, again) {
			t.Error("importing the same export again changed the file")
		}
	})
	t.Run("IntoAnotherCouncil", func(t *testing.T) {
		other := filepath.Join(t.TempDir(), "other.samverka")
		cli(t, "new", other, "--council", "Brottsförebyggande rådet i Rinkeby")
		before, _ := os.ReadFile(other)
		code, _, stderr := cli(t, "import", other, "--json", in)
		if line := oneLineOf(t, stderr); code != exitRefused || !strings.Contains(line, "Rinkeby") {
			t.Errorf("exit %d, %q", code, line)
		}
		if after, _ := os.ReadFile(other); !bytes.Equal(before, after) {
			t.Error("the other council's file was changed")
		}
	})
}

func compact(t *testing.T, data []byte) []byte {
	var b bytes.Buffer
	if err := json.Compact(&b, data); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func TestImportRefuses(t *testing.T) {
	isolate(t)
	good := demo.Generate(demo.Small, 1)
	write := func(t *testing.T, v any) string {
		data, _ := json.Marshal(v)
		if s, ok := v.(string); ok {
			data = []byte(s)
		}
		path := filepath.Join(t.TempDir(), "in.json")
		os.WriteFile(path, data, 0o644)
		return path
	}
	newer := *good
	newer.SchemaVersion = model.SchemaVersion + 1
	invalid := demo.Generate(demo.Small, 1)
	invalid.Parts[3].OrgNumber = "212000-0143" // wrong check digit
	personal := demo.Generate(demo.Small, 1)
	personal.FollowUps[0].Comment = "Kontakt med 811228-9874 om lokalen."
	for name, c := range map[string]struct {
		in   string
		want string
	}{
		"NotJSON":      {write(t, "hej"), "not a JSON export"},
		"OtherJSON":    {write(t, map[string]int{"a": 1}), "not a JSON export"},
		"Newer":        {write(t, &newer), "newer version"},
		"InvalidField": {write(t, invalid), invalid.Parts[3].ID},
		"Personnummer": {write(t, personal), "personal identity number"},
		"Missing":      {filepath.Join(t.TempDir(), "nope.json"), "no longer where it was"},
	} {
		t.Run(name, func(t *testing.T) {
			target := filepath.Join(t.TempDir(), "target.samverka")
			code, _, stderr := cli(t, "import", target, "--json", c.in)
			if line := oneLineOf(t, stderr); code != exitRefused || !strings.Contains(line, c.want) {
				t.Errorf("exit %d, %q; want 1 and %q", code, line, c.want)
			}
			if _, err := os.Stat(target); err == nil {
				t.Error("a data file was made from refused input")
			}
		})
	}
}

// TestStockholmDemo makes DESIGN.md's benchmark file the way `make bench`
// does and checks that it holds exactly the benchmark's counts.
func TestStockholmDemo(t *testing.T) {
	if testing.Short() {
		t.Skip("the Stockholm file takes a while")
	}
	isolate(t)
	path := filepath.Join(t.TempDir(), "stockholm.samverka")
	if code, _, stderr := cli(t, "demo", path, "--scale", "stockholm", "--seed", "1", "--today", string(demo.Today)); code != exitOK {
		t.Fatalf("demo: exit %d: %s", code, stderr)
	}
	code, stdout, stderr := cli(t, "stats", path, "--json")
	if code != exitOK {
		t.Fatalf("stats: exit %d: %s", code, stderr)
	}
	var st struct{ Counts map[string]int }
	if err := json.Unmarshal([]byte(stdout), &st); err != nil {
		t.Fatal(err)
	}
	for kind, n := range map[string]int{"parts": 100, "representatives": 600, "meetings": 300,
		"commitments": 5000, "followups": 50000, "agreements": 100} {
		if st.Counts[kind] != n {
			t.Errorf("%s: %d, want %d", kind, st.Counts[kind], n)
		}
	}
}
