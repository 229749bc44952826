package demo

import (
	"bytes"
	"encoding/json"
	"regexp"
	"testing"

	"samverka/model"
)

// generated keeps each scale's dataset, made once per test binary: the
// Stockholm set takes a moment and most tests only read it.
var generated = map[Scale]*model.Dataset{}

func dataset(t testing.TB, s Scale) *model.Dataset {
	t.Helper()
	if ds, ok := generated[s]; ok {
		return ds
	}
	ds := Generate(s, 1)
	generated[s] = ds
	return ds
}

func live[T model.Record](list []T) int { return len(model.Live(list)) }

func TestStockholmHasTheBenchmarkCounts(t *testing.T) {
	ds := dataset(t, Stockholm)
	for _, c := range []struct {
		kind      string
		got, want int
	}{
		{"parts", live(ds.Parts), 100},
		{"representatives", live(ds.Representatives), 600},
		{"meetings", live(ds.Meetings), 300},
		{"commitments", live(ds.Commitments), 5000},
		{"followups", live(ds.FollowUps), 50000},
		{"agreements", live(ds.Agreements), 100},
	} {
		if c.got != c.want {
			t.Errorf("%s: %d, want %d", c.kind, c.got, c.want)
		}
	}
}

func TestSmallIsAboutTheAskedSize(t *testing.T) {
	ds := dataset(t, Small)
	for _, c := range []struct {
		kind     string
		got      int
		min, max int
	}{
		{"parts", live(ds.Parts), 13, 18},
		{"representatives", live(ds.Representatives), 40, 50},
		{"meetings", live(ds.Meetings), 9, 12},
		{"commitments", live(ds.Commitments), 55, 65},
		{"followups", live(ds.FollowUps), 380, 420},
		{"agreements", live(ds.Agreements), 4, 4},
	} {
		if c.got < c.min || c.got > c.max {
			t.Errorf("%s: %d, want %d to %d", c.kind, c.got, c.min, c.max)
		}
	}
}

func TestSameSeedSameBytes(t *testing.T) {
	for _, s := range Scales {
		a, err := json.Marshal(dataset(t, s))
		if err != nil {
			t.Fatal(err)
		}
		b, _ := json.Marshal(Generate(s, 1))
		if !bytes.Equal(a, b) {
			t.Errorf("%s: two runs with seed 1 differ", s)
		}
	}
	a, _ := json.Marshal(dataset(t, Small))
	c, _ := json.Marshal(Generate(Small, 2))
	if bytes.Equal(a, c) {
		t.Error("seeds 1 and 2 give the same council")
	}
}

func TestEveryRecordValidates(t *testing.T) {
	for _, s := range Scales {
		ds := dataset(t, s)
		bad := 0
		ds.Each(func(r model.Record) {
			if p := model.Validate(r); len(p) > 0 {
				bad++
				if bad <= 10 {
					t.Errorf("%s: %s %s: %v", s, r.RecordKind(), r.RecordMeta().ID, p)
				}
			}
		})
		if bad > 10 {
			t.Errorf("%s: %d records in all do not validate", s, bad)
		}
	}
}

// TestNoTextLooksLikeAPersonnummer reads every string of the export, ids
// and dates included, not only the fields validation guards.
func TestNoTextLooksLikeAPersonnummer(t *testing.T) {
	for _, s := range Scales {
		data, err := json.Marshal(dataset(t, s))
		if err != nil {
			t.Fatal(err)
		}
		var tree any
		if err := json.Unmarshal(data, &tree); err != nil {
			t.Fatal(err)
		}
		n := 0
		walkStrings(tree, func(v string) {
			n++
			// A kontrollsumma is SHA-256 in hex: now and then it holds a
			// run of digits that passes the personnummer check, yet it is
			// nobody's number.
			if fingerprintLike.MatchString(v) {
				return
			}
			if model.ContainsPersonnummer(v) {
				t.Errorf("%s: %q looks like a personnummer", s, v)
			}
		})
		if n < 1000 {
			t.Errorf("%s: only %d strings walked", s, n)
		}
	}
}

var fingerprintLike = regexp.MustCompile(`^[0-9a-f]{64}$`)

func walkStrings(v any, fn func(string)) {
	switch x := v.(type) {
	case string:
		fn(x)
	case []any:
		for _, e := range x {
			walkStrings(e, fn)
		}
	case map[string]any:
		for _, e := range x {
			walkStrings(e, fn)
		}
	}
}

func TestListsAreInIDOrder(t *testing.T) {
	ds := dataset(t, Small)
	check := func(kind string, ids []string) {
		for i := 1; i < len(ids); i++ {
			if ids[i-1] >= ids[i] {
				t.Errorf("%s: %s before %s", kind, ids[i-1], ids[i])
				return
			}
		}
	}
	var ids = map[model.Kind][]string{}
	ds.Each(func(r model.Record) {
		ids[r.RecordKind()] = append(ids[r.RecordKind()], r.RecordMeta().ID)
	})
	for k, list := range ids {
		check(string(k), list)
	}
}

func BenchmarkGenerateStockholm(b *testing.B) {
	for b.Loop() {
		Generate(Stockholm, 1)
	}
}
