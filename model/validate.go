package model

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// Validation codes. Each is a translation key after "error."; the problem's
// Field names the field, whose translation key FieldKey gives.
const (
	CodeRequired           = "required"                 // the field must be filled in
	CodeTooLong            = "tooLong"                  // Args: Max (characters)
	CodeRange              = "range"                    // a number below Args: Min
	CodeDateInvalid        = "date.invalid"             // not a real YYYY-MM-DD date
	CodeDateOrder          = "date.order"               // before Args: From, the date it must follow
	CodeTime               = "time"                     // not a time HH:MM
	CodeTimeOrder          = "time.order"               // ends before Args: From, the start time
	CodeEnum               = "enum"                     // not one of the offered choices
	CodeOrgNrFormat        = "orgnr.format"             // not NNNNNN-NNNN of an organisation
	CodeOrgNrLuhn          = "orgnr.luhn"               // wrong check digit
	CodeEmail              = "email"                    // not shaped like an e-mail address
	CodePhone              = "phone"                    // not shaped like a phone number
	CodeAgreementParties   = "agreement.parties"        // fewer than two parties to sign
	CodeDuplicateParty     = "agreement.duplicateParty" // a party named twice
	CodeSignatureStrokes   = "signature.strokes"        // a drawn signature without lines
	CodeDuplicateParagraph = "paragraph.duplicate"      // Args: Paragraph
	CodeFingerprint        = "fingerprint.mismatch"     // locked content differs from its fingerprint
	CodePersonnummer       = "privacy.personnummer"     // text holds a personnummer
)

// Validate checks one record's fields and returns every problem found, each
// naming its field (the JSON path, see FieldKey) and a translatable code.
// It sees one record only: whether referenced records exist is the
// caller's concern. Free text is checked by CheckPrivacy as well.
func Validate(r Record) Problems {
	var c checker
	if r == nil {
		return Problems{Errorf(CodeInternal)}
	}
	c.texts(r)
	switch v := r.(type) {
	case *Part:
		c.choice("kind", v.Kind != "", v.Kind.Valid(), true)
		if v.OrgNumber != "" {
			if code := checkOrgNumber(v.OrgNumber); code != "" {
				c.add("orgNumber", code)
			}
		}
	case *Representative:
		c.need("partId", v.PartID)
		if v.Email != "" && !ValidEmail(v.Email) {
			c.add("email", CodeEmail)
		}
		if v.Phone != "" && !ValidPhone(v.Phone) {
			c.add("phone", CodePhone)
		}
		// An empty role is a contact person outside the council.
		c.choice("role", v.Role != "", v.Role.Valid(), false)
		c.period("validFrom", v.ValidFrom, "validTo", v.ValidTo)
	case *Method:
		c.choice("area", v.Area != AreaNone, v.Area.Valid(), false)
		sub, ok := SubAreaOf(v.SubArea)
		c.choice("subArea", v.SubArea != "", ok && sub.Area == v.Area, false)
	case *Situation:
		c.date("date", v.Date, true)
		c.period("from", v.From, "to", v.To)
		validateSituationParts(&c, v)
	case *Problem:
		c.atLeast("rank", v.Rank, 0)
		for i, a := range v.Areas {
			c.choice(index("areas", i), true, a.Valid(), true)
		}
		v.Marking.check(&c, "")
		validateEffectGoals(&c, v)
	case *Cause:
		c.need("problemId", v.ProblemID)
		c.atLeast("number", v.Number, 0)
		v.Marking.check(&c, "")
	case *ActionPlan:
		validatePlan(&c, v)
	case *Commitment:
		validateCommitment(&c, v)
	case *FollowUp:
		c.need("commitmentId", v.CommitmentID)
		c.date("date", v.Date, true)
		// A withdrawal says nothing of its own; it names what it takes back.
		c.choice("status", v.Status != "", v.Status.Valid(), !v.Withdrawn)
		c.choice("light", true, v.Light.Valid(), false)
		if v.Withdrawn {
			c.need("correctsId", v.CorrectsID)
		}
		validateFollowUpOutcome(&c, v)
	case *ReportText:
		validateReportText(&c, v)
	case *Meeting:
		validateMeeting(&c, v)
	case *Agreement:
		validateAgreement(&c, v)
	case *Signature:
		validateSignature(&c, v)
	case *Dialogue:
		validateDialogue(&c, v)
	case *Deadline:
		validateDeadline(&c, v)
	}
	c.p = append(c.p, CheckPrivacy(r)...)
	return c.p
}

