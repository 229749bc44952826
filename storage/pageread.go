package storage

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"os"
	"sort"
)

// pageFile reads a bbolt file page by page with ReadAt, without bbolt and
// without a memory map: a Reader looks up the few records a command needs
// in the document itself, where bbolt must not run (it may be on a stick
// or in a synced folder), without copying it. Every page it reads is
// checked (its id, its kind, every element inside it), so a damaged or
// truncated file gives an error, never a crash; it trusts nothing it has
// not read.
type pageFile struct {
	f    *os.File
	hwm  uint64 // pages below this id exist
	root uint64 // the root bucket's page
	// branches and buckets keep what was read of the trees' upper levels,
	// which every lookup passes.
	branches map[uint64]node
	buckets  map[string]tree
}

// node is one branch or leaf page, or an inline bucket's page.
type node struct {
	buf    []byte
	branch bool
	count  int
	id     uint64
}

// errSkip stops a scan early without an error.
var errSkip = errors.New("skip")

// page reads page id and its overflow pages.
func (p *pageFile) page(id uint64) (node, error) {
	if n, ok := p.branches[id]; ok {
		return n, nil
	}
	n, err := p.readPage(id)
	if err == nil && n.branch {
		if p.branches == nil {
			p.branches = map[uint64]node{}
		}
		p.branches[id] = n
	}
	return n, err
}

// readPage reads page id and its overflow pages.
func (p *pageFile) readPage(id uint64) (node, error) {
	if id < 2 || id >= p.hwm {
		return node{}, damaged(fmt.Errorf("page id %d outside 2..%d", id, p.hwm))
	}
	buf := make([]byte, pageSize)
	if _, err := p.f.ReadAt(buf, int64(id)*pageSize); err != nil {
		return node{}, fileError(err)
	}
	le := binary.LittleEndian
	if got := le.Uint64(buf); got != id {
		return node{}, damaged(fmt.Errorf("page %d says it is page %d", id, got))
	}
	if overflow := uint64(le.Uint32(buf[12:])); overflow > 0 {
		if id+overflow >= p.hwm {
			return node{}, damaged(fmt.Errorf("page %d overflows past the high water mark", id))
		}
		buf = append(buf, make([]byte, overflow*pageSize)...)
		if _, err := p.f.ReadAt(buf[pageSize:], int64(id+1)*pageSize); err != nil {
			return node{}, fileError(err)
		}
	}
	return parseNode(buf, id)
}

// parseNode checks a branch or leaf page held in buf, and any inline
// bucket in it, so that reading its elements stays inside buf. It checks
// more than bbolt needs, to find damage bbolt would not: bbolt writes the
// keys and values right after the element array, each element's after the
// one before (common.WriteInodeToPage), and the keys in increasing order.
// So a flipped bit in a count or a length, which would hide elements or
// shift a key, is found.
func parseNode(buf []byte, id uint64) (node, error) {
	if _, err := parseNodes(buf, id, 0); err != nil {
		return node{}, damaged(err)
	}
	le := binary.LittleEndian
	flags := le.Uint16(buf[8:])
	n := node{buf: buf, branch: flags == branchPageFlag, count: int(le.Uint16(buf[10:])), id: id}
	next := uint64(pageHeaderSize + n.count*elementSize)
	for i := range n.count {
		at := uint64(pageHeaderSize + i*elementSize)
		e := buf[at:]
		var start, size uint64
		if n.branch {
			start, size = at+uint64(le.Uint32(e)), uint64(le.Uint32(e[4:]))
		} else {
			start, size = at+uint64(le.Uint32(e[4:])), uint64(le.Uint32(e[8:]))+uint64(le.Uint32(e[12:]))
		}
		if start != next {
			return node{}, damaged(fmt.Errorf("page %d: element %d is not where bbolt puts it", id, i))
		}
		next = start + size
		if i > 0 && bytes.Compare(n.key(i-1), n.key(i)) >= 0 {
			return node{}, damaged(fmt.Errorf("page %d: keys out of order at %d", id, i))
		}
	}
	return n, nil
}

// key returns element i's key.
func (n node) key(i int) []byte {
	le := binary.LittleEndian
	at := pageHeaderSize + i*elementSize
	e := n.buf[at:]
	if n.branch {
		pos, ksize := int(le.Uint32(e)), int(le.Uint32(e[4:]))
		return n.buf[at+pos : at+pos+ksize]
	}
	pos, ksize := int(le.Uint32(e[4:])), int(le.Uint32(e[8:]))
	return n.buf[at+pos : at+pos+ksize]
}

// value returns leaf element i's value and whether it is a bucket.
func (n node) value(i int) ([]byte, bool) {
	le := binary.LittleEndian
	at := pageHeaderSize + i*elementSize
	e := n.buf[at:]
	flags, pos := le.Uint32(e), int(le.Uint32(e[4:]))
	ksize, vsize := int(le.Uint32(e[8:])), int(le.Uint32(e[12:]))
	return n.buf[at+pos+ksize : at+pos+ksize+vsize], flags&bucketLeafFlag != 0
}

