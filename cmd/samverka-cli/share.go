package main

import (
	"bytes"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"samverka/assets"
	"samverka/exchange"
	"samverka/model"
	"samverka/storage"
)

// shareCommands combine copies of a council's file and several councils'
// files. The spreadsheet forms of export and import are reached through
// those commands' --csv and --xlsx flags (see sheetFlag).
var shareCommands = []command{
	{name: "merge", run: runMerge},
	{name: "rollup", run: runRollup},
}

// runMerge: merge FILE OTHER. OTHER, another copy of FILE's council, is
// only read; FILE gets what OTHER has that it lacks (storage.MergeFrom)
// and is saved. A refusal leaves FILE as it was.
func runMerge(c *call, args []string) int {
	pos, ok := c.args(c.flags(), args, 2)
	if !ok {
		return exitUsage
	}
	path, other := pos[0], pos[1]
	if samePath(path, other) {
		c.line("cli.merge.sameFile", "Path", other)
		return exitUsage
	}
	d, err := storage.Open(path, storage.Options{})
	if err != nil {
		return c.failAt(path, err)
	}
	if d.Rollup() {
		d.Discard()
		return c.failAt(path, model.Errorf(storage.CodeRollup))
	}
	sum, err := d.MergeFrom(other)
	if err != nil {
		d.Discard()
		if model.CodeOf(err) == model.CodeOtherCouncil {
			return c.fail(err)
		}
		return c.failAt(other, err)
	}
	if err := commit(d); err != nil {
		return c.failAt(path, err)
	}
	c.mergeSummary(path, other, sum)
	return exitOK
}

// mergeSummary prints what a merge took: one line in words, a table of
// the counts per kind of record, and one line per conflict to review.
func (c *call) mergeSummary(path, other string, sum model.MergeSummary) {
	fmt.Fprintln(c.stdout, c.text("cli.merge.done", "Path", path, "Other", other,
		"Added", sum.Added, "Updated", sum.Updated, "Deleted", sum.Deleted, "Conflicts", len(sum.Conflicts)))
	if !sum.Changed() {
		return
	}
	fmt.Fprintln(c.stdout, "kind\tadded\tupdated\tdeleted\tconflicts")
	for _, k := range model.Kinds {
		if n := sum.ByKind[k]; n != nil && *n != (model.MergeCount{}) {
			fmt.Fprintf(c.stdout, "%s\t%d\t%d\t%d\t%d\n", k, n.Added, n.Updated, n.Deleted, n.Conflicts)
		}
	}
	for _, x := range sum.Conflicts {
		fmt.Fprintln(c.stdout, c.text("cli.merge.conflict", "Kind", string(x.Kind), "ID", x.RecordID, "Label", x.Label()))
	}
}

// runRollup: rollup OUT.samverka IN… writes a new, read-only file with
// every record of the IN files, each keeping its council.
func runRollup(c *call, args []string) int {
	pos, err := parse(c.flags(), args)
	if err != nil {
		c.line("cli.badFlag", "Error", err.Error(), "Usage", c.text("cli.usage."+c.cmd))
		return exitUsage
	}
	if len(pos) < 2 {
		return c.usage()
	}
	out, inputs := pos[0], pos[1:]
	st, err := storage.Rollup(out, inputs, storage.Options{})
	if pe, ok := err.(*fs.PathError); ok && pe.Op == "rollup" {
		return c.failAt(pe.Path, pe.Err)
	}
	if err != nil {
		return c.failAt(out, err)
	}
	fmt.Fprintln(c.stdout, c.text("cli.rollup.made", "Path", out, "N", len(st.Councils),
		"Councils", strings.Join(st.Councils, ", "), "Total", st.Total))
	return exitOK
}

// sheetFlag reports whether args ask export or import for CSV or XLSX
// rather than JSON.
func sheetFlag(args []string) bool {
	for _, a := range args {
		if a == "--" {
			return false
		}
		name, _, _ := strings.Cut(strings.TrimLeft(a, "-"), "=")
		if strings.HasPrefix(a, "-") && (name == "csv" || name == "xlsx") {
			return true
		}
	}
	return false
}

