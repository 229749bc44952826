package main

import (
	"encoding/json"
	"fmt"
	"html"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"time"
)

// The whole-process budgets of DESIGN.md: `samverka-cli pdf` of the
// Stockholm file's largest agreement against LibreOffice converting a
// comparable agreement (the same text, built here as a document) and
// against copying the file, and the file's size.
const (
	libreOfficeFactor = 20       // samverka at least this much faster
	sizeGoal          = 15 << 20 // the Stockholm file's size goal
	sizeBefore        = 50 << 20 // its size before the compact file
)

// measureProcess prints the whole-process lines; over is set when one is
// outside its budget.
func measureProcess(cli, file string, runs int) (over bool) {
	dir, err := os.MkdirTemp("", "samverka-bench-process-*")
	if err != nil {
		fmt.Println("process:", err)
		return false
	}
	defer os.RemoveAll(dir)
	id, err := largestAgreement(cli, file)
	if err != nil {
		fmt.Printf("%-58s  not measured: %v\n", "agreement PDF, whole process", err)
		return false
	}
	out := filepath.Join(dir, "agreement.pdf")
	pdfTime, err := timed(runs, func() error {
		return exec.Command(cli, "pdf", file, "agreement", id, "-o", out).Run()
	})
	if err != nil {
		fmt.Printf("%-58s  not measured: %v\n", "agreement PDF, whole process", err)
		return false
	}
	copyTime, err := timed(runs, func() error { return copyFile(file, filepath.Join(dir, "copy.samverka")) })
	if err != nil {
		fmt.Println("copy:", err)
		return false
	}
	fmt.Printf("%-58s  %s (median of %d)\n", "agreement PDF, largest agreement, whole process", pdfTime.Round(time.Millisecond), runs)
	if lo, err := libreOffice(dir, out, runs); err != nil {
		fmt.Printf("%-58s  not measured: %v\n", "… ≥ 20 × faster than LibreOffice", err)
	} else {
		factor := float64(lo) / float64(pdfTime)
		ratio := libreOfficeFactor / factor
		fmt.Printf("%-58s  ratio %5.2f  (LibreOffice %s = %.1f× samverka's time)\n",
			"… ≥ 20 × faster than LibreOffice converting it", ratio, lo.Round(time.Millisecond), factor)
		over = over || ratio > 1
	}
	fmt.Printf("%-58s  %.2f×  (copying the file takes %s)\n", "… against copying the file", float64(pdfTime)/float64(copyTime),
		copyTime.Round(time.Millisecond))
	if info, err := os.Stat(file); err == nil {
		ratio := float64(info.Size()) / sizeGoal
		fmt.Printf("%-58s  ratio %5.2f  (%.1f MB; was %d MB, goal ≤ %d MB)\n", "the Stockholm file's size ≤ 15 MB", ratio,
			float64(info.Size())/(1<<20), sizeBefore>>20, sizeGoal>>20)
		over = over || ratio > 1
	}
	return over
}

// largestAgreement returns the id of the agreement with the most
// commitments.
func largestAgreement(cli, file string) (string, error) {
	data, err := exec.Command(cli, "list", "--json", file, "agreement").Output()
	if err != nil {
		return "", err
	}
	var list []struct {
		ID            string   `json:"id"`
		CommitmentIDs []string `json:"commitmentIds"`
	}
	if err := json.Unmarshal(data, &list); err != nil {
		return "", err
	}
	best, most := "", -1
	for _, a := range list {
		if len(a.CommitmentIDs) > most {
			best, most = a.ID, len(a.CommitmentIDs)
		}
	}
	if best == "" {
		return "", fmt.Errorf("no agreement in %s", file)
	}
	return best, nil
}

