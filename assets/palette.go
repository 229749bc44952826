package assets

import "image/color"

// RGB is an opaque colour of Samverka's palette. Screens and printed
// documents take their colours from here, so that a traffic light, a
// chart or a signature looks the same on screen and on paper.
type RGB struct{ R, G, B uint8 }

// The palette. The traffic lights mean on track, at risk and late; blue
// is done, the greys cancelled and no light; the indicator chart draws
// the utfall blue against a grey utgångsvärde and a green målvärde.
var (
	Green         = RGB{46, 160, 67}
	LightGreen    = RGB{150, 205, 100} // måluppfyllelse: the right direction
	Yellow        = RGB{240, 190, 20}
	Red           = RGB{200, 40, 40}
	DoneBlue      = RGB{60, 100, 180}
	CancelledGrey = RGB{165, 165, 165}
	NoLightGrey   = RGB{200, 200, 200}
	OutcomeBlue   = RGB{0, 110, 200}
	BaselineGrey  = RGB{130, 130, 130}
	// AheadBlue is what lies ahead in the årshjul.
	AheadBlue = RGB{43, 92, 168}
	// InkBlue is the ink of signatures and promises.
	InkBlue = RGB{20, 40, 120}
	// Paper and Guide are the signature pad's sheet and its guide line.
	Paper = RGB{252, 252, 250}
	Guide = RGB{154, 154, 154}
)

// Series holds the colours of a chart's series, told apart in print and by
// the colour-blind (Okabe–Ito); series beyond it repeat them.
var Series = []RGB{
	{0, 114, 178}, {230, 159, 0}, {0, 158, 115}, {204, 121, 167},
	{86, 180, 233}, {213, 94, 0}, {240, 228, 66}, {0, 0, 0},
}

// NRGBA returns c as a Go colour, opaque.
func (c RGB) NRGBA() color.NRGBA { return color.NRGBA{R: c.R, G: c.G, B: c.B, A: 0xff} }

// Tint returns c with alpha a, for a background behind text.
func (c RGB) Tint(a uint8) color.NRGBA { return color.NRGBA{R: c.R, G: c.G, B: c.B, A: a} }

// Ints returns c as the three numbers gofpdf takes.
func (c RGB) Ints() [3]int { return [3]int{int(c.R), int(c.G), int(c.B)} }

// Bytes returns c as three bytes.
func (c RGB) Bytes() [3]uint8 { return [3]uint8{c.R, c.G, c.B} }
