package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"samverka/assets"
	"samverka/demo"
	"samverka/model"
	"samverka/storage"
)

// isolate points the user's folders (working copies, backups) into the
// test's own and speaks English unless the test asks otherwise.
func isolate(t *testing.T) {
	t.Helper()
	home := t.TempDir()
	for _, v := range []string{"HOME", "XDG_CACHE_HOME", "XDG_CONFIG_HOME", "LocalAppData", "AppData"} {
		t.Setenv(v, home)
	}
	t.Setenv("LC_ALL", "")
	t.Setenv("LC_MESSAGES", "")
	t.Setenv("LANG", "C")
}

// cli runs the program in-process and returns its exit code and output.
func cli(t *testing.T, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errOut bytes.Buffer
	code = run(args, &out, &errOut)
	return code, out.String(), errOut.String()
}

// oneLineOf fails unless s is exactly one line, and returns it.
func oneLineOf(t *testing.T, s string) string {
	t.Helper()
	if strings.Count(s, "\n") != 1 || !strings.HasSuffix(s, "\n") {
		t.Fatalf("want exactly one line, got %q", s)
	}
	return strings.TrimSuffix(s, "\n")
}

// demoFile writes the small demo council as it stands on demo.Today to a
// new file and returns its path.
func demoFile(t *testing.T) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "Rådet Skärholmen.samverka")
	if code, _, stderr := cli(t, "demo", path, "--today", string(demo.Today)); code != exitOK {
		t.Fatalf("demo: exit %d: %s", code, stderr)
	}
	return path
}

func msg(lang, code string) string { return assets.Message(lang, "error."+code, nil) }

func TestUsage(t *testing.T) {
	isolate(t)
	t.Run("NoArguments", func(t *testing.T) {
		code, _, stderr := cli(t)
		if code != exitUsage || !strings.Contains(oneLineOf(t, stderr), "check") {
			t.Errorf("exit %d, %q", code, stderr)
		}
	})
	t.Run("Help", func(t *testing.T) {
		if code, _, _ := cli(t, "--help"); code != exitOK {
			t.Errorf("exit %d", code)
		}
	})
	t.Run("UnknownCommand", func(t *testing.T) {
		code, _, stderr := cli(t, "frobnicate")
		if code != exitUsage || !strings.Contains(oneLineOf(t, stderr), "frobnicate") {
			t.Errorf("exit %d, %q", code, stderr)
		}
	})
	t.Run("MissingFile", func(t *testing.T) {
		code, _, stderr := cli(t, "check")
		if code != exitUsage || oneLineOf(t, stderr) != "usage: samverka-cli check FILE" {
			t.Errorf("exit %d, %q", code, stderr)
		}
	})
	t.Run("UnknownFlag", func(t *testing.T) {
		code, _, stderr := cli(t, "check", "x.samverka", "--bogus")
		if code != exitUsage || !strings.Contains(oneLineOf(t, stderr), "--bogus") {
			t.Errorf("exit %d, %q", code, stderr)
		}
	})
	t.Run("NewWithoutCouncil", func(t *testing.T) {
		path := filepath.Join(t.TempDir(), "x.samverka")
		if code, _, _ := cli(t, "new", path); code != exitUsage {
			t.Errorf("exit %d", code)
		}
		if _, err := os.Stat(path); err == nil {
			t.Error("a file was made without a council")
		}
	})
	t.Run("BadScale", func(t *testing.T) {
		code, _, stderr := cli(t, "demo", filepath.Join(t.TempDir(), "x.samverka"), "--scale", "huge")
		if code != exitUsage || !strings.Contains(oneLineOf(t, stderr), "huge") {
			t.Errorf("exit %d, %q", code, stderr)
		}
	})
}

func TestNew(t *testing.T) {
	isolate(t)
	path := filepath.Join(t.TempDir(), "Rådet.samverka")
	// Flags may come before the file.
	code, stdout, stderr := cli(t, "new", "--council", "Brottsförebyggande rådet i Sätra", path, "--district", "Sätra")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	oneLineOf(t, stdout)
	if code, stdout, _ := cli(t, "check", path); code != exitOK || stdout != "ok: 1 records\n" {
		t.Errorf("check of a new file: exit %d, %q", code, stdout)
	}
	code, stdout, _ = cli(t, "stats", path, "--json")
	var st struct{ Council string }
	if err := json.Unmarshal([]byte(stdout), &st); err != nil || code != exitOK || st.Council != "Brottsförebyggande rådet i Sätra" {
		t.Errorf("stats: exit %d, %q, %v", code, stdout, err)
	}

	t.Run("RefusesAnExistingFile", func(t *testing.T) {
		before, _ := os.ReadFile(path)
		code, _, stderr := cli(t, "new", path, "--council", "Another")
		if code != exitRefused || !strings.Contains(oneLineOf(t, stderr), "already exists") {
			t.Errorf("exit %d, %q", code, stderr)
		}
		if after, _ := os.ReadFile(path); !bytes.Equal(before, after) {
			t.Error("the existing file was changed")
		}
	})
}

