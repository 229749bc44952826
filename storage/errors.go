package storage

import (
	"errors"
	"fmt"
	"io/fs"

	"samverka/model"
)

// damaged wraps cause as a CodeDamaged error.
func damaged(cause error) *model.Error {
	return &model.Error{Code: model.CodeDamaged, Err: cause}
}

// notSamverka wraps cause as a CodeNotSamverka error.
func notSamverka(cause error) *model.Error {
	return &model.Error{Code: model.CodeNotSamverka, Err: cause}
}

// fileError turns an operating-system error into the *model.Error a user can
// act on (missing file, full disk, no permission). Other errors are returned
// as they are: they are internal.
func fileError(err error) error {
	var me *model.Error
	switch {
	case err == nil:
		return nil
	case errors.As(err, &me):
		return err
	case errors.Is(err, fs.ErrNotExist):
		return &model.Error{Code: model.CodeNotFound, Err: err}
	case isDiskFull(err):
		return &model.Error{Code: model.CodeDiskFull, Err: err}
	case isLinkLoop(err):
		return &model.Error{Code: CodeSymlinkLoop, Err: err}
	case errors.Is(err, fs.ErrPermission) || isInUse(err) || isReadOnlyFS(err):
		return &model.Error{Code: model.CodePermission, Err: err}
	}
	return err
}

// guard turns a panic inside bbolt into CodeDamaged: bbolt panics on some
// corrupt pages, and no file a user opens may crash the program. It must be
// deferred directly.
func guard(errp *error) {
	if r := recover(); r != nil {
		*errp = damaged(fmt.Errorf("bbolt panic: %v", r))
	}
}
