// Command benchhello is a Fyne hello-world built like Samverka: the baseline
// that `make bench` compares Samverka's start and memory against. It knows
// the same --screenshot flag, so both programs are measured the same way.
package main

import (
	"flag"
	"fmt"
	"image/png"
	"os"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/app"
	"fyne.io/fyne/v2/widget"
)

var started = time.Now()

func main() {
	shot := flag.String("screenshot", "", "write a PNG of the first frame and exit")
	flag.Parse()
	a := app.NewWithID("se.samverka.benchhello")
	w := a.NewWindow("Hello")
	w.SetContent(widget.NewLabel("Hello, Samverka"))
	w.Resize(fyne.NewSize(1280, 800))
	if *shot != "" {
		go func() {
			time.Sleep(50 * time.Millisecond)
			fyne.Do(func() {
				img := w.Canvas().Capture()
				fmt.Fprintf(os.Stderr, "first-frame-ms: %d\n", time.Since(started).Milliseconds())
				if f, err := os.Create(*shot); err == nil {
					_ = png.Encode(f, img)
					_ = f.Close()
				}
				// Exit at once, as Samverka's probe does: Fyne's teardown
				// can panic when the app quits from a screenshot.
				os.Exit(0)
			})
		}()
	}
	w.ShowAndRun()
}
