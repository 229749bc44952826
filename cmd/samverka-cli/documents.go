package main

import (
	"fmt"
	"time"

	"samverka/assets"
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

// scopes read only the records a document about one agreement or one
// meeting needs (see storage.Reader); the other documents read the whole
// file.
var scopes = map[string]func(r *storage.Reader, id string) (*model.Dataset, error){
	"agreement":  (*storage.Reader).Agreement,
	"promise":    (*storage.Reader).Agreement,
	"minutes":    (*storage.Reader).Meeting,
	"invitation": (*storage.Reader).Meeting,
	"attendance": (*storage.Reader).Meeting,
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
		in.ProgramVersion, in.Lang, in.Outline, in.Public = version, o.lang, o.outline, o.public
		return pdf.Plan(in)
	}, actionPlanFlow},
	{"report", false, func(ds *model.Dataset, _ string, o pdfOptions) ([]byte, pdf.Warnings, error) {
		in := pdf.ReportInputFrom(ds, o.from, o.to, o.today)
		in.ProgramVersion, in.Lang, in.Outline = version, o.lang, o.outline
		return pdf.Report(in)
	}, reportFlow},
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
		in.ProgramVersion, in.Lang, in.Outline, in.Public = version, o.lang, o.outline, o.public
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
	id := ""
	if doc.needsID {
		id = pos[2]
	}
	var ds *model.Dataset
	if scope := scopes[doc.kind]; scope != nil {
		err = byNeed(pos[0], func(r *storage.Reader) error {
			var err error
			ds, err = scope(r, id)
			return err
		})
	} else {
		err = readOnly(pos[0], func(d *storage.Document) error {
			var err error
			ds, err = d.Load()
			return err
		})
	}
	if err != nil {
		return c.failAt(pos[0], err)
	}
	data, warnings, err := doc.make(ds, id, o)
	if err != nil {
		return c.fail(err)
	}
	if err := writeFile(*out, data); err != nil {
		return c.failAt(*out, err)
	}
	if doc.kind == "agreement" {
		if in, ok := pdf.AgreementInputFrom(ds, id); ok {
			c.recordPrintout(pos[0], in.Agreement, data, ds.Printouts)
		}
	}
	for _, w := range warnings.Messages(c.lang) {
		fmt.Fprintln(c.stderr, oneLine(w))
	}
	c.line("cli.pdf.written", "Path", *out)
	c.classLine(doc.kind, o.public)
	return exitOK
}

// runVerify: verify FILE PDF|CHECKSUM. It says whether PDF is an unaltered printout
// of the agreement in force in FILE (model.Verify, the verdict the GUI
// gives too). Exit 0 only then.
func runVerify(c *call, args []string) int {
	pos, ok := c.args(c.flags(), args, 2)
	if !ok {
		return exitUsage
	}
	if typedChecksum(pos[1]) {
		return verifyChecksum(c, pos[0], pos[1])
	}
	data, err := readLimited(pos[1], nil, maxPDF)
	if err != nil {
		return c.failAt(pos[1], err)
	}
	var v model.Verdict
	err = byNeed(pos[0], func(r *storage.Reader) error {
		var err error
		v, err = verifyByNeed(r, data)
		return err
	})
	if err != nil {
		return c.failAt(pos[0], err)
	}
	key, kv := pdf.VerdictMessage(v)
	msg := oneLine(assets.Message(c.lang, key, kv))
	if v.Kind != model.Verified {
		fmt.Fprintf(c.stderr, "%s: %s\n", pos[1], msg)
		return exitRefused
	}
	a := v.Agreement
	fmt.Fprintf(c.stdout, "%s\t%s\t%d\t%s\t%s\n", a.ID, a.Title, a.Version, a.State, v.SHA256)
	fmt.Fprintln(c.stderr, msg)
	return exitOK
}

// verifyByNeed judges data as model.Verify does with pdf.VerifyInput of
// the whole file, reading the agreements and printouts and, only for an
// agreement it must print again, what that agreement's document needs.
func verifyByNeed(r *storage.Reader, data []byte) (model.Verdict, error) {
	agreements, err := r.Records(model.KindAgreement)
	if err != nil {
		return model.Verdict{}, err
	}
	printouts, err := r.Records(model.KindPrintout)
	if err != nil {
		return model.Verdict{}, err
	}
	ds := model.NewDataset(r.Council())
	for _, rec := range append(agreements, printouts...) {
		ds.Add(rec)
	}
	in := pdf.VerifyInput(ds, data, version)
	var failed error
	in.Print = func(a *model.Agreement) [][]byte {
		one, err := r.Agreement(a.ID)
		if err != nil {
			failed = err
			return nil
		}
		return pdf.VerifyInput(one, data, version).Print(a)
	}
	v := model.Verify(in)
	return v, failed
}
