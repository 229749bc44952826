//go:build !windows

package main

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestOnlyPlainFilesAreRead: a pipe named like a data file or an export,
// and a device given as the PDF to verify, are refused at once instead of
// hanging the program or growing until the system stops it.
func TestOnlyPlainFilesAreRead(t *testing.T) {
	isolate(t)
	dir := t.TempDir()
	path := filepath.Join(dir, "Rådet.samverka")
	if code, _, stderr := cli(t, "demo", path); code != exitOK {
		t.Fatal(stderr)
	}
	fifo := filepath.Join(dir, "x.samverka")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Skip("no pipes here:", err)
	}
	for _, args := range [][]string{
		{"check", fifo},
		{"list", fifo, "parts"},
		{"import", path, "--json", fifo},
		{"verify", path, "/dev/zero"},
		{"verify", path, fifo},
	} {
		done := make(chan string, 1)
		go func() {
			code, _, stderr := cli(t, args...)
			if code != exitRefused {
				stderr = "exit " + itoa(code) + ": " + stderr
			}
			done <- stderr
		}()
		select {
		case stderr := <-done:
			if !strings.Contains(stderr, "not an ordinary file") {
				t.Errorf("%v: %s", args, stderr)
			}
		case <-time.After(20 * time.Second):
			t.Fatalf("%v hangs", args)
		}
	}
	if _, err := os.Stat(path); err != nil {
		t.Fatal(err)
	}
}
