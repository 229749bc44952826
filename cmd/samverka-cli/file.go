package main

import (
	"fmt"
	"os"
	"strings"
	"time"

	"samverka/demo"
	"samverka/model"
	"samverka/storage"
)

// fileCommands make and check whole data files.
var fileCommands = []command{
	{name: "new", run: runNew},
	{name: "demo", run: runDemo},
	{name: "check", run: runCheck},
}

// runNew: new FILE --council NAME [--district D]
func runNew(c *call, args []string) int {
	fs := c.flags()
	name := fs.String("council", "", "")
	district := fs.String("district", "", "")
	encrypt := fs.Bool("encrypt", false, "")
	pos, ok := c.args(fs, args, 1)
	if !ok {
		return exitUsage
	}
	if strings.TrimSpace(*name) == "" {
		return c.usage()
	}
	opt, ok := c.createOptions(pos[0], *encrypt)
	if !ok {
		return exitRefused
	}
	council := &model.Council{Name: strings.TrimSpace(*name), District: strings.TrimSpace(*district)}
	d, err := storage.Create(pos[0], council, opt)
	if err != nil {
		return c.failAt(pos[0], err)
	}
	recovery := d.RecoveryKey()
	if err := commit(d); err != nil {
		return c.failAt(pos[0], err)
	}
	fmt.Fprintln(c.stdout, c.text("cli.created", "Path", pos[0], "Council", council.Name))
	if *encrypt {
		c.tellRecovery(recovery)
	}
	return exitOK
}

// runDemo: demo FILE [--scale small|stockholm] [--seed N] [--today DATE].
// The council lives on --today, by default the real today.
func runDemo(c *call, args []string) int {
	fs := c.flags()
	scale := fs.String("scale", string(demo.Small), "")
	seed := fs.Int64("seed", 1, "")
	today := fs.String("today", string(model.DateOf(time.Now())), "")
	encrypt := fs.Bool("encrypt", false, "")
	pos, ok := c.args(fs, args, 1)
	if !ok {
		return exitUsage
	}
	if !demo.Scale(*scale).Valid() {
		c.line("cli.badScale", "Scale", *scale)
		return exitUsage
	}
	if !model.Date(*today).Valid() {
		c.line("cli.badDate", "Date", *today)
		return exitUsage
	}
	path := pos[0]
	if _, err := os.Lstat(path); err == nil {
		return c.failAt(path, model.Errorf(storage.CodeExists, "Path", path))
	}
	opt, ok := c.createOptions(path, *encrypt)
	if !ok {
		return exitRefused
	}
	ds := demo.GenerateAt(demo.Scale(*scale), *seed, model.Date(*today))
	n, recovery, err := writeWith(path, ds, opt)
	if err != nil {
		return c.failAt(path, err)
	}
	fmt.Fprintln(c.stdout, c.text("cli.demo.made", "Path", path, "Council", ds.Council.Name, "N", n))
	if *encrypt {
		c.tellRecovery(recovery)
	}
	return exitOK
}

// write creates the data file path holding exactly ds and returns how many
// live records it holds.
func write(path string, ds *model.Dataset) (int, error) {
	n, _, err := writeWith(path, ds, storage.Options{})
	return n, err
}

// writeWith is write with options: with a passphrase the file is
// protected, and its recovery key is returned.
func writeWith(path string, ds *model.Dataset, opt storage.Options) (int, string, error) {
	d, err := storage.CreateFrom(path, ds, opt)
	if err != nil {
		return 0, "", err
	}
	recovery := d.RecoveryKey()
	if err := commit(d); err != nil {
		return 0, "", err
	}
	return liveCount(ds), recovery, nil
}

// createOptions are the options a new file is created with: with
// --encrypt, its passphrase.
func (c *call) createOptions(path string, encrypt bool) (storage.Options, bool) {
	if !encrypt {
		return storage.Options{}, true
	}
	pass, err := c.newPassphrase(false)
	if err == nil && pass == "" {
		err = model.Errorf(storage.CodeNeedPassphrase)
	}
	if err != nil {
		c.failAt(path, err)
		return storage.Options{}, false
	}
	return storage.Options{Passphrase: pass}, true
}

// liveCount counts ds's records that are not tombstones.
func liveCount(ds *model.Dataset) int {
	n := 0
	ds.Each(func(r model.Record) {
		if !r.RecordMeta().Deleted {
			n++
		}
	})
	return n
}

// runCheck: check FILE. It reads the file through a private copy and never
// changes it. A good file someone has open is reported as open elsewhere.
func runCheck(c *call, args []string) int {
	pos, ok := c.args(c.flags(), args, 1)
	if !ok {
		return exitUsage
	}
	path := pos[0]
	st, err := storage.Check(path)
	if err != nil {
		return c.failAt(path, err)
	}
	note, err := storage.ReadLock(path)
	if err != nil {
		return c.failAt(path, err)
	}
	if note != nil && !note.Stale {
		return c.failAt(path, model.Errorf(model.CodeLocked,
			"User", note.User, "Host", note.Host, "Since", note.Since.Local().Format("2006-01-02 15:04")))
	}
	fmt.Fprintln(c.stdout, c.text("cli.ok", "N", st.Total))
	return exitOK
}
