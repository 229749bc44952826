package main

import (
	"strings"
	"testing"
)

func TestParseBench(t *testing.T) {
	out := `goos: linux
BenchmarkOpen-2             	       3	  86611206 ns/op	 271.55 MB/s
BenchmarkFilterKeystroke-2   	2026/11/26 17:40:32 Fyne error:  Error parsing user locale C
2026/11/26 17:40:32   Cause: language: tag is not well-formed
       3	   4061933 ns/op	   67608 B/op	    1014 allocs/op
BenchmarkMergeStockholm      	       1	3092594504 ns/op
PASS`
	got := parseBench(strings.NewReader(out))
	want := map[string]float64{"BenchmarkOpen": 86611206, "BenchmarkFilterKeystroke": 4061933, "BenchmarkMergeStockholm": 3092594504}
	if len(got) != len(want) {
		t.Fatalf("got %v", got)
	}
	for k, v := range want {
		if got[k] != v {
			t.Errorf("%s = %v, want %v", k, got[k], v)
		}
	}
}
