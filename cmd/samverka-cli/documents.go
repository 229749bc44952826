package main

import (
	"fmt"
	"os"
	"time"

	"samverka/model"
	"samverka/pdf"
	"samverka/pdf/flow"
	"samverka/storage"
)

// version is the program version, stamped at build time with
// -ldflags "-X main.version=…"; it is printed on every document.
var version = "dev"

// documentCommands print documents and verify printed ones.
var documentCommands = []command{
	{name: "pdf", run: runPDF},
	{name: "verify", run: runVerify},
}

// document makes one kind of printed document from a council's records.
// needsID says whether the kind names a record (an agreement or meeting).
type document struct {
	kind    string
	needsID bool
	make    func(ds *model.Dataset, id string, o pdfOptions) ([]byte, pdf.Warnings, error)
	// flow lays the document out for Word as well (see lawdocs.go); nil
	// for a kind that is printed only.
	flow func(ds *model.Dataset, id string, o pdfOptions) (*flow.Document, error)
}

// pdfOptions are the pdf command's flags that reach a document.
type pdfOptions struct {
	lang     string
	from, to model.Date
	today    model.Date // plans and reports are as of today
	public   bool       // leave out what is not Öppen
	plan     string     // the åtgärdsplan record to print; "" for the current one
	// outline, when set, receives the document for Word (see docx).
	outline *flow.Document
}

// documents lists what `pdf` can print.
var documents = []document{
	situationDocument,
	{"agreement", true, func(ds *model.Dataset, id string, o pdfOptions) ([]byte, pdf.Warnings, error) {
		in, ok := pdf.AgreementInputFrom(ds, id)
		if !ok {
			return nil, nil, model.Errorf(model.CodeRecordNotFound, "ID", id)
		}
		in.ProgramVersion, in.Lang, in.Outline = version, o.lang, o.outline
		return pdf.Agreement(in)
	}, nil},
	{"minutes", true, meetingDocument(pdf.Minutes), nil},
	{"invitation", true, meetingDocument(pdf.Invitation), nil},
	{"attendance", true, meetingDocument(pdf.AttendanceList), nil},
	{"plan", false, func(ds *model.Dataset, _ string, o pdfOptions) ([]byte, pdf.Warnings, error) {
		if len(model.Plans(ds, "")) > 0 || o.plan != "" {
			return actionPlanPDF(ds, o)
		}
		in := pdf.PlanInputFrom(ds, o.today)
		in.ProgramVersion, in.Lang, in.Outline = version, o.lang, o.outline
		return pdf.Plan(in)
	}, actionPlanFlow},
	{"report", false, func(ds *model.Dataset, _ string, o pdfOptions) ([]byte, pdf.Warnings, error) {
		in := pdf.ReportInputFrom(ds, o.from, o.to, o.today)
		in.ProgramVersion, in.Lang, in.Outline = version, o.lang, o.outline
		return pdf.Report(in)
	}, nil},
	{"promise", true, func(ds *model.Dataset, id string, o pdfOptions) ([]byte, pdf.Warnings, error) {
		in, ok := pdf.PromiseInputFrom(ds, id)
		if !ok {
			return nil, nil, model.Errorf(model.CodeRecordNotFound, "ID", id)
		}
		in.ProgramVersion, in.Lang, in.Outline = version, o.lang, o.outline
		in.Until = o.today
		if o.to != "" {
			in.Until = o.to
		}
		return pdf.Promise(in)
	}, nil},
}

func meetingDocument(fn func(pdf.MeetingInput) ([]byte, pdf.Warnings, error)) func(*model.Dataset, string, pdfOptions) ([]byte, pdf.Warnings, error) {
	return func(ds *model.Dataset, id string, o pdfOptions) ([]byte, pdf.Warnings, error) {
		in, ok := pdf.MeetingInputFrom(ds, id)
		if !ok {
			return nil, nil, model.Errorf(model.CodeRecordNotFound, "ID", id)
		}
		in.ProgramVersion, in.Lang, in.Outline = version, o.lang, o.outline
		return fn(in)
	}
}

func documentKinds() string {
	s := ""
	for i, d := range documents {
		if i > 0 {
			s += ", "
		}
		s += d.kind
	}
	return s
}

