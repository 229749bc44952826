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
	scanChunk        = 256 * pageSize
)

// pageInfo is what the scan learned about one page.
type pageInfo struct {
	id       uint64 // the id the page's header gives
	flags    uint16
	overflow uint32
	children []uint64 // branch children and bucket roots
	err      error    // a fault in the page itself
	deferred bool     // spans past the scanned chunk: parse when reached
}

// checkStructure checks, without bbolt, every page of the bbolt file at
// path that the meta in hdr reaches: each page id, element and key must lie
// inside the file and no page may be reached twice. bbolt trusts these
// blindly; a bad one makes it read outside its memory map, which kills the
// program (in tx.Check's own goroutine no recover can help).
//
// The file is read once from start to end, every page parsed as if it were
// live, and then the tree is walked from the root over what was learned:
// reading page by page in tree order costs several times as much.
func checkStructure(path string, hdr header) error {
	f, err := os.Open(path)
	if err != nil {
		return fileError(err)
	}
	defer f.Close()
	s := &scan{f: f, hwm: hdr.meta.pgid, pages: make([]pageInfo, hdr.meta.pgid), seen: make([]bool, hdr.meta.pgid)}
	if err := s.read(); err != nil {
		return fileError(err)
	}
	if err := s.walk(hdr.meta.root, branchPageFlag|leafPageFlag, 0); err != nil {
		return damaged(err)
	}
	if hdr.meta.freelist != noFreelist {
		if err := s.freelist(hdr.meta.freelist); err != nil {
			return damaged(err)
		}
	}
	return nil
}

// scan holds what was learned about the pages of one file.
type scan struct {
	f     io.ReaderAt
	hwm   uint64 // the meta's high-water page id
	pages []pageInfo
	seen  []bool
}

// read parses every page below the high-water mark, chunk by chunk.
func (s *scan) read() error {
	buf := make([]byte, scanChunk)
	for first := uint64(2); first < s.hwm; first += scanChunk / pageSize {
		n := min(s.hwm-first, scanChunk/pageSize)
		chunk := buf[:n*pageSize]
		if _, err := s.f.ReadAt(chunk, int64(first)*pageSize); err != nil {
			return err
		}
		for i := range n {
			page := chunk[i*pageSize:]
			info := &s.pages[first+i]
			le := binary.LittleEndian
			info.id, info.flags, info.overflow = le.Uint64(page), le.Uint16(page[8:]), le.Uint32(page[12:])
			if info.flags != branchPageFlag && info.flags != leafPageFlag {
				continue
			}
			span := (uint64(info.overflow) + 1) * pageSize
			if span > uint64(len(page)) {
				info.deferred = true
				continue
			}
			info.children, info.err = parseNodes(page[:span], first+i, 0)
		}
	}
	return nil
}

// reach marks page id and its overflow pages as reached, checking its
// header against flags.
func (s *scan) reach(id uint64, flags uint16) (*pageInfo, error) {
	if id < 2 || id >= s.hwm {
		return nil, fmt.Errorf("page id %d outside 2..%d", id, s.hwm)
	}
	info := &s.pages[id]
	switch {
	case info.id != id:
		return nil, fmt.Errorf("page %d says it is page %d", id, info.id)
	case info.flags&flags == 0:
		return nil, fmt.Errorf("page %d has flags %#x", id, info.flags)
	case id+uint64(info.overflow) >= s.hwm:
		return nil, fmt.Errorf("page %d overflows past the high water mark", id)
	}
	for p := id; p <= id+uint64(info.overflow); p++ {
		if s.seen[p] {
			return nil, fmt.Errorf("page %d reached twice", p)
		}
		s.seen[p] = true
	}
	return info, nil
}

// walk checks the branch or leaf page id and everything below it.
func (s *scan) walk(id uint64, flags uint16, depth int) error {
	if depth > maxTreeDepth {
		return errors.New("tree too deep")
	}
	info, err := s.reach(id, flags)
	if err != nil {
		return err
	}
	if info.deferred {
		buf := make([]byte, (uint64(info.overflow)+1)*pageSize)
		if _, err := s.f.ReadAt(buf, int64(id)*pageSize); err != nil {
			return err
		}
		info.children, info.err = parseNodes(buf, id, 0)
		info.deferred = false
	}
	if info.err != nil {
		return info.err
	}
	for _, child := range info.children {
		if err := s.walk(child, branchPageFlag|leafPageFlag, depth+1); err != nil {
			return err
		}
	}
	return nil
}

