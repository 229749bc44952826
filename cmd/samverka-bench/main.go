// Command samverka-bench prints DESIGN.md's performance budgets as ratios:
// measured ÷ budget, where 1.00 or less is within budget. It reads the
// output of `go test -bench` and, given the two programs, measures the GUI's
// start to first frame and memory against a Fyne hello-world. `make bench`
// runs it through scripts/bench.sh.
package main

import (
	"bufio"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"time"
)

// budget is one line of DESIGN.md's budget table measured by a benchmark:
// either against a fixed time, or against a baseline benchmark.
type budget struct {
	name      string
	bench     string        // benchmark name (without the -N suffix)
	limit     time.Duration // fixed budget, or
	baseline  string        // a benchmark the result is divided by
	maxFactor float64       // …and the allowed factor
}

var budgets = []budget{
	{name: "open the document ≤ 3 × copy", bench: "BenchmarkOpen", baseline: "BenchmarkCopyFile", maxFactor: 3},
	{name: "save ≤ 2 × cp + fsync", bench: "BenchmarkSave", baseline: "BenchmarkCopyFile", maxFactor: 2},
	{name: "open a protected file ≤ 1.5 × unprotected", bench: "BenchmarkOpenProtected", baseline: "BenchmarkOpen", maxFactor: 1.5},
	{name: "save a protected file ≤ 1.5 × unprotected", bench: "BenchmarkSaveProtected", baseline: "BenchmarkSave", maxFactor: 1.5},
	{name: "filter commitments per keystroke ≤ 16 ms", bench: "BenchmarkFilterKeystroke", limit: 16 * time.Millisecond},
	{name: "agreement PDF, 10 parties, 200 commitments ≤ 250 ms", bench: "BenchmarkAgreementPDF", limit: 250 * time.Millisecond},
	{name: "minutes PDF, 40 follow-ups ≤ 150 ms", bench: "BenchmarkMinutesPDF", limit: 150 * time.Millisecond},
	{name: "lägesbild PDF, ten figure tables ≤ 250 ms", bench: "BenchmarkSituationPDF", limit: 250 * time.Millisecond},
	{name: "merge two diverged Stockholm files ≤ 2 s", bench: "BenchmarkMergeStockholm", limit: 2 * time.Second},
	{name: "follow-up report, Stockholm file < 1 s", bench: "BenchmarkReportStockholm", limit: time.Second},
}

var (
	benchName   = regexp.MustCompile(`^(Benchmark[^\s-]+)(-\d+)?\b`)
	benchResult = regexp.MustCompile(`(?:^|\s)\d+\s+([\d.]+) ns/op`)
)

// parseBench returns the ns/op of every benchmark in r, by name. A
// benchmark's name and its result may stand on different lines when the
// code under test logs in between.
func parseBench(r io.Reader) map[string]float64 {
	out := map[string]float64{}
	name := ""
	sc := bufio.NewScanner(r)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if m := benchName.FindStringSubmatch(line); m != nil {
			name = m[1]
		}
		if m := benchResult.FindStringSubmatch(line); m != nil && name != "" {
			if v, err := strconv.ParseFloat(m[1], 64); err == nil {
				out[name] = v
			}
			name = ""
		}
	}
	return out
}

func main() {
	benchFile := flag.String("bench", "", "output of go test -bench")
	gui := flag.String("gui", "", "the samverka program")
	hello := flag.String("hello", "", "the hello-world program")
	file := flag.String("file", "", "the stockholm data file for the GUI measurement")
	runs := flag.Int("runs", 5, "GUI starts per program")
	cli := flag.String("cli", "", "the samverka-cli program, for the whole-process lines")
	small := flag.String("small", "", "the small example council's file, for the GUI's overview")
	flag.Parse()

	fmt.Println("Samverka performance budgets (ratio = measured ÷ budget; ≤ 1.00 is within budget)")
	fmt.Println(strings.Repeat("-", 96))
	failed := false
	if *benchFile != "" {
		f, err := os.Open(*benchFile)
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		results := parseBench(f)
		f.Close()
		for _, b := range budgets {
			failed = report(b, results) || failed
		}
	}
	if *cli != "" && *file != "" {
		failed = measureProcess(*cli, *file, *runs) || failed
	}
	if *gui != "" && *hello != "" {
		failed = measureGUI(*gui, *hello, *file, *runs) || failed
	}
	if *gui != "" && *file != "" && *small != "" {
		failed = measureOverview(*gui, *file, *small, *runs) || failed
	}
	if failed {
		fmt.Println("\nSome budgets are exceeded.")
	}
}

