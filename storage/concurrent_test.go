package storage

import (
	"fmt"
	"sync"
	"sync/atomic"
	"testing"

	"samverka/model"
)

// TestSaveWhileWriting saves over and over while other goroutines put
// records, as autosave does while the user types: nothing is lost and the
// document ends clean.
func TestSaveWhileWriting(t *testing.T) {
	d, _ := mustCreate(t)
	var changes atomic.Int64
	d.OnChange(func() { changes.Add(1) })
	const writers, each = 3, 20
	var wg sync.WaitGroup
	for w := range writers {
		wg.Go(func() {
			for i := range each {
				p := &model.Part{Name: fmt.Sprintf("Part %d-%d", w, i), Kind: model.PartOther}
				if err := d.Put(p); err != nil {
					t.Error(err)
					return
				}
			}
		})
	}
	done := make(chan struct{})
	saves := 0
	go func() {
		defer close(done)
		for changes.Load() < writers*each {
			if _, err := d.Save(); err != nil {
				t.Error(err)
				return
			}
			saves++
		}
	}()
	wg.Wait()
	<-done
	if _, err := d.Save(); err != nil {
		t.Fatal(err)
	}
	if d.Dirty() {
		t.Fatal("dirty after the last save")
	}
	st, err := Check(d.Path())
	if err != nil || st.Counts[model.KindPart] != writers*each {
		t.Fatalf("after %d saves: %+v %v", saves, st, err)
	}
}
