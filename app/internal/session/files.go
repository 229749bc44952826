package session

import "path/filepath"

// FileExtension is the extension of Samverka's data files.
const FileExtension = ".samverka"

// Same reports whether paths a and b name the same file.
func Same(a, b string) bool {
	a, _ = filepath.Abs(a)
	b, _ = filepath.Abs(b)
	return a == b
}
