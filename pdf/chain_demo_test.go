package pdf_test

// The åtgärdsplan, uppföljningsrapport and medborgarlöfte made from the
// demo councils: sample pages, a smoke test over the big council and the
// benchmarks. They live outside package pdf, because they need package
// demo, which package pdf itself must not import.

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"samverka/demo"
	"samverka/model"
	"samverka/pdf"
)

// demoPromise returns the medborgarlöfte of the small demo council's
// newest agreement that has promises, preferring a signed one.
func demoPromise(t testing.TB, ds *model.Dataset) pdf.PromiseInput {
	t.Helper()
	score := func(a *model.Agreement) int {
		if a.State == model.StateSigned {
			return 1000 + a.Version
		}
		return a.Version
	}
	var best *model.Agreement
	for _, a := range model.Live(ds.Agreements) {
		if len(a.Promises) > 0 && (best == nil || score(a) > score(best)) {
			best = a
		}
	}
	if best == nil {
		t.Fatal("the demo council has no agreement with promises")
		return pdf.PromiseInput{}
	}
	in, ok := pdf.PromiseInputFrom(ds, best.ID)
	if !ok {
		t.Fatalf("PromiseInputFrom(%s) found nothing", best.ID)
	}
	in.ProgramVersion = "1.0.0"
	return in
}

// chainSamples returns the documents TestSamplesChain writes, and the
// text that marks each page to show ("" is the first page).
func chainSamples(t testing.TB) map[string]struct {
	make  func() ([]byte, pdf.Warnings, error)
	marks []string
} {
	ds := demo.Generate(demo.Small, 1)
	plan := pdf.PlanInputFrom(ds, demo.Today)
	plan.ProgramVersion = "1.0.0"
	report := pdf.ReportInputFrom(ds, "2025-01-01", "2025-12-31", demo.Today)
	report.ProgramVersion = "1.0.0"
	promise := demoPromise(t, ds)
	return map[string]struct {
		make  func() ([]byte, pdf.Warnings, error)
		marks []string
	}{
		"plan":    {func() ([]byte, pdf.Warnings, error) { return pdf.Plan(plan) }, []string{"", "Längre öppettider på fritidsgården i Skärholmen under lov", "Brister i kedjan"}},
		"report":  {func() ([]byte, pdf.Warnings, error) { return pdf.Report(report) }, []string{"", "Måluppfyllelse", "Indikatorerna över tid", "Per aktör", "Trafikljus per möte", "Brister i kedjan"}},
		"promise": {func() ([]byte, pdf.Warnings, error) { return pdf.Promise(promise) }, []string{""}},
	}
}