// parseNodes checks the elements of a branch or leaf page held in buf (a
// page of the file, or an inline bucket's page) and returns the pages it
// refers to.
func parseNodes(buf []byte, id uint64, depth int) ([]uint64, error) {
	if depth > maxTreeDepth {
		return nil, errors.New("inline buckets too deep")
	}
	le := binary.LittleEndian
	if len(buf) < pageHeaderSize {
		return nil, fmt.Errorf("page %d: short", id)
	}
	flags := le.Uint16(buf[8:])
	count := int(le.Uint16(buf[10:]))
	if flags != branchPageFlag && flags != leafPageFlag {
		return nil, fmt.Errorf("page %d: flags %#x", id, flags)
	}
	if flags == branchPageFlag && count == 0 {
		return nil, fmt.Errorf("page %d: empty branch", id)
	}
	if pageHeaderSize+count*elementSize > len(buf) {
		return nil, fmt.Errorf("page %d: %d elements do not fit", id, count)
	}
	var children []uint64
	for i := range count {
		at := pageHeaderSize + i*elementSize
		e := buf[at : at+elementSize]
		if flags == branchPageFlag {
			pos, ksize := uint64(le.Uint32(e)), uint64(le.Uint32(e[4:]))
			if uint64(at)+pos+ksize > uint64(len(buf)) || ksize == 0 {
				return nil, fmt.Errorf("page %d: branch key %d outside the page", id, i)
			}
			children = append(children, le.Uint64(e[8:]))
			continue
		}
		eflags, pos := le.Uint32(e), uint64(le.Uint32(e[4:]))
		ksize, vsize := uint64(le.Uint32(e[8:])), uint64(le.Uint32(e[12:]))
		start := uint64(at) + pos
		if start+ksize+vsize > uint64(len(buf)) || ksize == 0 {
			return nil, fmt.Errorf("page %d: leaf element %d outside the page", id, i)
		}
		if eflags&bucketLeafFlag == 0 {
			continue
		}
		value := buf[start+ksize : start+ksize+vsize]
		if len(value) < bucketHeaderSize {
			return nil, fmt.Errorf("page %d: bucket %d too short", id, i)
		}
		if root := le.Uint64(value); root != 0 {
			children = append(children, root)
			continue
		}
		inline := value[bucketHeaderSize:]
		if len(inline) < pageHeaderSize || le.Uint16(inline[8:]) != leafPageFlag {
			return nil, fmt.Errorf("page %d: bad inline bucket", id)
		}
		nested, err := parseNodes(inline, id, depth+1)
		if err != nil {
			return nil, err
		}
		children = append(children, nested...)
	}
	return children, nil
}

// freelist checks the freelist page: its ids must be real pages.
func (s *scan) freelist(id uint64) error {
	info, err := s.reach(id, freelistPageFlag)
	if err != nil {
		return err
	}
	if info.flags != freelistPageFlag {
		return fmt.Errorf("freelist page %d: flags %#x", id, info.flags)
	}
	buf := make([]byte, (uint64(info.overflow)+1)*pageSize)
	if _, err := s.f.ReadAt(buf, int64(id)*pageSize); err != nil {
		return err
	}
	le := binary.LittleEndian
	start, count := pageHeaderSize, uint64(le.Uint16(buf[10:]))
	if count == 0xFFFF {
		count = le.Uint64(buf[pageHeaderSize:])
		start += 8
	}
	if count > uint64(len(buf)-start)/8 {
		return fmt.Errorf("freelist: %d ids do not fit", count)
	}
	for i := range count {
		if p := le.Uint64(buf[start+int(i)*8:]); p < 2 || p >= s.hwm {
			return fmt.Errorf("freelist: page id %d outside 2..%d", p, s.hwm)
		}
	}
	return nil
}
