package storage

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"
)

// tempMaxAge is the age after which a temporary save file beside a document
// is taken to be left by a crash: no save takes that long.
const tempMaxAge = time.Hour

// sweep removes what crashed sessions left behind for the document at abs:
// old temporary save files beside it, and working copies of read-only or
// "open anyway" sessions whose process is gone (those are never recovered).
func sweep(cacheDir, abs string, now time.Time) {
	docDir := filepath.Dir(abs)
	tempPrefix := "." + stem(abs) + ".samverka-tmp-"
	if entries, err := os.ReadDir(docDir); err == nil {
		for _, e := range entries {
			if !strings.HasPrefix(e.Name(), tempPrefix) {
				continue
			}
			if info, err := e.Info(); err == nil && now.Sub(info.ModTime()) > tempMaxAge {
				os.Remove(filepath.Join(docDir, e.Name()))
			}
		}
	}
	workDir := filepath.Join(cacheDir, "work")
	workPrefix := pathKey(abs) + "-"
	entries, err := os.ReadDir(workDir)
	if err != nil {
		return
	}
	for _, e := range entries {
		rest, ok := strings.CutPrefix(e.Name(), workPrefix)
		if !ok {
			continue
		}
		pidText, _, _ := strings.Cut(strings.TrimPrefix(rest, "ro-"), "-")
		pid, err := strconv.Atoi(pidText)
		base := strings.TrimSuffix(e.Name(), filepath.Ext(e.Name()))
		if err != nil || sessionLive(pid, filepath.Join(workDir, base+".db")) {
			continue
		}
		os.Remove(filepath.Join(workDir, e.Name()))
	}
}

// sessionLive reports whether the session of process pid on this computer
// still works on the working copy work.
func sessionLive(pid int, work string) bool {
	if pid == os.Getpid() {
		return openWork(work)
	}
	return processAlive(pid)
}
