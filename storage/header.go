package storage

import (
	"encoding/binary"
	"errors"
	"fmt"
	"hash/fnv"
	"io"

	"samverka/model"
)

// bbolt's on-disk layout (go.etcd.io/bbolt v1.5.0, internal/common): every
// page starts with a 16-byte header {id uint64, flags uint16, count uint16,
// overflow uint32}; pages 0 and 1 hold a meta {magic, version, pageSize,
// flags uint32; root {pgid, sequence uint64}; freelist, pgid, txid,
// checksum uint64}. The checksum is FNV-64a over the meta's bytes before it.
// bbolt writes them in the machine's byte order; every platform Samverka
// runs on (amd64, arm64) is little-endian.
const (
	pageSize       = 4096
	pageHeaderSize = 16
	metaSize       = 64
	metaPageFlag   = 0x04
	boltMagic      = 0xED0CDAED
	boltVersion    = 2
	noFreelist     = ^uint64(0)
)

// boltMeta is one decoded meta page.
type boltMeta struct {
	pageID   uint64
	flags    uint16
	magic    uint32
	version  uint32
	pageSize uint32
	root     uint64
	freelist uint64
	pgid     uint64
	txid     uint64
	checksum uint64
	sum      uint64 // computed
}

func parseMeta(page []byte) boltMeta {
	le := binary.LittleEndian
	m := page[pageHeaderSize : pageHeaderSize+metaSize]
	h := fnv.New64a()
	h.Write(m[:56])
	return boltMeta{
		pageID:   le.Uint64(page[0:]),
		flags:    le.Uint16(page[8:]),
		magic:    le.Uint32(m[0:]),
		version:  le.Uint32(m[4:]),
		pageSize: le.Uint32(m[8:]),
		root:     le.Uint64(m[16:]),
		freelist: le.Uint64(m[32:]),
		pgid:     le.Uint64(m[40:]),
		txid:     le.Uint64(m[48:]),
		checksum: le.Uint64(m[56:]),
		sum:      h.Sum64(),
	}
}

// valid checks the meta as bbolt would, plus Samverka's fixed page size and
// the page references bbolt trusts blindly.
func (m boltMeta) valid(index uint64) error {
	switch {
	case m.magic != boltMagic:
		return errors.New("no bbolt magic")
	case m.checksum != m.sum:
		return errors.New("meta checksum mismatch")
	case m.version != boltVersion:
		return notSamverka(fmt.Errorf("bbolt version %d", m.version))
	case m.pageSize != pageSize:
		return notSamverka(fmt.Errorf("page size %d", m.pageSize))
	case m.pageID != index || m.flags != metaPageFlag:
		return fmt.Errorf("meta page %d has id %d, flags %#x", index, m.pageID, m.flags)
	case m.pgid < 4 || m.root < 2 || m.root >= m.pgid:
		return fmt.Errorf("root page %d, high water %d", m.root, m.pgid)
	case m.freelist != noFreelist && (m.freelist < 2 || m.freelist >= m.pgid):
		return fmt.Errorf("freelist page %d, high water %d", m.freelist, m.pgid)
	}
	return nil
}

// header is what checkHeader learned about a file.
type header struct {
	size int64
	meta boltMeta // the meta bbolt will use
	// suspicious is set when a meta page is bad although the file is
	// usable: bbolt's consistency check should then run.
	suspicious bool
}

// checkHeader checks that path is a complete bbolt file as Samverka writes
// it, without bbolt: bbolt turns an empty file into a new database and
// panics or faults on truncated ones. It never writes to path.
func checkHeader(path string) (header, error) {
	f, info, err := openRegular(path, MaxDocumentSize)
	if err != nil {
		return header{}, err
	}
	defer f.Close()
	h := header{size: info.Size()}
	if h.size == 0 {
		return h, &model.Error{Code: model.CodeEmpty}
	}
	buf := make([]byte, 2*pageSize)
	n, err := io.ReadFull(f, buf)
	if err != nil && !errors.Is(err, io.ErrUnexpectedEOF) {
		return h, fileError(err)
	}
	buf = buf[:n]

	// A page whose meta is not even fully present counts as absent.
	var metas [2]boltMeta
	var errs [2]error
	magic := false
	for i := range metas {
		start := i * pageSize
		if len(buf) < start+pageHeaderSize+metaSize {
			errs[i] = errors.New("meta page missing")
			continue
		}
		metas[i] = parseMeta(buf[start:])
		magic = magic || metas[i].magic == boltMagic
		errs[i] = metas[i].valid(uint64(i))
	}
	if !magic {
		return h, notSamverka(errors.New("no bbolt magic"))
	}
	for _, e := range errs {
		var me *model.Error
		if errors.As(e, &me) {
			return h, e
		}
	}
	// bbolt uses the valid meta with the higher transaction id.
	switch {
	case errs[0] == nil && errs[1] == nil:
		h.meta = metas[0]
		if metas[1].txid > metas[0].txid {
			h.meta = metas[1]
		}
	case errs[0] == nil:
		h.meta, h.suspicious = metas[0], true
	case errs[1] == nil:
		h.meta, h.suspicious = metas[1], true
	default:
		return h, damaged(fmt.Errorf("both meta pages bad: %v; %v", errs[0], errs[1]))
	}
	if h.meta.pgid > uint64(h.size)/pageSize {
		return h, damaged(fmt.Errorf("truncated: %d bytes, %d pages needed", h.size, h.meta.pgid))
	}
	if h.size%pageSize != 0 {
		return h, damaged(fmt.Errorf("size %d is not a whole number of pages", h.size))
	}
	return h, nil
}
