package model

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// ContainsPersonnummer reports whether s holds something that is a Swedish
// personnummer or samordningsnummer: ten digits YYMMDDNNNN (optionally
// written YYMMDD-NNNN or, for people over a hundred, YYMMDD+NNNN) or twelve
// digits YYYYMMDDNNNN (optionally YYYYMMDD-NNNN), with a real birth date
// (a samordningsnummer adds 60 to the day) and a correct Luhn check digit.
//
// The text is normalised first (see GuardText), so that the number is found
// however it was typed: with an en dash from Word's autocorrect, a minus
// sign, a non-breaking hyphen, a space or a dot before the last four
// digits, dots or spaces inside the date, full-width digits, or an
// invisible character anywhere.
//
// Only whole digit runs are considered: digits inside a longer run, such
// as a phone or account number, never match as a fragment. Organisation
// numbers pass because their "month" is 20 or more.
func ContainsPersonnummer(s string) bool {
	return containsPersonnummer(GuardText(s), false)
}

// containsPersonnummer is ContainsPersonnummer on normalised text. With
// phone, a bare run of ten digits is taken for the phone number it is in
// a phone field (a Swedish mobile number "07XXXXXXXX" is a valid date and
// passes the Luhn check one time in ten); every other form still counts.
func containsPersonnummer(s string, phone bool) bool {
	runs := digitRuns(s)
	text := func(i int) string { return s[runs[i][0]:runs[i][1]] }
	// sep returns the one separator between runs i-1 and i, or 0.
	sep := func(i int) byte {
		if i <= 0 || i >= len(runs) || runs[i][0] != runs[i-1][1]+1 {
			return 0
		}
		return s[runs[i-1][1]]
	}
	for i := range runs {
		run := text(i)
		switch {
		case len(run) == 10 && !phone && personalNumber(run, ""):
			return true
		case len(run) == 12 && personalNumber(run[2:], run[:2]):
			return true
		case len(run) != 4 || i == 0:
			continue
		}
		// run may be the last four digits, the birth date the run or runs
		// before it.
		last := sep(i)
		if last == 0 || !strings.ContainsRune("-+ .", rune(last)) {
			continue
		}
		if next := sep(i + 1); next == '-' || next == '.' {
			continue // "…-NNNN-NN": a longer number
		}
		date := text(i - 1)
		if len(date) == 6 || len(date) == 8 {
			// "YYMMDD-NNNN" stands for itself; after a space or dot the
			// date must not continue a longer group of numbers.
			if (last == '-' || last == '+' || sep(i-1) == 0) && personalNumberRun(date, run) {
				return true
			}
			continue
		}
		// A date split by dots or spaces: "85.01.01-1234", "1985 01 01 1234".
		// Not by dashes: "2026-03-12 1830" is a date and a time.
		if len(date) != 2 || i < 3 {
			continue
		}
		inner := sep(i - 1)
		if (inner != '.' && inner != ' ') || sep(i-2) != inner || len(text(i-2)) != 2 {
			continue
		}
		year := text(i - 3)
		if (len(year) == 2 || len(year) == 4) && sep(i-3) == 0 && personalNumberRun(year+text(i-2)+date, run) {
			return true
		}
	}
	return false
}

// personalNumberRun reports whether a birth date of six or eight digits and
// the last four digits form a personnummer.
func personalNumberRun(date, last string) bool {
	if len(date) == 8 {
		return personalNumber(date[2:]+last, date[:2])
	}
	return personalNumber(date+last, "")
}

// GuardText returns s as the privacy guard reads it: in Unicode NFKC
// (full-width digits become ASCII ones), every dash and minus form as
// '-', every space form as ' ', and invisible characters (zero-width
// spaces and joiners, soft hyphens, byte order marks) removed.
func GuardText(s string) string {
	s = norm.NFKC.String(s)
	return strings.Map(func(r rune) rune {
		switch {
		case r == '-' || r == '+' || r == ' ':
			return r
		case r == '\u2212' || r == '\u2012' || unicode.Is(unicode.Pd, r):
			return '-'
		case unicode.IsSpace(r) || unicode.Is(unicode.Zs, r):
			return ' '
		case unicode.Is(unicode.Cf, r):
			return -1
		}
		return r
	}, s)
}

// CheckPrivacy returns a problem for every field of r a person types that
// holds a personnummer or samordningsnummer: the free-text fields and the
// contact details. Samverka keeps no data about individual residents, so
// such text is refused rather than stored.
func CheckPrivacy(r Record) Problems {
	var p Problems
	for _, t := range freeTexts(r) {
		if ContainsPersonnummer(t.Text) {
			p = append(p, FieldErr(t.Field, CodePersonnummer))
		}
	}
	if rep, ok := r.(*Representative); ok {
		if ContainsPersonnummer(rep.Email) {
			p = append(p, FieldErr("email", CodePersonnummer))
		}
		if containsPersonnummer(GuardText(rep.Phone), true) {
			p = append(p, FieldErr("phone", CodePersonnummer))
		}
	}
	return p
}

// digitRuns returns the [start, end) byte offsets of every maximal run of
// ASCII digits in s.
func digitRuns(s string) [][2]int {
	var runs [][2]int
	start := -1
	for i := 0; i <= len(s); i++ {
		digit := i < len(s) && s[i] >= '0' && s[i] <= '9'
		switch {
		case digit && start < 0:
			start = i
		case !digit && start >= 0:
			runs = append(runs, [2]int{start, i})
			start = -1
		}
	}
	return runs
}

// personalNumber reports whether the ten digits ten (YYMMDDNNNN) form a
// personnummer or samordningsnummer; century is the written century ("19")
// of the twelve-digit form, or "".
func personalNumber(ten, century string) bool {
	if century != "" && century != "18" && century != "19" && century != "20" {
		return false
	}
	return personalNumberDate(ten[:6], century) && luhnValid(ten)
}

// personalNumberDate reports whether yymmdd is a birth date as a personal
// number writes it: a real date, or for a samordningsnummer a real date with
// 60 added to the day. Without a century, 29 February counts in every year
// divisible by four, since 2000 was a leap year.
func personalNumberDate(yymmdd, century string) bool {
	num := func(s string) int { return int(s[0]-'0')*10 + int(s[1]-'0') }
	yy, mm, dd := num(yymmdd[0:2]), num(yymmdd[2:4]), num(yymmdd[4:6])
	if dd > 60 {
		dd -= 60
	}
	if mm < 1 || mm > 12 || dd < 1 {
		return false
	}
	days := [13]int{0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31}[mm]
	if mm == 2 {
		leap := yy%4 == 0
		if century != "" {
			year := num(century)*100 + yy
			leap = year%4 == 0 && (year%100 != 0 || year%400 == 0)
		}
		if leap {
			days = 29
		}
	}
	return dd <= days
}
