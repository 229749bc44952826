package pdf

import (
	"os"
	"path/filepath"
	"testing"
)

// TestSamples writes sample documents for docs/screenshots/pdf when
// SAMVERKA_PDF_SAMPLES names a folder:
//
//	SAMVERKA_PDF_SAMPLES=/tmp/samples go test ./app/pdf -run TestSamples
//
// scripts/pdf-samples.sh renders their pages to PNG.
func TestSamples(t *testing.T) {
	dir := os.Getenv("SAMVERKA_PDF_SAMPLES")
	if dir == "" {
		t.Skip("SAMVERKA_PDF_SAMPLES not set")
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	docs := map[string]func() ([]byte, Warnings, error){
		"agreement-signed": func() ([]byte, Warnings, error) { return Agreement(testAgreement(4, 12, true)) },
		"agreement-draft":  func() ([]byte, Warnings, error) { return Agreement(testAgreement(4, 6, false)) },
	}
	for name, make := range sampleMeetingDocs() {
		docs[name] = make
	}
	for name, make := range docs {
		b, _, err := make()
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if err := os.WriteFile(filepath.Join(dir, name+".pdf"), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}
