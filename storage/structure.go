package storage

import (
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"os"
)

// bbolt's page kinds and element layout (internal/common/page.go): a
// branch element is {pos, ksize uint32; pgid uint64}, a leaf element
// {flags, pos, ksize, vsize uint32}; pos counts from the element itself. A
// bucket's value starts with {root, sequence uint64}; root 0 means the
// bucket's leaf page follows inline in the value.
const (
	branchPageFlag   = 0x01
	leafPageFlag     = 0x02
	freelistPageFlag = 0x10
	bucketLeafFlag   = 0x01
	elementSize      = 16
	bucketHeaderSize = 16
	maxTreeDepth     = 64
)

// checkStructure walks every page of the bbolt file at path that the meta
// in hdr reaches, without bbolt, and checks that each page id, element and
// key lies inside the file and that no page is reached twice. bbolt trusts
// these blindly: a bad one makes it read outside its memory map, which
// kills the program (in tx.Check's own goroutine no recover can help).
func checkStructure(path string, hdr header) error {
	f, err := os.Open(path)
	if err != nil {
		return fileError(err)
	}
	defer f.Close()
	w := &walker{f: f, hwm: hdr.meta.pgid, seen: map[uint64]bool{}}
	if err := w.page(hdr.meta.root, 0); err != nil {
		return damaged(err)
	}
	if hdr.meta.freelist != noFreelist {
		if err := w.freelist(hdr.meta.freelist); err != nil {
			return damaged(err)
		}
	}
	return nil
}

// walker reads pages of one file.
type walker struct {
	f    io.ReaderAt
	hwm  uint64 // the meta's high-water page id
	seen map[uint64]bool
}

// read returns page id with its overflow pages, after checking its header.
func (w *walker) read(id uint64, flags uint16) ([]byte, error) {
	if id < 2 || id >= w.hwm {
		return nil, fmt.Errorf("page id %d outside 2..%d", id, w.hwm)
	}
	if w.seen[id] {
		return nil, fmt.Errorf("page %d reached twice", id)
	}
	w.seen[id] = true
	head := make([]byte, pageHeaderSize)
	if _, err := w.f.ReadAt(head, int64(id)*pageSize); err != nil {
		return nil, err
	}
	le := binary.LittleEndian
	if got := le.Uint64(head); got != id {
		return nil, fmt.Errorf("page %d says it is page %d", id, got)
	}
	if got := le.Uint16(head[8:]); got&flags == 0 {
		return nil, fmt.Errorf("page %d has flags %#x", id, got)
	}
	overflow := uint64(le.Uint32(head[12:]))
	if id+overflow >= w.hwm {
		return nil, fmt.Errorf("page %d overflows past the high water mark", id)
	}
	for o := uint64(1); o <= overflow; o++ {
		if w.seen[id+o] {
			return nil, fmt.Errorf("page %d reached twice", id+o)
		}
		w.seen[id+o] = true
	}
	buf := make([]byte, (overflow+1)*pageSize)
	if _, err := w.f.ReadAt(buf, int64(id)*pageSize); err != nil {
		return nil, err
	}
	return buf, nil
}

// page checks the branch or leaf page id and everything below it.
func (w *walker) page(id uint64, depth int) error {
	if depth > maxTreeDepth {
		return errors.New("tree too deep")
	}
	buf, err := w.read(id, branchPageFlag|leafPageFlag)
	if err != nil {
		return err
	}
	return w.nodes(buf, id, depth)
}

// nodes checks the elements of a branch or leaf page held in buf (a page
// of the file, or an inline bucket's page).
func (w *walker) nodes(buf []byte, id uint64, depth int) error {
	le := binary.LittleEndian
	if len(buf) < pageHeaderSize {
		return fmt.Errorf("page %d: short", id)
	}
	flags := le.Uint16(buf[8:])
	count := int(le.Uint16(buf[10:]))
	if flags != branchPageFlag && flags != leafPageFlag {
		return fmt.Errorf("page %d: flags %#x", id, flags)
	}
	if flags == branchPageFlag && count == 0 {
		return fmt.Errorf("page %d: empty branch", id)
	}
	if pageHeaderSize+count*elementSize > len(buf) {
		return fmt.Errorf("page %d: %d elements do not fit", id, count)
	}
	for i := range count {
		at := pageHeaderSize + i*elementSize
		e := buf[at : at+elementSize]
		if flags == branchPageFlag {
			pos, ksize := uint64(le.Uint32(e)), uint64(le.Uint32(e[4:]))
			if uint64(at)+pos+ksize > uint64(len(buf)) || ksize == 0 {
				return fmt.Errorf("page %d: branch key %d outside the page", id, i)
			}
			if err := w.page(le.Uint64(e[8:]), depth+1); err != nil {
				return err
			}
			continue
		}
		eflags, pos := le.Uint32(e), uint64(le.Uint32(e[4:]))
		ksize, vsize := uint64(le.Uint32(e[8:])), uint64(le.Uint32(e[12:]))
		start := uint64(at) + pos
		if start+ksize+vsize > uint64(len(buf)) || ksize == 0 {
			return fmt.Errorf("page %d: leaf element %d outside the page", id, i)
		}
		if eflags&bucketLeafFlag == 0 {
			continue
		}
		value := buf[start+ksize : start+ksize+vsize]
		if len(value) < bucketHeaderSize {
			return fmt.Errorf("page %d: bucket %d too short", id, i)
		}
		if root := le.Uint64(value); root != 0 {
			if err := w.page(root, depth+1); err != nil {
				return err
			}
		} else if err := w.inline(value[bucketHeaderSize:], id, depth); err != nil {
			return err
		}
	}
	return nil
}

// inline checks an inline bucket's page: it must be a leaf within value.
func (w *walker) inline(page []byte, parent uint64, depth int) error {
	if depth > maxTreeDepth {
		return errors.New("tree too deep")
	}
	if len(page) < pageHeaderSize || binary.LittleEndian.Uint16(page[8:]) != leafPageFlag {
		return fmt.Errorf("page %d: bad inline bucket", parent)
	}
	return w.nodes(page, parent, depth+1)
}

// freelist checks the freelist page: its ids must be real pages.
func (w *walker) freelist(id uint64) error {
	buf, err := w.read(id, freelistPageFlag)
	if err != nil {
		return err
	}
	le := binary.LittleEndian
	if le.Uint16(buf[8:]) != freelistPageFlag {
		return fmt.Errorf("freelist page %d: flags %#x", id, le.Uint16(buf[8:]))
	}
	start, count := pageHeaderSize, uint64(le.Uint16(buf[10:]))
	if count == 0xFFFF {
		if len(buf) < pageHeaderSize+8 {
			return errors.New("freelist: short")
		}
		count = le.Uint64(buf[pageHeaderSize:])
		start += 8
	}
	if count > uint64(len(buf)-start)/8 {
		return fmt.Errorf("freelist: %d ids do not fit", count)
	}
	for i := range count {
		if p := le.Uint64(buf[start+int(i)*8:]); p < 2 || p >= w.hwm {
			return fmt.Errorf("freelist: page id %d outside 2..%d", p, w.hwm)
		}
	}
	return nil
}
