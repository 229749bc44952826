package storage

import (
	"bufio"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"samverka/model"
)

// TestMain runs the crash child when the crash test starts this binary
// again.
func TestMain(m *testing.M) {
	if os.Getenv("SAMVERKA_WRITER_CHILD") == "1" {
		os.Exit(writerChild(os.Getenv("SAMVERKA_WRITER_DOC"), os.Getenv("SAMVERKA_WRITER_CACHE"), os.Getenv("SAMVERKA_WRITER_ID")))
	}
	if os.Getenv("SAMVERKA_CRASH_CHILD") == "1" {
		if err := crashChild(os.Getenv("SAMVERKA_CRASH_DOC"), os.Getenv("SAMVERKA_CRASH_DIR"), os.Getenv("SAMVERKA_CRASH_RUN")); err != nil {
			fmt.Fprintln(os.Stderr, "child:", err)
			os.Exit(2)
		}
		os.Exit(0)
	}
	os.Exit(m.Run())
}

// crashOptions are the child's options: the same folders every run, so
// that each run meets the previous run's working copy and lock note.
func crashOptions(dir string) Options {
	return Options{User: "child", Host: "crash-host", CacheDir: filepath.Join(dir, "cache"),
		DataDir: filepath.Join(dir, "data"), Timeout: 5 * time.Second, Recover: true}
}

// crashChild opens doc and puts and saves parts until it is killed,
// printing "saved <id>" after each save that completed.
func crashChild(doc, dir, run string) error {
	d, err := Open(doc, crashOptions(dir))
	if err != nil {
		return err
	}
	out := bufio.NewWriter(os.Stdout)
	if d.Dirty() {
		fmt.Fprintln(out, "recovered")
		out.Flush()
	}
	for i := 0; i < 100000; i++ {
		p := &model.Part{Meta: model.Meta{ID: fmt.Sprintf("run%s-%d", run, i)}, Name: "Part " + run, Kind: model.PartOther}
		if err := d.Put(p); err != nil {
			return err
		}
		res, err := d.Save()
		if err != nil {
			return err
		}
		if res.KeptAs != "" {
			fmt.Fprintf(out, "kept %s\n", res.KeptAs)
		} else {
			fmt.Fprintf(out, "saved %s\n", p.ID)
		}
		out.Flush()
	}
	return d.Close()
}

func TestCrashWhileSaving(t *testing.T) {
	runs := 30
	if testing.Short() {
		runs = 6
	}
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	if err := os.Mkdir(filepath.Join(dir, "docs"), 0o755); err != nil {
		t.Fatal(err)
	}
	doc := filepath.Join(dir, "docs", "Rådet.samverka")
	d, err := Create(doc, &model.Council{Name: "Rådet"}, crashOptions(dir))
	if err != nil {
		t.Fatal(err)
	}
	if err := d.Close(); err != nil {
		t.Fatal(err)
	}
	seed := uint64(time.Now().UnixNano())
	t.Logf("seed %d", seed)
	rng := rand.New(rand.NewPCG(seed, 1))
	var saved []string
	recovered := 0
	for run := range runs {
		cmd := exec.Command(exe, "-test.run=^$")
		cmd.Env = append(os.Environ(), "SAMVERKA_CRASH_CHILD=1", "SAMVERKA_CRASH_DOC="+doc,
			"SAMVERKA_CRASH_DIR="+dir, fmt.Sprintf("SAMVERKA_CRASH_RUN=%d", run))
		var stderr strings.Builder
		cmd.Stderr = &stderr
		stdout, err := cmd.StdoutPipe()
		if err != nil {
			t.Fatal(err)
		}
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		lines := make(chan []string)
		go func() {
			var got []string
			sc := bufio.NewScanner(stdout)
			for sc.Scan() {
				got = append(got, sc.Text())
			}
			lines <- got
		}()
		time.Sleep(time.Duration(20+rng.IntN(400)) * time.Millisecond)
		cmd.Process.Kill()
		got := <-lines
		err = cmd.Wait()
		if cmd.ProcessState.Exited() {
			t.Fatalf("run %d: child ended by itself: %v\n%s", run, err, stderr.String())
		}
		for _, line := range got {
			if line == "recovered" {
				recovered++
				continue
			}
			id, ok := strings.CutPrefix(line, "saved ")
			if !ok {
				t.Fatalf("run %d: %s", run, line)
			}
			saved = append(saved, id)
		}
		st, err := Check(doc)
		if err != nil {
			t.Fatalf("run %d: document does not check after kill: %v", run, err)
		}
		if st.Counts[model.KindPart] < len(saved) {
			t.Fatalf("run %d: %d parts, %d saves reported", run, st.Counts[model.KindPart], len(saved))
		}
		ro := crashOptions(t.TempDir())
		ro.ReadOnly = true
		rd, err := Open(doc, ro)
		if err != nil {
			t.Fatalf("run %d: %v", run, err)
		}
		for _, id := range saved {
			if _, err := rd.Get(model.KindPart, id); err != nil {
				t.Fatalf("run %d: reported save of %s lost: %v", run, id, err)
			}
		}
		rd.Close()
	}
	if len(saved) == 0 {
		t.Fatal("no child ever saved")
	}
	t.Logf("%d runs, %d saves reported, %d recoveries", runs, len(saved), recovered)
}
