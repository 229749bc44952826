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
// temporary save files beside it, and working copies of read-only or
// "open anyway" sessions whose process is gone (those are never recovered).
//
// A temporary file is a crash's leftover when it is older than tempMaxAge,
// or, when this session holds the lock note (locked), when the process its
// name gives is not running here: with the note held, no other session may
// be saving, except one opened anyway on another computer, and removing
// that one's file only fails its save, which it reports and retries.
func sweep(cacheDir, abs string, now time.Time, locked bool) {
	docDir := filepath.Dir(abs)
	tempPrefix := "." + stem(abs) + ".samverka-tmp-"
	lockPrefix := filepath.Base(lockPath(abs)) + "-"
	if entries, err := os.ReadDir(docDir); err == nil {
		for _, e := range entries {
			rest, isTemp := strings.CutPrefix(e.Name(), tempPrefix)
			if !isTemp && !strings.HasPrefix(e.Name(), lockPrefix) {
				continue
			}
			info, err := e.Info()
			if err != nil || !info.Mode().IsRegular() {
				continue
			}
			stale := now.Sub(info.ModTime()) > tempMaxAge
			if pidText, _, ok := strings.Cut(rest, "-"); isTemp && ok && locked {
				if pid, err := strconv.Atoi(pidText); err == nil && pid != os.Getpid() && !processAlive(pid) {
					stale = true
				}
			}
			if !isTemp && now.Sub(info.ModTime()) > unreadableGrace {
				stale = true // a lock note being written, or one moved aside
			}
			if stale {
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
