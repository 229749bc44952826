package storage

import (
	"errors"
	"os"
	"path/filepath"
	"testing"

	"samverka/model"
)

// TestCloudPlaceholderAttributes classifies the attributes Windows reports
// for OneDrive files: one only in the cloud (or moved to archive storage)
// needs a download; one on this computer, pinned or not, does not.
func TestCloudPlaceholderAttributes(t *testing.T) {
	for _, c := range []struct {
		name  string
		attrs uint32
		cloud bool
	}{
		{"ordinary file (ARCHIVE)", 0x20, false},
		{"downloaded OneDrive file (ARCHIVE|REPARSE_POINT)", 0x420, false},
		{"always kept on this device (PINNED|ARCHIVE)", 0x80020, false},
		{"online-only OneDrive file (RECALL_ON_DATA_ACCESS|UNPINNED|REPARSE_POINT|SPARSE|ARCHIVE)", 0x400000 | 0x100000 | 0x400 | 0x200 | 0x20, true},
		{"placeholder recalled on open (RECALL_ON_OPEN)", 0x40000, true},
		{"archived away (OFFLINE)", 0x1000 | 0x20, true},
		{"hidden read-only file", 0x2 | 0x1, false},
	} {
		if got := cloudPlaceholder(c.attrs); got != c.cloud {
			t.Errorf("%s (%#x): cloud %v, want %v", c.name, c.attrs, got, c.cloud)
		}
	}
}

// TestCloudErrnos: Windows' cloud file errors, and only they, say that the
// provider could not bring a file.
func TestCloudErrnos(t *testing.T) {
	for n, cloud := range map[uint32]bool{
		362: true,  // ERROR_CLOUD_FILE_PROVIDER_NOT_RUNNING
		388: true,  // ERROR_CLOUD_FILE_NETWORK_UNAVAILABLE
		389: true,  // ERROR_CLOUD_FILE_UNSUCCESSFUL
		395: true,  // ERROR_CLOUD_FILE_ACCESS_DENIED
		404: true,  // ERROR_CLOUD_FILE_PROVIDER_TERMINATED
		426: true,  // ERROR_CLOUD_FILE_REQUEST_TIMEOUT
		5:   false, // ERROR_ACCESS_DENIED
		32:  false, // ERROR_SHARING_VIOLATION
		33:  false, // ERROR_LOCK_VIOLATION
		112: false, // ERROR_DISK_FULL
		357: false,
		405: false,
	} {
		if got := cloudErrno(n); got != cloud {
			t.Errorf("error %d: cloud %v, want %v", n, got, cloud)
		}
	}
}

// TestCloudErrorKeepsOtherCauses: a file that is on this computer keeps
// the refusal it got, and refusals that never come from a failed download
// (locked, unsaved changes, not found, in use) are never renamed.
func TestCloudErrorKeepsOtherCauses(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "Rådet.samverka")
	if err := os.WriteFile(path, []byte("inte en rådsfil"), 0o644); err != nil {
		t.Fatal(err)
	}
	if CloudError(path, nil) != nil {
		t.Error("no error became one")
	}
	for _, code := range []string{model.CodeDamaged, model.CodeLocked, model.CodeRecovery, model.CodeNotFound, CodeInUse} {
		err := &model.Error{Code: code, Err: errors.New("x")}
		assertCode(t, CloudError(path, err), code)
	}
	if _, err := Open(path, testOptions(t, dir)); err == nil {
		t.Fatal("a text file opened")
	} else if model.CodeOf(CloudError(path, err)) == CodeCloudOnly {
		t.Errorf("a file on this computer was called cloud-only: %v", err)
	}
}
