package storage

import (
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"samverka/model"
)

// writerChild is one program writing to doc as a CLI command does: open,
// put one part, close. It prints "ok", or "refused <code>" and exits 1.
// Any other end (an internal error, a crash) is a failure of the test.
func writerChild(doc, cache, id string) int {
	host, _ := os.Hostname()
	opt := Options{User: "anna", Host: host, CacheDir: cache, DataDir: filepath.Join(cache, "data"), Timeout: 5 * time.Second}
	d, err := Open(doc, opt)
	if err == nil {
		if err = d.Put(&model.Part{Meta: model.Meta{ID: id}, Name: "Part " + id, Kind: model.PartOther}); err != nil {
			d.Discard()
		} else if err = d.Close(); err != nil {
			d.Discard()
		}
	}
	var me *model.Error
	switch {
	case err == nil:
		fmt.Println("ok")
		return 0
	case errors.As(err, &me):
		fmt.Println("refused", me.Code)
		return 1
	}
	fmt.Println("error", err)
	return 2
}

// TestTwoWritersAtOnce starts programs that write to one document at the
// same moment, round after round, sharing a cache folder (one user) or
// not (two people on a shared folder): every program that reported
// success has its part in the file, the others were told the file is open
// elsewhere (or changed meanwhile), nothing crashed and the file checks.
func TestTwoWritersAtOnce(t *testing.T) {
	rounds := 16
	if testing.Short() {
		rounds = 4
	}
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	doc, _ := closedDocument(t)
	dir := t.TempDir()
	var won []string
	for round := range rounds {
		const writers = 3
		var wg sync.WaitGroup
		results := make([]string, writers)
		start := make(chan struct{})
		for w := range writers {
			cache := filepath.Join(dir, "cache-shared")
			if round%2 == 1 {
				cache = filepath.Join(dir, fmt.Sprintf("cache-%d", w))
			}
			id := fmt.Sprintf("r%02d-w%d", round, w)
			cmd := exec.Command(exe, "-test.run=^$")
			cmd.Env = append(os.Environ(), "SAMVERKA_WRITER_CHILD=1", "SAMVERKA_WRITER_DOC="+doc,
				"SAMVERKA_WRITER_CACHE="+cache, "SAMVERKA_WRITER_ID="+id)
			wg.Go(func() {
				<-start
				out, err := cmd.Output()
				line := strings.TrimSpace(string(out))
				var ee *exec.ExitError
				switch {
				case err == nil && line == "ok":
					results[w] = id
				case errors.As(err, &ee) && ee.ExitCode() == 1 && (line == "refused "+model.CodeLocked || line == "refused "+model.CodeChangedOnDisk):
				default:
					t.Errorf("round %d writer %d: %q %v %s", round, w, line, err, stderrOf(err))
				}
			})
		}
		close(start)
		wg.Wait()
		for _, id := range results {
			if id != "" {
				won = append(won, id)
			}
		}
		if _, err := Check(doc); err != nil {
			t.Fatalf("round %d: %v", round, err)
		}
		ro := testOptions(t, t.TempDir())
		ro.ReadOnly = true
		rd, err := Open(doc, ro)
		if err != nil {
			t.Fatalf("round %d: %v", round, err)
		}
		for _, id := range won {
			if _, err := rd.Get(model.KindPart, id); err != nil {
				t.Errorf("round %d: %s reported success but its part is missing: %v", round, id, err)
			}
		}
		rd.Close()
		if note, _ := ReadLock(doc); note != nil {
			t.Fatalf("round %d: a lock note is left: %+v", round, note)
		}
	}
	if len(won) < rounds {
		t.Fatalf("only %d of %d rounds had a winner", len(won), rounds)
	}
	t.Logf("%d rounds, %d writes won", rounds, len(won))
}

func stderrOf(err error) string {
	var ee *exec.ExitError
	if errors.As(err, &ee) {
		return string(ee.Stderr)
	}
	return ""
}
