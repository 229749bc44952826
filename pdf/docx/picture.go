package docx

import (
	"bytes"
	"image"
	"image/color"
	"image/draw"
	"image/png"
	"math"
	"sync"

	"golang.org/x/image/font"
	"golang.org/x/image/font/opentype"
	"golang.org/x/image/math/fixed"

	"samverka/assets"
	"samverka/pdf/flow"
)

// The size of a chart picture in pixels, and its text size: printed 16 cm
// wide it is about 250 dpi, sharp on paper and on screen.
const (
	pictureW = 1600
	pictureH = 620
	textPx   = 24.0
)

var (
	fontOnce sync.Once
	fontData *opentype.Font
	fontErr  error
)

// chartPNG draws c as a PNG picture, with the same layout as the printed
// chart.
func chartPNG(c *flow.Chart) ([]byte, error) {
	fontOnce.Do(func() { fontData, fontErr = opentype.Parse(assets.FontRegular) })
	if fontErr != nil {
		return nil, fontErr
	}
	face, err := opentype.NewFace(fontData, &opentype.FaceOptions{Size: textPx, DPI: 72, Hinting: font.HintingFull})
	if err != nil {
		return nil, err
	}
	defer face.Close()
	img := image.NewRGBA(image.Rect(0, 0, pictureW, pictureH))
	draw.Draw(img, img.Bounds(), image.White, image.Point{}, draw.Src)
	cv := &pictureCanvas{img: img, face: face}
	c.Draw(cv, 10, 10, pictureW-20, pictureH-20, textPx)
	var b bytes.Buffer
	enc := png.Encoder{CompressionLevel: png.BestSpeed}
	if err := enc.Encode(&b, img); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

// pictureCanvas draws a chart in pixels.
type pictureCanvas struct {
	img  *image.RGBA
	face font.Face
}

func rgba(c [3]uint8) color.RGBA { return color.RGBA{c[0], c[1], c[2], 255} }

func (p *pictureCanvas) Line(x1, y1, x2, y2, w float64, c [3]uint8) {
	w = math.Max(w, 1.5)
	steps := int(math.Max(math.Abs(x2-x1), math.Abs(y2-y1))) + 1
	col := image.NewUniform(rgba(c))
	for i := 0; i <= steps; i++ {
		t := float64(i) / float64(steps)
		x, y := x1+(x2-x1)*t, y1+(y2-y1)*t
		r := image.Rect(int(x-w/2), int(y-w/2), int(math.Ceil(x+w/2)), int(math.Ceil(y+w/2)))
		draw.Draw(p.img, r, col, image.Point{}, draw.Src)
	}
}

func (p *pictureCanvas) Rect(x, y, w, h float64, c [3]uint8) {
	r := image.Rect(int(math.Round(x)), int(math.Round(y)), int(math.Round(x+w)), int(math.Round(y+h)))
	draw.Draw(p.img, r, image.NewUniform(rgba(c)), image.Point{}, draw.Src)
}

func (p *pictureCanvas) Text(x, y, size float64, s string, align int) {
	switch align {
	case 1:
		x -= p.TextWidth(size, s) / 2
	case 2:
		x -= p.TextWidth(size, s)
	}
	d := font.Drawer{Dst: p.img, Src: image.NewUniform(color.RGBA{70, 70, 70, 255}), Face: p.face,
		Dot: fixed.P(int(math.Round(x)), int(math.Round(y)))}
	d.DrawString(s)
}

func (p *pictureCanvas) TextWidth(size float64, s string) float64 {
	return float64(font.MeasureString(p.face, s)) / 64
}
