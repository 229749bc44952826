//go:build windows

package storage

import "syscall"

// hide sets the hidden attribute of path: Explorer, unlike Finder, shows
// files whose names begin with a dot, and the lock note is for Samverka,
// not for the folder's reader. A failure only leaves the note visible.
func hide(path string) {
	p, err := syscall.UTF16PtrFromString(path)
	if err != nil {
		return
	}
	attrs, err := syscall.GetFileAttributes(p)
	if err != nil {
		return
	}
	syscall.SetFileAttributes(p, attrs|syscall.FILE_ATTRIBUTE_HIDDEN)
}
