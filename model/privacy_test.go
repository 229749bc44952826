package model

import (
	"reflect"
	"strings"
	"testing"
)

func TestContainsPersonnummer(t *testing.T) {
	p := pnr("800101", "123")     // 1980-01-01
	old := pnr("151231", "987")   // 1915-12-31, written with + when over 100
	leap := pnr("000229", "111")  // 2000-02-29
	coord := pnr("800161", "234") // samordningsnummer for 1980-01-01
	long := "19" + pnr("850714", "555")
	org := orgnr("556036079") // an aktiebolag's number
	dash := func(n string) string { return n[:len(n)-4] + "-" + n[len(n)-4:] }
	for _, tc := range []struct {
		name string
		text string
		want bool
	}{
		{"TenDigits", p, true},
		{"TenDigitsWithDash", dash(p), true},
		{"TenDigitsWithPlus", old[:6] + "+" + old[6:], true},
		{"TwelveDigits", long, true},
		{"TwelveDigitsWithDash", dash(long), true},
		{"TwelveDigitsCentury20", "20" + pnr("050505", "050"), true},
		{"InSentence", "Pojken (" + dash(p) + ") syns ofta vid torget.", true},
		{"AfterLetters", "pnr:" + p + ".", true},
		{"AtEnd", "Se " + dash(p), true},
		{"Samordningsnummer", coord, true},
		{"SamordningsnummerWithDash", dash(coord), true},
		{"LeapDayTenDigits", leap, true},
		{"LeapDay2000", "20" + leap, true},
		{"SecondOfTwo", "Ärende 12 och " + dash(p), true},
		{"WrongCheckDigit", badCheck(p), false},
		{"WrongCheckDigitWithDash", dash(badCheck(p)), false},
		{"WrongCheckDigitTwelve", badCheck(long), false},
		{"Month13", pnr("801301", "123"), false},
		{"Month00", pnr("800001", "123"), false},
		{"Day00", pnr("800100", "123"), false},
		{"Day32", pnr("800132", "123"), false},
		{"April31", pnr("800431", "123"), false},
		{"February30", pnr("800230", "123"), false},
		{"LeapDayNonLeapYear", pnr("810229", "123"), false},
		{"LeapDay1900", "19" + pnr("000229", "111"), false},
		{"SamordningsnummerDay92", pnr("800192", "123"), false},
		{"SamordningsnummerFebruary90", pnr("800290", "123"), false},
		{"Century21", "21" + pnr("850714", "555"), false},
		{"OrganisationNumber", org, false},
		{"OrganisationNumberUndashed", strings.ReplaceAll(org, "-", ""), false},
		{"MunicipalityNumber", "212000-0142", false},
		{"Embedded13Digits", "1" + p + "99", false},
		{"EmbeddedPhoneNumber", "00468" + p, false},
		{"DigitsBefore", "4" + dash(p), false},
		{"DigitsAfter", dash(p) + "5", false},
		{"ElevenDigits", p + "0", false},
		{"NineDigits", p[:9], false},
		{"SpaceInsteadOfDash", p[:6] + " " + p[6:], true},
		{"TwoDashes", p[:6] + "--" + p[6:], false},
		{"SlashInsteadOfDash", p[:6] + "/" + p[6:], false},
		{"BirthDateOnly", "Född " + p[:6], false},
		{"FiveDigitsAfterDash", p[:6] + "-" + p[6:] + "0", false},
		{"ISODate", "Mötet 2026-03-12 kl 18", false},
		{"PhoneWithSeparators", "Ring 070-123 45 67", false},
		{"Empty", "", false},
		{"NoDigits", "Trygghetsvandring i Skärholmens centrum", false},
		{"NonASCIIAround", "åäö" + p + "ÅÄÖ", true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := ContainsPersonnummer(tc.text); got != tc.want {
				t.Fatalf("ContainsPersonnummer(%q) = %v, want %v", tc.text, got, tc.want)
			}
		})
	}
}

// notFreeText are the plain string fields that are not free text: each is
// checked by its own rule (e-mail, phone, organisation number, time) or
// holds what Samverka writes itself. References ("…Id", "…Ids") are never
// typed text either. A new string field must be listed here or guarded.
var notFreeText = map[string]bool{
	"id": true, "modifiedBy": true, "email": true, "phone": true, "orgNumber": true,
	"fingerprint": true, "supersededBy": true, "startTime": true, "endTime": true,
	"substituteFor": true,                  // a representative's id
	"sha256":        true, "program": true, // what Samverka writes of a printout
	"subArea": true, // one of SubAreas, checked as a choice
}

func isFreeText(l leaf) bool {
	if l.Type != reflect.TypeOf("") {
		return false
	}
	name := l.Key()
	if i := strings.LastIndexByte(name, '.'); i >= 0 {
		name = name[i+1:]
	}
	return !notFreeText[name] && !strings.HasSuffix(name, "Id") && !strings.HasSuffix(name, "Ids")
}

func TestEveryTextFieldIsGuarded(t *testing.T) {
	text := "Gäller " + pnr("041224", "313")[:6] + "-" + pnr("041224", "313")[6:]
	for _, k := range Kinds {
		for _, l := range leaves(NewRecord(k)) {
			if !isFreeText(l) {
				continue
			}
			t.Run(string(k)+"/"+l.Path, func(t *testing.T) {
				r := NewRecord(k)
				l.field(r).SetString(text)
				p := CheckPrivacy(r)
				if len(p) != 1 || p[0].Field != l.Path || p[0].Code != CodePersonnummer {
					t.Fatalf("want %s: %s, got %v", l.Path, CodePersonnummer, p)
				}
				if e := Validate(r).For(l.Path); e == nil {
					t.Fatalf("Validate does not refuse %s", l.Path)
				}
			})
		}
	}
}

