package main

import (
	"bytes"
	"encoding/binary"
	"image"
	"image/color"
	"image/draw"
	"image/png"
	"math"
	"os"
	"path/filepath"

	"samverka/assets"
)

// icoSizes are the sizes Windows picks from: Explorer's views, the Start
// menu and the title bar.
var icoSizes = []int{256, 48, 32, 16}

// writeIcons writes samverka.ico (the program), samverka-file.ico and
// samverka-file.png (a council file: a sheet of paper with the program's
// icon on it) into dir.
func writeIcons(dir string) error {
	app, err := png.Decode(bytes.NewReader(assets.IconPNG))
	if err != nil {
		return err
	}
	doc := documentIcon(app)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	var docPNG bytes.Buffer
	if err := png.Encode(&docPNG, doc); err != nil {
		return err
	}
	files := map[string][]byte{"samverka-file.png": docPNG.Bytes()}
	for name, img := range map[string]image.Image{"samverka.ico": app, "samverka-file.ico": doc} {
		data, err := ico(img)
		if err != nil {
			return err
		}
		files[name] = data
	}
	for name, data := range files {
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			return err
		}
	}
	return nil
}

// documentIcon draws a council file: a white sheet with a folded corner
// and the program's icon in its lower part, 256×256, so that a file is told
// from the program at a glance.
func documentIcon(app image.Image) *image.NRGBA {
	const n = 256
	img := image.NewNRGBA(image.Rect(0, 0, n, n))
	const left, right, top, bottom, fold = 36.0, 220.0, 8.0, 248.0, 56.0
	edge := color.NRGBA{R: 0x7a, G: 0x8c, B: 0xa3, A: 0xff}
	for y := 0; y < n; y++ {
		for x := 0; x < n; x++ {
			fx, fy := float64(x)+0.5, float64(y)+0.5
			if fx < left || fx > right || fy < top || fy > bottom || fx-(right-fold) > fy-top {
				continue // outside the sheet or beyond the folded corner
			}
			c := color.NRGBA{R: 0xff, G: 0xff, B: 0xff, A: 0xff}
			switch {
			case fx < left+4 || fx > right-4 || fy < top+4 || fy > bottom-4:
				c = edge
			case math.Abs((fx-(right-fold))-(fy-top)) < 3:
				c = edge // the fold's diagonal
			case fx > right-fold && fy < top+fold:
				c = color.NRGBA{R: 0xdd, G: 0xe4, B: 0xec, A: 0xff} // the folded-down flap
			}
			img.SetNRGBA(x, y, c)
		}
	}
	badge := resize(app, 150)
	at := image.Pt((n-150)/2, 86)
	draw.Draw(img, badge.Bounds().Add(at), badge, image.Point{}, draw.Over)
	return img
}

// resize scales img to size×size by averaging the source pixels each
// target pixel covers, which keeps thin rings visible at 16 pixels.
func resize(img image.Image, size int) *image.NRGBA {
	b := img.Bounds()
	out := image.NewNRGBA(image.Rect(0, 0, size, size))
	sx, sy := float64(b.Dx())/float64(size), float64(b.Dy())/float64(size)
	for y := 0; y < size; y++ {
		for x := 0; x < size; x++ {
			var r, g, bl, a, count float64
			for yy := int(float64(y) * sy); yy < int(math.Ceil(float64(y+1)*sy)); yy++ {
				for xx := int(float64(x) * sx); xx < int(math.Ceil(float64(x+1)*sx)); xx++ {
					c := color.NRGBAModel.Convert(img.At(b.Min.X+xx, b.Min.Y+yy)).(color.NRGBA)
					ca := float64(c.A)
					r += float64(c.R) * ca
					g += float64(c.G) * ca
					bl += float64(c.B) * ca
					a += ca
					count++
				}
			}
			if a > 0 {
				out.SetNRGBA(x, y, color.NRGBA{R: uint8(r/a + 0.5), G: uint8(g/a + 0.5), B: uint8(bl/a + 0.5), A: uint8(a/count + 0.5)})
			}
		}
	}
	return out
}

// ico encodes img at icoSizes as a Windows icon whose images are PNG, as
// Windows has read since Vista.
func ico(img image.Image) ([]byte, error) {
	var images [][]byte
	for _, s := range icoSizes {
		var buf bytes.Buffer
		if err := png.Encode(&buf, resize(img, s)); err != nil {
			return nil, err
		}
		images = append(images, buf.Bytes())
	}
	var out bytes.Buffer
	le := binary.LittleEndian
	binary.Write(&out, le, [3]uint16{0, 1, uint16(len(images))}) // reserved, type icon, count
	offset := 6 + 16*len(images)
	for i, s := range icoSizes {
		dim := uint8(s)
		if s >= 256 {
			dim = 0 // 0 means 256
		}
		binary.Write(&out, le, struct {
			W, H, Colours, Reserved uint8
			Planes, Bits            uint16
			Size, Offset            uint32
		}{dim, dim, 0, 0, 1, 32, uint32(len(images[i])), uint32(offset)})
		offset += len(images[i])
	}
	for _, data := range images {
		out.Write(data)
	}
	return out.Bytes(), nil
}
