package main

import (
	"bytes"
	"context"
	"image"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"samverka/demo"
	"samverka/model"
	"samverka/storage"
)

// TestScreenshotSmoke starts the real program under a virtual display with
// the Stockholm demo file and checks that it draws a real window: the PNG
// it writes is 1280×800 and far from blank, it prints its first-frame
// time, exits 0, and leaves the file closed and whole.
func TestScreenshotSmoke(t *testing.T) {
	if testing.Short() {
		t.Skip("starts the GUI program; skipped with -short")
	}
	if _, err := exec.LookPath("xvfb-run"); err != nil {
		t.Skip("xvfb-run is not installed")
	}
	dir := t.TempDir()
	bin := filepath.Join(dir, "samverka")
	build := exec.Command("go", "build", "-ldflags", "-X main.version=smoke", "-o", bin, ".")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("build: %v\n%s", err, out)
	}

	file := filepath.Join(dir, "Stockholm.samverka")
	ds := demo.Generate(demo.Stockholm, 1)
	d, err := storage.Create(file, ds.Council, storage.Options{CacheDir: filepath.Join(dir, "setup-cache"), DataDir: filepath.Join(dir, "setup-data")})
	if err != nil {
		t.Fatal(err)
	}
	if err := d.Import(ds); err != nil {
		t.Fatal(err)
	}
	if err := d.Close(); err != nil {
		t.Fatal(err)
	}

	t.Run("Stockholm", func(t *testing.T) {
		img := screenshot(t, bin, dir, file)
		assertDrawn(t, img)
		if note, err := storage.ReadLock(file); err != nil || note != nil {
			t.Fatalf("lock note left behind: %+v %v", note, err)
		}
		st, err := storage.Check(file)
		if err != nil || st.Counts[model.KindCommitment] != 5000 {
			t.Fatalf("file after the program: %+v %v", st, err)
		}
	})
	t.Run("Welcome", func(t *testing.T) {
		assertDrawn(t, screenshot(t, bin, dir, ""))
	})
}

var (
	firstFrame = regexp.MustCompile(`first-frame-ms: (\d+)`)
	loaded     = regexp.MustCompile(`loaded-ms: (\d+)`)
)

// screenshot runs the program with --screenshot and returns the image.
func screenshot(t *testing.T, bin, dir, file string) image.Image {
	t.Helper()
	out := filepath.Join(t.TempDir(), "shot.png")
	args := []string{"-a", "-s", "-screen 0 1600x1000x24", bin, "--screenshot", out}
	if file != "" {
		args = append(args, file)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, "xvfb-run", args...)
	home := t.TempDir()
	// Mesa's softpipe driver lets OpenGL read the window back under Xvfb;
	// the default llvmpipe returns an empty picture.
	cmd.Env = append(os.Environ(), "GALLIUM_DRIVER=softpipe", "LC_ALL=sv_SE.UTF-8", "LANG=sv_SE.UTF-8",
		"HOME="+home, "XDG_CONFIG_HOME="+filepath.Join(home, "config"), "XDG_CACHE_HOME="+filepath.Join(home, "cache"))
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("samverka --screenshot: %v\n%s", err, tail(stderr.String()))
	}
	if !firstFrame.MatchString(stderr.String()) || !loaded.MatchString(stderr.String()) {
		t.Fatalf("no first-frame-ms and loaded-ms on stderr:\n%s", tail(stderr.String()))
	}
	f, err := os.Open(out)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	img, err := png.Decode(f)
	if err != nil {
		t.Fatalf("screenshot: %v", err)
	}
	return img
}

// assertDrawn checks that img is a drawn 1280×800 window: many colours,
// and no single colour covering nearly all of it.
func assertDrawn(t *testing.T, img image.Image) {
	t.Helper()
	if b := img.Bounds(); b.Dx() != 1280 || b.Dy() != 800 {
		t.Fatalf("window is %v, want 1280×800", b)
	}
	counts := map[[3]uint32]int{}
	n := 0
	for y := 0; y < 800; y += 2 {
		for x := 0; x < 1280; x += 2 {
			r, g, b, _ := img.At(x, y).RGBA()
			counts[[3]uint32{r >> 8, g >> 8, b >> 8}]++
			n++
		}
	}
	most := 0
	for _, c := range counts {
		most = max(most, c)
	}
	if len(counts) < 50 || most > n*97/100 {
		t.Fatalf("the window looks blank: %d colours, the commonest covers %d of %d pixels", len(counts), most, n)
	}
}

func tail(s string) string {
	lines := strings.Split(strings.TrimSpace(s), "\n")
	if len(lines) > 30 {
		lines = lines[len(lines)-30:]
	}
	return strings.Join(lines, "\n")
}

// TestMetadataMatchesFyneApp keeps main's identity and FyneApp.toml, which
// packaging reads, in step.
func TestMetadataMatchesFyneApp(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("..", "..", "FyneApp.toml"))
	if err != nil {
		t.Fatal(err)
	}
	toml := string(data)
	for _, want := range []string{`ID = "` + appID + `"`, `Name = "` + appName + `"`, "fyneDo = true", `Icon = "assets/icon.png"`} {
		if !strings.Contains(toml, want) {
			t.Errorf("FyneApp.toml lacks %s", want)
		}
	}
	if _, err := os.Stat(filepath.Join("..", "..", "assets", "icon.png")); err != nil {
		t.Errorf("the icon FyneApp.toml names: %v", err)
	}
}
