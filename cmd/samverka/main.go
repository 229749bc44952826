// Command samverka is Samverka's desktop program. It only wires: the app
// and its metadata, the translations, the user interface, and the file
// named on the command line.
//
//	samverka [FILE]
//	samverka --screenshot OUT.png [--screen NAME] [FILE]
package main

import (
	"flag"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"runtime/debug"
	"time"

	"fyne.io/fyne/v2"
	fyneapp "fyne.io/fyne/v2/app"

	"samverka/app"
	"samverka/model"
	"samverka/storage"
)

// version is stamped at build time: -ldflags "-X main.version=…".
var version = "dev"

// started is when the process began, for the screenshot's first-frame time.
var started = time.Now()

// gcPercent is the garbage collector's target (Go's default is 100); see main.
const gcPercent = 50

// The application's identity; FyneApp.toml says the same for packaging.
const (
	appID   = "se.samverka.app"
	appName = "Samverka"
)

func main() {
	shot := flag.String("screenshot", "", "write a PNG of the window once it is drawn, then exit")
	screen := flag.String("screen", "", "with --screenshot: the screen to show (overview, parts, commitments, …)")
	today := flag.String("today", "", "with --screenshot: the date to take as today, YYYY-MM-DD (for screenshots of the example council)")
	flag.Usage = func() {
		fmt.Fprintf(flag.CommandLine.Output(), "usage: samverka [FILE]\n       samverka --screenshot OUT.png [FILE]\n")
	}
	flag.Parse()
	if flag.NArg() > 1 {
		flag.Usage()
		os.Exit(2)
	}
	// gcPercent keeps the heap closer to what is live: a big council is
	// read once at start, and the default lets the heap grow to twice that
	// before collecting, which a laptop shares with everything else.
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(gcPercent)
	}

	a := fyneapp.NewWithID(appID)
	fyneapp.SetMetadata(metadata(a.Metadata()))
	a.SetIcon(app.Icon())
	if err := app.SetupLanguage(a.Preferences()); err != nil {
		log.Printf("samverka: %v", err)
	}
	// The files this program creates or migrates record its version.
	storage.ProgramVersion = version
	w := a.NewWindow(appName)
	w.Resize(fyne.NewSize(1280, 800))
	opt := app.Options{Version: version}
	if d := model.Date(*today); d.Valid() {
		opt.Today = func() model.Date { return d }
	}
	ui := app.New(a, w, opt)
	if *shot != "" {
		ui.Screenshot(*shot, started, *screen)
	}
	path := flag.Arg(0)
	if *shot != "" && *screen != "" && path != "" {
		// A scene may change the council (a merge, an import): it works
		// on a copy of the file, never on the file itself.
		dir, cp, err := copyForScene(path)
		if err != nil {
			log.Fatalf("samverka: %v", err)
		}
		ui.OnShutdown(func() { os.RemoveAll(dir) })
		path = cp
	}
	ui.Start(path)
	if files := listenForOpenFiles(); files != nil {
		go openWhenAsked(ui, files, path)
	}
	w.ShowAndRun()
	ui.Shutdown()
}

// openWhenAsked opens each file the system asks for while Samverka runs
// (macOS; see listenForOpenFiles). The file given on the command line, if
// the system names it again, is already being opened.
func openWhenAsked(ui *app.UI, files <-chan string, started string) {
	for p := range files {
		if started != "" && p == started {
			started = ""
			continue
		}
		fyne.Do(func() { ui.OpenRequested(p) })
	}
}

// metadata completes what `fyne package` stamped into the program (or
// nothing, for go build) with Samverka's identity and threading model. A
// version stamped with -ldflags wins over the packaged one.
func metadata(m fyne.AppMetadata) fyne.AppMetadata {
	m.ID, m.Name, m.Icon = appID, appName, app.Icon()
	if version != "dev" || m.Version == "" || m.Version == "0.0.1" {
		m.Version = version
	}
	version = m.Version
	if m.Migrations == nil {
		m.Migrations = map[string]bool{}
	}
	m.Migrations["fyneDo"] = true
	return m
}

// copyForScene copies the council file at path into a new temporary folder
// and returns the folder and the copy's path.
func copyForScene(path string) (dir, cp string, err error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return "", "", err
	}
	if dir, err = os.MkdirTemp("", "samverka-scene-"); err != nil {
		return "", "", err
	}
	cp = filepath.Join(dir, filepath.Base(path))
	if err := storage.WriteFile(cp, data); err != nil {
		os.RemoveAll(dir)
		return "", "", err
	}
	return dir, cp, nil
}