func TestEveryTextFieldHasALimit(t *testing.T) {
	for _, k := range Kinds {
		for _, l := range leaves(NewRecord(k)) {
			if !isFreeText(l) {
				continue
			}
			t.Run(string(k)+"/"+l.Path, func(t *testing.T) {
				r := NewRecord(k)
				l.field(r).SetString(strings.Repeat("a", MaxText+1))
				e := Validate(r).For(l.Path)
				if e == nil || e.Code != CodeTooLong {
					t.Fatalf("want %s, got %v", CodeTooLong, e)
				}
			})
		}
	}
}

// TestPersonnummerHoweverTyped writes one personnummer in every way a
// person, Word or a web form might, in a sentence and in every field a
// person types: each must be refused.
func TestPersonnummerHoweverTyped(t *testing.T) {
	p := pnr("850714", "555")
	long := "19" + p
	fullWidth := func(s string) string {
		return strings.Map(func(r rune) rune {
			if r >= '0' && r <= '9' {
				return r - '0' + '\uFF10'
			}
			return r
		}, s)
	}
	forms := map[string]string{
		"EnDash":            p[:6] + "\u2013" + p[6:],
		"EmDash":            p[:6] + "\u2014" + p[6:],
		"NonBreakingHyphen": p[:6] + "\u2011" + p[6:],
		"MinusSign":         p[:6] + "\u2212" + p[6:],
		"FigureDash":        p[:6] + "\u2012" + p[6:],
		"FullWidthHyphen":   p[:6] + "\uFF0D" + p[6:],
		"Space":             p[:6] + " " + p[6:],
		"NoBreakSpace":      p[:6] + "\u00A0" + p[6:],
		"NarrowNoBreak":     p[:6] + "\u202F" + p[6:],
		"Dot":               p[:6] + "." + p[6:],
		"DotsInDate":        p[:2] + "." + p[2:4] + "." + p[4:6] + "-" + p[6:],
		"SpacesInDate":      long[:4] + " " + long[4:6] + " " + long[6:8] + " " + long[8:],
		"FullWidthDigits":   fullWidth(p[:6] + "-" + p[6:]),
		"ZeroWidthSpace":    p[:3] + "\u200B" + p[3:],
		"ZeroWidthJoiner":   p[:6] + "\u200D-" + p[6:],
		"SoftHyphen":        p[:6] + "\u00AD" + p[6:],
		"WordJoiner":        long[:8] + "\u2060" + long[8:],
		"ByteOrderMark":     "\uFEFF" + p,
		"TwelveEnDash":      long[:8] + "\u2013" + long[8:],
	}
	for name, form := range forms {
		t.Run(name, func(t *testing.T) {
			if !ContainsPersonnummer("Pojken " + form + " syns ofta.") {
				t.Fatalf("%q passes the guard", form)
			}
			// Contact details must be refused too: for the personnummer
			// or, with characters a phone number or address cannot hold,
			// for their shape.
			r := validRepresentative()
			r.Email, r.Phone = "k"+form+"@example.se", form
			p := Validate(r)
			if p.For("email") == nil || p.For("phone") == nil {
				t.Errorf("contact details %q, %q pass: %v", r.Email, r.Phone, p)
			}
		})
	}
	r := validRepresentative()
	r.Email, r.Phone = p[:6]+"-"+p[6:]+"@example.se", p[:6]+"-"+p[6:]
	for _, f := range []string{"email", "phone"} {
		if !hasProblem(Validate(r), f, CodePersonnummer) {
			t.Errorf("%s: no personnummer problem in %v", f, Validate(r))
		}
	}
	for _, ok := range []string{"2026-03-12 1830", "Ring 070\u2013123 45 67", "08\u00A0123 456 78", "2026.03.12-2026.04.01"} {
		if ContainsPersonnummer(ok) {
			t.Errorf("%q taken for a personnummer", ok)
		}
	}
}

func TestPrivacyLeavesContactFieldsAlone(t *testing.T) {
	// A mobile number can happen to look like a personnummer; the phone
	// field holds phone numbers and has its own rule.
	mobile := pnr("070123", "456")
	if !ContainsPersonnummer(mobile) {
		t.Fatal("test number should look like a personnummer")
	}
	r := validRepresentative()
	r.Phone = mobile
	if p := Validate(r); len(p) != 0 {
		t.Fatalf("phone number refused: %v", p)
	}
}

func TestValidateRefusesPersonnummerInText(t *testing.T) {
	f := validFollowUp()
	f.Comment = "Kontakta vårdnadshavare till " + pnr("100315", "278")
	p := Validate(f)
	if len(p) != 1 || p[0].Field != "comment" || p[0].Code != CodePersonnummer {
		t.Fatalf("want comment: %s, got %v", CodePersonnummer, p)
	}
	f.Comment = "Kontakta skolan, ärende " + badCheck(pnr("100315", "278"))
	if p := Validate(f); len(p) != 0 {
		t.Fatalf("number with a wrong check digit refused: %v", p)
	}
}

// hasProblem reports whether p holds code for field.
func hasProblem(p Problems, field, code string) bool {
	for _, e := range p {
		if e.Field == field && e.Code == code {
			return true
		}
	}
	return false
}