func report(b budget, results map[string]float64) (over bool) {
	got, ok := results[b.bench]
	if !ok {
		fmt.Printf("%-58s  not measured (no %s)\n", b.name, b.bench)
		return false
	}
	var ratio float64
	var detail string
	if b.baseline != "" {
		base, ok := results[b.baseline]
		if !ok || base == 0 {
			fmt.Printf("%-58s  no baseline %s\n", b.name, b.baseline)
			return false
		}
		factor := got / base
		ratio = factor / b.maxFactor
		detail = fmt.Sprintf("%s vs %s = %.2f×", dur(got), dur(base), factor)
	} else {
		ratio = got / float64(b.limit.Nanoseconds())
		detail = fmt.Sprintf("%s of %s", dur(got), b.limit)
	}
	fmt.Printf("%-58s  ratio %5.2f  (%s)\n", b.name, ratio, detail)
	return ratio > 1
}

func dur(ns float64) string { return time.Duration(ns).Round(10 * time.Microsecond).String() }

// start runs prog once in screenshot mode and returns the first frame time
// it reports and its peak memory.
func start(prog string, args ...string) (firstFrame time.Duration, maxRSS int64, err error) {
	shot, err := os.CreateTemp("", "samverka-bench-*.png")
	if err != nil {
		return 0, 0, err
	}
	shot.Close()
	defer os.Remove(shot.Name())
	cmd := exec.Command(prog, append([]string{"--screenshot", shot.Name()}, args...)...)
	var stderr strings.Builder
	cmd.Stderr = &stderr
	if err := cmd.Run(); err != nil {
		return 0, 0, fmt.Errorf("%s: %v: %s", prog, err, lastLine(stderr.String()))
	}
	m := regexp.MustCompile(`first-frame-ms: (\d+)`).FindStringSubmatch(stderr.String())
	if m == nil {
		return 0, 0, fmt.Errorf("%s printed no first-frame-ms", prog)
	}
	ms, _ := strconv.Atoi(m[1])
	if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
		maxRSS = int64(ru.Maxrss) * 1024 // kilobytes on Linux
	}
	return time.Duration(ms) * time.Millisecond, maxRSS, nil
}

func lastLine(s string) string {
	lines := strings.Split(strings.TrimSpace(s), "\n")
	return lines[len(lines)-1]
}

func median[T int64 | time.Duration](v []T) T {
	slices.Sort(v)
	return v[len(v)/2]
}

func measureGUI(gui, hello, file string, runs int) (over bool) {
	var helloT, guiT []time.Duration
	var helloM, guiM []int64
	for i := 0; i < runs; i++ {
		t, m, err := start(hello)
		if err != nil {
			fmt.Printf("GUI start: hello-world failed: %v\n", err)
			return false
		}
		helloT, helloM = append(helloT, t), append(helloM, m)
		args := []string{}
		if file != "" {
			args = append(args, file)
		}
		t, m, err = start(gui, args...)
		if err != nil {
			fmt.Printf("GUI start: samverka failed: %v\n", err)
			return false
		}
		guiT, guiM = append(guiT, t), append(guiM, m)
	}
	ht, gt := median(helloT), median(guiT)
	hm, gm := median(helloM), median(guiM)
	startRatio := float64(gt) / float64(ht) / 1.5
	fmt.Printf("%-58s  ratio %5.2f  (%s vs hello-world %s, median of %d)\n",
		"GUI start to first frame ≤ 1.5 × hello-world", startRatio, gt, ht, runs)
	const allowance = 80 << 20
	memRatio := float64(gm-hm) / allowance
	fmt.Printf("%-58s  ratio %5.2f  (%d MB vs hello-world %d MB)\n",
		"GUI memory ≤ hello-world + 80 MB", memRatio, gm>>20, hm>>20)
	return startRatio > 1 || memRatio > 1
}
