package exchange

import (
	"bytes"
	"cmp"
	"fmt"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"samverka/assets"
	"samverka/model"
)

// CalendarInput is what a calendar export is made from.
type CalendarInput struct {
	Council   *model.Council // may be nil
	Meetings  []*model.Meeting
	Deadlines []*model.Deadline
	Parts     []*model.Part // name the aktör responsible for a deadline
	// From and To bound the deadlines' occurrences; meetings are all
	// exported. Empty means unbounded on that side, which a repeating
	// deadline without an end date does not allow: Calendar then exports
	// the year before and the two years after Today.
	From, To model.Date
	Today    model.Date
	// Lang is the language of the texts: "sv" (the default) or "en".
	Lang string
}

// CalendarTZ is the time zone meeting times are in: the councils meet in
// Sweden.
const CalendarTZ = "Europe/Stockholm"

// meetingHours is how long a meeting without an end time is shown.
const meetingHours = 2

// Calendar returns the council's meetings and årshjul deadlines as an
// iCalendar file (RFC 5545) that Outlook and the macOS and iOS calendars
// import: CRLF line ends, lines folded at 75 octets on character
// boundaries, meetings in Europe/Stockholm time with the zone described
// in a VTIMEZONE, deadlines as all-day events. Every event's UID is made
// from its record's id (and a deadline occurrence's date), and SEQUENCE
// from its revision, so importing a later export updates the events
// instead of adding them twice. The output depends only on the records:
// DTSTAMP is the record's last change.
func Calendar(in CalendarInput) []byte {
	lang := cmp.Or(in.Lang, "sv")
	tr := func(key string, kv ...any) string {
		args := map[string]any{}
		for i := 0; i+1 < len(kv); i += 2 {
			args[fmt.Sprint(kv[i])] = kv[i+1]
		}
		return assets.Message(lang, key, args)
	}
	w := &icsWriter{}
	w.prop("BEGIN", "VCALENDAR")
	w.prop("VERSION", "2.0")
	w.prop("PRODID", "-//Samverka//Samverka//"+strings.ToUpper(lang))
	w.prop("CALSCALE", "GREGORIAN")
	w.prop("METHOD", "PUBLISH")
	if in.Council != nil && in.Council.Name != "" {
		w.prop("X-WR-CALNAME", icsText(in.Council.Name))
	}
	w.prop("X-WR-TIMEZONE", CalendarTZ)
	w.raw(stockholmZone)

	meetings := model.Live(in.Meetings)
	slices.SortStableFunc(meetings, func(a, b *model.Meeting) int {
		return cmp.Or(cmp.Compare(a.Date, b.Date), cmp.Compare(a.StartTime, b.StartTime), cmp.Compare(a.ID, b.ID))
	})
	for _, m := range meetings {
		if m.Date.Valid() {
			meetingEvent(w, m, in.Council, tr)
		}
	}

	from, to := in.From, in.To
	if today := cmp.Or(in.Today, model.DateOf(time.Now())); from == "" && to == "" {
		from, to = model.DateOf(today.Time().AddDate(-1, 0, 0)), model.DateOf(today.Time().AddDate(2, 0, 0))
	} else if to == "" {
		to = model.DateOf(from.Time().AddDate(3, 0, 0))
	}
	parts := model.Index(in.Parts)
	var occ []model.Occurrence
	for _, d := range in.Deadlines {
		occ = append(occ, d.Occurrences(from, to)...)
	}
	slices.SortStableFunc(occ, func(a, b model.Occurrence) int {
		return cmp.Or(cmp.Compare(a.Due, b.Due), cmp.Compare(a.Deadline.ID, b.Deadline.ID))
	})
	for _, o := range occ {
		deadlineEvent(w, o, parts, tr)
	}
	w.prop("END", "VCALENDAR")
	return w.buf.Bytes()
}

// uidDomain ends every UID, as RFC 5545 recommends, so that UIDs made by
// Samverka never meet another program's.
const uidDomain = "@samverka.local"

// MeetingUID returns the UID of a meeting's event.
func MeetingUID(m *model.Meeting) string { return "meeting-" + m.ID + uidDomain }

// DeadlineUID returns the UID of one occurrence of a deadline.
func DeadlineUID(d *model.Deadline, due model.Date) string {
	return "deadline-" + d.ID + "-" + strings.ReplaceAll(string(due), "-", "") + uidDomain
}

