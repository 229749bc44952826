package assets

import _ "embed"

// FontRegular and FontBold are DejaVu Sans, the font of every printed
// document. It covers Latin, Greek, Cyrillic, Hebrew and Arabic, so the
// names of a Stockholm council's members print as written; the PDF embeds
// only the glyphs a document uses. The license is in fonts/LICENSE.
var (
	//go:embed fonts/DejaVuSans.ttf
	FontRegular []byte
	//go:embed fonts/DejaVuSans-Bold.ttf
	FontBold []byte
	//go:embed fonts/LICENSE
	FontLicense string
)
