//go:build !windows

package storage

import (
	"errors"
	"os"
	"syscall"
)

// isDiskFull reports whether err says the disk or the user's quota is full.
func isDiskFull(err error) bool {
	return errors.Is(err, syscall.ENOSPC) || errors.Is(err, syscall.EDQUOT)
}

// isInUse reports whether another program holds the file; only Windows
// refuses that.
func isInUse(error) bool { return false }

// processAlive reports whether process pid runs on this computer. Signal 0
// checks without disturbing it; EPERM means it runs under another user.
func processAlive(pid int) bool {
	if pid <= 0 {
		return false
	}
	p, err := os.FindProcess(pid)
	if err != nil {
		return false
	}
	err = p.Signal(syscall.Signal(0))
	return err == nil || errors.Is(err, syscall.EPERM)
}

// syncDir makes a rename in dir durable.
func syncDir(dir string) error {
	f, err := os.Open(dir)
	if err != nil {
		return err
	}
	defer f.Close()
	if err := f.Sync(); err != nil && !errors.Is(err, syscall.EINVAL) && !errors.Is(err, syscall.ENOTSUP) {
		return err
	}
	return nil
}

// isELOOP reports whether err is the system's "too many links".
func isELOOP(err error) bool { return errors.Is(err, syscall.ELOOP) }

// isReadOnlyFS reports whether err says the file system is mounted
// read-only.
func isReadOnlyFS(err error) bool { return errors.Is(err, syscall.EROFS) }
