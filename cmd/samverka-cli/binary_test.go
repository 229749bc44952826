package main

import (
	"bytes"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"samverka/demo"
)

// TestBinaryCheck builds the real program without cgo, as it ships, and
// runs check on good and bad files: the exit code, the one line it prints
// and that the file is byte for byte what it was.
func TestBinaryCheck(t *testing.T) {
	goTool, err := exec.LookPath("go")
	if err != nil {
		t.Skip("go is not on PATH")
	}
	bin := filepath.Join(t.TempDir(), "samverka-cli")
	if runtime.GOOS == "windows" {
		bin += ".exe"
	}
	build := exec.Command(goTool, "build", "-o", bin, ".")
	build.Env = append(os.Environ(), "CGO_ENABLED=0")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("CGO_ENABLED=0 go build: %v\n%s", err, out)
	}
	isolate(t) // after the build, which needs the real Go caches

	good := filepath.Join(t.TempDir(), "Rådet Skärholmen.samverka")
	if out, err := exec.Command(bin, "demo", good, "--seed", "3", "--today", string(demo.Today)).CombinedOutput(); err != nil {
		t.Fatalf("demo: %v: %s", err, out)
	}
	cases := map[string]struct {
		exit int
		want string
	}{good: {exitOK, ""}}
	for path, code := range refusedFiles(t, good) {
		cases[path] = struct {
			exit int
			want string
		}{exitRefused, path + ": " + msg("en", code)}
	}
	records := liveCount(demo.Generate(demo.Small, 3))

	for path, c := range cases {
		t.Run(filepath.Base(path), func(t *testing.T) {
			before, readErr := os.ReadFile(path)
			dirBefore := listDir(t, filepath.Dir(path))
			cmd := exec.Command(bin, "check", path)
			var stdout, stderr bytes.Buffer
			cmd.Stdout, cmd.Stderr = &stdout, &stderr
			err := cmd.Run()
			exit := 0
			var ee *exec.ExitError
			if errors.As(err, &ee) {
				exit = ee.ExitCode()
			} else if err != nil {
				t.Fatal(err)
			}
			if exit != c.exit {
				t.Errorf("exit %d, want %d (%s)", exit, c.exit, stderr.String())
			}
			if c.exit == exitOK {
				if stdout.String() != "ok: "+itoa(records)+" records\n" || stderr.Len() > 0 {
					t.Errorf("stdout %q, stderr %q", stdout.String(), stderr.String())
				}
			} else if line := oneLineOf(t, stderr.String()); line != c.want || stdout.Len() > 0 {
				t.Errorf("stderr %q, want %q", line, c.want)
			}
			after, afterErr := os.ReadFile(path)
			if !bytes.Equal(before, after) || (readErr == nil) != (afterErr == nil) {
				t.Error("check changed the file")
			}
			if dirAfter := listDir(t, filepath.Dir(path)); dirAfter != dirBefore {
				t.Errorf("check left files beside it: %s, was %s", dirAfter, dirBefore)
			}
		})
	}
	t.Run("Usage", func(t *testing.T) {
		var stderr bytes.Buffer
		cmd := exec.Command(bin, "check")
		cmd.Stderr = &stderr
		err := cmd.Run()
		var ee *exec.ExitError
		if !errors.As(err, &ee) || ee.ExitCode() != exitUsage {
			t.Errorf("check without a file: %v, want exit %d", err, exitUsage)
		}
		oneLineOf(t, stderr.String())
	})
}

// listDir returns the names in dir, to see that nothing was left behind.
func listDir(t *testing.T, dir string) string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	return strings.Join(names, ",")
}
