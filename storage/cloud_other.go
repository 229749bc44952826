//go:build !windows

package storage

// cloudOnly reports whether the file at path is a cloud placeholder. The
// sync clients of macOS and Linux download a file when it is opened or
// fail with an ordinary error, so there is nothing to tell here.
func cloudOnly(string) bool { return false }

// cloudFailure reports whether err is a cloud file error; only Windows
// has such errors.
func cloudFailure(error) bool { return false }
