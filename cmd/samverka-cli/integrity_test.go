package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"testing"

	"samverka/model"
	"samverka/storage"
)

var built struct {
	once sync.Once
	bin  string
	err  error
}

// program builds the real program once, without cgo as it ships.
func program(t *testing.T) string {
	t.Helper()
	built.once.Do(func() {
		goTool, err := exec.LookPath("go")
		if err != nil {
			built.err = err
			return
		}
		dir, err := os.MkdirTemp("", "samverka-cli-")
		if err != nil {
			built.err = err
			return
		}
		built.bin = filepath.Join(dir, "samverka-cli")
		if runtime.GOOS == "windows" {
			built.bin += ".exe"
		}
		cmd := exec.Command(goTool, "build", "-o", built.bin, ".")
		cmd.Env = append(os.Environ(), "CGO_ENABLED=0")
		if out, err := cmd.CombinedOutput(); err != nil {
			built.err = fmt.Errorf("%v: %s", err, out)
		}
	})
	if built.err != nil {
		t.Skip("cannot build the program:", built.err)
	}
	return built.bin
}

// runProgram runs the program with env added and returns its exit code and
// output.
func runProgram(t *testing.T, env []string, args ...string) (int, string, string) {
	t.Helper()
	cmd := exec.Command(program(t), args...)
	cmd.Env = append(os.Environ(), env...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	var ee *exec.ExitError
	switch {
	case err == nil:
		return 0, stdout.String(), stderr.String()
	case errors.As(err, &ee) && ee.Exited():
		return ee.ExitCode(), stdout.String(), stderr.String()
	}
	t.Fatalf("%v: %v\n%s", args, err, stderr.String())
	return 0, "", ""
}

// homeEnv gives a program a home (and cache and config folders) of its own.
func homeEnv(home string) []string {
	var env []string
	for _, v := range []string{"HOME", "XDG_CACHE_HOME", "XDG_CONFIG_HOME", "LocalAppData", "AppData"} {
		env = append(env, v+"="+home)
	}
	return append(env, "LC_ALL=", "LC_MESSAGES=", "LANG=C")
}

// TestBinaryImportsAtOnce runs imports into one file at the same moment,
// round after round, from one user (one cache folder) and from several:
// each import that said so has its part in the file, the others were told
// the file is open elsewhere, nothing crashed and the file checks.
func TestBinaryImportsAtOnce(t *testing.T) {
	isolate(t)
	program(t)
	dir := t.TempDir()
	path := filepath.Join(dir, "Rådet.samverka")
	shared := homeEnv(t.TempDir())
	if code, _, stderr := runProgram(t, shared, "demo", path); code != 0 {
		t.Fatal(stderr)
	}
	rounds := 6
	if testing.Short() {
		rounds = 2
	}
	var imported []string
	for round := range rounds {
		const writers = 3
		names := make([]string, writers)
		var wg sync.WaitGroup
		start := make(chan struct{})
		for w := range writers {
			name := fmt.Sprintf("Förening %d-%d", round, w)
			csv := filepath.Join(dir, fmt.Sprintf("in-%d-%d.csv", round, w))
			os.WriteFile(csv, []byte("\ufeffName;Type of organisation\r\n"+name+";Other\r\n"), 0o644)
			env := shared
			if round%2 == 1 {
				env = homeEnv(t.TempDir())
			}
			wg.Go(func() {
				<-start
				code, _, stderr := runProgram(t, env, "import", path, "--csv", "parts", csv)
				switch {
				case code == 0:
					names[w] = name
				case code == 1 && strings.Contains(stderr, "open for"):
				default:
					t.Errorf("round %d: exit %d: %s", round, code, stderr)
				}
			})
		}
		close(start)
		wg.Wait()
		for _, n := range names {
			if n != "" {
				imported = append(imported, n)
			}
		}
		code, stdout, stderr := runProgram(t, shared, "list", path, "parts")
		if code != 0 {
			t.Fatalf("round %d: list: %s", round, stderr)
		}
		for _, n := range imported {
			if !strings.Contains(stdout, n) {
				t.Fatalf("round %d: %q was imported but is missing", round, n)
			}
		}
		if code, _, stderr := runProgram(t, shared, "check", path); code != 0 {
			t.Fatalf("round %d: check: %s", round, stderr)
		}
	}
	if len(imported) < rounds {
		t.Fatalf("%d imports in %d rounds", len(imported), rounds)
	}
}

// TestBinaryKilledThenCheck kills a program holding the file (kill -9):
// check says ok, not that the file is open, and the next import works.
func TestBinaryKilledThenCheck(t *testing.T) {
	isolate(t)
	dir := t.TempDir()
	home := t.TempDir()
	env := homeEnv(home)
	path := filepath.Join(dir, "Rådet.samverka")
	if code, _, stderr := runProgram(t, env, "demo", path); code != 0 {
		t.Fatal(stderr)
	}
	// A program holds the file open, as the GUI would, and is killed.
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(exe, "-test.run=^$")
	cmd.Env = append(os.Environ(), "SAMVERKA_HOLD_DOC="+path, "SAMVERKA_CRASH_HOME="+home)
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	line := make([]byte, 5)
	if _, err := io.ReadFull(out, line); err != nil || string(line) != "open\n" {
		cmd.Process.Kill()
		t.Fatalf("holding program: %q %v", line, err)
	}
	if code, _, stderr := runProgram(t, env, "check", path); code != 1 || !strings.Contains(stderr, "open for") {
		t.Fatalf("check while the file is open: %d %s", code, stderr)
	}
	cmd.Process.Kill() // SIGKILL: no clean-up runs
	cmd.Wait()
	if code, stdout, stderr := runProgram(t, env, "check", path); code != 0 {
		t.Fatalf("check after kill -9: %d %s %s", code, stdout, stderr)
	}
	csv := filepath.Join(dir, "in.csv")
	os.WriteFile(csv, []byte("\ufeffName;Type of organisation\r\nEfter kraschen;Other\r\n"), 0o644)
	if code, _, stderr := runProgram(t, homeEnv(t.TempDir()), "import", path, "--csv", "parts", csv); code != 0 {
		t.Fatalf("import after kill -9: %s", stderr)
	}
}

// TestBinaryRecover: a crashed session's unsaved changes are named in the
// refusal with the command that answers, and recover keep takes them
// back; recover discard throws them away.
func TestBinaryRecover(t *testing.T) {
	isolate(t)
	for _, choice := range []string{"keep", "discard"} {
		t.Run(choice, func(t *testing.T) {
			dir := t.TempDir()
			home := t.TempDir()
			env := homeEnv(home)
			path := filepath.Join(dir, "Rådet.samverka")
			if code, _, stderr := runProgram(t, env, "demo", path); code != 0 {
				t.Fatal(stderr)
			}
			crashWithChange(t, path, home, "Osparad förening")
			csv := filepath.Join(dir, "in.csv")
			os.WriteFile(csv, []byte("\ufeffName;Type of organisation\r\nNy;Other\r\n"), 0o644)
			code, _, stderr := runProgram(t, env, "import", path, "--csv", "parts", csv)
			if code != 1 || !strings.Contains(stderr, "samverka-cli recover") {
				t.Fatalf("refusal does not name recover: %d %s", code, stderr)
			}
			if code, _, stderr := runProgram(t, env, "recover", path, choice); code != 0 {
				t.Fatalf("recover %s: %s", choice, stderr)
			}
			_, stdout, _ := runProgram(t, env, "list", path, "parts")
			if got := strings.Contains(stdout, "Osparad förening"); got != (choice == "keep") {
				t.Fatalf("after recover %s the change is there: %v", choice, got)
			}
			if code, _, stderr := runProgram(t, env, "import", path, "--csv", "parts", csv); code != 0 {
				t.Fatalf("import after recover: %s", stderr)
			}
		})
	}
}

// TestMain lets a test start this binary again as a program that crashes.
func TestMain(m *testing.M) {
	if doc := os.Getenv("SAMVERKA_HOLD_DOC"); doc != "" {
		folder := filepath.Join(os.Getenv("SAMVERKA_CRASH_HOME"), "Samverka")
		if _, err := storage.Open(doc, storage.Options{CacheDir: folder, DataDir: folder}); err != nil {
			fmt.Println(err)
			os.Exit(2)
		}
		fmt.Println("open")
		select {} // until killed
	}
	if os.Getenv("SAMVERKA_CRASH_WITH") != "" {
		crashChild(os.Getenv("SAMVERKA_CRASH_DOC"), os.Getenv("SAMVERKA_CRASH_HOME"), os.Getenv("SAMVERKA_CRASH_WITH"))
	}
	os.Exit(m.Run())
}

// crashChild opens doc as the GUI would, with home's folders, makes one
// change and dies before saving it.
func crashChild(doc, home, name string) {
	folder := filepath.Join(home, "Samverka")
	d, err := storage.Open(doc, storage.Options{CacheDir: folder, DataDir: folder})
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	if err := d.Put(&model.Part{Name: name, Kind: model.PartAssociation}); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	os.Exit(0) // as if killed: no save, no close
}

// crashWithChange runs crashChild in a process of its own.
func crashWithChange(t *testing.T, doc, home, name string) {
	t.Helper()
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(exe, "-test.run=^$")
	cmd.Env = append(os.Environ(), "SAMVERKA_CRASH_WITH="+name, "SAMVERKA_CRASH_DOC="+doc, "SAMVERKA_CRASH_HOME="+home)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("crashing program: %v %s", err, out)
	}
}

