package main

import (
	"archive/zip"
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"samverka/assets"
	"samverka/exchange"
	"samverka/model"
	"samverka/storage"
)

// copyTo copies the file src to name in a new folder.
func copyTo(t *testing.T, src, name string) string {
	t.Helper()
	data, err := os.ReadFile(src)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// change opens path as user, runs fn and closes it, saving.
func change(t *testing.T, path, user string, fn func(d *storage.Document)) {
	t.Helper()
	d, err := storage.Open(path, storage.Options{User: user})
	if err != nil {
		t.Fatal(err)
	}
	fn(d)
	if err := d.Close(); err != nil {
		t.Fatal(err)
	}
}

// partNamed returns the live part of ds called name, or nil.
func partNamed(ds *model.Dataset, name string) *model.Part {
	for _, p := range model.Live(ds.Parts) {
		if p.Name == name {
			return p
		}
	}
	return nil
}

func mustRead(t *testing.T, path string) []byte {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

func assertSame(t *testing.T, path string, want []byte) {
	t.Helper()
	if !bytes.Equal(mustRead(t, path), want) {
		t.Errorf("%s was changed", path)
	}
}

func TestMerge(t *testing.T) {
	isolate(t)
	path := demoFile(t)
	other := copyTo(t, path, "Rådet (kopia från Åsa).samverka")
	var renamed *model.Part
	change(t, other, "åsa", func(d *storage.Document) {
		ds, _ := d.Load()
		renamed = partNamed(ds, "Familjebostäder")
		renamed.Name = "Familjebostäder AB"
		conflicting := partNamed(ds, "Fryshuset")
		conflicting.Notes = "Åsas anteckning"
		if err := d.Put(renamed, conflicting, &model.Part{Name: "Föreningen Ängsbacken", Kind: model.PartAssociation}); err != nil {
			t.Fatal(err)
		}
	})
	change(t, path, "örjan", func(d *storage.Document) {
		ds, _ := d.Load()
		p := partNamed(ds, "Fryshuset")
		p.Notes = "Örjans anteckning"
		if err := d.Put(p); err != nil {
			t.Fatal(err)
		}
	})
	theirs := mustRead(t, other)

	code, stdout, stderr := cli(t, "merge", path, other)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	lines := strings.Split(strings.TrimSuffix(stdout, "\n"), "\n")
	want := []string{
		path + ": merged with " + other + " – 1 added, 1 updated, 0 deleted, 1 conflicts.",
		"kind\tadded\tupdated\tdeleted\tconflicts",
		"parts\t1\t1\t0\t1",
	}
	if len(lines) != 4 || strings.Join(lines[:3], "\n") != strings.Join(want, "\n") ||
		!strings.HasPrefix(lines[3], "conflict: record "+partNamed(loadDemo(t, path), "Fryshuset").ID+" “Fryshuset” in the list of actors") {
		t.Fatalf("stdout:\n%s", stdout)
	}
	assertSame(t, other, theirs)
	ds := loadDemo(t, path)
	if partNamed(ds, "Föreningen Ängsbacken") == nil || partNamed(ds, "Familjebostäder AB") == nil {
		t.Error("the other copy's parts are missing")
	}
	if p := partNamed(ds, "Fryshuset"); p.Notes != "Örjans anteckning" {
		t.Errorf("the newer edit lost: %q", p.Notes)
	}
	if open := model.OpenConflicts(ds); len(open) != 1 {
		t.Errorf("%d open conflicts stored", len(open))
	}
	if code, _, stderr := cli(t, "check", path); code != exitOK {
		t.Errorf("check after merge: %s", stderr)
	}

	t.Run("Again", func(t *testing.T) {
		before := mustRead(t, path)
		code, stdout, _ := cli(t, "merge", path, other)
		if code != exitOK || oneLineOf(t, stdout) != path+": merged with "+other+" – 0 added, 0 updated, 0 deleted, 0 conflicts." {
			t.Errorf("exit %d: %q", code, stdout)
		}
		assertSame(t, path, before)
	})
	t.Run("Swedish", func(t *testing.T) {
		t.Setenv("LANG", "sv_SE.UTF-8")
		_, stdout, _ := cli(t, "merge", path, other)
		if !strings.Contains(stdout, "sammanslagen med") {
			t.Errorf("%q", stdout)
		}
	})
}

func TestMergeRefusals(t *testing.T) {
	isolate(t)
	path := demoFile(t)
	rinkeby := filepath.Join(t.TempDir(), "Rådet Rinkeby.samverka")
	if code, _, stderr := cli(t, "new", rinkeby, "--council", "Rådet Rinkeby-Kista"); code != exitOK {
		t.Fatal(stderr)
	}
	before := mustRead(t, path)
	t.Run("OtherCouncil", func(t *testing.T) {
		code, _, stderr := cli(t, "merge", path, rinkeby)
		want := assets.Message("en", "error."+model.CodeOtherCouncil, map[string]any{"Ours": "Brottsförebyggande rådet i Skärholmen", "Theirs": "Rådet Rinkeby-Kista"})
		if code != exitRefused || oneLineOf(t, stderr) != want {
			t.Errorf("exit %d: %q", code, stderr)
		}
		assertSame(t, path, before)
	})
	for other, wantCode := range refusedFiles(t, path) {
		t.Run(filepath.Base(other), func(t *testing.T) {
			code, _, stderr := cli(t, "merge", path, other)
			if code != exitRefused || oneLineOf(t, stderr) != other+": "+msg("en", wantCode) {
				t.Errorf("exit %d: %q", code, stderr)
			}
			assertSame(t, path, before)
		})
	}
	t.Run("SameFile", func(t *testing.T) {
		if code, _, stderr := cli(t, "merge", path, path); code != exitUsage || !strings.Contains(oneLineOf(t, stderr), "same file") {
			t.Errorf("exit %d: %q", code, stderr)
		}
	})
	t.Run("Usage", func(t *testing.T) {
		if code, _, stderr := cli(t, "merge", path); code != exitUsage || oneLineOf(t, stderr) != "usage: samverka-cli merge FILE OTHER-COPY" {
			t.Errorf("exit %d: %q", code, stderr)
		}
	})
}

func TestRollupCommand(t *testing.T) {
	isolate(t)
	path := demoFile(t)
	rinkeby := filepath.Join(t.TempDir(), "Rådet Rinkeby.samverka")
	cli(t, "new", rinkeby, "--council", "Rådet Rinkeby-Kista")
	copyOf := copyTo(t, path, "Kopia.samverka")
	before := map[string][]byte{path: mustRead(t, path), rinkeby: mustRead(t, rinkeby)}
	out := filepath.Join(t.TempDir(), "Staden.samverka")
	code, stdout, stderr := cli(t, "rollup", out, path, rinkeby, copyOf)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	n := liveCount(loadDemo(t, path)) + 1 // and Rinkeby's council
	want := out + ": roll-up of 2 councils (Brottsförebyggande rådet i Skärholmen, Rådet Rinkeby-Kista) with " + itoa(n) + " records. The file can only be read."
	if oneLineOf(t, stdout) != want {
		t.Errorf("stdout %q", stdout)
	}
	for p, data := range before {
		assertSame(t, p, data)
	}
	if code, stdout, _ := cli(t, "check", out); code != exitOK || oneLineOf(t, stdout) != "ok: "+itoa(n)+" records" {
		t.Errorf("check: exit %d %q", code, stdout)
	}

	t.Run("IsReadOnly", func(t *testing.T) {
		rolled := mustRead(t, out)
		csv := filepath.Join(t.TempDir(), "parts.csv")
		os.WriteFile(csv, []byte("\ufeffName;Type of organisation\r\nNy förening;Other\r\n"), 0o644)
		code, _, stderr := cli(t, "import", out, "--csv", "parts", csv)
		if code != exitRefused || oneLineOf(t, stderr) != out+": "+msg("en", storage.CodeRollup) {
			t.Errorf("exit %d: %q", code, stderr)
		}
		code, _, stderr = cli(t, "merge", out, path)
		if code != exitRefused || oneLineOf(t, stderr) != out+": "+msg("en", storage.CodeRollup) {
			t.Errorf("exit %d: %q", code, stderr)
		}
		assertSame(t, out, rolled)
	})
	t.Run("Exists", func(t *testing.T) {
		if code, _, stderr := cli(t, "rollup", out, path); code != exitRefused || !strings.Contains(oneLineOf(t, stderr), "already exists") {
			t.Errorf("exit %d: %q", code, stderr)
		}
	})
	t.Run("DamagedInput", func(t *testing.T) {
		data := mustRead(t, path)
		bad := filepath.Join(t.TempDir(), "Trasig.samverka")
		os.WriteFile(bad, data[:len(data)/3], 0o644)
		out := filepath.Join(t.TempDir(), "Staden.samverka")
		code, _, stderr := cli(t, "rollup", out, path, bad)
		if code != exitRefused || oneLineOf(t, stderr) != bad+": "+msg("en", model.CodeDamaged) {
			t.Errorf("exit %d: %q", code, stderr)
		}
		if _, err := os.Stat(out); err == nil {
			t.Error("a roll-up was written")
		}
	})
	t.Run("Usage", func(t *testing.T) {
		if code, _, _ := cli(t, "rollup", out); code != exitUsage {
			t.Errorf("exit %d", code)
		}
	})
}

func TestExportSheets(t *testing.T) {
	isolate(t)
	path := demoFile(t)
	before := mustRead(t, path)
	ds := loadDemo(t, path)
	for _, lang := range []string{"sv", "en"} {
		t.Run("CSV-"+lang, func(t *testing.T) {
			dir := filepath.Join(t.TempDir(), "Utdrag för Skärholmen")
			code, stdout, stderr := cli(t, "export", path, "--csv", dir, "--lang", lang)
			if code != exitOK {
				t.Fatalf("exit %d: %s", code, stderr)
			}
			if got := strings.Count(stdout, "\n"); got != len(exchange.ExportLists) {
				t.Errorf("%d lines: %q", got, stdout)
			}
			for _, k := range exchange.ExportLists {
				data := mustRead(t, filepath.Join(dir, exchange.FileName(k, lang)))
				if !bytes.HasPrefix(data, []byte("\xef\xbb\xbf")) {
					t.Errorf("%s: no byte order mark", k)
				}
				header, _, _ := strings.Cut(string(data[3:]), "\r\n")
				if !strings.Contains(header, ";") || strings.Contains(header, ",") {
					t.Errorf("%s header %q", k, header)
				}
				var want bytes.Buffer
				exchange.WriteCSV(&want, k, ds, lang)
				if !bytes.Equal(data, want.Bytes()) {
					t.Errorf("%s is not exchange's CSV", k)
				}
			}
			if !strings.Contains(string(mustRead(t, filepath.Join(dir, exchange.FileName(model.KindPart, lang)))), "Familjebostäder") {
				t.Error("the parts lack a Swedish name")
			}
			assertSame(t, path, before)
		})
	}
	t.Run("CSVLanguageOfTheLocale", func(t *testing.T) {
		t.Setenv("LANG", "sv_SE.UTF-8")
		dir := t.TempDir()
		if code, _, stderr := cli(t, "export", path, "--csv", dir); code != exitOK {
			t.Fatal(stderr)
		}
		if _, err := os.Stat(filepath.Join(dir, "åtaganden.csv")); err != nil {
			t.Error(err)
		}
	})
	t.Run("XLSX", func(t *testing.T) {
		out := filepath.Join(t.TempDir(), "Rådet Skärholmen.xlsx")
		if code, _, stderr := cli(t, "export", path, "--xlsx", out); code != exitOK {
			t.Fatalf("exit %d: %s", code, stderr)
		}
		data := mustRead(t, out)
		zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
		if err != nil {
			t.Fatal(err)
		}
		var names []string
		for _, f := range zr.File {
			names = append(names, f.Name)
		}
		if !strings.Contains(strings.Join(names, " "), "xl/worksheets/sheet3.xml") {
			t.Errorf("parts %v", names)
		}
		var want bytes.Buffer
		exchange.WriteXLSX(&want, ds, "en")
		if !bytes.Equal(data, want.Bytes()) {
			t.Error("the workbook is not exchange's")
		}
		assertSame(t, path, before)
	})
	t.Run("Usage", func(t *testing.T) {
		for _, args := range [][]string{
			{"export", path, "--csv", t.TempDir(), "--xlsx", "x.xlsx"},
			{"export", path, "--csv", t.TempDir(), "--lang", "de"},
			{"export", path, "--xlsx"},
		} {
			if code, _, stderr := cli(t, args...); code != exitUsage {
				t.Errorf("%v: exit %d: %s", args, code, stderr)
			}
		}
	})
}

// partsCSV exports the parts of path as CSV in lang and returns it with
// its rows changed by replace, old and new text in turn, and extra rows
// appended.
func partsCSV(t *testing.T, path, lang string, replace []string, rows ...string) string {
	t.Helper()
	dir := t.TempDir()
	if code, _, stderr := cli(t, "export", path, "--csv", dir, "--lang", lang); code != exitOK {
		t.Fatal(stderr)
	}
	name := filepath.Join(dir, exchange.FileName(model.KindPart, lang))
	data := mustRead(t, name)
	data = []byte(strings.NewReplacer(replace...).Replace(string(data)))
	for _, r := range rows {
		data = append(data, r+"\r\n"...)
	}
	os.WriteFile(name, data, 0o644)
	return name
}

func TestImportCSV(t *testing.T) {
	isolate(t)
	path := demoFile(t)
	ds := loadDemo(t, path)
	fam := partNamed(ds, "Familjebostäder")
	rename := []string{fam.ID + ";Familjebostäder;", fam.ID + ";Familjebostäder i Söderort;"}
	good := []string{";Föreningen Åkerbäret;Association/civil society;;No;Ängsvägen 1, 127 31 Skärholmen;"}
	bad := []string{
		";Bolaget med fel nummer;Business;556677-1234;No;;",
		";Rymdskeppet;Spaceship;;No;;",
	}

	t.Run("Rejected", func(t *testing.T) {
		before := mustRead(t, path)
		in := partsCSV(t, path, "en", rename, append(good, bad...)...)
		for _, dry := range []bool{false, true} {
			args := []string{"import", path, "--csv", "parts", in}
			if dry {
				args = append(args, "--dry-run")
			}
			code, stdout, stderr := cli(t, args...)
			lines := strings.Split(strings.TrimSuffix(stderr, "\n"), "\n")
			if code != exitRefused || len(lines) != 3 ||
				!strings.HasPrefix(lines[0], "line "+itoa(len(model.Live(ds.Parts))+3)+": Organisation number: ") ||
				!strings.HasPrefix(lines[1], "line "+itoa(len(model.Live(ds.Parts))+4)+": Type of organisation: ") ||
				lines[2] != in+": 2 rows were rejected, so nothing was imported. Correct the rows and try again." {
				t.Errorf("dry run %v: exit %d:\n%s", dry, code, stderr)
			}
			if dry && !strings.Contains(stdout, "Rejected: 2") {
				t.Errorf("dry run summary %q", stdout)
			}
			assertSame(t, path, before)
		}
	})
	t.Run("DryRun", func(t *testing.T) {
		before := mustRead(t, path)
		in := partsCSV(t, path, "sv", nil, ";Föreningen Åkerbäret;Förening/civilsamhälle;;Nej;;")
		code, stdout, stderr := cli(t, "import", path, "--csv", "parter", in, "--dry-run")
		if code != exitOK || stderr != "" || !strings.HasPrefix(oneLineOf(t, stdout), "New rows: 1.") {
			t.Errorf("exit %d: %q %q", code, stdout, stderr)
		}
		assertSame(t, path, before)
		if note, _ := storage.ReadLock(path); note != nil {
			t.Error("a dry run left a lock note")
		}
	})
	t.Run("Imported", func(t *testing.T) {
		in := partsCSV(t, path, "en", rename, good...)
		code, stdout, stderr := cli(t, "import", path, "--csv", "parts", in)
		want := path + ": 1 new and 1 changed records imported; " + itoa(len(model.Live(ds.Parts))-1) + " rows were unchanged."
		if code != exitOK || oneLineOf(t, stdout) != want {
			t.Fatalf("exit %d: %q %q", code, stdout, stderr)
		}
		after := loadDemo(t, path)
		if p := partNamed(after, "Föreningen Åkerbäret"); p == nil || p.Address != "Ängsvägen 1, 127 31 Skärholmen" || p.ID == "" {
			t.Errorf("new part %+v", p)
		}
		if p := partNamed(after, "Familjebostäder i Söderort"); p == nil || p.ID != fam.ID || p.Rev != fam.Rev+1 {
			t.Errorf("updated part %+v", p)
		}
		if code, _, stderr := cli(t, "check", path); code != exitOK {
			t.Error(stderr)
		}
	})
	t.Run("FromStandardInput", func(t *testing.T) {
		stdin = strings.NewReader("\ufeffName;Type of organisation\r\nSkärholmens IP;Other\r\n")
		defer func() { stdin = os.Stdin }()
		if code, _, stderr := cli(t, "import", path, "--csv", "parts", "-"); code != exitOK {
			t.Errorf("exit %d: %s", code, stderr)
		}
		if partNamed(loadDemo(t, path), "Skärholmens IP") == nil {
			t.Error("not imported")
		}
	})
	t.Run("Refusals", func(t *testing.T) {
		before := mustRead(t, path)
		notCSV := filepath.Join(t.TempDir(), "bild.csv")
		os.WriteFile(notCSV, []byte("Detta är ingen lista\r\nbara text\r\n"), 0o644)
		tests := []struct {
			name string
			args []string
			code int
			line string
		}{
			{"UnknownList", []string{"import", path, "--csv", "möten", notCSV}, exitUsage, "There is no list called “möten”. Use parts, representatives or commitments."},
			{"NoHeader", []string{"import", path, "--csv", "parts", notCSV}, exitRefused, notCSV + ": " + assets.Message("en", "error."+exchange.CodeHeader, map[string]any{"List": exchange.ListName(model.KindPart, "sv")})},
			{"MissingInput", []string{"import", path, "--csv", "parts", filepath.Join(t.TempDir(), "saknas.csv")}, exitRefused, ""},
			{"Usage", []string{"import", path, "--csv", "parts"}, exitUsage, ""},
		}
		for _, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				code, _, stderr := cli(t, tt.args...)
				line := oneLineOf(t, stderr)
				if code != tt.code || tt.line != "" && line != tt.line {
					t.Errorf("exit %d: %q", code, line)
				}
				assertSame(t, path, before)
			})
		}
	})
}