// TestSamplesChain renders sample pages of the plan, report and promise
// of the small demo council to PNG, as TestSamples does for the other
// documents, when SAMVERKA_PDF_SAMPLES names a folder:
//
//	SAMVERKA_PDF_SAMPLES=$PWD/docs/screenshots/pdf go test ./pdf -run TestSamples
//
// Pages are rendered at 60 dpi, a little more than the others: the plan
// is a landscape table of small print.
func TestSamplesChain(t *testing.T) {
	dir := os.Getenv("SAMVERKA_PDF_SAMPLES")
	if dir == "" {
		t.Skip("SAMVERKA_PDF_SAMPLES not set")
	}
	for _, tool := range []string{"pdftoppm", "pdftotext"} {
		if _, err := exec.LookPath(tool); err != nil {
			t.Skipf("%s not installed", tool)
		}
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	_, lookErr := exec.LookPath("convert")
	quantize := lookErr == nil
	for name, s := range chainSamples(t) {
		b, _, err := s.make()
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		path := filepath.Join(t.TempDir(), name+".pdf")
		if err := os.WriteFile(path, b, 0o600); err != nil {
			t.Fatal(err)
		}
		pages := pageTexts(t, path)
		done := map[int]bool{}
		for _, mark := range s.marks {
			page := 1
			if mark != "" {
				page = 0
				for i, text := range pages {
					if strings.Contains(text, mark) {
						page = i + 1
						break
					}
				}
			}
			if page == 0 {
				t.Fatalf("%s has no page with %q", name, mark)
			}
			if done[page] {
				continue
			}
			done[page] = true
			out := filepath.Join(dir, fmt.Sprintf("%s-%d", name, page))
			p := strconv.Itoa(page)
			cmd := exec.Command("pdftoppm", "-png", "-r", "60", "-f", p, "-l", p, "-singlefile", path, out)
			if msg, err := cmd.CombinedOutput(); err != nil {
				t.Fatalf("pdftoppm: %v\n%s", err, msg)
			}
			if quantize {
				cmd := exec.Command("convert", out+".png", "-strip", "-define", "png:exclude-chunks=date,time",
					"+dither", "-colors", "96", "PNG8:"+out+".png")
				if msg, err := cmd.CombinedOutput(); err != nil {
					t.Fatalf("convert: %v\n%s", err, msg)
				}
			}
		}
	}
}

// pageTexts returns the text of each page of the PDF at path in the
// order it was written, so that a table cell's wrapped lines stay together,
// white space squashed.
func pageTexts(t testing.TB, path string) []string {
	t.Helper()
	out, err := exec.Command("pdftotext", "-raw", "-enc", "UTF-8", path, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext: %v", err)
	}
	pages := strings.Split(string(out), "\f")
	if len(pages) > 0 && strings.TrimSpace(pages[len(pages)-1]) == "" {
		pages = pages[:len(pages)-1]
	}
	for i := range pages {
		pages[i] = strings.Join(strings.Fields(pages[i]), " ")
	}
	return pages
}

// TestChainDocsStockholm makes the plan of open commitments and the
// report of the big demo council and checks them with qpdf and pdftotext:
// every page numbered, every open commitment in the plan. (The plan of
// all 5,000 commitments, 800 pages, is made by BenchmarkPlanPDFStockholm;
// reading it back would take the test a quarter of a minute.)
func TestChainDocsStockholm(t *testing.T) {
	if testing.Short() {
		t.Skip("the Stockholm council takes a few seconds")
	}
	for _, tool := range []string{"qpdf", "pdftotext"} {
		if _, err := exec.LookPath(tool); err != nil {
			t.Skipf("%s not installed", tool)
		}
	}
	ds := demo.Generate(demo.Stockholm, 1)
	plan := pdf.PlanInputFrom(ds, demo.Today)
	plan.Finished = pdf.FinishedNone
	report := pdf.ReportInputFrom(ds, "2025-01-01", "2025-12-31", demo.Today)
	for name, make := range map[string]func() ([]byte, pdf.Warnings, error){
		"plan":   func() ([]byte, pdf.Warnings, error) { return pdf.Plan(plan) },
		"report": func() ([]byte, pdf.Warnings, error) { return pdf.Report(report) },
	} {
		b, _, err := make()
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		path := filepath.Join(t.TempDir(), name+".pdf")
		if err := os.WriteFile(path, b, 0o600); err != nil {
			t.Fatal(err)
		}
		if out, err := exec.Command("qpdf", "--check", path).CombinedOutput(); err != nil {
			t.Fatalf("%s: qpdf --check: %v\n%s", name, err, out)
		}
		pages := pageTexts(t, path)
		for i, text := range pages {
			want := fmt.Sprintf("Sida %d av %d", i+1, len(pages))
			if !strings.Contains(text, want) {
				t.Errorf("%s: page %d lacks %q", name, i+1, want)
			}
		}
		t.Logf("%s: %d pages, %d bytes", name, len(pages), len(b))
		if name != "plan" {
			continue
		}
		all := strings.Join(pages, " ")
		open, missing := 0, 0
		for _, g := range plan.Plan.Groups {
			for _, r := range g.Rows {
				if r.Commitment == nil || !r.Status.Open() {
					continue
				}
				open++
				if !strings.Contains(all, strings.Join(strings.Fields(r.Commitment.Title), " ")) {
					missing++
				}
			}
		}
		if open == 0 || missing > 0 {
			t.Errorf("%d of %d open commitments are not in the plan", missing, open)
		}
	}
}

var pagesRe = regexp.MustCompile(`Sida 1 av (\d+)`)

// benchPages reports the pages of a made PDF, read from its first footer.
func benchPages(b *testing.B, doc []byte) {
	b.Helper()
	path := filepath.Join(b.TempDir(), "doc.pdf")
	if err := os.WriteFile(path, doc, 0o600); err != nil {
		b.Fatal(err)
	}
	if _, err := exec.LookPath("pdftotext"); err != nil {
		return
	}
	out, err := exec.Command("pdftotext", "-f", "1", "-l", "1", path, "-").Output()
	if err != nil {
		return
	}
	if m := pagesRe.FindSubmatch(out); m != nil {
		n, _ := strconv.Atoi(string(m[1]))
		b.ReportMetric(float64(n), "pages")
	}
}

// BenchmarkPlanPDFStockholm makes the åtgärdsplan of DESIGN.md's
// benchmark council with every one of its 5,000 commitments.
func BenchmarkPlanPDFStockholm(b *testing.B) {
	ds := demo.Generate(demo.Stockholm, 1)
	in := pdf.PlanInputFrom(ds, demo.Today)
	in.Finished = pdf.FinishedAll
	b.ReportAllocs()
	var doc []byte
	for b.Loop() {
		var err error
		if doc, _, err = pdf.Plan(in); err != nil {
			b.Fatal(err)
		}
	}
	benchPages(b, doc)
}

// BenchmarkPlanPDFStockholmDefault makes the same plan as printed by
// default: open commitments and those finished in the last year.
func BenchmarkPlanPDFStockholmDefault(b *testing.B) {
	ds := demo.Generate(demo.Stockholm, 1)
	in := pdf.PlanInputFrom(ds, demo.Today)
	b.ReportAllocs()
	var doc []byte
	for b.Loop() {
		var err error
		if doc, _, err = pdf.Plan(in); err != nil {
			b.Fatal(err)
		}
	}
	benchPages(b, doc)
}

// BenchmarkReportPDFStockholm makes the uppföljningsrapport of the
// benchmark council over its whole history: 300 meetings, 5,000
// commitments. The figures (model.BuildReport) are worked out once; this
// measures the document.
func BenchmarkReportPDFStockholm(b *testing.B) {
	ds := demo.Generate(demo.Stockholm, 1)
	in := pdf.ReportInputFrom(ds, "", "", demo.Today)
	b.ReportAllocs()
	var doc []byte
	for b.Loop() {
		var err error
		if doc, _, err = pdf.Report(in); err != nil {
			b.Fatal(err)
		}
	}
	benchPages(b, doc)
}