// TestImportRefusesWhatBreaksTheFile edits an export by hand in every way
// that would break a data file: the import is refused whole, with every
// problem on a line of its own, and the file stays byte for byte.
func TestImportRefusesWhatBreaksTheFile(t *testing.T) {
	isolate(t)
	dir := t.TempDir()
	path := filepath.Join(dir, "Rådet.samverka")
	if code, _, stderr := cli(t, "demo", path); code != exitOK {
		t.Fatal(stderr)
	}
	export := filepath.Join(dir, "export.json")
	if code, _, stderr := cli(t, "export", path, "--json", export); code != exitOK {
		t.Fatal(stderr)
	}
	raw, err := os.ReadFile(export)
	if err != nil {
		t.Fatal(err)
	}
	edits := map[string]func(map[string]any){
		"DuplicateFollowUp": func(m map[string]any) {
			fs := m["followups"].([]any)
			m["followups"] = append(fs, fs[0])
		},
		"Null": func(m map[string]any) { m["parts"] = append(m["parts"].([]any), nil) },
		"NULInID": func(m map[string]any) {
			m["parts"].([]any)[0].(map[string]any)["id"] = "p\x00"
		},
		"HugeID": func(m map[string]any) {
			m["parts"].([]any)[1].(map[string]any)["id"] = strings.Repeat("x", 2<<20)
		},
		"MissingReference": func(m map[string]any) {
			m["commitments"].([]any)[0].(map[string]any)["partId"] = "finns-inte"
		},
		"NegativeRevision": func(m map[string]any) {
			m["meetings"].([]any)[0].(map[string]any)["rev"] = -3
		},
		"HugeModifiedBy": func(m map[string]any) {
			m["meetings"].([]any)[0].(map[string]any)["modifiedBy"] = strings.Repeat("m", 1<<20)
		},
	}
	before := mustReadFile(t, path)
	all := map[string]any{}
	json.Unmarshal(raw, &all)
	for name, edit := range edits {
		t.Run(name, func(t *testing.T) {
			m := map[string]any{}
			if err := json.Unmarshal(raw, &m); err != nil {
				t.Fatal(err)
			}
			edit(m)
			edit(all)
			in := filepath.Join(t.TempDir(), "in.json")
			data, _ := json.Marshal(m)
			os.WriteFile(in, data, 0o644)
			code, _, stderr := cli(t, "import", path, "--json", in)
			if code != exitRefused || stderr == "" {
				t.Fatalf("exit %d: %s", code, stderr)
			}
			if strings.Contains(stderr, "internal") || strings.Contains(stderr, "unexpected") {
				t.Fatalf("internal error: %s", stderr)
			}
			if !bytes.Equal(mustReadFile(t, path), before) {
				t.Fatal("the refused import changed the file")
			}
		})
	}
	// All at once: every problem is listed.
	in := filepath.Join(t.TempDir(), "all.json")
	data, _ := json.Marshal(all)
	os.WriteFile(in, data, 0o644)
	code, _, stderr := cli(t, "import", path, "--json", in)
	if lines := strings.Count(stderr, "\n"); code != exitRefused || lines < len(edits)+1 {
		t.Fatalf("exit %d, %d lines: %s", code, lines, stderr)
	}
	if !bytes.Equal(mustReadFile(t, path), before) {
		t.Fatal("the refused import changed the file")
	}
}

