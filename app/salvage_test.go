package app

import (
	"bytes"
	"os"
	"strings"
	"testing"

	"samverka/model"
)

// TestSalvageDamagedFile opens a file in which one part's name was
// damaged: the refusal offers to rescue what is intact, the new file
// opens with every other record, and the damaged file is unchanged.
func TestSalvageDamagedFile(t *testing.T) {
	h := newHarness(t)
	path := h.DemoFile()
	before := h.Stored(path)
	name := model.Live(before.Parts)[0].Name
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	for at := bytes.Index(data, []byte(name)); at >= 0; at = bytes.Index(data, []byte(name)) {
		data[at] ^= 0x20
	}
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	h.ui.Start(path)
	if h.ui.Doc != nil {
		t.Fatal("a damaged file was opened")
	}
	h.Confirm("dialog.damaged.salvage")
	if c := h.Dialog(); c == nil || !strings.Contains(c.Message(), "• ") {
		t.Fatal("the lost records are not named")
	}
	h.Confirm("dialog.salvaged.open")
	if h.ui.Doc == nil || !strings.Contains(h.ui.Doc.Store.Path(), "räddad") {
		t.Fatal("the rescued file is not open")
	}
	if got, want := len(h.ui.Doc.View.Parts), len(model.Live(before.Parts))-1; got != want {
		t.Fatalf("%d parts rescued, want %d", got, want)
	}
	if after, _ := os.ReadFile(path); !bytes.Equal(after, data) {
		t.Fatal("the damaged file was changed")
	}
}
