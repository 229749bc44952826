package storage

import (
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"
)

// keepBackups is how many backups of a document are kept.
const keepBackups = 20

// backupLayout names backup files; it sorts by time.
const backupLayout = "20060102-150405.000"

// backupExt is the extension of backup files: they are documents.
const backupExt = ".samverka"

// backupIndex is index.json in a document's backup folder: it names the
// document, since the folder is named by a hash of its path.
type backupIndex struct {
	Path string `json:"path"`
	// SHA256 holds each backup's hash by file name.
	SHA256 map[string]string `json:"sha256"`
}

func readBackupIndex(dir string) backupIndex {
	var idx backupIndex
	if data, err := os.ReadFile(filepath.Join(dir, "index.json")); err == nil {
		_ = json.Unmarshal(data, &idx)
	}
	if idx.SHA256 == nil {
		idx.SHA256 = map[string]string{}
	}
	return idx
}

// backupDir returns the backup folder of the document at abs.
func backupDir(dataDir, abs string) string {
	return filepath.Join(dataDir, "backups", pathKey(abs))
}

// newBackupPath returns a free name for a backup taken at now.
func newBackupPath(dir string, now time.Time) (string, error) {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return "", fileError(err)
	}
	for {
		name := filepath.Join(dir, now.Format(backupLayout)+backupExt)
		if _, err := os.Stat(name); os.IsNotExist(err) {
			return name, nil
		}
		now = now.Add(time.Millisecond)
	}
}

// finishBackup records a new backup of doc with hash sum and keeps the
// newest keepBackups. A backup identical to the newest before it is
// dropped, so that opening an unchanged document again and again does not
// roll out older states.
func finishBackup(dir, doc, path, sum string) error {
	idx := readBackupIndex(dir)
	idx.Path = doc
	list, err := listBackups(dir)
	if err != nil {
		return err
	}
	name := filepath.Base(path)
	if len(list) >= 2 && list[0].Path == path && idx.SHA256[filepath.Base(list[1].Path)] == sum {
		if err := os.Remove(path); err != nil {
			return err
		}
		list = list[1:]
	} else {
		idx.SHA256[name] = sum
	}
	for _, b := range list[min(len(list), keepBackups):] {
		if err := os.Remove(b.Path); err != nil {
			return err
		}
		delete(idx.SHA256, filepath.Base(b.Path))
	}
	data, err := json.MarshalIndent(idx, "", "  ")
	if err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(dir, "index.json"), data, 0o600)
}

// listBackups returns the backups in dir, newest first.
func listBackups(dir string) ([]Backup, error) {
	entries, err := os.ReadDir(dir)
	if os.IsNotExist(err) {
		return nil, nil
	}
	if err != nil {
		return nil, fileError(err)
	}
	var out []Backup
	for _, e := range entries {
		name := e.Name()
		if e.IsDir() || !strings.HasSuffix(name, backupExt) {
			continue
		}
		t, err := time.ParseInLocation(backupLayout, strings.TrimSuffix(name, backupExt), time.Local)
		if err != nil {
			continue
		}
		info, err := e.Info()
		if err != nil {
			continue
		}
		out = append(out, Backup{Path: filepath.Join(dir, name), Time: t, Size: info.Size()})
	}
	slices.SortFunc(out, func(a, b Backup) int { return b.Time.Compare(a.Time) })
	return out, nil
}
