package app

import (
	"fyne.io/fyne/v2"

	"samverka/assets"
)

var icon = fyne.NewStaticResource("samverka.png", assets.IconPNG)

// Icon returns Samverka's icon for the window and the About dialog.
func Icon() fyne.Resource { return icon }
