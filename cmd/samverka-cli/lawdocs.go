package main

import (
	"bytes"
	"fmt"
	"strings"
	"time"

	"samverka/model"
	"samverka/pdf"
	"samverka/pdf/docx"
	"samverka/pdf/flow"
	"samverka/storage"
)

// lawCommands write the documents the law asks for as Word, and
// fastställer an åtgärdsplan.
var lawCommands = []command{
	{name: "docx", run: runDocx},
	{name: "adopt", run: runAdopt},
	{name: "table", run: runTable},
}

// situationDocument is the lägesbild: `pdf FILE situation ID [--public]`.
var situationDocument = document{"situation", true, func(ds *model.Dataset, id string, o pdfOptions) ([]byte, pdf.Warnings, error) {
	fd, err := situationFlow(ds, id, o)
	if err != nil {
		return nil, nil, err
	}
	return pdf.Render(fd)
}, situationFlow}

func situationFlow(ds *model.Dataset, id string, o pdfOptions) (*flow.Document, error) {
	in, ok := pdf.SituationInputFrom(ds, id)
	if !ok {
		return nil, model.Errorf(model.CodeRecordNotFound, "Kind", string(model.KindSituation), "ID", id)
	}
	in.ProgramVersion, in.Lang, in.Public = version, o.lang, o.public
	return pdf.SituationFlow(in)
}

// actionPlanFlow is the åtgärdsplan record named by --plan, or the newest
// fastställd, else the draft.
func actionPlanFlow(ds *model.Dataset, _ string, o pdfOptions) (*flow.Document, error) {
	if len(model.Plans(ds, "")) == 0 && o.plan == "" {
		// A file without plan records has the live view only.
		o.outline = &flow.Document{}
		in := pdf.PlanInputFrom(ds, o.today)
		in.ProgramVersion, in.Lang, in.Outline, in.Public = version, o.lang, o.outline, o.public
		if _, _, err := pdf.Plan(in); err != nil {
			return nil, err
		}
		return o.outline, nil
	}
	in, ok := pdf.ActionPlanInputFrom(ds, o.plan, o.today)
	if !ok {
		return nil, model.Errorf(model.CodeRecordNotFound, "Kind", string(model.KindPlan), "ID", o.plan)
	}
	in.ProgramVersion, in.Lang, in.Public = version, o.lang, o.public
	return pdf.ActionPlanFlow(in)
}

func actionPlanPDF(ds *model.Dataset, o pdfOptions) ([]byte, pdf.Warnings, error) {
	fd, err := actionPlanFlow(ds, "", o)
	if err != nil {
		return nil, nil, err
	}
	return pdf.Render(fd)
}

// runDocx: docx FILE KIND [ID] -o OUT.docx [--public] [--plan ID]
// [--lang sv|en] [--from DATE] [--to DATE]: the same document as pdf, as
// Word.
func runDocx(c *call, args []string) int {
	fs := c.flags()
	out := fs.String("o", "", "")
	from := fs.String("from", "", "")
	to := fs.String("to", "", "")
	lang := fs.String("lang", "sv", "")
	public := fs.Bool("public", false, "")
	plan := fs.String("plan", "", "")
	today := fs.String("today", string(model.DateOf(time.Now())), "")
	pos, err := parse(fs, args)
	if err != nil {
		c.line("cli.badFlag", "Error", err.Error(), "Usage", c.text("cli.usage.docx"))
		return exitUsage
	}
	if len(pos) < 2 || *out == "" || (*lang != "sv" && *lang != "en") {
		return c.usage()
	}
	var doc *document
	for i := range documents {
		if documents[i].kind == pos[1] {
			doc = &documents[i]
		}
	}
	if doc == nil || doc.flow == nil {
		c.line("cli.badDocument", "Kind", pos[1], "Kinds", wordKinds())
		return exitUsage
	}
	if (doc.needsID && len(pos) != 3) || (!doc.needsID && len(pos) != 2) {
		return c.usage()
	}
	o := pdfOptions{lang: *lang, from: model.Date(*from), to: model.Date(*to), today: model.Date(*today), public: *public, plan: *plan}
	for _, d := range []model.Date{o.from, o.to, o.today} {
		if d != "" && !d.Valid() {
			c.line("cli.badDate", "Date", string(d))
			return exitUsage
		}
	}
	if samePath(pos[0], *out) {
		c.line("cli.sameFile", "Path", *out)
		return exitUsage
	}
	var ds *model.Dataset
	if err := readOnly(pos[0], func(d *storage.Document) error {
		var err error
		ds, err = d.Load()
		return err
	}); err != nil {
		return c.failAt(pos[0], err)
	}
	id := ""
	if doc.needsID {
		id = pos[2]
	}
	fd, err := doc.flow(ds, id, o)
	if err != nil {
		return c.fail(err)
	}
	var b bytes.Buffer
	if err := docx.Write(&b, fd); err != nil {
		return c.fail(err)
	}
	if err := writeFile(*out, b.Bytes()); err != nil {
		return c.failAt(*out, err)
	}
	c.line("cli.docx.written", "Path", *out)
	c.classLine(doc.kind, o.public)
	return exitOK
}

