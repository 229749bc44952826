package assets

import _ "embed"

// IconPNG is Samverka's icon, 512×512, drawn by icongen.
//
//go:generate go run ./icongen icon.png
//go:embed icon.png
var IconPNG []byte
