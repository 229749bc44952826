package kit

import (
	"fmt"
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"samverka/model"

	"samverka/app/internal/session"
	"samverka/assets"
)

// RoomTheme is the app's theme with larger text, for the meeting screen
// that is projected on the wall of the meeting room. It asks the app's
// theme at every call, so a switch between light and dark still applies.
type RoomTheme struct{ App fyne.App }

// roomScale is how much larger text is on the meeting screen.
const roomScale = 1.15

func (t RoomTheme) base() fyne.Theme { return t.App.Settings().Theme() }

// Color implements fyne.Theme.
func (t RoomTheme) Color(n fyne.ThemeColorName, v fyne.ThemeVariant) color.Color {
	return t.base().Color(n, v)
}

// Font implements fyne.Theme.
func (t RoomTheme) Font(s fyne.TextStyle) fyne.Resource { return t.base().Font(s) }

// Icon implements fyne.Theme.
func (t RoomTheme) Icon(n fyne.ThemeIconName) fyne.Resource { return t.base().Icon(n) }

// Size implements fyne.Theme.
func (t RoomTheme) Size(n fyne.ThemeSizeName) float32 {
	s := t.base().Size(n)
	switch n {
	case theme.SizeNameText, theme.SizeNameHeadingText, theme.SizeNameSubHeadingText,
		theme.SizeNameCaptionText, theme.SizeNameInlineIcon:
		return s * roomScale
	}
	return s
}

// trafficLightColours are the traffic lights' colours, as in the printed minutes.
var trafficLightColours = map[model.Light]color.NRGBA{
	model.LightGreen:  assets.Green.NRGBA(),
	model.LightYellow: assets.Yellow.NRGBA(),
	model.LightRed:    assets.Red.NRGBA(),
}

// trafficLightIcons are round dots in the traffic lights' colours; no light is
// a grey ring.
var trafficLightIcons = func() map[model.Light]fyne.Resource {
	icons := map[model.Light]fyne.Resource{}
	for l, c := range trafficLightColours {
		svg := fmt.Sprintf(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><circle cx="12" cy="12" r="10" fill="#%02x%02x%02x"/></svg>`, c.R, c.G, c.B)
		icons[l] = fyne.NewStaticResource("light-"+string(l)+".svg", []byte(svg))
	}
	icons[model.LightNone] = fyne.NewStaticResource("light-none.svg", []byte(
		`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><circle cx="12" cy="12" r="9" fill="none" stroke="#9a9a9a" stroke-width="2"/></svg>`))
	return icons
}()

// TrafficLightIcon returns the dot of light l.
func TrafficLightIcon(l model.Light) fyne.Resource {
	if r := trafficLightIcons[l]; r != nil {
		return r
	}
	return trafficLightIcons[model.LightNone]
}

// TrafficLightName returns the name of light l, "Inget ljus" for none.
func TrafficLightName(l model.Light) string { return session.Tr("light." + string(l)) }

// RoomHeading is a label in the heading size, for what the room must read.
func RoomHeading(text string) *widget.Label {
	l := widget.NewLabelWithStyle(text, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	l.SizeName = theme.SizeNameSubHeadingText
	l.Wrapping = fyne.TextWrapWord
	return l
}

// WithMinHeight gives obj at least height h, for buttons a finger or a mouse
// across the room hits at once.
func WithMinHeight(obj fyne.CanvasObject, h float32) fyne.CanvasObject {
	r := canvas.NewRectangle(color.Transparent)
	r.SetMinSize(fyne.NewSize(0, h))
	return container.NewStack(r, obj)
}

// QuietLabel is a low-importance label, for help and empty lists.
func QuietLabel(text string) *widget.Label {
	return &widget.Label{Text: text, Importance: widget.LowImportance, Wrapping: fyne.TextWrapWord}
}

func SetDisabled(off bool, buttons ...*widget.Button) {
	for _, b := range buttons {
		if off {
			b.Disable()
		} else {
			b.Enable()
		}
	}
}

// DisableWhen disables or enables inputs of every kind.
func DisableWhen(off bool, ws ...fyne.Disableable) {
	for _, w := range ws {
		if off {
			w.Disable()
		} else {
			w.Enable()
		}
	}
}

// ShowWhen shows or hides objects.
func ShowWhen(on bool, objs ...fyne.CanvasObject) {
	for _, o := range objs {
		if on {
			o.Show()
		} else {
			o.Hide()
		}
	}
}

// StackedLines lays out a row's lines one under the other, each as tall
// as it needs and as wide as the row, centred in the row's height.
type StackedLines struct{}

// Layout implements fyne.Layout.
func (StackedLines) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	h := float32(0)
	for _, o := range objs {
		h += o.MinSize().Height
	}
	y := max(0, (size.Height-h)/2)
	for _, o := range objs {
		oh := o.MinSize().Height
		o.Move(fyne.NewPos(0, y))
		o.Resize(fyne.NewSize(size.Width, oh))
		y += oh
	}
}

// MinSize implements fyne.Layout.
func (StackedLines) MinSize(objs []fyne.CanvasObject) fyne.Size {
	var s fyne.Size
	for _, o := range objs {
		m := o.MinSize()
		s.Width = max(s.Width, m.Width)
		s.Height += m.Height
	}
	return s
}
