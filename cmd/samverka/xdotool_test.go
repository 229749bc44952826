package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
)

// desktop is the real program running in a private virtual display,
// driven with xdotool as a person drives it: keys, text and clicks on
// the window, and the window manager's close. It covers what Fyne's test
// driver cannot see: the window's close, and real dialogs.
type desktop struct {
	t       *testing.T
	display string
	prog    *exec.Cmd
	done    chan error
	stderr  bytes.Buffer
	win     uint32
}

// startDesktop starts Xvfb at 1280×800 and the program in it with home as
// its home folder; it skips when Xvfb or xdotool is not installed.
func startDesktop(t *testing.T, bin, home string, args ...string) *desktop {
	t.Helper()
	for _, tool := range []string{"Xvfb", "xdotool"} {
		if _, err := exec.LookPath(tool); err != nil {
			t.Skipf("%s is not installed (scripts/sysdeps.sh test installs it)", tool)
		}
	}
	d := &desktop{t: t, done: make(chan error, 1)}
	for n := 150; n < 250 && d.display == ""; n++ {
		if _, err := os.Stat(fmt.Sprintf("/tmp/.X%d-lock", n)); os.IsNotExist(err) {
			d.display = fmt.Sprintf(":%d", n)
		}
	}
	if d.display == "" {
		t.Fatal("no free X display")
	}
	xvfb := exec.Command("Xvfb", d.display, "-screen", "0", "1280x800x24", "-nolisten", "tcp")
	if err := xvfb.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = xvfb.Process.Kill(); _ = xvfb.Wait() })
	for i := 0; ; i++ {
		if _, err := os.Stat("/tmp/.X11-unix/X" + d.display[1:]); err == nil {
			break
		}
		if i == 100 {
			t.Fatal("Xvfb did not start")
		}
		time.Sleep(100 * time.Millisecond)
	}
	d.prog = exec.Command(bin, args...)
	d.prog.Env = append(os.Environ(), "DISPLAY="+d.display, "GALLIUM_DRIVER=softpipe",
		"LANG=sv_SE.UTF-8", "LC_CTYPE=C.UTF-8", "HOME="+home,
		"XDG_CONFIG_HOME="+filepath.Join(home, ".config"), "XDG_CACHE_HOME="+filepath.Join(home, ".cache"),
		"XDG_DATA_HOME="+filepath.Join(home, ".local", "share"))
	d.prog.Stderr = &d.stderr
	if err := d.prog.Start(); err != nil {
		t.Fatal(err)
	}
	go func() { d.done <- d.prog.Wait() }()
	t.Cleanup(func() {
		if d.prog.ProcessState == nil {
			_ = d.prog.Process.Kill()
			<-d.done
		}
	})
	out := d.xdotool("search", "--sync", "--onlyvisible", "--name", "Samverka")
	id, err := strconv.ParseUint(strings.Fields(out)[0], 10, 32)
	if err != nil {
		t.Fatalf("window id %q: %v", out, err)
	}
	d.win = uint32(id)
	// A bare Xvfb has no window manager to give the window the keyboard.
	d.xdotool("windowfocus", "--sync", strconv.FormatUint(id, 10))
	d.settle()
	return d
}

// xdotool runs one xdotool command on the display and returns its output.
func (d *desktop) xdotool(args ...string) string {
	d.t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, "xdotool", args...)
	cmd.Env = append(os.Environ(), "DISPLAY="+d.display)
	out, err := cmd.CombinedOutput()
	if err != nil {
		d.t.Fatalf("xdotool %v: %v\n%s\nprogram: %s", args, err, out, tail(d.stderr.String()))
	}
	return string(out)
}

// settle gives the program time to draw what the last input changed; a
// shared build machine is slow.
func (d *desktop) settle() { time.Sleep(1500 * time.Millisecond) }

// click clicks the window at x, y (the window fills the screen).
func (d *desktop) click(x, y int) {
	d.xdotool("mousemove", "--sync", strconv.Itoa(x), strconv.Itoa(y), "click", "1")
	d.settle()
}

// typeText types s into what has the focus.
func (d *desktop) typeText(s string) {
	d.xdotool("type", "--delay", "40", s)
	d.settle()
}

// key presses keys such as "ctrl+a" or "Return".
func (d *desktop) key(keys ...string) {
	d.xdotool(append([]string{"key", "--delay", "100"}, keys...)...)
	d.settle()
}

