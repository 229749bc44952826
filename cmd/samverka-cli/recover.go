package main

import (
	"fmt"

	"samverka/model"
	"samverka/storage"
)

// integrityCommands deal with a file after a crash or damage.
var integrityCommands = []command{
	{name: "recover", run: runRecover},
	{name: "salvage", run: runSalvage},
}

// runSalvage: salvage FILE OUT. It writes a new data file OUT with every
// record of the damaged FILE that still verifies (storage.Salvage), prints
// how many of each kind, and names every record it lost. FILE is only read.
func runSalvage(c *call, args []string) int {
	pos, ok := c.args(c.flags(), args, 2)
	if !ok {
		return exitUsage
	}
	if samePath(pos[0], pos[1]) {
		c.line("cli.sameFile", "Path", pos[1])
		return exitUsage
	}
	rep, err := storage.Salvage(pos[0], pos[1], storage.Options{})
	if err != nil {
		return c.failAt(pos[0], err)
	}
	fmt.Fprintln(c.stdout, c.text("cli.salvage.done", "Path", pos[1], "N", rep.Total, "Council", rep.Council, "Lost", len(rep.Lost)))
	fmt.Fprintln(c.stdout, "kind\trescued")
	for _, k := range model.Kinds {
		if n := rep.Rescued[k]; n > 0 {
			fmt.Fprintf(c.stdout, "%s\t%d\n", k, n)
		}
	}
	for _, l := range rep.Lost {
		key := "cli.salvage.lost"
		if l.Older {
			key = "cli.salvage.older"
		}
		fmt.Fprintln(c.stdout, c.text(key, "Kind", string(l.Kind), "ID", l.ID))
	}
	if rep.Unreadable {
		fmt.Fprintln(c.stdout, c.text("cli.salvage.unreadable"))
	}
	return exitOK
}

// runRecover: recover FILE keep|discard. It answers the question a crash
// leaves: keep takes the unsaved changes back into FILE and saves it;
// discard throws them away. Without such changes it says so.
func runRecover(c *call, args []string) int {
	pos, ok := c.args(c.flags(), args, 2)
	if !ok {
		return exitUsage
	}
	path, choice := pos[0], pos[1]
	opt := storage.Options{}
	switch choice {
	case "keep":
		opt.Recover = true
	case "discard":
		opt.DiscardRecovery = true
	default:
		return c.usage()
	}
	// Without anything to recover a plain open succeeds: say so.
	if d, err := storage.Open(path, storage.Options{}); err == nil {
		if err := commit(d); err != nil {
			return c.failAt(path, err)
		}
		fmt.Fprintln(c.stdout, c.text("cli.recover.nothing", "Path", path))
		return exitOK
	} else if model.CodeOf(err) != model.CodeRecovery {
		return c.failAt(path, err)
	}
	d, err := storage.Open(path, opt)
	if err != nil {
		return c.failAt(path, err)
	}
	if err := commit(d); err != nil {
		return c.failAt(path, err)
	}
	fmt.Fprintln(c.stdout, c.text("cli.recover."+choice, "Path", path))
	return exitOK
}

// commit closes d, saving its changes. If that fails the changes are
// thrown away: a command's work is all or nothing and leaves no question
// of unsaved changes behind.
func commit(d *storage.Document) error {
	err := d.Close()
	if err != nil {
		d.Discard()
	}
	return err
}
