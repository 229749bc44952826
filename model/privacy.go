package model

// ContainsPersonnummer reports whether s holds something that is a Swedish
// personnummer or samordningsnummer: ten digits YYMMDDNNNN (optionally
// written YYMMDD-NNNN or, for people over a hundred, YYMMDD+NNNN) or twelve
// digits YYYYMMDDNNNN (optionally YYYYMMDD-NNNN), with a real birth date
// (a samordningsnummer adds 60 to the day) and a correct Luhn check digit.
//
// Only whole digit runs are considered: digits inside a longer run, such
// as a phone or account number, never match as a fragment. Organisation
// numbers pass because their "month" is 20 or more.
func ContainsPersonnummer(s string) bool {
	runs := digitRuns(s)
	for i, r := range runs {
		run := s[r[0]:r[1]]
		switch len(run) {
		case 10:
			if personalNumber(run, "") {
				return true
			}
		case 12:
			if personalNumber(run[2:], run[:2]) {
				return true
			}
		case 6, 8:
			if i+1 == len(runs) {
				continue
			}
			next := runs[i+1]
			if next[0] != r[1]+1 || next[1]-next[0] != 4 {
				continue
			}
			if sep := s[r[1]]; sep != '-' && sep != '+' {
				continue
			}
			century := ""
			if len(run) == 8 {
				century, run = run[:2], run[2:]
			}
			if personalNumber(run+s[next[0]:next[1]], century) {
				return true
			}
		}
	}
	return false
}

// CheckPrivacy returns a problem for every free-text field of r that holds
// a personnummer or samordningsnummer. Samverka keeps no data about
// individual residents, so such text is refused rather than stored.
func CheckPrivacy(r Record) Problems {
	var p Problems
	for _, t := range freeTexts(r) {
		if ContainsPersonnummer(t.Text) {
			p = append(p, FieldErr(t.Field, CodePersonnummer))
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
