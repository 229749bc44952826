package model

import (
	"strconv"
	"strings"
	"time"
	"unicode"
)

// ParseClock reads a time of day as Swedes write it and returns it as
// HH:MM: "15.00", "15:00", "1500", "15" and "9.30" are all accepted, and
// surrounding spaces and a leading "kl." are ignored. ok is false for
// anything that is not a real time of day.
func ParseClock(s string) (clock string, ok bool) {
	s = strings.TrimSpace(strings.ToLower(s))
	s = strings.TrimSpace(strings.TrimPrefix(strings.TrimPrefix(s, "kl."), "kl"))
	var h, m string
	if i := strings.IndexAny(s, ".:"); i >= 0 {
		h, m = s[:i], s[i+1:]
		if len(m) != 2 {
			return "", false
		}
	} else {
		switch len(s) {
		case 1, 2:
			h, m = s, "00"
		case 3, 4:
			h, m = s[:len(s)-2], s[len(s)-2:]
		default:
			return "", false
		}
	}
	if len(h) == 0 || len(h) > 2 || !allDigits(h) || !allDigits(m) {
		return "", false
	}
	if len(h) == 1 {
		h = "0" + h
	}
	out := h + ":" + m
	return out, ValidTime(out)
}

// ParseDate reads a date as Swedes write it, beside the ISO form
// YYYY-MM-DD: "3/12" and "3 dec" (or "3 december") mean 3 December, of
// today's year, or of next year when that day has passed; "3/12 2027",
// "3/12-27" and "3 dec 2027" name the year. It returns CodeDateInvalid
// for anything else, or for a day the calendar does not have.
func ParseDate(s string, today Date) (Date, *Error) {
	s = strings.TrimSpace(strings.ToLower(s))
	bad := Errorf(CodeDateInvalid)
	if d := Date(s); d.Valid() {
		return d, nil
	}
	if d, ok := looseISO(s); ok {
		return d, nil
	}
	var day, month int
	year, rest := 0, ""
	if i := strings.IndexByte(s, '/'); i > 0 {
		// 3/12, 3/12 2027, 3/12-27, 3/12/2027.
		var ok bool
		if day, ok = number(s[:i]); !ok {
			return "", bad
		}
		tail := s[i+1:]
		j := strings.IndexFunc(tail, func(r rune) bool { return !unicode.IsDigit(r) })
		if j < 0 {
			j = len(tail)
		}
		if month, ok = number(tail[:j]); !ok {
			return "", bad
		}
		rest = strings.TrimLeft(tail[j:], " -/")
	} else {
		// 3 dec, 3 december, 3 dec. 2027.
		fields := strings.Fields(strings.ReplaceAll(s, ".", " "))
		if len(fields) < 2 || len(fields) > 3 {
			return "", bad
		}
		var ok bool
		if day, ok = number(fields[0]); !ok {
			return "", bad
		}
		if month = monthNumber(fields[1]); month == 0 {
			return "", bad
		}
		if len(fields) == 3 {
			rest = fields[2]
		}
	}
	if rest != "" {
		y, ok := number(rest)
		switch {
		case !ok:
			return "", bad
		case len(rest) == 2:
			y += 2000
		case len(rest) != 4:
			return "", bad
		}
		year = y
	}
	return dayOf(day, month, year, today)
}

// dayOf returns day and month of year, or when year is 0 of today's year,
// or of the next when that day has already passed.
func dayOf(day, month, year int, today Date) (Date, *Error) {
	bad := Errorf(CodeDateInvalid)
	if month < 1 || month > 12 || day < 1 || day > 31 {
		return "", bad
	}
	explicit := year != 0
	if !explicit {
		if !today.Valid() {
			return "", bad
		}
		year = today.Year()
	}
	d := Date(time.Date(year, time.Month(month), day, 0, 0, 0, 0, time.UTC).Format(DateLayout))
	if d.Time().Day() != day {
		// 31/4 or 29/2 of a common year would roll into the next month.
		return "", bad
	}
	if !explicit && d < today {
		return dayOf(day, month, year+1, "")
	}
	return d, nil
}

// looseISO reads an ISO date written with one-digit month or day, as
// 2026-3-5; it gives no other reading.
func looseISO(s string) (Date, bool) {
	parts := strings.Split(s, "-")
	if len(parts) != 3 || len(parts[0]) != 4 {
		return "", false
	}
	var n [3]int
	for i, p := range parts {
		v, ok := number(p)
		if !ok || (i > 0 && len(p) > 2) {
			return "", false
		}
		n[i] = v
	}
	d, err := dayOf(n[2], n[1], n[0], "")
	return d, err == nil
}

// number reads a small unsigned decimal number of one to four digits.
func number(s string) (int, bool) {
	if s == "" || len(s) > 4 || !allDigits(s) {
		return 0, false
	}
	n, err := strconv.Atoi(s)
	return n, err == nil
}

// swedishMonths are the months' names; an abbreviation of three letters
// or more of either language's name is accepted, as in "3 dec" or "3 okt".
var swedishMonths = [12][2]string{
	{"januari", "january"}, {"februari", "february"}, {"mars", "march"},
	{"april", "april"}, {"maj", "may"}, {"juni", "june"},
	{"juli", "july"}, {"augusti", "august"}, {"september", "september"},
	{"oktober", "october"}, {"november", "november"}, {"december", "december"},
}

func monthNumber(word string) int {
	if len([]rune(word)) < 3 {
		return 0
	}
	for i, names := range swedishMonths {
		for _, name := range names {
			if strings.HasPrefix(name, word) {
				return i + 1
			}
		}
	}
	return 0
}
