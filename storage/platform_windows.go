//go:build windows

package storage

import (
	"errors"
	"syscall"
)

// Windows error numbers the syscall package does not name.
const (
	errorSharingViolation syscall.Errno = 32
	errorLockViolation    syscall.Errno = 33
	errorHandleDiskFull   syscall.Errno = 39
	errorDiskFull         syscall.Errno = 112
	errorDiskQuota        syscall.Errno = 1295

	processQueryLimitedInformation = 0x1000
	stillActive                    = 259
)

// isDiskFull reports whether err says the disk or the user's quota is full.
func isDiskFull(err error) bool {
	return errors.Is(err, errorDiskFull) || errors.Is(err, errorHandleDiskFull) || errors.Is(err, errorDiskQuota)
}

// isInUse reports whether another program (a sync client, an antivirus)
// holds the file open so that Windows refuses to replace it.
func isInUse(err error) bool {
	return errors.Is(err, errorSharingViolation) || errors.Is(err, errorLockViolation)
}

// processAlive reports whether process pid runs on this computer.
// OpenProcess fails for a process that is gone; access denied means it runs
// under another user. A process that has exited but whose handle is still
// held reports an exit code other than STILL_ACTIVE.
func processAlive(pid int) bool {
	if pid <= 0 {
		return false
	}
	h, err := syscall.OpenProcess(processQueryLimitedInformation, false, uint32(pid))
	if err != nil {
		return errors.Is(err, syscall.ERROR_ACCESS_DENIED)
	}
	defer syscall.CloseHandle(h)
	var code uint32
	if err := syscall.GetExitCodeProcess(h, &code); err != nil {
		return true
	}
	return code == stillActive
}

// syncDir does nothing: Windows cannot open a folder for syncing, and
// MoveFileEx's rename is already recorded in the file system's journal.
func syncDir(string) error { return nil }

// errorCantResolveFilename is Windows' "too many links".
const errorCantResolveFilename syscall.Errno = 1921

// isELOOP reports whether err is the system's "too many links".
func isELOOP(err error) bool { return errors.Is(err, errorCantResolveFilename) }

// isReadOnlyFS reports whether err says the medium is write-protected.
func isReadOnlyFS(err error) bool { return errors.Is(err, syscall.Errno(19)) } // ERROR_WRITE_PROTECT
