package kit_test

import (
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"samverka/app/internal/kit"
	"samverka/app/internal/sessiontest"
)

// calendarOnScreen returns the pop-up shown over the window, nil when none.
func calendarOnScreen(t *testing.T, w fyne.Window) *widget.PopUp {
	t.Helper()
	for _, o := range w.Canvas().Overlays().List() {
		if p, ok := o.(*widget.PopUp); ok && p.Visible() {
			return p
		}
	}
	return nil
}

// TestDatePickerSwedish is issue 19's seventh case for dates: the
// calendar beside a date field names months and days in Swedish, starts
// weeks on Monday, numbers them as ISO does, and writes the day chosen as
// YYYY-MM-DD.
func TestDatePickerSwedish(t *testing.T) {
	h := sessiontest.New(t)
	e := kit.NewDateEntry()
	h.Win.SetContent(container.NewVBox(e))
	e.SetText("3/12")
	test.Tap(kit.DateButton(e))
	first := calendarOnScreen(t, h.Win)
	if first == nil {
		t.Fatal("no calendar after tapping the button")
	}
	// "3/12" is 3 December of the year it is now, or the next.
	if c := first.Content.(*kit.Calendar); !strings.HasPrefix(c.Title.Text, "december ") || !strings.HasSuffix(string(c.Chosen), "-12-03") {
		t.Fatalf("calendar of 3/12: %q, chosen %q", c.Title.Text, c.Chosen)
	}
	first.Hide()

	c := kit.NewCalendar(time.Date(2026, 12, 3, 0, 0, 0, 0, time.UTC), nil)
	rows := c.Rows()
	// 1 December 2026 is a Tuesday of ISO week 49.
	if c.Title.Text != "december 2026" || rows[0] != "v. mån tis ons tor fre lör sön" || rows[1] != "49 · 1 2 3 4 5 6" {
		t.Fatalf("%q: %q", c.Title.Text, rows)
	}
	test.Tap(c.Next)
	// 1 January 2027 is a Friday in ISO week 53 of 2026.
	if rows := c.Rows(); c.Title.Text != "januari 2027" || rows[1] != "53 · · · · 1 2 3" || rows[2] != "1 4 5 6 7 8 9 10" {
		t.Fatalf("%q: %q", c.Title.Text, rows)
	}

	// Choosing a day in the calendar opened from the field writes it.
	e.SetText("2026-12-03")
	test.Tap(kit.DateButton(e))
	pop := calendarOnScreen(t, h.Win)
	if pop == nil {
		t.Fatal("no calendar")
	}
	shown, _ := pop.Content.(*kit.Calendar)
	if shown == nil || shown.Title.Text != "december 2026" || shown.Chosen != "2026-12-03" {
		t.Fatalf("calendar of the field: %+v", shown)
	}
	test.Tap(shown.Next)
	test.Tap(shown.Days[14])
	if e.Text != "2027-01-15" || pop.Visible() {
		t.Fatalf("chose %q, calendar still shown %v", e.Text, pop.Visible())
	}
}

// TestDateAndClockOf: dates and times as Swedes type them are read into
// the form the file keeps; what cannot be read is kept as typed, for
// validation to name.
func TestDateAndClockOf(t *testing.T) {
	today := sessiontest.TestToday // 2026-01-15
	for in, want := range map[string]string{
		"3/12": "2026-12-03", "3 dec": "2026-12-03", "2026-03-25": "2026-03-25",
		"10/1": "2027-01-10", " 2026-3-5 ": "2026-03-05", "31/2": "31/2", "": "",
	} {
		e := widget.NewEntry()
		e.SetText(in)
		if got := kit.DateOf(e, today); string(got) != want {
			t.Errorf("DateOf(%q) = %q, want %q", in, got, want)
		}
	}
	for in, want := range map[string]string{"15.00": "15:00", "15:00": "15:00", "1500": "15:00", "9.30": "09:30", "25.00": "25.00"} {
		e := widget.NewEntry()
		e.SetText(in)
		if got := kit.ClockOf(e); got != want {
			t.Errorf("ClockOf(%q) = %q, want %q", in, got, want)
		}
	}
}
