package model

import "strings"

// NormalizeOrgNumber returns an organisationsnummer in the form Samverka
// stores, NNNNNN-NNNN, when s holds one in a form people commonly write:
// ten digits with or without the dash or with a space, or twelve digits
// with the "16" prefix the tax agency sometimes adds. Anything else is
// returned trimmed and unchanged, so that validation can name the problem.
func NormalizeOrgNumber(s string) string {
	s = strings.TrimSpace(s)
	digits := make([]byte, 0, 12)
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= '0' && c <= '9':
			digits = append(digits, c)
		case c == '-' || c == ' ':
		default:
			return s
		}
	}
	if len(digits) == 12 && digits[0] == '1' && digits[1] == '6' {
		digits = digits[2:]
	}
	if len(digits) != 10 {
		return s
	}
	return string(digits[:6]) + "-" + string(digits[6:])
}

// checkOrgNumber returns the validation code for an organisationsnummer,
// or "" when it is well formed and its check digit is right. A number whose
// third digit is below 2 is a person's number, not an organisation's.
func checkOrgNumber(s string) string {
	n := NormalizeOrgNumber(s)
	if len(n) != 11 || n[6] != '-' {
		return CodeOrgNrFormat
	}
	ten := n[:6] + n[7:]
	if !allDigits(ten) {
		return CodeOrgNrFormat
	}
	if !luhnValid(ten) {
		return CodeOrgNrLuhn
	}
	if ten[2] < '2' {
		if personalNumberDate(ten[:6], "") {
			return CodePersonnummer
		}
		return CodeOrgNrFormat
	}
	return ""
}

// luhnValid reports whether the digit string s ends in its correct Luhn
// check digit, the check Swedish personal and organisation numbers use.
func luhnValid(s string) bool {
	if len(s) < 2 {
		return false
	}
	return luhnDigit(s[:len(s)-1]) == s[len(s)-1]
}

// luhnDigit returns the Luhn check digit for the digit string s: from the
// left, digits are weighted 2, 1, 2, … when s has an odd length, which is
// how the nine leading digits of a Swedish number are weighted.
func luhnDigit(s string) byte {
	sum := 0
	double := true
	for i := len(s) - 1; i >= 0; i-- {
		d := int(s[i] - '0')
		if double {
			d *= 2
			if d > 9 {
				d -= 9
			}
		}
		sum += d
		double = !double
	}
	return byte('0' + (10-sum%10)%10)
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}
