package storage

import (
	"encoding/binary"
	"os"
	"path/filepath"
	"testing"
)

// TestCorruptPagesNeverPanic flips bytes all over a real document's data
// pages, and sets the meta's page references to odd values with a correct
// checksum, as a bad disk or a half-synced copy would: Check and Open must
// refuse or succeed, never panic, never return an internal error.
func TestCorruptPagesNeverPanic(t *testing.T) {
	_, doc := realDocument(t)
	stride := 97
	if testing.Short() {
		stride = 401
	}
	var cases [][]byte
	for off := 2 * pageSize; off < len(doc); off += stride {
		b := append([]byte(nil), doc...)
		b[off] ^= 0xff
		cases = append(cases, b)
	}
	for _, field := range []int{16, 32, 40} { // root, freelist, pgid
		for _, v := range []uint64{0, 1, 2, 3, 5, 1 << 20, ^uint64(0)} {
			b := append([]byte(nil), doc...)
			for _, page := range []int{0, pageSize} {
				m := b[page+pageHeaderSize:]
				binary.LittleEndian.PutUint64(m[field:], v)
				binary.LittleEndian.PutUint64(m[56:], parseMeta(b[page:]).sum)
			}
			cases = append(cases, b)
		}
	}
	dir := t.TempDir()
	path := filepath.Join(dir, "Rådet.samverka")
	for _, data := range cases {
		if err := os.WriteFile(path, data, 0o644); err != nil {
			t.Fatal(err)
		}
		if _, err := Check(path); err != nil {
			assertModelError(t, "Check", err)
		}
		opt := testOptions(t, dir)
		opt.ReadOnly = true
		d, err := Open(path, opt)
		if err != nil {
			assertModelError(t, "Open", err)
			continue
		}
		if _, err := d.Load(); err != nil {
			assertModelError(t, "Load", err)
		}
		if _, err := d.FollowUps("com-00001"); err != nil {
			assertModelError(t, "FollowUps", err)
		}
		d.Close()
		assertUnchanged(t, path, data)
	}
}
