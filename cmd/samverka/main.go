// Command samverka is the Samverka desktop program.
package main

import (
	"fyne.io/fyne/v2/app"
	"fyne.io/fyne/v2/widget"

	_ "fyne.io/fyne/v2/lang"
	_ "fyne.io/fyne/v2/test"
	_ "github.com/jung-kurt/gofpdf"
	_ "github.com/samber/lo"
	_ "go.etcd.io/bbolt"
	_ "github.com/stretchr/testify/require"
)

func main() {
	a := app.NewWithID("se.samverka.app")
	w := a.NewWindow("Samverka")
	w.SetContent(widget.NewLabel("Samverka"))
	w.ShowAndRun()
}
