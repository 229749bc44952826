package demo

import (
	"time"

	"samverka/model"
)

// publicHoliday reports whether d is a Swedish public holiday (allmän
// helgdag) or one of the eves that are treated as such at work
// (midsommarafton, julafton, nyårsafton): no council meets on one.
func publicHoliday(d model.Date) bool {
	t := d.Time()
	y, m, day := t.Date()
	switch {
	case m == time.January && (day == 1 || day == 6),
		m == time.May && day == 1,
		m == time.June && day == 6,
		m == time.December && (day == 24 || day == 25 || day == 26 || day == 31):
		return true
	}
	easter := easterSunday(y)
	for _, off := range []int{-2, 0, 1, 39} { // långfredag, påskdagen, annandag påsk, Kristi himmelsfärd
		if t.Equal(easter.AddDate(0, 0, off)) {
			return true
		}
	}
	// Midsommarafton is the Friday of 19–25 June, midsommardagen the
	// Saturday after; alla helgons dag the Saturday of 31 October – 6
	// November.
	if m == time.June && day >= 19 && day <= 26 && (t.Weekday() == time.Friday && day <= 25 || t.Weekday() == time.Saturday && day >= 20) {
		return true
	}
	allSaints := m == time.October && day == 31 || m == time.November && day <= 6
	return allSaints && t.Weekday() == time.Saturday
}

// easterSunday returns påskdagen of year y (the Gregorian computus).
func easterSunday(y int) time.Time {
	a, b, c := y%19, y/100, y%100
	d, e := b/4, b%4
	f := (b + 8) / 25
	g := (b - f + 1) / 3
	h := (19*a + b - d - g + 15) % 30
	i, k := c/4, c%4
	l := (32 + 2*e + 2*i - h - k) % 7
	m := (a + 11*h + 22*l) / 451
	month := (h + l - 7*m + 114) / 31
	day := (h+l-7*m+114)%31 + 1
	return time.Date(y, time.Month(month), day, 0, 0, 0, 0, time.UTC)
}
