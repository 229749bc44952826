package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"samverka/model"
	"samverka/pdf/flow"
)

// TestLawDocuments goes the chair's way through the demo council: list
// the lägesbilder and plans, print this year's lägesbild internal and
// public, print the fastställd plan, fastställ the draft, and write both
// as Word.
func TestLawDocuments(t *testing.T) {
	isolate(t)
	file := demoFile(t)
	ds := loadDemo(t, file)
	dir := t.TempDir()
	sits := model.Live(ds.Situations)
	if len(sits) != 2 {
		t.Fatalf("the demo has %d lägesbilder, want 2", len(sits))
	}
	now := sits[0]
	if sits[1].Date > now.Date {
		now = sits[1]
	}

	code, stdout, stderr := cli(t, "list", file, "situations")
	if code != exitOK || !strings.Contains(stdout, now.ID+"\t"+string(now.Date)+"\t"+now.Title+"\t4 ") {
		t.Fatalf("list situations: exit %d, %q %s", code, stdout, stderr)
	}
	code, stdout, _ = cli(t, "list", file, "plans")
	var draft, adopted string
	for _, line := range strings.Split(strings.TrimSpace(stdout), "\n") {
		f := strings.Split(line, "\t")
		switch {
		case len(f) >= 6 && strings.Contains(f[5], "Stadsdelsnämnden i Skärholmen"):
			adopted = f[0]
		case len(f) == 5:
			draft = f[0]
		}
	}
	if code != exitOK || draft == "" || adopted == "" {
		t.Fatalf("list plans: want a draft and a fastställd plan, got %q", stdout)
	}

	internal := filepath.Join(dir, "lägesbild.pdf")
	if code, _, stderr := cli(t, "pdf", file, "situation", now.ID, "-o", internal); code != exitOK {
		t.Fatalf("pdf situation: exit %d: %s", code, stderr)
	}
	text := pdfText(t, internal)
	for _, want := range []string{"Sammanfattning", "Kartläggning", "Problem och konsekvenser", "Annan information", "Analys",
		"Källor och begränsningar", "Anmälda brott i Skärholmens stadsdelsområde", "Platser med återkommande narkotikaförsäljning",
		"EJ OFFENTLIG – OSL 18 kap. 1 §", "Vad förra periodens åtgärder uppnådde", "fastställd av Stadsdelsnämnden i Skärholmen"} {
		if !strings.Contains(text, want) {
			t.Errorf("the lägesbild lacks %q", want)
		}
	}
	public := filepath.Join(dir, "lägesbild-offentlig.pdf")
	if code, _, stderr := cli(t, "pdf", file, "situation", now.ID, "--public", "-o", public); code != exitOK {
		t.Fatalf("pdf situation --public: exit %d: %s", code, stderr)
	}
	text = pdfText(t, public)
	for _, not := range []string{"Intern", "narkotikaförsäljning (polisens", "konflikter mellan grupperingar", "OSL"} {
		if strings.Contains(text, not) {
			t.Errorf("the public lägesbild holds %q", not)
		}
	}
	if !strings.Contains(text, "Anmälda brott i Skärholmens stadsdelsområde") {
		t.Error("the public lägesbild lacks its open table")
	}

	plan := filepath.Join(dir, "plan.pdf")
	if code, _, stderr := cli(t, "pdf", file, "plan", "-o", plan); code != exitOK {
		t.Fatalf("pdf plan: exit %d: %s", code, stderr)
	}
	text = pdfText(t, plan)
	if !strings.Contains(text, "Fastställd av Stadsdelsnämnden i Skärholmen den ") || strings.Contains(text, "Röd tråd") {
		t.Errorf("the default plan is not the fastställd decision: %.300s", text)
	}
	draftPDF := filepath.Join(dir, "utkast.pdf")
	if code, _, stderr := cli(t, "pdf", file, "plan", "--plan", draft, "-o", draftPDF); code != exitOK {
		t.Fatalf("pdf plan --plan: exit %d: %s", code, stderr)
	}
	if text := pdfText(t, draftPDF); !strings.Contains(text, "UTKAST") || !strings.Contains(text, "Röd tråd saknas") {
		t.Errorf("the draft print lacks its marking or the röd tråd: %.300s", text)
	}

	if code, _, stderr := cli(t, "adopt", file, draft, "--by", "Stadsdelsnämnden i Skärholmen", "--date", "2026-09-17"); code != exitUsage && code != exitRefused {
		t.Fatalf("adopt without § and dnr: exit %d: %s", code, stderr)
	} else if !strings.Contains(stderr, "diarienummer") && !strings.Contains(stderr, "registration number") {
		t.Errorf("adopt without § and dnr says %q", stderr)
	}
	code, _, stderr = cli(t, "adopt", file, draft, "--by", "Stadsdelsnämnden i Skärholmen", "--date", "2026-09-17",
		"--paragraph", "§ 88", "--dnr", "SDN 2026/512")
	if code != exitOK {
		t.Fatalf("adopt: exit %d: %s", code, stderr)
	}
	ds = loadDemo(t, file)
	for _, p := range ds.Plans {
		if p.ID == draft && (p.State != model.PlanAdopted || p.Decision.Diarienummer != "SDN 2026/512" || len(p.Entries) == 0) {
			t.Fatalf("the plan was not fastställd: %+v", p)
		}
	}
	if code, _, _ := cli(t, "adopt", file, draft, "--by", "KS", "--date", "2026-09-18", "--paragraph", "1", "--dnr", "KS 1"); code == exitOK {
		t.Error("a fastställd plan was fastställd again")
	}
	if code, _, stderr := cli(t, "pdf", file, "plan", "-o", plan); code != exitOK {
		t.Fatalf("pdf plan: exit %d: %s", code, stderr)
	}
	if text := pdfText(t, plan); !strings.Contains(text, "den 2026-09-17 § 88, dnr SDN 2026/512") {
		t.Errorf("the newest fastställd plan is not the default: %.300s", text)
	}

	for _, args := range [][]string{{"situation", now.ID}, {"plan"}} {
		out := filepath.Join(dir, args[0]+".docx")
		cmd := append([]string{"docx", file}, args...)
		if code, _, stderr := cli(t, append(cmd, "-o", out)...); code != exitOK {
			t.Fatalf("docx %s: exit %d: %s", args[0], code, stderr)
		}
	}
}

