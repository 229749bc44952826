package storage

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"samverka/model"
)

// Codes of the file problems this package finds besides model's.
const (
	// CodeProtected refuses a change to a document opened read-only
	// because the file is write-protected.
	CodeProtected = "file.protected"
	// CodeSymlinkLoop refuses a path whose links lead round in a circle.
	CodeSymlinkLoop = "file.symlinkLoop"
	// CodeNotRegular refuses what is not a plain file: a pipe, a device.
	CodeNotRegular = "file.notRegular"
	// CodeTooLarge refuses a file larger than any council's (Args: Max).
	CodeTooLarge = "file.tooLarge"
	// CodeLockNotFile refuses a document whose lock note's name is taken
	// by a folder or something else that is not a file (Args: Path).
	CodeLockNotFile = "file.lockNotFile"
)

// MaxDocumentSize bounds a data file: a council's file is some 15 MB
// (DESIGN.md), so anything near this size is something else.
const MaxDocumentSize = 4 << 30

// resolve returns path absolute with its links followed, so that the lock
// note sits beside, and a save replaces, the real file: a link into a
// synced folder stays a link. A path that does not exist yet is returned
// as it is.
func resolve(path string) (string, error) {
	abs, err := filepath.Abs(path)
	if err != nil {
		return "", err
	}
	real, err := filepath.EvalSymlinks(abs)
	switch {
	case err == nil:
		return real, nil
	case errors.Is(err, fs.ErrNotExist):
		if _, lerr := os.Lstat(abs); lerr == nil {
			// A link to nothing: reading it says the file is missing.
			return abs, nil
		}
		return abs, nil
	case isLinkLoop(err):
		return "", &model.Error{Code: CodeSymlinkLoop, Err: err}
	}
	return "", fileError(err)
}

// isLinkLoop reports whether err says links lead round in a circle:
// EvalSymlinks says so in words, the system in ELOOP.
func isLinkLoop(err error) bool {
	return strings.Contains(err.Error(), "too many links") || isELOOP(err)
}

// regularFile checks that info is a plain file of a plausible size: a
// pipe would hang every read, a device never end.
func regularFile(info fs.FileInfo, max int64) error {
	if info.IsDir() {
		return notSamverka(errors.New("a folder"))
	}
	if !info.Mode().IsRegular() {
		return &model.Error{Code: CodeNotRegular}
	}
	if info.Size() > max {
		return model.Errorf(CodeTooLarge, "Max", max>>20)
	}
	return nil
}

// openRegular opens path for reading after checking, without opening it,
// that it is a plain file of at most max bytes: opening a pipe blocks.
func openRegular(path string, max int64) (*os.File, fs.FileInfo, error) {
	info, err := os.Stat(path)
	if err != nil {
		return nil, nil, fileError(err)
	}
	if err := regularFile(info, max); err != nil {
		return nil, nil, err
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, nil, fileError(err)
	}
	if info, err = f.Stat(); err == nil {
		err = regularFile(info, max)
	}
	if err != nil {
		f.Close()
		return nil, nil, fileError(err)
	}
	return f, info, nil
}

// writableFile reports whether the document may be replaced: not
// write-protected (no write permission bit, which is how Go shows the
// Windows read-only attribute too) and openable for writing by this user.
// Opening for writing changes nothing.
func writableFile(path string) bool {
	info, err := os.Stat(path)
	if err != nil {
		return true // Open reports it
	}
	if info.Mode().Perm()&0o222 == 0 {
		return false
	}
	f, err := os.OpenFile(path, os.O_WRONLY, 0)
	if err != nil {
		return !errors.Is(err, fs.ErrPermission) && !isReadOnlyFS(err)
	}
	f.Close()
	return true
}