// wordKinds names the kinds docx writes.
func wordKinds() string {
	var names []string
	for _, d := range documents {
		if d.flow != nil {
			names = append(names, d.kind)
		}
	}
	return strings.Join(names, ", ")
}

// runAdopt: adopt FILE PLAN-ID --by BESLUTSINSTANS --date DATE --paragraph
// § --dnr DIARIENUMMER. It fastställer a draft plan: its rows are copied
// from the lägesbild's records as they stand, the decision recorded, and
// the plan locked. A plan of the same lägesbild fastställd before is
// marked Ersatt.
func runAdopt(c *call, args []string) int {
	fs := c.flags()
	by := fs.String("by", "", "")
	date := fs.String("date", "", "")
	paragraph := fs.String("paragraph", "", "")
	dnr := fs.String("dnr", "", "")
	pos, ok := c.args(fs, args, 2)
	if !ok {
		return exitUsage
	}
	dec := model.PlanDecision{By: strings.TrimSpace(*by), Date: model.Date(*date), Paragraph: strings.TrimSpace(*paragraph),
		Diarienummer: strings.TrimSpace(*dnr)}
	d, err := storage.Open(pos[0], storage.Options{})
	if err != nil {
		return c.failAt(pos[0], err)
	}
	defer d.Discard()
	ds, err := d.Load()
	if err != nil {
		return c.failAt(pos[0], err)
	}
	var plan *model.ActionPlan
	for _, p := range model.Plans(ds, "") {
		if p.ID == pos[1] {
			plan = p
		}
	}
	if plan == nil {
		return c.fail(model.Errorf(model.CodeRecordNotFound, "Kind", string(model.KindPlan), "ID", pos[1]))
	}
	if err := plan.Adopt(dec, model.BuildPlanFor(ds, plan.SituationID, dec.Date), time.Now()); err != nil {
		return c.fail(err)
	}
	changed := []model.Record{plan}
	for _, p := range model.Plans(ds, plan.SituationID) {
		if p.ID != plan.ID && p.State == model.PlanAdopted {
			p.Supersede(plan.ID)
			changed = append(changed, p)
		}
	}
	if err := d.Put(changed...); err != nil {
		return c.failAt(pos[0], err)
	}
	if err := commit(d); err != nil {
		return c.failAt(pos[0], err)
	}
	fmt.Fprintln(c.stdout, c.text("cli.adopt.done", "Title", plan.Title, "Decision", pdf.DecisionLine(c.lang, dec),
		"Short", model.ShortFingerprint(plan.Fingerprint)))
	return exitOK
}

// lawListText is what `list` shows for a lägesbild or a plan; ok is false
// for other records.
func lawListText(c *call, r model.Record) (string, bool) {
	switch v := r.(type) {
	case *model.Situation:
		return strings.Join([]string{string(v.Date), oneLine(v.Title), c.text("cli.list.tables", "Count", len(v.Tables))}, "\t"), true
	case *model.ActionPlan:
		state := c.text("pdf.actionplan.state." + string(v.State))
		if v.State == model.PlanDraft {
			state = c.text("pdf.actionplan.state.draft")
		}
		line := []string{string(v.From) + "–" + string(v.To), state, oneLine(v.Title), v.SituationID}
		if v.State.Locked() {
			line = append(line, oneLine(pdf.DecisionLine(c.lang, v.Decision)))
		}
		return strings.Join(line, "\t"), true
	}
	return "", false
}

// Every kind drawn straight onto the page is written as Word from its
// outline (see outlined).
func init() {
	for i := range documents {
		if documents[i].flow == nil {
			documents[i].flow = outlined(documents[i].make)
		}
	}
}

// outlined returns the Word layout of a kind drawn straight onto the page:
// the document is made once, and its outline recorded as it is drawn.
func outlined(make func(*model.Dataset, string, pdfOptions) ([]byte, pdf.Warnings, error)) func(*model.Dataset, string, pdfOptions) (*flow.Document, error) {
	return func(ds *model.Dataset, id string, o pdfOptions) (*flow.Document, error) {
		o.outline = &flow.Document{}
		if _, _, err := make(ds, id, o); err != nil {
			return nil, err
		}
		return o.outline, nil
	}
}
