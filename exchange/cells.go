package exchange

import (
	"strconv"
	"strings"
	"time"

	"samverka/assets"
	"samverka/model"
)

// cellKind says how a column's cells are written and read.
type cellKind int

const (
	cellText cellKind = iota
	cellDate
	cellYesNo
	cellChoice
)

// escapeFormula protects a cell a spreadsheet would take for a formula:
// text starting with = + - @, a tab or a carriage return gets a leading
// apostrophe (CSV injection). unescapeFormula takes it off again.
func escapeFormula(s string) string {
	if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return "'" + s
	}
	return s
}

func unescapeFormula(s string) string {
	if len(s) >= 2 && s[0] == '\'' && strings.ContainsRune("=+-@\t\r", rune(s[1])) {
		return s[1:]
	}
	return s
}

// yesNo writes a flag as the language's yes or no.
func yesNo(b bool, lang string) string {
	if b {
		return assets.Message(lang, "exchange.yes", nil)
	}
	return assets.Message(lang, "exchange.no", nil)
}

// parseYesNo reads a flag: yes or no in either language, x, 1 or 0, true
// or false as English and Swedish Excel write them; empty is no.
func parseYesNo(s string) (bool, bool) {
	switch s = fold(s); s {
	case "", "0", "false", "falskt", "nej", "no", "n":
		return false, true
	case "1", "x", "true", "sant", "ja", "yes", "j", "y":
		return true, true
	}
	for _, lang := range assets.Languages {
		switch s {
		case fold(yesNo(true, lang)):
			return true, true
		case fold(yesNo(false, lang)):
			return false, true
		}
	}
	return false, false
}

// parseDate reads an ISO date, as Swedish Excel writes it. A date with a
// time of midnight, as some spreadsheets save one, is taken too.
func parseDate(s string) (model.Date, *model.Error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return "", nil
	}
	if d, rest, ok := strings.Cut(s, " "); ok && (rest == "00:00:00" || rest == "00:00") {
		s = d
	}
	if !model.Date(s).Valid() {
		return "", model.Errorf(model.CodeDateInvalid)
	}
	return model.Date(s), nil
}

// excelEpoch is day 0 of spreadsheet date serial numbers (the 1900 date
// system, counting Lotus's leap day of 1900).
var excelEpoch = time.Date(1899, 12, 30, 0, 0, 0, 0, time.UTC)

// dateSerial returns d as a spreadsheet date serial number.
func dateSerial(d model.Date) (int, bool) {
	if !d.Valid() {
		return 0, false
	}
	return int(d.Time().Sub(excelEpoch).Hours() / 24), true
}

// serialDate returns the date of a spreadsheet serial number.
func serialDate(s string) (model.Date, bool) {
	f, err := strconv.ParseFloat(s, 64)
	if err != nil || f < 1 {
		return "", false
	}
	return model.DateOf(excelEpoch.AddDate(0, 0, int(f))), true
}

// choice is a closed list of values written by their label in the
// language and read by value or by label in either language.
type choice struct {
	values []string
	key    string // translation key prefix of the labels
}

func (c choice) label(v, lang string) string {
	if v == "" {
		return ""
	}
	return assets.Message(lang, c.key+v, nil)
}

// parse returns the value s names: the value itself or its label in
// either language, or the label's first part ("Förening" for
// "Förening/civilsamhälle"), whatever the case and accents. The empty
// cell is the empty value. A refusal lists the choices in lang.
func (c choice) parse(s, lang string) (string, *model.Error) {
	s = plain(s)
	if s == "" {
		return "", nil
	}
	for _, v := range c.values {
		if s == plain(v) {
			return v, nil
		}
		for _, lang := range assets.Languages {
			label := c.label(v, lang)
			short, _, _ := strings.Cut(label, "/")
			short, _, _ = strings.Cut(short, " (")
			if s == plain(label) || s == plain(short) {
				return v, nil
			}
		}
	}
	return "", model.Errorf(CodeChoice, "Choices", c.list(lang))
}

// plain returns s folded and without accents, so that "förening" matches
// "forening".
func plain(s string) string {
	var b strings.Builder
	for _, c := range fold(s) {
		if r, ok := baseLetter[c]; ok {
			b.WriteRune(r)
		} else {
			b.WriteRune(c)
		}
	}
	return b.String()
}

// list returns the labels of every choice, for a message.
func (c choice) list(lang string) string {
	labels := make([]string, len(c.values))
	for i, v := range c.values {
		labels[i] = c.label(v, lang)
	}
	return strings.Join(labels, ", ")
}

func strs[T ~string](list []T) []string {
	out := make([]string, len(list))
	for i, v := range list {
		out[i] = string(v)
	}
	return out
}

// The closed lists of the exchanged records.
var (
	partKinds = choice{strs(model.PartKinds), "exchange.partKind."}
	roles     = choice{strs(model.CouncilRoles), "exchange.role."}
	statuses  = choice{strs(model.Statuses), "exchange.status."}
	areas     = choice{[]string{"1", "2", "3", "4"}, "exchange.area."}
)
