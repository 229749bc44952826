package pdf

import (
	"image"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"testing"

	"samverka/model"
)

// renderPDFPage renders page of the PDF at path with pdftoppm at dpi.
func renderPDFPage(t *testing.T, path string, page, dpi int) image.Image {
	t.Helper()
	n := strconv.Itoa(page)
	out := filepath.Join(t.TempDir(), "page")
	if msg, err := exec.Command("pdftoppm", "-png", "-r", strconv.Itoa(dpi), "-f", n, "-l", n, "-singlefile", path, out).CombinedOutput(); err != nil {
		t.Fatalf("pdftoppm: %v\n%s", err, msg)
	}
	f, err := os.Open(out + ".png")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	img, err := png.Decode(f)
	if err != nil {
		t.Fatal(err)
	}
	return img
}

// lightPixels renders page of doc at 50 dpi and counts the pixels of each
// traffic light's colour.
func lightPixels(t *testing.T, doc printed, page int) map[model.Light]int {
	t.Helper()
	img := renderPDFPage(t, doc.path, page, 50)
	counts := map[model.Light]int{}
	b := img.Bounds()
	for py := b.Min.Y; py < b.Max.Y; py++ {
		for px := b.Min.X; px < b.Max.X; px++ {
			for l, c := range lightColours {
				if near(img, px, py, c) {
					counts[l]++
				}
			}
		}
	}
	return counts
}

// near reports whether the pixel at x, y has colour c, give or take.
func near(img image.Image, x, y int, c [3]int) bool {
	r, g, b, _ := img.At(x, y).RGBA()
	d := func(v uint32, w int) int { return max(int(v>>8)-w, w-int(v>>8)) }
	return d(r, c[0]) < 12 && d(g, c[1]) < 12 && d(b, c[2]) < 12
}
