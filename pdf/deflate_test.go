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

// TestDocumentsInParallel makes documents from several goroutines, as the
// user interface may, and gets the same bytes as one at a time.
func TestDocumentsInParallel(t *testing.T) {
	agreement := testAgreement(3, 10, true)
	meeting := testMeeting(10, true)
	want, _ := mustAgreement(t, agreement)
	wantMinutes := mustMake(t, Minutes, meeting)
	errs := make(chan string, 8)
	done := make(chan bool)
	for i := range 4 {
		go func() {
			defer func() { done <- true }()
			if i%2 == 0 {
				if b, _, err := Agreement(agreement); err != nil || !bytes.Equal(b, want) {
					errs <- "agreement differs"
				}
				return
			}
			if b, _, err := Minutes(meeting); err != nil || !bytes.Equal(b, wantMinutes) {
				errs <- "minutes differ"
			}
		}()
	}
	for range 4 {
		<-done
	}
	close(errs)
	for e := range errs {
		t.Error(e)
	}
}
