package storage

import (
	"os"
	"path/filepath"
	"strconv"
	"testing"
	"time"
)

func TestOpenSweepsCrashLeftovers(t *testing.T) {
	path, opt := closedDocument(t)
	opt.Now = time.Now
	oldTemp := filepath.Join(filepath.Dir(path), ".Rådet.samverka-tmp-0123456789ab")
	newTemp := filepath.Join(filepath.Dir(path), ".Rådet.samverka-tmp-ba9876543210")
	for _, name := range []string{oldTemp, newTemp} {
		if err := os.WriteFile(name, []byte("halvt sparad"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	long := time.Now().Add(-2 * tempMaxAge)
	if err := os.Chtimes(oldTemp, long, long); err != nil {
		t.Fatal(err)
	}
	deadRO, _ := workFiles(opt.CacheDir, path, "-ro-"+itoa(deadPID(t))+"-abc")
	liveRO, _ := workFiles(opt.CacheDir, path, "-ro-"+itoa(os.Getppid())+"-abc")
	for _, name := range []string{deadRO, liveRO} {
		if err := os.WriteFile(name, []byte("kopia"), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	d, err := Open(path, opt)
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close()
	for name, want := range map[string]bool{oldTemp: false, newTemp: true, deadRO: false, liveRO: true} {
		if _, err := os.Stat(name); (err == nil) != want {
			t.Errorf("%s: exists %v, want %v", filepath.Base(name), err == nil, want)
		}
	}
}

func itoa(n int) string { return strconv.Itoa(n) }
