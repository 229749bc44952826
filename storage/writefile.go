package storage

import (
	"os"
	"path/filepath"
)

// WriteFile writes data to path so that nobody ever reads half of it: the
// bytes go to a temporary file beside path, are flushed to the disk
// (fsync), made readable like any document (0644, where the system has
// such modes) and renamed over path, and the folder is flushed where the
// system allows. When a step fails the temporary file is removed and path
// is as it was. Printed documents, exported lists and exports are all
// written with it.
func WriteFile(path string, data []byte) (err error) {
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+"-*")
	if err != nil {
		return err
	}
	defer func() {
		if err != nil {
			_ = os.Remove(tmp.Name())
		}
	}()
	_, err = tmp.Write(data)
	if err == nil {
		err = tmp.Chmod(0o644) // CreateTemp makes the file private; a document is not
	}
	if err == nil {
		err = tmp.Sync()
	}
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return err
	}
	if err = os.Rename(tmp.Name(), path); err != nil {
		return err
	}
	return syncDir(filepath.Dir(path))
}
