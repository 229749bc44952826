//go:build windows

package storage

import (
	"errors"
	"syscall"
)

// Access rights and flags CreateFile takes that the syscall package does
// not name.
const (
	accessDelete           = 0x00010000 // DELETE
	fileFlagBackupSemantic = 0x02000000 // FILE_FLAG_BACKUP_SEMANTICS, to open folders too
)

// busy reports whether err says that another program holds path for a
// moment, so that trying again later may work. Sharing and lock violations
// (ERROR_SHARING_VIOLATION 32, ERROR_LOCK_VIOLATION 33) always say so.
// Replacing a file that another program has open without sharing deletion
// gives ERROR_ACCESS_DENIED (5) instead, the same code as a folder the user
// may not write to; then path is opened for deletion, sharing everything,
// and only a sharing violation from that counts as busy, so a real
// permission problem keeps its own message.
func busy(err error, path string) bool {
	switch {
	case isInUse(err):
		return true
	case errors.Is(err, syscall.ERROR_ACCESS_DENIED):
		return heldElsewhere(path)
	}
	return false
}

// heldElsewhere reports whether another program has path open in a way
// that keeps it from being replaced.
func heldElsewhere(path string) bool {
	p, err := syscall.UTF16PtrFromString(path)
	if err != nil {
		return false
	}
	h, err := syscall.CreateFile(p, accessDelete,
		syscall.FILE_SHARE_READ|syscall.FILE_SHARE_WRITE|syscall.FILE_SHARE_DELETE,
		nil, syscall.OPEN_EXISTING, fileFlagBackupSemantic, 0)
	if err != nil {
		return isInUse(err)
	}
	syscall.CloseHandle(h)
	return false
}