// runPDF: pdf FILE KIND [ID] -o OUT.pdf [--from DATE] [--to DATE] [--lang sv|en].
func runPDF(c *call, args []string) int {
	fs := c.flags()
	out := fs.String("o", "", "")
	from := fs.String("from", "", "")
	to := fs.String("to", "", "")
	lang := fs.String("lang", "sv", "")
	public := fs.Bool("public", false, "")
	plan := fs.String("plan", "", "")
	pos, err := parse(fs, args)
	if err != nil {
		c.line("cli.badFlag", "Error", err.Error(), "Usage", c.text("cli.usage.pdf"))
		return exitUsage
	}
	if len(pos) < 2 || *out == "" {
		return c.usage()
	}
	var doc *document
	for i := range documents {
		if documents[i].kind == pos[1] {
			doc = &documents[i]
		}
	}
	if doc == nil {
		c.line("cli.badDocument", "Kind", pos[1], "Kinds", documentKinds())
		return exitUsage
	}
	if (doc.needsID && len(pos) != 3) || (!doc.needsID && len(pos) != 2) {
		return c.usage()
	}
	o := pdfOptions{lang: *lang, from: model.Date(*from), to: model.Date(*to), today: model.DateOf(time.Now()),
		public: *public, plan: *plan}
	for _, d := range []model.Date{o.from, o.to} {
		if d != "" && !d.Valid() {
			c.line("cli.badDate", "Date", string(d))
			return exitUsage
		}
	}
	if *lang != "sv" && *lang != "en" {
		return c.usage()
	}
	if samePath(pos[0], *out) {
		c.line("cli.sameFile", "Path", *out)
		return exitUsage
	}
	var ds *model.Dataset
	err = readOnly(pos[0], func(d *storage.Document) error {
		var err error
		ds, err = d.Load()
		return err
	})
	if err != nil {
		return c.failAt(pos[0], err)
	}
	id := ""
	if doc.needsID {
		id = pos[2]
	}
	data, warnings, err := doc.make(ds, id, o)
	if err != nil {
		return c.fail(err)
	}
	if err := writeFile(*out, data); err != nil {
		return c.failAt(*out, err)
	}
	for _, w := range warnings.Messages(c.lang) {
		fmt.Fprintln(c.stderr, oneLine(w))
	}
	c.line("cli.pdf.written", "Path", *out)
	return exitOK
}

// runVerify: verify FILE PDF. It reads the fingerprint a Samverka PDF
// carries and says which agreement version in FILE it belongs to. Exit 0
// only when it belongs to a signed (sealed) agreement whose stored content
// still gives that fingerprint.
func runVerify(c *call, args []string) int {
	pos, ok := c.args(c.flags(), args, 2)
	if !ok {
		return exitUsage
	}
	data, err := os.ReadFile(pos[1])
	if err != nil {
		return c.failAt(pos[1], fileError(err))
	}
	fp := model.FingerprintInPDF(data)
	if fp == "" {
		c.line("cli.verify.noFingerprint", "Path", pos[1])
		return exitRefused
	}
	var ds *model.Dataset
	err = readOnly(pos[0], func(d *storage.Document) error {
		var err error
		ds, err = d.Load()
		return err
	})
	if err != nil {
		return c.failAt(pos[0], err)
	}
	matches := model.MatchFingerprint(ds.Agreements, fp)
	if len(matches) == 0 {
		c.line("cli.verify.none", "Short", model.ShortFingerprint(fp))
		return exitRefused
	}
	a := matches[0]
	if model.AgreementFingerprint(a) != a.Fingerprint {
		c.line("cli.verify.tampered", "Title", a.Title, "Version", a.Version, "ID", a.ID)
		return exitRefused
	}
	switch a.State {
	case model.StateSigned, model.StateSuperseded:
		fmt.Fprintf(c.stdout, "%s\t%s\t%d\t%s\n", a.ID, a.Title, a.Version, a.State)
		c.line("cli.verify.ok", "Title", a.Title, "Version", a.Version, "Short", model.ShortFingerprint(fp),
			"Sealed", a.SealedAt.Format("2006-01-02"))
		return exitOK
	default:
		c.line("cli.verify.unsigned", "Title", a.Title, "Version", a.Version)
		return exitRefused
	}
}
