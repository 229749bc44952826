package kit

import (
	"strconv"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"samverka/model"

	"samverka/app/internal/session"
)

// NewDateEntry returns an entry for a date with a calendar button at its
// right. Swedes type "3/12", "3 dec" or 2026-12-03 (read by DateOf); the
// calendar shows Swedish month and day names, weeks from Monday with
// their ISO numbers, and writes the day chosen as YYYY-MM-DD. Fyne's own
// DateEntry is not used: it names months in English and starts weeks on
// Sunday.
func NewDateEntry() *widget.Entry {
	e := widget.NewEntry()
	e.PlaceHolder = session.Tr("date.placeholder")
	b := widget.NewButtonWithIcon("", theme.CalendarIcon(), nil)
	b.Importance = widget.LowImportance
	b.OnTapped = func() { showCalendar(e) }
	e.ActionItem = b
	return e
}

// DateOf reads the date typed in e as Swedes write it (model.ParseDate,
// with today, or the computer's date when today is "", for dates without
// a year). Text it cannot read is returned as typed, so that validation
// names the field and nothing is lost.
func DateOf(e *widget.Entry, today model.Date) model.Date {
	text := strings.TrimSpace(e.Text)
	if text == "" {
		return ""
	}
	if today == "" {
		today = model.DateOf(time.Now())
	}
	if d, err := model.ParseDate(text, today); err == nil {
		return d
	}
	return model.Date(text)
}

// ClockOf reads a time of day typed as Swedes write it ("15.00", "1500")
// and returns it as HH:MM; text it cannot read is returned as typed, for
// validation to name.
func ClockOf(e *widget.Entry) string {
	text := strings.TrimSpace(e.Text)
	if c, ok := model.ParseClock(text); ok {
		return c
	}
	return text
}

// DateButton returns the calendar button of a date entry, nil for another
// entry; tests tap it.
func DateButton(e *widget.Entry) *widget.Button {
	b, _ := e.ActionItem.(*widget.Button)
	return b
}

// showCalendar opens the calendar under e, at the month of the date typed
// (or this month), and writes the day chosen into e.
func showCalendar(e *widget.Entry) {
	c := fyne.CurrentApp().Driver().CanvasForObject(e)
	if c == nil {
		return
	}
	start, chosen := time.Now(), model.Date("")
	if d, err := model.ParseDate(strings.TrimSpace(e.Text), model.Date(start.Format(model.DateLayout))); err == nil {
		start, chosen = d.Time(), d
	}
	var pop *widget.PopUp
	cal := NewCalendar(start, func(d model.Date) {
		e.SetText(string(d))
		pop.Hide()
		c.Focus(e)
	})
	cal.Chosen = chosen
	cal.show()
	pop = widget.NewPopUp(cal, c)
	pos := fyne.CurrentApp().Driver().AbsolutePositionForObject(e)
	pos.Y += e.Size().Height
	// Keep the calendar inside the window.
	size := pop.MinSize()
	if over := pos.Y + size.Height - c.Size().Height; over > 0 {
		pos.Y = max(0, pos.Y-over)
	}
	if over := pos.X + size.Width - c.Size().Width; over > 0 {
		pos.X = max(0, pos.X-over)
	}
	pop.ShowAtPosition(pos)
}

// Calendar is one month of days to choose from, Monday first, each week
// with its ISO number.
type Calendar struct {
	widget.BaseWidget
	content *fyne.Container
	// Title names the month shown ("december 2026"); Prev and Next
	// change it.
	Title      *widget.Label
	Prev, Next *widget.Button
	// Days are the buttons of the month's days, the 1st first.
	Days []*widget.Button
	// Chosen is the day marked as chosen, "" for none.
	Chosen model.Date
	month  time.Time
	days   *fyne.Container
	onPick func(model.Date)
}

// NewCalendar shows the month of at; onPick gets the day tapped.
func NewCalendar(at time.Time, onPick func(model.Date)) *Calendar {
	c := &Calendar{onPick: onPick, Title: widget.NewLabelWithStyle("", fyne.TextAlignCenter, fyne.TextStyle{Bold: true})}
	c.month = time.Date(at.Year(), at.Month(), 1, 0, 0, 0, 0, time.UTC)
	c.Prev = widget.NewButtonWithIcon("", theme.NavigateBackIcon(), func() { c.month = c.month.AddDate(0, -1, 0); c.show() })
	c.Next = widget.NewButtonWithIcon("", theme.NavigateNextIcon(), func() { c.month = c.month.AddDate(0, 1, 0); c.show() })
	c.days = container.NewGridWithColumns(8)
	c.content = container.NewBorder(container.NewBorder(nil, nil, c.Prev, c.Next, c.Title), nil, nil, nil, c.days)
	c.ExtendBaseWidget(c)
	c.show()
	return c
}

func (c *Calendar) CreateRenderer() fyne.WidgetRenderer { return widget.NewSimpleRenderer(c.content) }

// Rows returns what the calendar shows under its title, a line a row:
// "v. mån tis … sön", then each week's number and its days ("·" for a
// day of another month).
func (c *Calendar) Rows() []string {
	var rows []string
	var row []string
	for i, o := range c.days.Objects {
		text := "·"
		switch x := o.(type) {
		case *widget.Label:
			if x.Text != "" {
				text = x.Text
			}
		case *widget.Button:
			text = x.Text
		}
		row = append(row, text)
		if i%8 == 7 {
			rows = append(rows, strings.Join(row, " "))
			row = nil
		}
	}
	return rows
}

// Month returns the first day of the month shown.
func (c *Calendar) Month() model.Date { return model.Date(c.month.Format(model.DateLayout)) }

// MonthName returns the name of month in the user's language, lower case
// in Swedish ("december").
func MonthName(m time.Month) string { return session.Tr("calendar.month." + strconv.Itoa(int(m))) }

// weekdayKeys are the short day names' keys, Monday first.
var weekdayKeys = []string{"mon", "tue", "wed", "thu", "fri", "sat", "sun"}

// show draws the month: a header of day names, then a row a week.
func (c *Calendar) show() {
	c.Title.SetText(MonthName(c.month.Month()) + " " + strconv.Itoa(c.month.Year()))
	objs := []fyne.CanvasObject{heading(session.Tr("calendar.week"))}
	for _, k := range weekdayKeys {
		objs = append(objs, heading(session.Tr("calendar.day."+k)))
	}
	c.Days = nil
	// Monday of the week of the 1st: Go's weeks begin on Sunday (0).
	lead := (int(c.month.Weekday()) + 6) % 7
	day := c.month.AddDate(0, 0, -lead)
	for day.Before(c.month.AddDate(0, 1, 0)) {
		_, week := day.ISOWeek()
		objs = append(objs, heading(strconv.Itoa(week)))
		for i := 0; i < 7; i++ {
			if day.Month() != c.month.Month() {
				objs = append(objs, widget.NewLabel(""))
			} else {
				d := model.Date(day.Format(model.DateLayout))
				b := widget.NewButton(strconv.Itoa(day.Day()), func() {
					if c.onPick != nil {
						c.onPick(d)
					}
				})
				if d == c.Chosen {
					b.Importance = widget.HighImportance
				}
				c.Days = append(c.Days, b)
				objs = append(objs, b)
			}
			day = day.AddDate(0, 0, 1)
		}
	}
	c.days.Objects = objs
	c.days.Refresh()
}

// heading is a faint centred label of the calendar's header and week column.
func heading(text string) *widget.Label {
	l := widget.NewLabelWithStyle(text, fyne.TextAlignCenter, fyne.TextStyle{})
	l.Importance = widget.LowImportance
	return l
}
