package model

import (
	"regexp"
	"slices"
	"strings"
)

// NormalizeFingerprint reduces typed or pasted fingerprint text to lower-case
// hex digits: "A1B2-c3d4 e5f6" becomes "a1b2c3d4e5f6". Anything that is not
// a hex digit, a dash or white space makes it invalid ("").
func NormalizeFingerprint(text string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(strings.TrimSpace(text)) {
		switch {
		case r >= '0' && r <= '9', r >= 'a' && r <= 'f':
			b.WriteRune(r)
		case r == '-', r == ' ', r == '\t', r == '\n', r == '\r', r == '–':
		default:
			return ""
		}
	}
	return b.String()
}

// MinFingerprintDigits is how many hex digits a typed fingerprint needs
// before it is looked up: the short form printed on every page has 12.
const MinFingerprintDigits = 12

// MatchFingerprint returns the agreements whose fixed fingerprint starts
// with the typed fingerprint (the short form from a printed page, or the
// full one), newest version first. Drafts have no fixed fingerprint and
// never match; deleted agreements do not match either.
func MatchFingerprint(agreements []*Agreement, typed string) []*Agreement {
	fp := NormalizeFingerprint(typed)
	if len(fp) < MinFingerprintDigits {
		return nil
	}
	var out []*Agreement
	for _, a := range agreements {
		if !a.Deleted && a.Fingerprint != "" && strings.HasPrefix(a.Fingerprint, fp) {
			out = append(out, a)
		}
	}
	slices.SortFunc(out, func(a, b *Agreement) int {
		if a.Version != b.Version {
			return b.Version - a.Version
		}
		return strings.Compare(a.ID, b.ID)
	})
	return out
}

// PDFFingerprintKeyword prefixes the full fingerprint in a printed
// document's keywords, so that a PDF can be verified without reading its
// page text.
const PDFFingerprintKeyword = "samverka-fingerprint:"

var pdfFingerprint = regexp.MustCompile(regexp.QuoteMeta(PDFFingerprintKeyword) + `([0-9a-f]{64})`)

// FingerprintInPDF returns the full fingerprint a Samverka PDF carries in
// its keywords, or "" when it carries none.
func FingerprintInPDF(pdf []byte) string {
	m := pdfFingerprint.FindSubmatch(pdf)
	if m == nil {
		return ""
	}
	return string(m[1])
}