// TestWordOfEveryKind writes every kind pdf knows as Word through the
// command line, has LibreOffice convert the .docx files, and checks that
// each holds the headings the PDF of the same document holds.
func TestWordOfEveryKind(t *testing.T) {
	if _, err := exec.LookPath("soffice"); err != nil {
		t.Skip("LibreOffice (soffice) is not installed")
	}
	isolate(t)
	file := demoFile(t)
	ds := loadDemo(t, file)
	dir := t.TempDir()
	signed := agreementIn(t, ds, model.StateSigned)
	meeting := model.Live(ds.Meetings)[0]
	sits := model.Live(ds.Situations)
	ids := map[string]string{"situation": sits[len(sits)-1].ID, "agreement": signed.ID, "promise": signed.ID,
		"minutes": meeting.ID, "invitation": meeting.ID, "attendance": meeting.ID}
	outlines := map[string]*flow.Document{}
	for _, doc := range documents {
		args := []string{doc.kind}
		if doc.needsID {
			args = append(args, ids[doc.kind])
		}
		for _, ext := range []string{"pdf", "docx"} {
			cmd := append(append([]string{ext, file}, args...), "-o", filepath.Join(dir, doc.kind+"."+ext))
			if code, _, stderr := cli(t, cmd...); code != exitOK {
				t.Fatalf("%s %s: exit %d: %s", ext, doc.kind, code, stderr)
			}
		}
		fd, err := doc.flow(ds, ids[doc.kind], pdfOptions{lang: "sv", today: model.DateOf(time.Now())})
		if err != nil {
			t.Fatal(err)
		}
		outlines[doc.kind] = fd
	}
	word := filepath.Join(dir, "word")
	if err := os.Mkdir(word, 0o755); err != nil {
		t.Fatal(err)
	}
	files, _ := filepath.Glob(filepath.Join(dir, "*.docx"))
	profile := "file://" + filepath.ToSlash(filepath.Join(t.TempDir(), "profile"))
	args := append([]string{"-env:UserInstallation=" + profile, "--headless", "--convert-to", "pdf", "--outdir", word}, files...)
	if out, err := exec.Command("soffice", args...).CombinedOutput(); err != nil {
		t.Fatalf("soffice: %v\n%s", err, out)
	}
	for kind, fd := range outlines {
		t.Run(kind, func(t *testing.T) {
			printed := pdfText(t, filepath.Join(dir, kind+".pdf"))
			converted := pdfText(t, filepath.Join(word, kind+".pdf"))
			if fd.Title == "" || !strings.Contains(converted, strings.Join(strings.Fields(fd.Title), " ")) {
				t.Errorf("the Word document lacks the title %q", fd.Title)
			}
			heads := fd.Headings()
			if len(heads) == 0 && kind != "attendance" {
				t.Fatalf("the %s has no headings", kind)
			}
			for _, h := range heads {
				h = strings.Join(strings.Fields(h), " ")
				if !strings.Contains(printed, h) {
					t.Errorf("the PDF lacks heading %q", h)
				}
				if !strings.Contains(converted, h) {
					t.Errorf("the Word document lacks heading %q", h)
				}
			}
		})
	}
}
