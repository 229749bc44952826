package pdf

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// TestSamples renders sample pages of every document to PNG, for
// docs/screenshots/pdf, when SAMVERKA_PDF_SAMPLES names a folder:
//
//	SAMVERKA_PDF_SAMPLES=$PWD/docs/screenshots/pdf go test ./pdf -run TestSamples
//
// Each sample shows the pages that hold its marks ("" is the first page).
// With ImageMagick at hand the pages are reduced to 96 colours to keep
// the repository small.
func TestSamples(t *testing.T) {
	dir := os.Getenv("SAMVERKA_PDF_SAMPLES")
	if dir == "" {
		t.Skip("SAMVERKA_PDF_SAMPLES not set")
	}
	needTool(t, "pdftoppm")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	type sample struct {
		make  func() ([]byte, Warnings, error)
		marks []string
	}
	meetings := sampleMeetingDocs()
	samples := map[string]sample{
		"agreement-signed": {func() ([]byte, Warnings, error) { return Agreement(testAgreement(4, 12, true)) },
			[]string{"", "1. Bakgrund", "Underskrifter", "Verifiering"}},
		"agreement-draft": {func() ([]byte, Warnings, error) { return Agreement(testAgreement(4, 6, false)) },
			[]string{"", "Underskrifter"}},
		"agreement-jurist": {func() ([]byte, Warnings, error) { return Agreement(juristAgreement(true)) },
			[]string{"", "7. Organisation för samverkan", "Underskrifter", "Bilaga 2: Tidsplan"}},
		"agreement-jurist-draft": {func() ([]byte, Warnings, error) { return Agreement(inconsistentDraft()) },
			[]string{"Att åtgärda"}},
		"invitation":    {meetings["invitation"], []string{""}},
		"attendance":    {meetings["attendance"], []string{""}},
		"minutes":       {meetings["minutes"], []string{"", "Trafikljus", "Justering"}},
		"minutes-draft": {meetings["minutes-draft"], []string{""}},
	}
	_, lookErr := exec.LookPath("convert")
	quantize := lookErr == nil
	for name, s := range samples {
		b, _, err := s.make()
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		doc := readBack(t, b)
		for _, mark := range s.marks {
			page := 1
			if mark != "" {
				page = doc.onPage(mark)
			}
			if page == 0 {
				t.Fatalf("%s has no page with %q", name, mark)
			}
			out := filepath.Join(dir, fmt.Sprintf("%s-%d", name, page))
			p := fmt.Sprint(page)
			cmd := exec.Command("pdftoppm", "-png", "-r", "50", "-f", p, "-l", p, "-singlefile", doc.path, out)
			if msg, err := cmd.CombinedOutput(); err != nil {
				t.Fatalf("pdftoppm: %v\n%s", err, msg)
			}
			if quantize {
				cmd := exec.Command("convert", out+".png", "-strip", "-define", "png:exclude-chunks=date,time",
					"+dither", "-colors", "96", "PNG8:"+out+".png")
				if msg, err := cmd.CombinedOutput(); err != nil {
					t.Fatalf("convert: %v\n%s", err, msg)
				}
			}
		}
	}
}