// screenshot saves the screen as a PNG beside the test's output, when
// ImageMagick's import is there, so that a failure can be looked at.
func (d *desktop) screenshot(name string) string {
	out := filepath.Join(os.TempDir(), "samverka-desktop-"+name+".png")
	cmd := exec.Command("import", "-display", d.display, "-window", "root", out)
	if err := cmd.Run(); err != nil {
		return ""
	}
	return out
}

// closeWindow closes the window as its close button does and waits for
// the program to end.
func (d *desktop) closeWindow() {
	d.t.Helper()
	if err := closeWindow(d.display, d.win); err != nil {
		d.t.Fatal(err)
	}
	select {
	case err := <-d.done:
		if err != nil {
			d.t.Fatalf("the program ended with %v\n%s", err, tail(d.stderr.String()))
		}
	case <-time.After(time.Minute):
		d.t.Fatalf("the program is still running a minute after its window was closed\n%s", tail(d.stderr.String()))
	}
}

// buildPrograms builds the GUI and the CLI into dir.
func buildPrograms(t *testing.T, dir string) (gui, cli string) {
	t.Helper()
	gui, cli = filepath.Join(dir, "samverka"), filepath.Join(dir, "samverka-cli")
	for _, b := range []*exec.Cmd{
		exec.Command("go", "build", "-o", gui, "."),
		exec.Command("go", "build", "-o", cli, "../samverka-cli"),
	} {
		if out, err := b.CombinedOutput(); err != nil {
			t.Fatalf("%v: %v\n%s", b.Args, err, out)
		}
	}
	return gui, cli
}

// partsInFile lists the parts of file with samverka-cli.
func partsInFile(t *testing.T, cli, file string) []map[string]any {
	t.Helper()
	out, err := exec.Command(cli, "list", file, "parts", "--json").Output()
	if err != nil {
		t.Fatalf("samverka-cli list: %v\n%s", err, out)
	}
	var parts []map[string]any
	if err := json.Unmarshal(out, &parts); err != nil {
		t.Fatalf("samverka-cli list --json: %v\n%s", err, out)
	}
	return parts
}

// TestDesktopCouncilFromScratch is a new chair's first minutes, run on the
// real program in a virtual display: create a council under a file name
// of one's own, add an aktör with a note, and close the window without
// pressing Spara. The note must be in the file, as samverka-cli reads it.
// (xdotool types through the X keyboard map, which under a bare Xvfb has
// no å, ä or ö, so the texts here are plain ASCII.)
func TestDesktopCouncilFromScratch(t *testing.T) {
	if testing.Short() {
		t.Skip("starts the GUI program; skipped with -short")
	}
	for _, tool := range []string{"Xvfb", "xdotool"} {
		if _, err := exec.LookPath(tool); err != nil {
			t.Skipf("%s is not installed (scripts/sysdeps.sh test installs it)", tool)
		}
	}
	dir := t.TempDir()
	gui, cli := buildPrograms(t, dir)
	home := filepath.Join(dir, "home")
	if err := os.MkdirAll(filepath.Join(home, "Documents"), 0o755); err != nil {
		t.Fatal(err)
	}
	d := startDesktop(t, gui, home)

	// The council's name on the welcome screen; Enter asks where to save
	// it, proposing the name, which the chair replaces.
	d.click(470, 442)
	d.typeText("Radet i Testby")
	d.key("Return")
	d.key("ctrl+a")
	d.typeText("Mitt eget rad")
	d.key("Return")
	file := filepath.Join(home, "Documents", "Mitt eget rad.samverka")
	if _, err := os.Stat(file); err != nil {
		t.Fatalf("no council file under the chosen name: %v (screen: %s)\n%s", err, d.screenshot("create"), tail(d.stderr.String()))
	}

	// Aktörer, then the new aktör's name and note (Anteckningar, below the
	// legal person, genom, organisationsnummer and address); no Spara.
	d.click(56, 134)
	d.click(1030, 157)
	d.typeText("Faltgruppen Satra")
	d.click(1030, 490)
	d.typeText("Traffas pa tisdagar, ring Asa forst.")
	d.closeWindow()

	parts := partsInFile(t, cli, file)
	if len(parts) != 1 || parts[0]["name"] != "Faltgruppen Satra" || parts[0]["notes"] != "Traffas pa tisdagar, ring Asa forst." {
		t.Fatalf("the file holds the parts %v", parts)
	}
}
