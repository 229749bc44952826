//go:build windows

package storage

import (
	"errors"
	"syscall"
)

// cloudOnly reports whether the file at path is a cloud placeholder whose
// content is not on this computer.
func cloudOnly(path string) bool {
	p, err := syscall.UTF16PtrFromString(path)
	if err != nil {
		return false
	}
	attrs, err := syscall.GetFileAttributes(p)
	return err == nil && cloudPlaceholder(attrs)
}

// cloudFailure reports whether err is one of Windows' cloud file errors.
func cloudFailure(err error) bool {
	var n syscall.Errno
	return errors.As(err, &n) && cloudErrno(uint32(n))
}
