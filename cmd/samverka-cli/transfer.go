package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"samverka/exchange"
	"samverka/model"
	"samverka/storage"
)

// transferCommands move a whole council in and out of a data file as JSON.
var transferCommands = []command{
	{name: "export", run: runExport},
	{name: "import", run: runImport},
}

// runExport: export FILE --json OUT. The export is the council's whole
// model.Dataset, tombstones included, each kind in id order, indented: the
// same file gives the same bytes. OUT "-" is standard output.
func runExport(c *call, args []string) int {
	if sheetFlag(args) {
		return runExportSheets(c, args)
	}
	fs := c.flags()
	out := fs.String("json", "", "")
	pos, ok := c.args(fs, args, 1)
	if !ok {
		return exitUsage
	}
	if *out == "" {
		return c.usage()
	}
	if *out != "-" && samePath(pos[0], *out) {
		c.line("cli.sameFile", "Path", *out)
		return exitUsage
	}
	ds, err := storage.Load(pos[0], storage.Options{})
	if err != nil {
		return c.failAt(pos[0], err)
	}
	var buf bytes.Buffer
	if err := exchange.WriteJSON(&buf, ds); err != nil {
		return c.fail(err)
	}
	if *out == "-" {
		if _, err := c.stdout.Write(buf.Bytes()); err != nil {
			return c.fail(err)
		}
		return exitOK
	}
	if err := writeFile(*out, buf.Bytes()); err != nil {
		return c.failAt(*out, err)
	}
	return exitOK
}

// runImport: import FILE --json IN. A new FILE is made for the export's
// council; an existing one must hold the same council. Every record is
// validated before anything is written; records are written as they are,
// meta data included, so that export and import round-trip exactly.
func runImport(c *call, args []string) int {
	if sheetFlag(args) {
		return runImportCSV(c, args)
	}
	fs := c.flags()
	in := fs.String("json", "", "")
	pos, ok := c.args(fs, args, 1)
	if !ok {
		return exitUsage
	}
	if *in == "" {
		return c.usage()
	}
	path := pos[0]
	ds, err := readExport(*in, c.stdinOr())
	var problems exchange.ImportProblems
	if errors.As(err, &problems) && len(problems) > 1 {
		for _, e := range problems {
			fmt.Fprintf(c.stderr, "%s: %s\n", *in, c.describe(e))
		}
		c.line("cli.import.nothing", "Path", *in, "N", len(problems))
		return exitRefused
	}
	if len(problems) == 1 {
		err = problems[0] // one problem, one line, as every refusal
	}
	if err != nil {
		return c.failAt(*in, err)
	}
	if _, err := os.Lstat(path); errors.Is(err, os.ErrNotExist) {
		n, err := write(path, ds)
		if err != nil {
			return c.failAt(path, err)
		}
		fmt.Fprintln(c.stdout, c.text("cli.imported", "Path", path, "N", n))
		return exitOK
	}
	d, err := storage.Open(path, storage.Options{})
	if err != nil {
		return c.failAt(path, err)
	}
	if ours := d.Council(); ours.ID != ds.Council.ID {
		d.Discard()
		c.line("cli.otherCouncil", "Path", path, "Ours", ours.Name, "Theirs", ds.Council.Name)
		return exitRefused
	}
	if err := d.Import(ds); err != nil {
		d.Discard()
		return c.failAt(path, err)
	}
	if err := commit(d); err != nil {
		return c.failAt(path, err)
	}
	fmt.Fprintln(c.stdout, c.text("cli.imported", "Path", path, "N", liveCount(ds)))
	return exitOK
}

// stdinOr returns standard input for "-"; tests replace it.
func (c *call) stdinOr() io.Reader { return stdin }

var stdin io.Reader = os.Stdin

// readExport reads and checks a JSON export (exchange.ReadJSON).
func readExport(name string, stdin io.Reader) (*model.Dataset, error) {
	data, err := readLimited(name, stdin, maxExport)
	if err != nil {
		return nil, err
	}
	return exchange.ReadJSON(data)
}

// fileError turns an operating-system error reading or writing a JSON file
// into the *model.Error a user can act on.
func fileError(err error) error {
	switch {
	case errors.Is(err, os.ErrNotExist):
		return &model.Error{Code: model.CodeNotFound, Err: err}
	case errors.Is(err, os.ErrPermission):
		return &model.Error{Code: model.CodePermission, Err: err}
	}
	return err
}

// writeFile writes data to path whole (storage.WriteFile), so that a
// failed export never leaves half a file.
func writeFile(path string, data []byte) error {
	if err := storage.WriteFile(path, data); err != nil {
		return fileError(err)
	}
	return nil
}

// samePath reports whether a and b name the same file.
func samePath(a, b string) bool {
	fa, errA := os.Stat(a)
	fb, errB := os.Stat(b)
	if errA == nil && errB == nil {
		return os.SameFile(fa, fb)
	}
	absA, _ := filepath.Abs(a)
	absB, _ := filepath.Abs(b)
	return absA == absB
}
