package storage

import (
	"cmp"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"time"
)

// fingerprint identifies a file's content as it was seen.
type fingerprint struct {
	Size    int64     `json:"size"`
	ModTime time.Time `json:"modTime"`
	SHA256  string    `json:"sha256"`
}

// copyBuffer is the buffer size for copying documents.
const copyBuffer = 1 << 20

// copyOut copies src to every file of dsts (created new, mode 0600) in one
// read, and returns src's fingerprint. With sync the copies are flushed to
// disk. On failure no copy is left behind.
func copyOut(src string, sync bool, dsts ...string) (fp fingerprint, err error) {
	in, err := os.Open(src)
	if err != nil {
		return fp, fileError(err)
	}
	defer in.Close()
	info, err := in.Stat()
	if err != nil {
		return fp, fileError(err)
	}
	files := make([]*os.File, 0, len(dsts))
	defer func() {
		for _, f := range files {
			f.Close()
			if err != nil {
				os.Remove(f.Name())
			}
		}
	}()
	var writers []io.Writer
	for _, dst := range dsts {
		if err := os.MkdirAll(filepath.Dir(dst), 0o700); err != nil {
			return fp, fileError(err)
		}
		f, err := os.OpenFile(dst, os.O_WRONLY|os.O_CREATE|os.O_TRUNC, 0o600)
		if err != nil {
			return fp, fileError(err)
		}
		files = append(files, f)
		writers = append(writers, f)
	}
	h := newHashingWriter(io.MultiWriter(writers...))
	n, err := io.CopyBuffer(h, in, make([]byte, copyBuffer))
	sum := h.Sum()
	if err != nil {
		return fp, fileError(err)
	}
	for _, f := range files {
		if sync {
			if err := f.Sync(); err != nil {
				return fp, fileError(err)
			}
		}
	}
	return fingerprint{Size: n, ModTime: info.ModTime(), SHA256: sum}, nil
}

// fingerprintOf reads path's fingerprint.
func fingerprintOf(path string) (fingerprint, error) {
	f, err := os.Open(path)
	if err != nil {
		return fingerprint{}, err
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return fingerprint{}, err
	}
	h := sha256.New()
	n, err := io.CopyBuffer(h, f, make([]byte, copyBuffer))
	if err != nil {
		return fingerprint{}, err
	}
	return fingerprint{Size: n, ModTime: info.ModTime(), SHA256: hex.EncodeToString(h.Sum(nil))}, nil
}

// randomSuffix returns a short random hex string for temporary names.
func randomSuffix() string {
	var b [6]byte
	rand.Read(b[:])
	return hex.EncodeToString(b[:])
}

// writeAtomic replaces target with what write writes, or leaves target as
// it was: write goes to a temporary file in target's own folder (a rename
// only replaces atomically within one file system), which is flushed,
// closed and renamed over target. os.Rename replaces an existing target on
// Windows too: since Go 1.5 it calls MoveFileEx with
// MOVEFILE_REPLACE_EXISTING (internal/syscall/windows.Rename). The new file
// keeps target's permissions. beforeRename, when set, runs with the new
// content's fingerprint just before the rename.
//
// A target that is a link is followed: the file it points to is replaced
// and the link stays, as a link into a synced folder must.
func writeAtomic(target string, write func(io.Writer) error, beforeRename func(fingerprint) error) (fp fingerprint, err error) {
	if real, err := resolve(target); err != nil {
		return fp, err
	} else {
		target = real
	}
	dir := filepath.Dir(target)
	mode := fs.FileMode(0o666) // narrowed by the umask
	if info, err := os.Stat(target); err == nil {
		mode = info.Mode().Perm()
	}
	tmpName := tempName(target)
	tmp, err := os.OpenFile(tmpName, os.O_WRONLY|os.O_CREATE|os.O_EXCL, mode)
	if err != nil {
		return fp, fileError(err)
	}
	defer func() {
		if err != nil {
			tmp.Close()
			removeRetrying(tmpName)
		}
	}()
	// The content is hashed while it is written, in a goroutine of its
	// own: the file is read once, by the copy.
	hw := newHashingWriter(tmp)
	err = write(hw)
	sum := hw.Sum()
	if err != nil {
		return fp, fileError(cmp.Or(hw.err, err))
	}
	fp = fingerprint{Size: hw.n, SHA256: sum}
	if err = tmp.Sync(); err != nil {
		return fp, fileError(err)
	}
	if err = tmp.Close(); err != nil {
		return fp, fileError(err)
	}
	if beforeRename != nil {
		if err = beforeRename(fp); err != nil {
			return fp, err
		}
	}
	if err = renameRetrying(tmpName, target); err != nil {
		return fp, fileError(err)
	}
	if err := syncDir(dir); err != nil {
		// The content is safe in the renamed file; only the rename's
		// durability across a power cut is uncertain.
		_ = err
	}
	if info, err := os.Stat(target); err == nil {
		fp.ModTime = info.ModTime()
	}
	return fp, nil
}

// tempName names a save in progress beside target:
// ".<name>.samverka-tmp-<pid>-<random>". The process id lets the next
// opener tell a crashed save's leftover from a save under way (see sweep).
func tempName(target string) string {
	return filepath.Join(filepath.Dir(target), fmt.Sprintf(".%s.samverka-tmp-%d-%s", stem(target), os.Getpid(), randomSuffix()))
}

// hashingWriter writes to w and computes the SHA-256 of what passes in a
// goroutine of its own, so that hashing overlaps writing: on the two cores
// of a typical laptop a save or open then costs little more than the copy.
type hashingWriter struct {
	w    io.Writer
	n    int64
	err  error // the first write error
	in   chan []byte
	done chan struct{}
	sum  chan string
}

func newHashingWriter(w io.Writer) *hashingWriter {
	h := &hashingWriter{w: w, in: make(chan []byte), done: make(chan struct{}), sum: make(chan string, 1)}
	go func() {
		hash := sha256.New()
		for p := range h.in {
			hash.Write(p)
			h.done <- struct{}{}
		}
		h.sum <- hex.EncodeToString(hash.Sum(nil))
	}()
	return h
}

// Write writes p while it is hashed; it returns when both are done, since
// the caller may reuse p.
func (h *hashingWriter) Write(p []byte) (int, error) {
	h.in <- p
	n, err := h.w.Write(p)
	<-h.done
	h.n += int64(n)
	if err != nil && h.err == nil {
		h.err = err
	}
	return n, err
}

// ReadFrom copies r in large pieces, each hashed while it is written:
// bbolt's WriteTo hands the database's pages over as a reader.
func (h *hashingWriter) ReadFrom(r io.Reader) (int64, error) {
	buf := make([]byte, copyBuffer)
	var total int64
	for {
		n, err := io.ReadFull(r, buf)
		if n > 0 {
			w, werr := h.Write(buf[:n])
			total += int64(w)
			if werr != nil {
				return total, werr
			}
		}
		if err == io.EOF || err == io.ErrUnexpectedEOF {
			return total, nil
		}
		if err != nil {
			return total, err
		}
	}
}

// Sum ends hashing and returns the hash of everything written. It must be
// called exactly once.
func (h *hashingWriter) Sum() string {
	close(h.in)
	return <-h.sum
}

// removeIfExists removes path, ignoring that it is already gone.
func removeIfExists(path string) error {
	if err := os.Remove(path); err != nil && !errors.Is(err, fs.ErrNotExist) {
		return err
	}
	return nil
}
