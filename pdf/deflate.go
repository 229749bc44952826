package pdf

import (
	"bytes"
	"compress/zlib"
	"fmt"
	"regexp"
	"slices"
	"strconv"
)

// gofpdf compresses every page with a new zlib writer, and a writer costs
// a megabyte of fresh memory: for a forty-page agreement that was most of
// the time it took. So pages are written uncompressed and compressed here
// with pooled writers, and the cross-reference table is written anew.

// deflaters keeps writers for the documents being made. It is a channel,
// not a sync.Pool: a pool is emptied at every garbage collection, and a
// document allocates enough to collect once or twice while it is made, so
// nearly every document paid for a new writer.
var deflaters = make(chan *zlib.Writer, 4)

func getDeflater() *zlib.Writer {
	select {
	case w := <-deflaters:
		return w
	default:
		w, _ := zlib.NewWriterLevel(nil, zlib.BestSpeed)
		return w
	}
}

func putDeflater(w *zlib.Writer) {
	w.Reset(nil)
	select {
	case deflaters <- w:
	default:
	}
}

var (
	startxrefPattern = regexp.MustCompile(`startxref\n(\d+)\n%%EOF\n?$`)
	plainStream      = regexp.MustCompile(`^(\d+) 0 obj\n<</Length (\d+)>>\nstream\n`)
)

// deflatePages returns doc, a PDF as gofpdf writes it, with its plain
// streams (the pages' content) compressed. It returns doc unchanged,
// still a valid PDF, should doc not have the shape it expects.
func deflatePages(doc []byte) []byte {
	out, err := deflate(doc)
	if err != nil {
		return doc
	}
	return out
}

func deflate(doc []byte) ([]byte, error) {
	m := startxrefPattern.FindSubmatch(doc)
	if m == nil {
		return nil, fmt.Errorf("no startxref")
	}
	xref, _ := strconv.Atoi(string(m[1]))
	if xref <= 0 || xref >= len(doc) || !bytes.HasPrefix(doc[xref:], []byte("xref\n0 ")) {
		return nil, fmt.Errorf("no xref at %d", xref)
	}
	// The table: "xref", "0 N", then N entries of 20 bytes each.
	head := doc[xref:]
	nl := bytes.IndexByte(head[5:], '\n') + 5
	count, err := strconv.Atoi(string(head[7:nl]))
	if err != nil || count < 2 {
		return nil, fmt.Errorf("bad xref header")
	}
	entries := head[nl+1:]
	if len(entries) < 20*count {
		return nil, fmt.Errorf("short xref")
	}
	offsets := make([]int, count) // object number → offset
	for i := 1; i < count; i++ {
		offsets[i], err = strconv.Atoi(string(entries[20*i : 20*i+10]))
		if err != nil || offsets[i] <= 0 || offsets[i] >= xref {
			return nil, fmt.Errorf("bad xref entry %d", i)
		}
	}
	trailer := entries[20*count:]
	end := bytes.LastIndex(trailer, []byte("startxref\n"))
	if end < 0 {
		return nil, fmt.Errorf("no trailer")
	}
	trailer = trailer[:end]

	order := make([]int, 0, count-1) // object numbers in file order
	for i := 1; i < count; i++ {
		order = append(order, i)
	}
	slices.SortFunc(order, func(a, b int) int { return offsets[a] - offsets[b] })

	w := getDeflater()
	defer putDeflater(w)
	var out bytes.Buffer
	out.Grow(len(doc) / 3)
	out.Write(doc[:offsets[order[0]]])
	var packed bytes.Buffer
	for k, n := range order {
		stop := xref
		if k+1 < len(order) {
			stop = offsets[order[k+1]]
		}
		obj := doc[offsets[n]:stop]
		offsets[n] = out.Len()
		sm := plainStream.FindSubmatch(obj)
		if sm == nil {
			out.Write(obj)
			continue
		}
		length, _ := strconv.Atoi(string(sm[2]))
		body := obj[len(sm[0]):]
		if len(body) < length || !bytes.HasPrefix(body[length:], []byte("\nendstream\n")) {
			return nil, fmt.Errorf("object %d: stream length", n)
		}
		packed.Reset()
		w.Reset(&packed)
		w.Write(body[:length])
		if err := w.Close(); err != nil {
			return nil, err
		}
		fmt.Fprintf(&out, "%d 0 obj\n<</Filter /FlateDecode /Length %d>>\nstream\n", n, packed.Len())
		out.Write(packed.Bytes())
		out.Write(body[length:])
	}
	start := out.Len()
	fmt.Fprintf(&out, "xref\n0 %d\n0000000000 65535 f \n", count)
	for i := 1; i < count; i++ {
		fmt.Fprintf(&out, "%010d 00000 n \n", offsets[i])
	}
	out.Write(trailer)
	fmt.Fprintf(&out, "startxref\n%d\n%%%%EOF\n", start)
	return out.Bytes(), nil
}
