package storage

import (
	"crypto/sha256"
	"encoding/hex"
	"os"
	"os/user"
	"path/filepath"
	"strings"
	"time"
)

// resolved returns o with every default filled in.
func (o Options) resolved() (Options, error) {
	if o.User == "" {
		o.User = currentUser()
	}
	if o.Host == "" {
		o.Host, _ = os.Hostname()
	}
	if o.CacheDir == "" {
		dir, err := os.UserCacheDir()
		if err != nil {
			return o, err
		}
		o.CacheDir = filepath.Join(dir, "Samverka")
	}
	if o.DataDir == "" {
		dir, err := os.UserConfigDir()
		if err != nil {
			return o, err
		}
		o.DataDir = filepath.Join(dir, "Samverka")
	}
	if o.Now == nil {
		o.Now = time.Now
	}
	if o.Timeout <= 0 {
		o.Timeout = 2 * time.Second
	}
	return o, nil
}

// currentUser returns the OS user's login name without a Windows domain.
func currentUser() string {
	if u, err := user.Current(); err == nil && u.Username != "" {
		name := u.Username
		if i := strings.LastIndexAny(name, `\/`); i >= 0 {
			name = name[i+1:]
		}
		return name
	}
	for _, env := range []string{"USER", "USERNAME"} {
		if v := os.Getenv(env); v != "" {
			return v
		}
	}
	return "?"
}

// pathKey names a document's working copy and backup folder: a hash of its
// absolute path, so that any path maps to a safe, fixed-length name.
func pathKey(abs string) string {
	sum := sha256.Sum256([]byte(abs))
	return hex.EncodeToString(sum[:12])
}

// stem returns a document's file name without its extension.
func stem(path string) string {
	base := filepath.Base(path)
	return strings.TrimSuffix(base, filepath.Ext(base))
}
