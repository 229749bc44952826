package exchange

import (
	"bytes"
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"samverka/demo"
	"samverka/model"
)

func TestJSONRoundTrip(t *testing.T) {
	ds := demo.Generate(demo.Small, 1)
	var first bytes.Buffer
	if err := WriteJSON(&first, ds); err != nil {
		t.Fatal(err)
	}
	back, err := ReadJSON(first.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	var second bytes.Buffer
	if err := WriteJSON(&second, back); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(first.Bytes(), second.Bytes()) {
		t.Fatal("an export read back and written again gives other bytes")
	}
	if len(back.Commitments) != len(ds.Commitments) || len(back.Commitments) == 0 {
		t.Fatalf("read %d commitments, wrote %d", len(back.Commitments), len(ds.Commitments))
	}
	if strings.Contains(first.String(), `\u003c`) {
		t.Error("the export escapes < as HTML")
	}
}

func TestReadJSONRefuses(t *testing.T) {
	ds := demo.Generate(demo.Small, 1)
	encode := func(change func(*model.Dataset)) []byte {
		copy := *ds
		change(&copy)
		var b bytes.Buffer
		if err := WriteJSON(&b, &copy); err != nil {
			t.Fatal(err)
		}
		return b.Bytes()
	}
	for _, tc := range []struct {
		name string
		data []byte
		code string
	}{
		{"NotJSON", []byte("Namn;Typ\nFryshuset;förening\n"), CodeNotExport},
		{"OtherJSON", []byte(`{"name":"x"}`), CodeNotExport},
		{"NoCouncil", encode(func(d *model.Dataset) { d.Council = nil }), CodeNotExport},
		{"Newer", encode(func(d *model.Dataset) { d.SchemaVersion = model.SchemaVersion + 1 }), model.CodeNewer},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := ReadJSON(tc.data)
			if got := model.CodeOf(err); got != tc.code {
				t.Fatalf("code %q (%v), want %q", got, err, tc.code)
			}
		})
	}
}

// TestReadJSONCollectsEveryProblem checks that every bad record is named,
// so that the user fixes the file once.
func TestReadJSONCollectsEveryProblem(t *testing.T) {
	ds := demo.Generate(demo.Small, 1)
	var b bytes.Buffer
	if err := WriteJSON(&b, ds); err != nil {
		t.Fatal(err)
	}
	var raw map[string]any
	if err := json.Unmarshal(b.Bytes(), &raw); err != nil {
		t.Fatal(err)
	}
	list := raw["commitments"].([]any)
	if len(list) < 2 {
		t.Fatal("the demo has too few commitments")
	}
	for _, c := range list[:2] {
		c.(map[string]any)["title"] = ""
	}
	data, _ := json.Marshal(raw)
	back, err := ReadJSON(data)
	var problems ImportProblems
	if !errors.As(err, &problems) || len(problems) != 2 || back == nil {
		t.Fatalf("got %v, want two problems with the dataset", err)
	}
	var rp *RecordProblem
	if !errors.As(problems[0], &rp) || rp.Kind != model.KindCommitment || rp.Problems.For("title") == nil {
		t.Fatalf("first problem %v does not name the commitment's title", problems[0])
	}
}