func mustReadFile(t *testing.T, path string) []byte {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// TestDamagedFileRefusedEverywhere flips one letter of one record: every
// command refuses the file with the damaged line, and salvage rescues the
// rest into a new file that checks, naming the record it lost.
func TestDamagedFileRefusedEverywhere(t *testing.T) {
	isolate(t)
	dir := t.TempDir()
	path := filepath.Join(dir, "Rådet.samverka")
	if code, _, stderr := cli(t, "demo", path); code != exitOK {
		t.Fatal(stderr)
	}
	good := filepath.Join(dir, "Rådet (kopia).samverka")
	os.WriteFile(good, mustReadFile(t, path), 0o644)
	// Flip a letter of a part's name wherever the file holds it, live or
	// in free space.
	_, parts, _ := cli(t, "list", path, "parts")
	_, name, _ := strings.Cut(strings.SplitN(parts, "\n", 2)[0], "\t")
	name, _, _ = strings.Cut(name, "\t")
	data := mustReadFile(t, path)
	n := 0
	for at := bytes.Index(data, []byte(name)); at >= 0; at = bytes.Index(data, []byte(name)) {
		data[at] ^= 0x20
		n++
	}
	if n == 0 {
		t.Fatalf("no %q in the file", name)
	}
	os.WriteFile(path, data, 0o644)
	damagedLine := msg("en", model.CodeDamaged)
	for _, args := range [][]string{
		{"check", path},
		{"list", path, "parts"},
		{"export", path, "--json", filepath.Join(dir, "x.json")},
		{"pdf", path, "plan", "-o", filepath.Join(dir, "x.pdf")},
		{"merge", good, path},
		{"merge", path, good},
	} {
		code, _, stderr := cli(t, args...)
		if code != exitRefused || !strings.Contains(stderr, damagedLine) {
			t.Errorf("%v: exit %d: %s", args, code, stderr)
		}
	}
	out := filepath.Join(dir, "Räddad.samverka")
	code, stdout, stderr := cli(t, "salvage", path, out)
	if code != exitOK || !strings.Contains(stdout, "lost: ") {
		t.Fatalf("salvage: %d %s %s", code, stdout, stderr)
	}
	if code, _, stderr := cli(t, "check", out); code != exitOK {
		t.Fatalf("the salvaged file: %s", stderr)
	}
	if !bytes.Equal(mustReadFile(t, path), data) {
		t.Fatal("salvage changed the damaged file")
	}
}

// TestNoControlCharactersReachTheTerminal: a name holding an escape
// sequence is listed without it.
func TestNoControlCharactersReachTheTerminal(t *testing.T) {
	isolate(t)
	dir := t.TempDir()
	path := filepath.Join(dir, "Rådet.samverka")
	if code, _, stderr := cli(t, "new", path, "--council", "Rådet"); code != exitOK {
		t.Fatal(stderr)
	}
	d, err := storage.Open(path, storage.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if err := d.Put(&model.Part{Name: "Förening\x1b[2J\x1b]0;hej\x07 \u202Enimda", Kind: model.PartAssociation}); err != nil {
		t.Fatal(err)
	}
	if err := d.Close(); err != nil {
		t.Fatal(err)
	}
	_, stdout, _ := cli(t, "list", path, "parts")
	if strings.ContainsAny(stdout, "\x1b\x07\u202E") || !strings.Contains(stdout, "Förening") {
		t.Fatalf("control characters printed: %q", stdout)
	}
}