func meetingEvent(w *icsWriter, m *model.Meeting, c *model.Council, tr func(string, ...any) string) {
	w.prop("BEGIN", "VEVENT")
	w.prop("UID", MeetingUID(m))
	w.prop("DTSTAMP", utcStamp(m.Modified))
	w.prop("LAST-MODIFIED", utcStamp(m.Modified))
	w.prop("SEQUENCE", fmt.Sprint(max(m.Rev-1, 0)))
	day := strings.ReplaceAll(string(m.Date), "-", "")
	if model.ValidTime(m.StartTime) {
		start, _ := time.Parse("2006-01-02 15:04", string(m.Date)+" "+m.StartTime)
		end := start.Add(meetingHours * time.Hour)
		if model.ValidTime(m.EndTime) && m.EndTime > m.StartTime {
			end, _ = time.Parse("2006-01-02 15:04", string(m.Date)+" "+m.EndTime)
		}
		w.prop("DTSTART;TZID="+CalendarTZ, start.Format("20060102T150405"))
		w.prop("DTEND;TZID="+CalendarTZ, end.Format("20060102T150405"))
	} else {
		w.prop("DTSTART;VALUE=DATE", day)
		w.prop("DTEND;VALUE=DATE", strings.ReplaceAll(string(m.Date.AddDays(1)), "-", ""))
	}
	council := ""
	if c != nil {
		council = c.Name
	}
	summary := tr("year.calendar.meeting", "Kind", tr("meetingKind."+string(m.Kind)), "Number", m.Number, "Council", council)
	w.prop("SUMMARY", icsText(strings.Join(strings.Fields(summary), " ")))
	if m.Place != "" {
		w.prop("LOCATION", icsText(m.Place))
	}
	var agenda []string
	for i, it := range m.Agenda {
		agenda = append(agenda, fmt.Sprintf("%d. %s", i+1, it.Title))
	}
	if len(agenda) > 0 {
		w.prop("DESCRIPTION", icsText(tr("year.calendar.agenda")+"\n"+strings.Join(agenda, "\n")))
	}
	w.prop("CATEGORIES", icsText(tr("year.calendar.meetingCategory")))
	w.prop("STATUS", "CONFIRMED")
	w.prop("END", "VEVENT")
}

func deadlineEvent(w *icsWriter, o model.Occurrence, parts map[string]*model.Part, tr func(string, ...any) string) {
	d := o.Deadline
	w.prop("BEGIN", "VEVENT")
	w.prop("UID", DeadlineUID(d, o.Due))
	w.prop("DTSTAMP", utcStamp(d.Modified))
	w.prop("LAST-MODIFIED", utcStamp(d.Modified))
	w.prop("SEQUENCE", fmt.Sprint(max(d.Rev-1, 0)))
	w.prop("DTSTART;VALUE=DATE", strings.ReplaceAll(string(o.Due), "-", ""))
	w.prop("DTEND;VALUE=DATE", strings.ReplaceAll(string(o.Due.AddDays(1)), "-", ""))
	summary := d.Title
	if o.Done() {
		summary = tr("year.calendar.done", "Title", d.Title)
	}
	w.prop("SUMMARY", icsText(summary))
	lines := []string{tr("year.deadlineKind." + string(d.Kind))}
	if p := parts[d.PartID]; p != nil {
		lines = append(lines, tr("year.calendar.responsible", "Part", p.Name))
	}
	if o.Done() {
		lines = append(lines, tr("year.calendar.doneOn", "Date", string(o.Completion.Done)))
	}
	if d.Notes != "" {
		lines = append(lines, d.Notes)
	}
	w.prop("DESCRIPTION", icsText(strings.Join(lines, "\n")))
	w.prop("CATEGORIES", icsText(tr("year.calendar.deadlineCategory")))
	// A deadline does not take up the day: it shows as free time.
	w.prop("TRANSP", "TRANSPARENT")
	w.prop("END", "VEVENT")
}

// utcStamp writes t as an iCalendar UTC date-time; a zero time (a record
// never saved) is written as the Unix epoch so that output stays stable.
func utcStamp(t time.Time) string {
	if t.IsZero() {
		t = time.Unix(0, 0)
	}
	return t.UTC().Format("20060102T150405Z")
}

// icsText escapes a TEXT value: backslash, semicolon, comma and line
// breaks (RFC 5545, 3.3.11).
func icsText(s string) string {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	r := strings.NewReplacer(`\`, `\\`, ";", `\;`, ",", `\,`, "\n", `\n`, "\r", `\n`)
	return r.Replace(s)
}

// icsWriter writes content lines, folded.
type icsWriter struct{ buf bytes.Buffer }

func (w *icsWriter) prop(name, value string) { w.line(name + ":" + value) }

// raw writes lines given with LF ends, as CRLF lines.
func (w *icsWriter) raw(lines string) {
	for _, l := range strings.Split(strings.TrimSpace(lines), "\n") {
		w.line(l)
	}
}

// maxOctets is the longest a content line may be, CRLF not counted.
const maxOctets = 75

// line writes one content line folded after at most 75 octets, never
// inside a UTF-8 sequence; a continuation line starts with a space, which
// counts towards its 75.
func (w *icsWriter) line(s string) {
	limit := maxOctets
	for len(s) > limit {
		cut := limit
		for cut > 0 && !utf8.RuneStart(s[cut]) {
			cut--
		}
		w.buf.WriteString(s[:cut])
		w.buf.WriteString("\r\n ")
		s = s[cut:]
		limit = maxOctets - 1
	}
	w.buf.WriteString(s)
	w.buf.WriteString("\r\n")
}

// stockholmZone describes Europe/Stockholm as EU summer time has ruled it
// since 1996: CEST from the last Sunday of March, CET from the last Sunday
// of October.
const stockholmZone = `
BEGIN:VTIMEZONE
TZID:Europe/Stockholm
X-LIC-LOCATION:Europe/Stockholm
BEGIN:DAYLIGHT
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
TZNAME:CEST
DTSTART:19700329T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
TZNAME:CET
DTSTART:19701025T030000
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
END:STANDARD
END:VTIMEZONE
`
