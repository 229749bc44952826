//go:build !windows

package storage

import (
	"os"
	"syscall"
	"testing"

	"samverka/model"
)

// TestBusyClassificationUnix: macOS and Linux never refuse a file because
// another program has it open, so a refusal keeps its own message.
func TestBusyClassificationUnix(t *testing.T) {
	for _, errno := range []syscall.Errno{syscall.EACCES, syscall.EPERM, syscall.EBUSY, syscall.ETXTBSY} {
		err := &os.PathError{Op: "rename", Path: "x", Err: errno}
		if busy(err, "x") {
			t.Errorf("%v taken as busy", errno)
		}
	}
	assertCode(t, fileError(&os.PathError{Op: "rename", Path: "x", Err: syscall.EACCES}), model.CodePermission)
}
