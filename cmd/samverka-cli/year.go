package main

import (
	"fmt"
	"strings"
	"time"

	"samverka/exchange"
	"samverka/model"
	"samverka/storage"
)

// yearCommands work with the council's year: its meetings and årshjul.
var yearCommands = []command{
	{name: "calendar", run: runCalendar},
}

// runCalendar: calendar FILE -o OUT.ics [--from DATE] [--to DATE]
// [--today DATE] [--lang sv|en]. It writes the meetings and the årshjul's
// deadlines as iCalendar; without --from and --to the deadlines of the
// year before and the two years after today.
func runCalendar(c *call, args []string) int {
	fs := c.flags()
	out := fs.String("o", "", "")
	from := fs.String("from", "", "")
	to := fs.String("to", "", "")
	today := fs.String("today", string(model.DateOf(time.Now())), "")
	lang := fs.String("lang", "sv", "")
	pos, err := parse(fs, args)
	if err != nil {
		c.line("cli.badFlag", "Error", err.Error(), "Usage", c.text("cli.usage.calendar"))
		return exitUsage
	}
	if len(pos) != 1 || *out == "" || (*lang != "sv" && *lang != "en") {
		return c.usage()
	}
	for _, d := range []string{*from, *to, *today} {
		if d != "" && !model.Date(d).Valid() {
			c.line("cli.badDate", "Date", d)
			return exitUsage
		}
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
	data := exchange.Calendar(exchange.CalendarInput{
		Council: ds.Council, Meetings: ds.Meetings, Deadlines: ds.Deadlines, Parts: ds.Parts,
		From: model.Date(*from), To: model.Date(*to), Today: model.Date(*today), Lang: *lang,
	})
	if err := writeFile(*out, data); err != nil {
		return c.failAt(*out, err)
	}
	c.line("cli.calendar.written", "Path", *out)
	return exitOK
}

// listText returns what `list` shows after a record's id: for dialogues
// and deadlines the date, kind and counts a samordnare looks for (for a
// deadline the next date on or after today not yet met), for other records
// their title or name.
func listText(c *call, r model.Record, today model.Date) string {
	if s, ok := lawListText(c, r); ok {
		return s
	}
	switch v := r.(type) {
	case *model.Dialogue:
		return strings.Join([]string{string(v.Date), c.text("year.dialogueKind." + string(v.Kind)), oneLine(v.Title), oneLine(v.Place),
			c.text("cli.list.people", "Count", v.People), c.text("cli.list.findings", "Count", len(v.Findings))}, "\t")
	case *model.Deadline:
		due := v.Due
		if next, ok := v.Next(today); ok {
			due = next.Due
		}
		return strings.Join([]string{string(due), c.text(fmt.Sprintf("year.repeat.%d", v.RepeatMonths)), oneLine(v.Title)}, "\t")
	}
	return oneLine(label(r))
}