// timed runs fn once to warm the caches, then runs times, and returns the
// median.
func timed(runs int, fn func() error) (time.Duration, error) {
	if err := fn(); err != nil {
		return 0, err
	}
	var ts []time.Duration
	for range runs {
		start := time.Now()
		if err := fn(); err != nil {
			return 0, err
		}
		ts = append(ts, time.Since(start))
	}
	return median(ts), nil
}

// copyFile copies src to dst as a user's copy would, without a flush.
func copyFile(src, dst string) error {
	in, err := os.Open(src)
	if err != nil {
		return err
	}
	defer in.Close()
	out, err := os.Create(dst)
	if err != nil {
		return err
	}
	if _, err := io.Copy(out, in); err != nil {
		out.Close()
		return err
	}
	return out.Close()
}

// libreOffice builds a document of the agreement's text (its PDF's text,
// page by page, as headed paragraphs) and times LibreOffice turning it
// into a PDF, as a council does with its agreement today.
func libreOffice(dir, agreementPDF string, runs int) (time.Duration, error) {
	soffice, err := exec.LookPath("soffice")
	if err != nil {
		if soffice, err = exec.LookPath("libreoffice"); err != nil {
			return 0, fmt.Errorf("no LibreOffice (soffice) installed")
		}
	}
	text, err := exec.Command("pdftotext", "-layout", agreementPDF, "-").Output()
	if err != nil {
		return 0, fmt.Errorf("pdftotext: %v", err)
	}
	var b strings.Builder
	b.WriteString("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Samverkansöverenskommelse</title></head><body>\n")
	for i, page := range strings.Split(string(text), "\f") {
		if strings.TrimSpace(page) == "" {
			continue
		}
		if i > 0 {
			b.WriteString("<p style=\"page-break-before: always\"></p>\n")
		}
		for _, para := range strings.Split(page, "\n\n") {
			para = strings.Join(strings.Fields(para), " ")
			if para == "" {
				continue
			}
			if len(para) < 60 && !strings.HasSuffix(para, ".") {
				fmt.Fprintf(&b, "<h2>%s</h2>\n", html.EscapeString(para))
			} else {
				fmt.Fprintf(&b, "<p>%s</p>\n", html.EscapeString(para))
			}
		}
	}
	b.WriteString("</body></html>\n")
	doc := filepath.Join(dir, "overenskommelse.html")
	if err := os.WriteFile(doc, []byte(b.String()), 0o644); err != nil {
		return 0, err
	}
	profile := "file://" + filepath.ToSlash(filepath.Join(dir, "lo-profile"))
	return timed(max(runs/2, 2), func() error {
		cmd := exec.Command(soffice, "-env:UserInstallation="+profile, "--headless", "--infilter=HTML (StarWriter)",
			"--convert-to", "pdf", "--outdir", filepath.Join(dir, "lo"), doc)
		if out, err := cmd.CombinedOutput(); err != nil {
			return fmt.Errorf("%v: %s", err, lastLine(string(out)))
		}
		if _, err := os.Stat(filepath.Join(dir, "lo", "overenskommelse.pdf")); err != nil {
			return fmt.Errorf("LibreOffice wrote no PDF")
		}
		return nil
	})
}

// measureOverview compares the GUI's first frame, the Översikt with its
// figures, for the Stockholm file and the small example council.
func measureOverview(gui, file, small string, runs int) (over bool) {
	var big, little []time.Duration
	for range runs {
		t, _, err := start(gui, file)
		if err != nil {
			fmt.Printf("GUI overview: %v\n", err)
			return false
		}
		big = append(big, t)
		if t, _, err = start(gui, small); err != nil {
			fmt.Printf("GUI overview: %v\n", err)
			return false
		}
		little = append(little, t)
	}
	b, l := median(big), median(little)
	ratio := float64(b) / float64(l) / 1.5
	fmt.Printf("%-58s  ratio %5.2f  (%s vs small council %s, median of %d)\n",
		"GUI overview drawn, Stockholm ≤ 1.5 × small council", ratio, b, l, runs)
	return ratio > 1
}
