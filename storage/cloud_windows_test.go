//go:build windows

package storage

import (
	"errors"
	"os"
	"path/filepath"
	"syscall"
	"testing"

	"samverka/model"
)

// TestCloudErrorWindows: a cloud file error (OneDrive offline) names the
// file as cloud-only, not damaged, for any file; access denied on a file on
// this computer keeps its own code, as does a damaged file there.
func TestCloudErrorWindows(t *testing.T) {
	path := councilFile(t)
	damagedErr := &model.Error{Code: model.CodeDamaged, Err: errors.New("short read")}
	assertCode(t, CloudError(path, damagedErr), model.CodeDamaged)
	offline := &os.PathError{Op: "read", Path: path, Err: syscall.Errno(388)} // ERROR_CLOUD_FILE_NETWORK_UNAVAILABLE
	assertCode(t, CloudError(path, offline), CodeCloudOnly)
	denied := &os.PathError{Op: "open", Path: path, Err: syscall.ERROR_ACCESS_DENIED}
	if err := CloudError(path, fileError(denied)); model.CodeOf(err) != model.CodePermission {
		t.Errorf("access denied on a file on this computer became %v", err)
	}
}

// TestCloudOnlyWindows: a council file whose content Windows reports as
// elsewhere (FILE_ATTRIBUTE_OFFLINE, as archive systems and older OneDrive
// clients set it) that failed to open is named cloud-only, not damaged;
// a lock keeps its own message. Wine does not keep the attribute.
func TestCloudOnlyWindows(t *testing.T) {
	path := councilFile(t)
	p, _ := syscall.UTF16PtrFromString(path)
	if err := syscall.SetFileAttributes(p, fileAttributeOffline|syscall.FILE_ATTRIBUTE_ARCHIVE); err != nil {
		t.Fatal(err)
	}
	defer syscall.SetFileAttributes(p, syscall.FILE_ATTRIBUTE_NORMAL)
	if attrs, err := syscall.GetFileAttributes(p); err != nil || attrs&fileAttributeOffline == 0 {
		t.Skipf("this system does not keep FILE_ATTRIBUTE_OFFLINE (attributes %#x, %v)", attrs, err)
	}
	err := CloudError(path, &model.Error{Code: model.CodeDamaged, Err: errors.New("short read")})
	assertCode(t, err, CodeCloudOnly)
	if got := err.(*model.Error).Args["File"]; got != "Rådet Skärholmen.samverka" {
		t.Errorf("the message names %v", got)
	}
	assertCode(t, CloudError(path, &model.Error{Code: model.CodeLocked}), model.CodeLocked)
}

// councilFile makes a council file in a temporary folder.
func councilFile(t *testing.T) string {
	t.Helper()
	dir := tempDir(t)
	path := filepath.Join(dir, "Rådet Skärholmen.samverka")
	d, err := Create(path, &model.Council{Name: "Rådet Skärholmen"}, testOptions(t, dir))
	if err != nil {
		t.Fatal(err)
	}
	d.Close()
	return path
}