// runExportSheets: export FILE --csv DIR [--lang sv|en] writes one CSV
// file per list (parts, representatives, commitments) into DIR, named in
// the language; export FILE --xlsx OUT.xlsx [--lang sv|en] writes them as
// the sheets of one workbook. Headers are in the language, by default the
// program's.
func runExportSheets(c *call, args []string) int {
	c.cmd = "export.sheets"
	fs := c.flags()
	dir := fs.String("csv", "", "")
	book := fs.String("xlsx", "", "")
	lang := fs.String("lang", c.lang, "")
	pos, ok := c.args(fs, args, 1)
	if !ok {
		return exitUsage
	}
	if (*dir == "") == (*book == "") || !slices.Contains(assets.Languages, *lang) {
		return c.usage()
	}
	path := pos[0]
	if *book != "" && samePath(path, *book) {
		c.line("cli.sameFile", "Path", *book)
		return exitUsage
	}
	var ds *model.Dataset
	err := readOnly(path, func(d *storage.Document) error {
		var err error
		ds, err = d.Load()
		return err
	})
	if err != nil {
		return c.failAt(path, err)
	}
	if *book != "" {
		var buf bytes.Buffer
		if err := exchange.WriteXLSX(&buf, ds, *lang); err != nil {
			return c.fail(err)
		}
		if err := writeFile(*book, buf.Bytes()); err != nil {
			return c.failAt(*book, err)
		}
		fmt.Fprintln(c.stdout, c.text("cli.pdf.written", "Path", *book))
		return exitOK
	}
	if err := os.MkdirAll(*dir, 0o755); err != nil {
		return c.failAt(*dir, fileError(err))
	}
	for _, k := range exchange.ExportLists {
		var buf bytes.Buffer
		if err := exchange.WriteCSV(&buf, k, ds, *lang); err != nil {
			return c.fail(err)
		}
		name := filepath.Join(*dir, exchange.FileName(k, *lang))
		if err := writeFile(name, buf.Bytes()); err != nil {
			return c.failAt(name, err)
		}
		fmt.Fprintln(c.stdout, c.text("cli.csv.written", "Path", name, "N", liveOfKind(ds, k)))
	}
	return exitOK
}

// liveOfKind counts ds's live records of kind k.
func liveOfKind(ds *model.Dataset, k model.Kind) int {
	n := 0
	ds.Each(func(r model.Record) {
		if r.RecordKind() == k && !r.RecordMeta().Deleted {
			n++
		}
	})
	return n
}

// runImportCSV: import FILE --csv LIST IN.csv [--dry-run]. Every row is
// checked first; if any is rejected, each is listed with its line and
// reason and nothing is imported. Otherwise all rows are written in one
// transaction: rows without an id are new records, rows with a known id
// update that record. --dry-run only reports and never opens FILE for
// writing. IN "-" is standard input.
func runImportCSV(c *call, args []string) int {
	c.cmd = "import.csv"
	fs := c.flags()
	list := fs.String("csv", "", "")
	dry := fs.Bool("dry-run", false, "")
	pos, ok := c.args(fs, args, 2)
	if !ok {
		return exitUsage
	}
	if *list == "" {
		return c.usage()
	}
	kind, ok := exchange.ParseList(*list)
	if !ok {
		c.line("cli.csv.badList", "List", *list)
		return exitUsage
	}
	path, in := pos[0], pos[1]
	data, err := c.readInput(in)
	if err != nil {
		return c.failAt(in, err)
	}
	if *dry {
		var ds *model.Dataset
		err := readOnly(path, func(d *storage.Document) error {
			var err error
			ds, err = d.Load()
			return err
		})
		if err != nil {
			return c.failAt(path, err)
		}
		im, err := exchange.ReadCSV(bytes.NewReader(data), kind, ds)
		if err != nil {
			return c.failAt(in, err)
		}
		fmt.Fprintln(c.stdout, im.Summary(c.lang))
		return c.rejections(in, im)
	}
	d, err := storage.Open(path, storage.Options{})
	if err != nil {
		return c.failAt(path, err)
	}
	defer d.Discard() // a refusal keeps nothing; after commit it does nothing
	if d.Rollup() {
		return c.failAt(path, model.Errorf(storage.CodeRollup))
	}
	ds, err := d.Load()
	if err != nil {
		return c.failAt(path, err)
	}
	im, err := exchange.ReadCSV(bytes.NewReader(data), kind, ds)
	if err != nil {
		return c.failAt(in, err)
	}
	if len(im.Rejected) > 0 {
		return c.rejections(in, im)
	}
	if len(im.Records) > 0 {
		if err := d.Put(im.Records...); err != nil {
			return c.failAt(path, err)
		}
	}
	if err := commit(d); err != nil {
		return c.failAt(path, err)
	}
	fmt.Fprintln(c.stdout, c.text("cli.csv.imported", "Path", path, "New", im.New, "Updated", im.Updated, "Unchanged", im.Unchanged))
	return exitOK
}

// readInput reads the file name, or standard input for "-".
func (c *call) readInput(name string) ([]byte, error) {
	// One byte over the limit lets exchange say the file is too large.
	return readLimited(name, c.stdinOr(), exchange.MaxFileSize+1)
}

// rejections lists every rejected row of im on stderr, "line N: field:
// reason", then says that nothing was imported, and returns exitRefused;
// with none it returns exitOK.
func (c *call) rejections(in string, im *exchange.Import) int {
	if len(im.Rejected) == 0 {
		return exitOK
	}
	for _, e := range im.Rejected {
		reason := oneLine(assets.Message(c.lang, e.Err.Key(), e.Err.Args))
		field := e.Column
		if field == "" && e.Field != "" {
			field = oneLine(assets.Message(c.lang, model.FieldKey(e.Field), nil))
		}
		if field == "" {
			c.line("cli.csv.rejectedRow", "Line", e.Line, "Reason", reason)
		} else {
			c.line("cli.csv.rejected", "Line", e.Line, "Field", field, "Reason", reason)
		}
	}
	c.line("cli.csv.nothingImported", "Path", in, "N", len(im.RejectedLines()))
	return exitRefused
}
