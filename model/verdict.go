package model

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"slices"
	"strings"
	"unicode"
)

// VerdictKind is what Verify concluded about a PDF.
type VerdictKind int

const (
	// NotPrintout: not an unaltered printout of any agreement in the file,
	// whatever fingerprint it carries.
	NotPrintout VerdictKind = iota
	// Verified: byte for byte a printout of the agreement in force.
	Verified
	// SupersededPrintout: byte for byte a printout of a version that a
	// newer one replaced; InForce names the version in force, if any.
	SupersededPrintout
	// UnsignedPrintout: byte for byte a printout of a version that not
	// every party signed.
	UnsignedPrintout
	// TamperedRecord: a printout of a version whose stored content no
	// longer gives its fingerprint: the data file was changed.
	TamperedRecord
	// SameText: not the bytes of a printout, but every page's text is that
	// of a printout of Agreement (re-saved by another program, say). Never
	// verified: the reader compares.
	SameText
	// TextUnknown: not the bytes of a printout, and its text could not be
	// compared (no text extraction at hand).
	TextUnknown
)

// Verdict is what Verify says about a PDF. Agreement is the version the
// PDF is (or reads as) a printout of; InForce the version in force of
// that agreement, nil when none is.
type Verdict struct {
	Kind      VerdictKind
	Agreement *Agreement
	InForce   *Agreement
	SHA256    string // of the PDF
}

// VerifyInput is what Verify needs: the PDF, the file's agreements and
// recorded printouts, and two things model cannot do itself.
type VerifyInput struct {
	PDF        []byte
	Agreements []*Agreement
	Printouts  []*Printout
	// Print returns this program's printouts of a locked agreement now,
	// one per language; they are byte-identical for identical data.
	Print func(a *Agreement) [][]byte
	// PageTexts returns a PDF's text page by page; nil when no text
	// extraction is at hand.
	PageTexts func(pdf []byte) ([]string, error)
}

// Verify decides whether a PDF is an unaltered printout of the agreement
// in force. It is the one verdict the GUI and the CLI give: "verified"
// only for a PDF byte for byte equal to a printout this program makes of
// that version now or recorded when it was printed; a superseded or
// unsigned version's printout is named as such; anything else is not an
// unaltered printout, even with a fingerprint, and at best has the same
// text as a version, page by page.
func Verify(in VerifyInput) Verdict {
	sum := sha256.Sum256(in.PDF)
	v := Verdict{SHA256: hex.EncodeToString(sum[:])}
	byID := map[string]*Agreement{}
	for _, a := range in.Agreements {
		if a != nil && !a.Deleted {
			byID[a.ID] = a
		}
	}
	if a := printedAs(in, v.SHA256, byID); a != nil {
		v.Agreement, v.InForce = a, InForce(a, byID)
		switch {
		case AgreementFingerprint(a) != a.Fingerprint:
			v.Kind = TamperedRecord
		case a.State == StateSigned && v.InForce == a:
			v.Kind = Verified
		case a.State == StateSuperseded && !a.SealedAt.IsZero():
			v.Kind = SupersededPrintout
		default:
			v.Kind = UnsignedPrintout
		}
		return v
	}
	candidates := carriers(in.PDF, byID)
	if in.PageTexts == nil || in.Print == nil {
		if len(candidates) > 0 {
			v.Kind = TextUnknown
		}
		return v
	}
	texts, err := in.PageTexts(in.PDF)
	if err != nil {
		return v
	}
	if len(candidates) == 0 {
		// A program that saved it again may have packed the keywords
		// away; the verification page prints the fingerprint in full.
		candidates = printedFingerprint(texts, byID)
	}
	for _, a := range candidates {
		for _, p := range in.Print(a) {
			want, err := in.PageTexts(p)
			if err == nil && samePages(texts, want) {
				v.Kind, v.Agreement, v.InForce = SameText, a, InForce(a, byID)
				return v
			}
		}
	}
	return v
}

// printedAs returns the locked agreement the PDF with this SHA-256 is a
// printout of: a recorded printout, or one this program makes now of an
// agreement whose fingerprint the PDF carries.
func printedAs(in VerifyInput, sum string, byID map[string]*Agreement) *Agreement {
	for _, p := range in.Printouts {
		if p != nil && !p.Deleted && p.SHA256 == sum {
			if a := byID[p.AgreementID]; a != nil && a.Version == p.Version && a.Fingerprint != "" {
				return a
			}
		}
	}
	if in.Print == nil {
		return nil
	}
	for _, a := range carriers(in.PDF, byID) {
		for _, p := range in.Print(a) {
			if bytes.Equal(p, in.PDF) {
				return a
			}
		}
	}
	return nil
}

// carriers returns the locked agreements whose fingerprint the PDF
// carries in its keywords, newest version first.
func carriers(pdf []byte, byID map[string]*Agreement) []*Agreement {
	fp := FingerprintInPDF(pdf)
	if fp == "" {
		return nil
	}
	var out []*Agreement
	for _, a := range byID {
		if a.Fingerprint == fp {
			out = append(out, a)
		}
	}
	slices.SortFunc(out, func(a, b *Agreement) int { return b.Version - a.Version })
	return out
}

// printedFingerprint returns the locked agreements whose full fingerprint
// the page texts show, newest version first.
func printedFingerprint(texts []string, byID map[string]*Agreement) []*Agreement {
	hexOnly := strings.Map(func(r rune) rune {
		if r >= '0' && r <= '9' || r >= 'a' && r <= 'f' {
			return r
		}
		if r >= 'A' && r <= 'F' {
			return r - 'A' + 'a'
		}
		if unicode.IsSpace(r) || r == '-' {
			return -1
		}
		return '|'
	}, strings.Join(texts, "\n"))
	var out []*Agreement
	for _, a := range byID {
		if a.Fingerprint != "" && strings.Contains(hexOnly, a.Fingerprint) {
			out = append(out, a)
		}
	}
	slices.SortFunc(out, func(a, b *Agreement) int { return b.Version - a.Version })
	return out
}

// InForce returns the version of a's agreement that is in force: the
// newest signed version along the chain of versions that replaced a, or
// nil when none is signed.
func InForce(a *Agreement, byID map[string]*Agreement) *Agreement {
	var inForce *Agreement
	seen := map[string]bool{}
	for at := a; at != nil && !seen[at.ID]; at = byID[at.SupersededBy] {
		seen[at.ID] = true
		if at.State == StateSigned {
			inForce = at
		}
	}
	return inForce
}

// AgreementsByID indexes the live agreements for InForce.
func AgreementsByID(list []*Agreement) map[string]*Agreement {
	out := map[string]*Agreement{}
	for _, a := range list {
		if a != nil && !a.Deleted {
			out[a.ID] = a
		}
	}
	return out
}

// samePages reports whether two PDFs' page texts are the same, page by
// page, white space aside.
func samePages(a, b []string) bool {
	a, b = trimPages(a), trimPages(b)
	if len(a) != len(b) || len(a) == 0 {
		return false
	}
	for i := range a {
		if strings.Join(strings.Fields(a[i]), " ") != strings.Join(strings.Fields(b[i]), " ") {
			return false
		}
	}
	return true
}

// trimPages drops trailing empty pages, as text extraction leaves after
// the last page break.
func trimPages(p []string) []string {
	for len(p) > 0 && strings.TrimSpace(p[len(p)-1]) == "" {
		p = p[:len(p)-1]
	}
	return p
}