func TestDemoRefusesAnExistingFile(t *testing.T) {
	isolate(t)
	path := filepath.Join(t.TempDir(), "notes.txt")
	os.WriteFile(path, []byte("my notes\n"), 0o644)
	code, _, stderr := cli(t, "demo", path)
	if code != exitRefused || !strings.HasPrefix(oneLineOf(t, stderr), path+": ") {
		t.Errorf("exit %d, %q", code, stderr)
	}
	if data, _ := os.ReadFile(path); string(data) != "my notes\n" {
		t.Errorf("the file now holds %q", data)
	}
}

// refusedFiles returns files check must refuse, with the code of the
// message it must give.
func refusedFiles(t *testing.T, good string) map[string]string {
	t.Helper()
	dir := t.TempDir()
	data, err := os.ReadFile(good)
	if err != nil {
		t.Fatal(err)
	}
	files := map[string]struct {
		data []byte
		code string
	}{
		"empty.samverka":     {nil, model.CodeEmpty},
		"truncated.samverka": {data[:len(data)/3], model.CodeDamaged},
		"random.samverka":    {pseudoRandom(20000), model.CodeNotSamverka},
		"minutes.txt":        {[]byte("Protokoll från rådets möte\n§ 1 Mötets öppnande\n"), model.CodeNotSamverka},
	}
	out := map[string]string{}
	for name, f := range files {
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, f.data, 0o644); err != nil {
			t.Fatal(err)
		}
		out[path] = f.code
	}
	out[filepath.Join(dir, "missing.samverka")] = model.CodeNotFound
	return out
}

func pseudoRandom(n int) []byte {
	b := make([]byte, n)
	x := uint32(2463534242)
	for i := range b {
		x ^= x << 13
		x ^= x >> 17
		x ^= x << 5
		b[i] = byte(x)
	}
	return b
}

func TestCheck(t *testing.T) {
	isolate(t)
	good := demoFile(t)
	ds := demo.Generate(demo.Small, 1)
	want := liveCount(ds)
	t.Run("Good", func(t *testing.T) {
		before, _ := os.ReadFile(good)
		code, stdout, stderr := cli(t, "check", good)
		if code != exitOK || stdout != "ok: "+itoa(want)+" records\n" || stderr != "" {
			t.Errorf("exit %d, %q, %q; want ok: %d records", code, stdout, stderr, want)
		}
		if after, _ := os.ReadFile(good); !bytes.Equal(before, after) {
			t.Error("check changed the file")
		}
	})
	for path, code := range refusedFiles(t, good) {
		t.Run(filepath.Base(path), func(t *testing.T) {
			before, _ := os.ReadFile(path)
			exit, stdout, stderr := cli(t, "check", path)
			line := oneLineOf(t, stderr)
			if exit != exitRefused || stdout != "" || line != path+": "+msg("en", code) {
				t.Errorf("exit %d, %q; want 1 and %s", exit, line, code)
			}
			if after, _ := os.ReadFile(path); !bytes.Equal(before, after) {
				t.Error("check changed the file")
			}
		})
	}
	t.Run("OpenElsewhere", func(t *testing.T) {
		d, err := storage.Open(good, storage.Options{User: "Åsa Öberg", Host: "radslaptop"})
		if err != nil {
			t.Fatal(err)
		}
		defer d.Close()
		code, _, stderr := cli(t, "check", good)
		if line := oneLineOf(t, stderr); code != exitRefused || !strings.Contains(line, "Åsa Öberg") || !strings.Contains(line, "radslaptop") {
			t.Errorf("exit %d, %q", code, line)
		}
	})
	t.Run("Swedish", func(t *testing.T) {
		t.Setenv("LANG", "sv_SE.UTF-8")
		path := filepath.Join(t.TempDir(), "tom.samverka")
		os.WriteFile(path, nil, 0o644)
		_, _, stderr := cli(t, "check", path)
		if line := oneLineOf(t, stderr); line != path+": "+msg("sv", model.CodeEmpty) {
			t.Errorf("%q", line)
		}
		t.Setenv("LC_ALL", "C") // LC_ALL wins over LANG
		_, _, stderr = cli(t, "check", path)
		if line := oneLineOf(t, stderr); line != path+": "+msg("en", model.CodeEmpty) {
			t.Errorf("%q", line)
		}
	})
}

func itoa(n int) string {
	b, _ := json.Marshal(n)
	return string(b)
}

func TestPanicIsAnInternalError(t *testing.T) {
	isolate(t)
	saved := commands
	commands = append(commands, command{name: "boom", run: func(*call, []string) int { panic("kaboom") }})
	defer func() { commands = saved }()
	code, _, stderr := cli(t, "boom")
	if line := oneLineOf(t, stderr); code != exitRefused || !strings.Contains(line, "internal error") || !strings.Contains(line, "kaboom") {
		t.Errorf("exit %d, %q", code, line)
	}
}