func validateCommitment(c *checker, v *Commitment) {
	c.need("partId", v.PartID)
	c.choice("area", v.Area != AreaNone, v.Area.Valid(), true)
	sub, ok := SubAreaOf(v.SubArea)
	c.choice("subArea", v.SubArea != "", ok && sub.Area == v.Area, false)
	c.date("goal.date", v.Goal.Date, false)
	c.period("start", v.Start, "due", v.Due)
	// An empty status means planned: nothing has been followed up yet.
	c.choice("status", v.Status != "", v.Status.Valid(), false)
	c.atLeast("paragraph", v.Paragraph, 0)
	validateOutcomeFields(c, v)
}

// ValidEmail reports whether s is shaped like an e-mail address: one @, a
// name before it, a domain with a dot after it and no spaces. Only sending
// mail proves more.
func ValidEmail(s string) bool {
	if len(s) > 254 || strings.ContainsAny(s, " \t\r\n,;:<>()[]\\\"") {
		return false
	}
	local, domain, ok := strings.Cut(s, "@")
	if !ok || local == "" || strings.Contains(domain, "@") {
		return false
	}
	labels := strings.Split(domain, ".")
	if len(labels) < 2 || len(labels[len(labels)-1]) < 2 {
		return false
	}
	for _, l := range labels {
		if l == "" || l[0] == '-' || l[len(l)-1] == '-' {
			return false
		}
	}
	return true
}

// ValidPhone reports whether s is shaped like a phone number: digits with
// the usual separators (space, dash, slash, dot, brackets), an optional
// leading +, and between 5 and 20 digits.
func ValidPhone(s string) bool {
	digits := 0
	for i, c := range s {
		switch {
		case c >= '0' && c <= '9':
			digits++
		case c == '+' && i == 0:
		case strings.ContainsRune(" -/.()", c):
		default:
			return false
		}
	}
	return digits >= 5 && digits <= 20
}

// ValidTime reports whether s is a time of day written HH:MM.
func ValidTime(s string) bool {
	if len(s) != 5 || s[2] != ':' || !allDigits(s[:2]) || !allDigits(s[3:]) {
		return false
	}
	return s[:2] <= "23" && s[3:] <= "59"
}

// checker collects the problems of one record.
type checker struct{ p Problems }

func (c *checker) add(field, code string, kv ...any) {
	c.p = append(c.p, FieldErr(field, code, kv...))
}

// texts checks the presence and length of r's free-text fields.
func (c *checker) texts(r Record) {
	for _, t := range freeTexts(r) {
		switch {
		case t.Required && strings.TrimSpace(t.Text) == "":
			c.add(t.Field, CodeRequired)
		case utf8.RuneCountInString(t.Text) > t.Max:
			c.add(t.Field, CodeTooLong, "Max", t.Max)
		}
	}
}

// need reports a required reference or value that is empty.
func (c *checker) need(field, v string) {
	if strings.TrimSpace(v) == "" {
		c.add(field, CodeRequired)
	}
}

func (c *checker) date(field string, d Date, required bool) {
	switch {
	case d == "":
		if required {
			c.add(field, CodeRequired)
		}
	case !d.Valid():
		c.add(field, CodeDateInvalid)
	}
}

// period checks two optional dates and that the second is not before the
// first; the order problem is reported on the second.
func (c *checker) period(fromField string, from Date, toField string, to Date) {
	c.date(fromField, from, false)
	c.date(toField, to, false)
	if from.Valid() && to.Valid() && to < from {
		c.add(toField, CodeDateOrder, "From", string(from))
	}
}

// choice checks a value chosen from a fixed list: set says whether it is
// set at all, valid whether it is one of the choices.
func (c *checker) choice(field string, set, valid, required bool) {
	switch {
	case !set:
		if required {
			c.add(field, CodeRequired)
		}
	case !valid:
		c.add(field, CodeEnum)
	}
}

func (c *checker) atLeast(field string, n, min int) {
	if n < min {
		c.add(field, CodeRange, "Min", min)
	}
}

// oneOf reports whether v is in list.
func oneOf[T comparable](v T, list []T) bool { return slices.Contains(list, v) }
