package model

import "strings"

// Printout records one PDF printed of a signed agreement: the SHA-256 of
// its bytes. Printouts are append-only and travel with merge, so that a
// paper copy printed by an older Samverka, whose PDFs differ byte for
// byte from today's, can still be verified.
type Printout struct {
	Meta
	AgreementID string `json:"agreementId"`
	Version     int    `json:"version"`
	SHA256      string `json:"sha256"`
	// Program is the version of Samverka that printed it.
	Program string `json:"program,omitempty"`
}

// RecordKind implements Record.
func (*Printout) RecordKind() Kind { return KindPrintout }

// Label returns the printout's checksum in short.
func (p *Printout) Label() string { return ShortFingerprint(p.SHA256) }

// shortID returns the first eight characters of an id.
func shortID(id string) string {
	id, _, _ = strings.Cut(id, "-")
	return id[:min(len(id), 8)]
}
