package storage

import (
	"path/filepath"

	"samverka/model"
)

// CodeCloudOnly refuses to open a file that OneDrive (or another sync
// client with "Files On-Demand") keeps only in the cloud and could not
// bring to this computer, typically while it is offline. The file is not
// damaged; it opens once it has been downloaded. Args: File.
const CodeCloudOnly = "file.cloudOnly"

// Windows file attributes that mark a file whose content is not on this
// computer: a cloud placeholder (RECALL_ON_DATA_ACCESS, RECALL_ON_OPEN) or
// one that an archive system moved away (OFFLINE).
const (
	fileAttributeOffline            = 0x1000
	fileAttributeRecallOnOpen       = 0x40000
	fileAttributeRecallOnDataAccess = 0x400000
)

// cloudPlaceholder reports whether a file with Windows attributes attrs
// has its content elsewhere, so that reading it needs a download.
func cloudPlaceholder(attrs uint32) bool {
	return attrs&(fileAttributeOffline|fileAttributeRecallOnOpen|fileAttributeRecallOnDataAccess) != 0
}

// cloudErrno reports whether the Windows error number n says that the
// cloud files provider failed to bring a file: the ERROR_CLOUD_FILE_*
// codes (358–404, and 426 for a request that timed out), which OneDrive
// gives when it is offline, not running or not signed in.
func cloudErrno(n uint32) bool {
	return n >= 358 && n <= 404 || n == 426
}

// cloudCauses are the refusals a failed download shows up as: the content
// read as damaged, empty or foreign, or the read refused or failed.
var cloudCauses = map[string]bool{
	model.CodeDamaged: true, model.CodeEmpty: true, model.CodeNotSamverka: true,
	model.CodePermission: true, model.CodeInternal: true, "": true,
}

// CloudError returns err as CodeCloudOnly when opening path failed because
// its content is only in the cloud: Windows said so with a cloud file
// error, or the file is still a placeholder after a read that failed.
// Any other error is returned as it is.
func CloudError(path string, err error) error {
	if err == nil || !cloudCauses[model.CodeOf(err)] {
		return err
	}
	if cloudFailure(err) || cloudOnly(path) {
		return &model.Error{Code: CodeCloudOnly, Args: map[string]any{"File": filepath.Base(path)}, Err: err}
	}
	return err
}
