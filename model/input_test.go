package model

import (
	"regexp"
	"testing"
)

func TestParseClock(t *testing.T) {
	for in, want := range map[string]string{
		"15.00": "15:00", "15:00": "15:00", "1500": "15:00", "15": "15:00",
		"9.30": "09:30", "930": "09:30", "0930": "09:30", " kl. 18.30 ": "18:30",
		"kl 7": "07:00", "00:00": "00:00", "23.59": "23:59",
	} {
		got, ok := ParseClock(in)
		if !ok || got != want {
			t.Errorf("ParseClock(%q) = %q, %v; want %q", in, got, ok, want)
		}
	}
	for _, in := range []string{"", "24.00", "15.60", "15.0", "15,00", "15000", "abc", "1:5", "-1", "15:00:00", "1 5"} {
		if got, ok := ParseClock(in); ok {
			t.Errorf("ParseClock(%q) = %q, want refused", in, got)
		}
	}
}

func TestParseDate(t *testing.T) {
	const today = Date("2026-12-03")
	for in, want := range map[string]Date{
		"2026-12-03":      "2026-12-03",
		"2027-3-5":        "2027-03-05",
		"3/12":            "2026-12-03", // today is not passed
		"2/12":            "2027-12-02", // passed: next year
		"24/12":           "2026-12-24",
		"3/1":             "2027-01-03",
		"3 dec":           "2026-12-03",
		"3 dec.":          "2026-12-03",
		"3 December":      "2026-12-03",
		"25 mars":         "2027-03-25",
		"1 maj":           "2027-05-01",
		"3/12 2027":       "2027-12-03",
		"3/12-27":         "2027-12-03",
		"3/12/2025":       "2025-12-03",
		"15 okt 2025":     "2025-10-15",
		"  7 september  ": "2027-09-07",
		"29/2":            "2028-02-29", // 2027 has none: refused below
	} {
		got, err := ParseDate(in, today)
		if in == "29/2" {
			if err == nil {
				t.Errorf("ParseDate(%q) = %q: 2027-02-29 does not exist", in, got)
			}
			continue
		}
		if err != nil || got != want {
			t.Errorf("ParseDate(%q) = %q, %v; want %q", in, got, err, want)
		}
	}
	for _, in := range []string{"", "31/4", "0/3", "3/13", "3/0", "32 jan", "3 de", "3 foo", "2026-02-30", "2026-13-01",
		"3/12 20277", "3/12 x", "12/3/4/5", "3", "dec 3", "2026/12/03", "3 dec 2027 extra"} {
		if got, err := ParseDate(in, today); err == nil || err.Code != CodeDateInvalid {
			t.Errorf("ParseDate(%q) = %q, %v; want %s", in, got, err, CodeDateInvalid)
		}
	}
	// A leap day without a year is this year's when it exists.
	if got, err := ParseDate("29/2", "2028-01-10"); err != nil || got != "2028-02-29" {
		t.Errorf("ParseDate(29/2) in 2028 = %q, %v", got, err)
	}
}

// TestInputExamples keeps the examples the error messages give readable
// by the parsers, and the date example's day above 12, so that it cannot
// be read as another date (month and day swapped).
func TestInputExamples(t *testing.T) {
	isoDate := regexp.MustCompile(`\d{4}-\d{2}-\d{2}`)
	for _, lang := range []string{"sv", "en"} {
		msg := messages(t, lang)
		text := msg["error."+CodeDateInvalid]
		iso := isoDate.FindString(text)
		if iso == "" || Date(iso).Time().Day() <= 12 {
			t.Errorf("%s: the date example %q of %q could be read as another date", lang, iso, text)
		}
		for _, example := range regexp.MustCompile(`\d+/\d+`).FindAllString(text, -1) {
			if d, err := ParseDate(example, Date(iso[:4]+"-01-01")); err != nil || string(d) != iso {
				t.Errorf("%s: example %q reads as %q, %v; want %s", lang, example, d, err, iso)
			}
		}
		for _, example := range regexp.MustCompile(`\d\d[:.]?\d\d`).FindAllString(msg["error."+CodeTime], -1) {
			if c, ok := ParseClock(example); !ok || c != "18:30" {
				t.Errorf("%s: time example %q reads as %q", lang, example, c)
			}
		}
	}
}