// child returns branch element i's page id.
func (n node) child(i int) uint64 {
	return binary.LittleEndian.Uint64(n.buf[pageHeaderSize+i*elementSize+8:])
}

// tree is a bucket's B+ tree: a root page, or an inline page.
type tree struct {
	root   uint64
	inline []byte
}

// bucket returns the top-level bucket name.
func (p *pageFile) bucket(name string) (tree, bool, error) {
	if t, ok := p.buckets[name]; ok {
		return t, true, nil
	}
	v, isBucket, found, err := p.get(tree{root: p.root}, []byte(name))
	if err != nil || !found {
		return tree{}, false, err
	}
	if !isBucket || len(v) < bucketHeaderSize {
		return tree{}, false, damaged(fmt.Errorf("bucket %q is not a bucket", name))
	}
	t := tree{root: binary.LittleEndian.Uint64(v)}
	if t.root == 0 {
		t.inline = bytes.Clone(v[bucketHeaderSize:])
		if len(t.inline) < pageHeaderSize || binary.LittleEndian.Uint16(t.inline[8:]) != leafPageFlag {
			return tree{}, false, damaged(fmt.Errorf("bucket %q: bad inline page", name))
		}
	}
	if p.buckets == nil {
		p.buckets = map[string]tree{}
	}
	p.buckets[name] = t
	return t, true, nil
}

// rootNode returns a tree's top node.
func (p *pageFile) rootNode(t tree) (node, error) {
	if t.root == 0 {
		return parseNode(t.inline, 0)
	}
	return p.page(t.root)
}

// get returns the value under key in t.
func (p *pageFile) get(t tree, key []byte) (v []byte, isBucket, found bool, err error) {
	err = p.scan(t, key, func(k, val []byte, b bool) error {
		if bytes.Equal(k, key) {
			v, isBucket, found = val, b, true
		}
		return errSkip
	})
	return v, isBucket, found, err
}

// scan calls fn for each element of t whose key starts with prefix, in
// key order, until fn returns an error (errSkip stops without one).
func (p *pageFile) scan(t tree, prefix []byte, fn func(k, v []byte, isBucket bool) error) error {
	n, err := p.rootNode(t)
	if err != nil {
		return err
	}
	err = p.walk(n, prefix, fn, 0)
	if errors.Is(err, errSkip) {
		return nil
	}
	return err
}

func (p *pageFile) walk(n node, prefix []byte, fn func(k, v []byte, isBucket bool) error, depth int) error {
	if depth > maxTreeDepth {
		return damaged(errors.New("tree too deep"))
	}
	// The first element whose key is not below the prefix; in a branch
	// the one before it may hold keys from the prefix on.
	i := sort.Search(n.count, func(i int) bool { return bytes.Compare(n.key(i), prefix) >= 0 })
	if n.branch {
		if i > 0 && (i == n.count || !bytes.Equal(n.key(i), prefix)) {
			i--
		}
		for ; i < n.count; i++ {
			// A branch key is its child's first key (bbolt's spill keeps
			// them so); a child whose first key is another is damage, even
			// the one whose key ends the scan.
			c, err := p.page(n.child(i))
			if err != nil {
				return err
			}
			if c.count == 0 || !bytes.Equal(c.key(0), n.key(i)) {
				return damaged(fmt.Errorf("page %d: branch key %d is not its child's first key", n.id, i))
			}
			if k := n.key(i); bytes.Compare(k, prefix) > 0 && !bytes.HasPrefix(k, prefix) {
				return errSkip
			}
			if err := p.walk(c, prefix, fn, depth+1); err != nil {
				return err
			}
		}
		return nil
	}
	for ; i < n.count; i++ {
		k := n.key(i)
		if !bytes.HasPrefix(k, prefix) {
			return errSkip
		}
		v, isBucket := n.value(i)
		if err := fn(k, v, isBucket); err != nil {
			return err
		}
	}
	return nil
}

// neighbours calls check with the elements of the leaf where key belongs
// that come right before and after it.
func (p *pageFile) neighbours(t tree, key []byte, check func(k, v []byte) error) error {
	n, err := p.rootNode(t)
	if err != nil {
		return err
	}
	for depth := 0; n.branch; depth++ {
		if depth > maxTreeDepth {
			return damaged(errors.New("tree too deep"))
		}
		i := sort.Search(n.count, func(i int) bool { return bytes.Compare(n.key(i), key) > 0 })
		c, err := p.page(n.child(max(i-1, 0)))
		if err != nil {
			return err
		}
		if c.count == 0 || !bytes.Equal(c.key(0), n.key(max(i-1, 0))) {
			return damaged(fmt.Errorf("page %d: branch key is not its child's first key", n.id))
		}
		n = c
	}
	i := sort.Search(n.count, func(i int) bool { return bytes.Compare(n.key(i), key) >= 0 })
	for _, j := range []int{i - 1, i} {
		if j >= 0 && j < n.count {
			if v, isBucket := n.value(j); !isBucket {
				if err := check(n.key(j), v); err != nil {
					return err
				}
			}
		}
	}
	return nil
}
