package main

import (
	"fmt"
	"strings"
	"time"

	"samverka/exchange"
	"samverka/model"
	"samverka/storage"
)

// readCommands show what a data file holds without changing it.
var readCommands = []command{
	{name: "stats", run: runStats},
	{name: "list", run: runList},
}

// runStats: stats FILE [--json]. It reads the counts the file keeps in its
// record index (storage.Reader.Stats), not the records.
func runStats(c *call, args []string) int {
	fs := c.flags()
	asJSON := fs.Bool("json", false, "")
	pos, ok := c.args(fs, args, 1)
	if !ok {
		return exitUsage
	}
	var st storage.Stats
	err := byNeed(pos[0], func(r *storage.Reader) error {
		var err error
		st, err = r.Stats()
		return err
	})
	if err != nil {
		return c.failAt(pos[0], err)
	}
	if *asJSON {
		counts := map[string]int{}
		for _, k := range model.Kinds {
			counts[string(k)] = st.Counts[k]
		}
		return c.writeJSON(struct {
			Council string         `json:"council"`
			Counts  map[string]int `json:"counts"`
			Total   int            `json:"total"`
		}{st.Council, counts, st.Total})
	}
	fmt.Fprintf(c.stdout, "council\t%s\n", st.Council)
	for _, k := range model.Kinds {
		if k != model.KindCouncil {
			fmt.Fprintf(c.stdout, "%s\t%d\n", k, st.Counts[k])
		}
	}
	fmt.Fprintf(c.stdout, "total\t%d\n", st.Total)
	return exitOK
}

// runList: list FILE KIND [--json]: one line per live record, its id, a
// tab and its title or name.
func runList(c *call, args []string) int {
	fs := c.flags()
	asJSON := fs.Bool("json", false, "")
	today := fs.String("today", string(model.DateOf(time.Now())), "")
	pos, ok := c.args(fs, args, 2)
	if !ok {
		return exitUsage
	}
	if !model.Date(*today).Valid() {
		c.line("cli.badDate", "Date", *today)
		return exitUsage
	}
	kind, ok := kindNamed(pos[1])
	if !ok {
		c.line("cli.badKind", "Kind", pos[1], "Kinds", kindNames())
		return exitUsage
	}
	var recs []model.Record
	err := byNeed(pos[0], func(r *storage.Reader) error {
		var err error
		recs, err = r.List(kind)
		return err
	})
	if err != nil {
		return c.failAt(pos[0], err)
	}
	if *asJSON {
		if recs == nil {
			recs = []model.Record{}
		}
		return c.writeJSON(recs)
	}
	for _, r := range recs {
		fmt.Fprintf(c.stdout, "%s\t%s\n", oneLine(r.RecordMeta().ID), listText(c, r, model.Date(*today)))
	}
	return exitOK
}

// kindNamed returns the record kind called name, singular or plural.
func kindNamed(name string) (model.Kind, bool) {
	name = strings.ToLower(name)
	for _, k := range model.Kinds {
		if string(k) == name || string(k) == name+"s" {
			return k, true
		}
	}
	return "", false
}

func kindNames() string {
	names := make([]string, len(model.Kinds))
	for i, k := range model.Kinds {
		names[i] = string(k)
	}
	return strings.Join(names, ", ")
}

// label returns what a list shows for r: its title or name.
func label(r model.Record) string {
	if l, ok := r.(interface{ Label() string }); ok && l.Label() != "" {
		return l.Label()
	}
	return r.RecordMeta().ID
}

// readOnly opens path read-only (no lock note, never saved), runs fn and
// closes it.
func readOnly(path string, fn func(*storage.Document) error) error {
	d, err := storage.Open(path, storage.Options{ReadOnly: true})
	if err != nil {
		return err
	}
	err = fn(d)
	if cerr := d.Close(); err == nil {
		err = cerr
	}
	return err
}

// byNeed opens path to be read by need (storage.Reader), runs fn and
// closes it.
func byNeed(path string, fn func(*storage.Reader) error) error {
	r, err := storage.OpenReader(path, "")
	if err != nil {
		return err
	}
	err = fn(r)
	if cerr := r.Close(); err == nil {
		err = cerr
	}
	return err
}

// writeJSON writes v to stdout as indented JSON.
func (c *call) writeJSON(v any) int {
	if err := exchange.EncodeJSON(c.stdout, v); err != nil {
		return c.fail(err)
	}
	return exitOK
}
