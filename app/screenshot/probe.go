// Package screenshot is the probe that pictures Samverka's window: the
// smoke test, the benchmark and the screenshots in docs/ run the program
// with it. The shell shows the scene; the probe waits for it to be drawn,
// writes the picture and ends the program.
package screenshot

import (
	"fmt"
	"image"
	"image/png"
	"log"
	"os"
	"runtime"
	"time"

	"fyne.io/fyne/v2"
)

// Window is what the probe needs of the program's window: the shell
// implements it.
type Window interface {
	Window() fyne.Window
	// OnReady runs fn once the council or the welcome screen is built.
	OnReady(fn func())
	// ShowNamed shows a scene by name (see app.UI.ShowNamed).
	ShowNamed(name string)
	// Busy reports whether background work is still filling a screen.
	Busy() bool
	// Shutdown saves and closes the open council.
	Shutdown()
}

// Probe makes the program write a PNG of its window and quit. It
// prints to stderr, in milliseconds from started, "first-frame-ms: N" when
// the window first shows anything (for a file: the calm "Laddar…" while it
// loads), "ready-ms: N" when the council or the welcome screen is built, and
// "loaded-ms: N" when that is drawn; it then writes the drawn window to
// path (after showing screen, when set), closes the council and exits. It
// is the smoke test's and the benchmark's probe.
//
// The probe never hangs a test run: without a picture after two minutes it
// exits 1; with the picture written and the council closed it exits 0.
func Probe(u Window, path string, started time.Time, screen string) {
	time.AfterFunc(2*time.Minute, func() {
		fmt.Fprintln(os.Stderr, "screenshot: no picture after two minutes")
		os.Exit(1)
	})
	firstFrame := make(chan struct{})
	go watchFirstFrame(u.Window(), started, firstFrame)
	u.OnReady(func() {
		fmt.Fprintf(os.Stderr, "ready-ms: %d\n", time.Since(started).Milliseconds())
		if screen != "" {
			u.ShowNamed(screen)
		}
		go capture(u, path, started, firstFrame)
	})
}

// watchFirstFrame reports the first frame the window shows.
func watchFirstFrame(w fyne.Window, started time.Time, seen chan<- struct{}) {
	defer close(seen)
	for range 1000 {
		time.Sleep(20 * time.Millisecond)
		var img image.Image
		fyne.DoAndWait(func() { img = w.Canvas().Capture() })
		if !blank(img) {
			fmt.Fprintf(os.Stderr, "first-frame-ms: %d\n", time.Since(started).Milliseconds())
			return
		}
		// Each picture is a few megabytes that the probe must not add
		// to the memory it helps to measure.
		img = nil
		runtime.GC()
	}
}

// capture writes the window once it is drawn with the council or the
// welcome screen, then closes the council and exits.
func capture(u Window, path string, started time.Time, firstFrame <-chan struct{}) {
	<-firstFrame
	// A screen that fills in in the background (the åtgärdsplan, the
	// report) is pictured filled in.
	for i := 0; i < 500 && u.Busy(); i++ {
		time.Sleep(20 * time.Millisecond)
	}
	var img image.Image
	for range 100 {
		time.Sleep(50 * time.Millisecond)
		fyne.DoAndWait(func() { img = u.Window().Canvas().Capture() })
		if !blank(img) {
			break
		}
	}
	fmt.Fprintf(os.Stderr, "loaded-ms: %d\n", time.Since(started).Milliseconds())
	if err := writePNG(path, opaque(img)); err != nil {
		log.Printf("screenshot: %v", err)
	}
	// The council is closed and the picture written: the probe exits at
	// once, for Fyne's teardown can trip over late window events (a nil
	// GLFW window in processMouseMoved) and end a good run with a panic.
	fyne.DoAndWait(u.Shutdown)
	os.Exit(0)
}

// opaque copies img with every pixel fully opaque: a window has no
// transparency, but some OpenGL drivers leave the alpha channel at zero.
func opaque(img image.Image) image.Image {
	if img == nil {
		return nil
	}
	b := img.Bounds()
	out := image.NewRGBA(b)
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			r, g, bb, _ := img.At(x, y).RGBA()
			i := out.PixOffset(x, y)
			out.Pix[i], out.Pix[i+1], out.Pix[i+2], out.Pix[i+3] = uint8(r>>8), uint8(g>>8), uint8(bb>>8), 255
		}
	}
	return out
}

// blank reports whether img is missing or one colour all over: a window
// that has not been drawn yet.
func blank(img image.Image) bool {
	if img == nil || img.Bounds().Empty() {
		return true
	}
	b := img.Bounds()
	first := img.At(b.Min.X, b.Min.Y)
	r0, g0, b0, _ := first.RGBA()
	for y := b.Min.Y; y < b.Max.Y; y += 3 {
		for x := b.Min.X; x < b.Max.X; x += 3 {
			r, g, bb, _ := img.At(x, y).RGBA()
			if r != r0 || g != g0 || bb != b0 {
				return false
			}
		}
	}
	return true
}

func writePNG(path string, img image.Image) error {
	if img == nil {
		return fmt.Errorf("no image captured")
	}
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	if err := png.Encode(f, img); err != nil {
		_ = f.Close()
		return err
	}
	return f.Close()
}
