package model

import "time"

// Date is a calendar date written YYYY-MM-DD, the only date form Samverka
// shows or stores. The empty Date means "not set". Valid dates compare
// correctly as strings.
type Date string

// DateLayout is Date's layout for the time package.
const DateLayout = "2006-01-02"

// DateOf returns the calendar date of t in t's own location.
func DateOf(t time.Time) Date { return Date(t.Format(DateLayout)) }

// Valid reports whether d is a real calendar date in YYYY-MM-DD form.
func (d Date) Valid() bool {
	if len(d) != 10 {
		return false
	}
	_, err := time.Parse(DateLayout, string(d))
	return err == nil
}

// IsZero reports whether d is unset.
func (d Date) IsZero() bool { return d == "" }

// Time returns d as midnight UTC; the zero time when d is not valid.
func (d Date) Time() time.Time {
	t, err := time.Parse(DateLayout, string(d))
	if err != nil {
		return time.Time{}
	}
	return t
}

// Year returns d's year, or 0 when d is not valid.
func (d Date) Year() int {
	if !d.Valid() {
		return 0
	}
	return d.Time().Year()
}

// Before reports whether d is a set date strictly before e.
func (d Date) Before(e Date) bool { return d != "" && e != "" && d < e }

// AddDays returns d moved by n days.
func (d Date) AddDays(n int) Date {
	if !d.Valid() {
		return d
	}
	return DateOf(d.Time().AddDate(0, 0, n))
}

// String returns d as written.
func (d Date) String() string { return string(d) }
