package pdf

import (
	"bytes"
	"regexp"
	"testing"
)

func TestDeflatePages(t *testing.T) {
	b, _ := mustAgreement(t, testAgreement(10, 200, true))
	if plain := regexp.MustCompile(`<</Length \d+>>\nstream\n`).FindAll(b, -1); len(plain) != 0 {
		t.Errorf("%d streams left uncompressed", len(plain))
	}
	if len(b) > 300_000 {
		t.Errorf("a 200-commitment agreement takes %d bytes", len(b))
	}
	readBack(t, b) // qpdf --check passes on the rewritten cross-references
}

func TestDeflatePagesLeavesOddInputAlone(t *testing.T) {
	for _, in := range [][]byte{nil, []byte("%PDF-1.3\nnot really\n"), []byte("startxref\n99\n%%EOF\n")} {
		if out := deflatePages(in); !bytes.Equal(out, in) {
			t.Errorf("deflatePages(%q) = %q", in, out)
		}
	}
}
