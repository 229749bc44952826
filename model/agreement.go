package model

import "time"

// Agreement is a samverkansöverenskommelse: parties commit to named actions
// for a period and their signatories sign. Once it leaves the draft state
// its content is frozen and fingerprinted; a change needs a new version.
type Agreement struct {
	Meta
	Title    string   `json:"title"`
	From     Date     `json:"from"`
	To       Date     `json:"to"`
	Parties  []Party  `json:"parties,omitempty"`
	Sections Sections `json:"sections"`
	// CommitmentIDs are the council's commitments the agreement includes.
	CommitmentIDs []string `json:"commitmentIds,omitempty"`
	// Included is a copy of the included commitments' content taken when
	// the agreement is frozen; the signed text never follows later edits.
	Included []IncludedCommitment `json:"included,omitempty"`
	Annexes  []Annex              `json:"annexes,omitempty"`
	Promises []Promise            `json:"promises,omitempty"` // medborgarlöfte
	// Version counts from 1; PreviousID names the version it was copied
	// from, SupersededBy the version that replaced it.
	Version      int       `json:"version"`
	PreviousID   string    `json:"previousId,omitempty"`
	SupersededBy string    `json:"supersededBy,omitempty"`
	State        DocState  `json:"state"`
	Fingerprint  string    `json:"fingerprint,omitempty"` // fixed when frozen
	FrozenAt     time.Time `json:"frozenAt,omitzero"`
	SealedAt     time.Time `json:"sealedAt,omitzero"`
}

// RecordKind implements Record.
func (*Agreement) RecordKind() Kind { return KindAgreement }

// Label returns the agreement's title and version.
func (a *Agreement) Label() string { return a.Title }

// Party is one signing party of an agreement and who signs for it.
type Party struct {
	PartID string `json:"partId"`
	// Organisation is the part's name, copied when the agreement is frozen
	// so that the signed text never changes.
	Organisation string `json:"organisation,omitempty"`
	SignatoryID  string `json:"signatoryId,omitempty"` // a representative
	SignerName   string `json:"signerName"`
	SignerTitle  string `json:"signerTitle,omitempty"`
}

// Sections are the parts of an agreement that Brå asks every agreement to
// state.
type Sections struct {
	Problems      string `json:"problems,omitempty"`      // problems in focus
	Causes        string `json:"causes,omitempty"`        // their likely causes
	Goals         string `json:"goals,omitempty"`         // delimited, measurable goals
	Documentation string `json:"documentation,omitempty"` // how the work is documented
	FollowUp      string `json:"followUp,omitempty"`      // how follow-up is done
	Background    string `json:"background,omitempty"`
}

// AnnexKind names a standard annex of an agreement.
type AnnexKind string

// The standard annexes.
const (
	AnnexSituation     AnnexKind = "lagesbild"
	AnnexPlan          AnnexKind = "atgardsplan"
	AnnexCommunication AnnexKind = "kommunikationsplan"
	AnnexPromise       AnnexKind = "medborgarlofte"
	AnnexOther         AnnexKind = "ovrig"
)

// Annex is an annex of an agreement.
type Annex struct {
	Kind        AnnexKind `json:"kind,omitempty"`
	Title       string    `json:"title"`
	Description string    `json:"description,omitempty"`
}

// Promise is one numbered promise of a medborgarlöfte. Polisen's model is
// dialogue → löfte → follow-up → new dialogue: a promise names the
// dialogue findings it answers and the commitments that carry it out.
type Promise struct {
	// ID is stable across versions, so that a finding can name its löfte.
	ID             string   `json:"id,omitempty"`
	Text           string   `json:"text"`
	Quantity       string   `json:"quantity,omitempty"` // e.g. "12 nattvandringar per termin"
	ExpectedEffect string   `json:"expectedEffect,omitempty"`
	PartIDs        []string `json:"partIds,omitempty"`
	FindingIDs     []string `json:"findingIds,omitempty"`
	CommitmentIDs  []string `json:"commitmentIds,omitempty"`
}

// SignMethod says how a signature was given.
type SignMethod string

// The ways to sign.
const (
	SignDrawn SignMethod = "ritad" // drawn on screen
	SignPaper SignMethod = "papper"
)

// Point is a point of a drawn signature, in the pad's own units (0..1 of its
// width and height).
type Point struct {
	X float32 `json:"x"`
	Y float32 `json:"y"`
}

// Signature is one party's signature of an agreement version. Signatures
// are append-only and merge by union.
type Signature struct {
	Meta
	AgreementID  string     `json:"agreementId"`
	PartID       string     `json:"partId"`
	SignerName   string     `json:"signerName"`
	SignerTitle  string     `json:"signerTitle,omitempty"`
	Organisation string     `json:"organisation,omitempty"`
	Place        string     `json:"place,omitempty"`
	Date         Date       `json:"date"`
	SignedAt     time.Time  `json:"signedAt"`
	Method       SignMethod `json:"method"`
	Strokes      [][]Point  `json:"strokes,omitempty"`
	// Fingerprint is the agreement fingerprint that was signed.
	Fingerprint string `json:"fingerprint"`
}

// RecordKind implements Record.
func (*Signature) RecordKind() Kind { return KindSignature }

// Label returns the signer's name.
func (s *Signature) Label() string { return s.SignerName }

// IncludedCommitment is the frozen copy of a commitment in an agreement.
type IncludedCommitment struct {
	CommitmentID string `json:"commitmentId"`
	Part         string `json:"part"`
	Title        string `json:"title"`
	Description  string `json:"description,omitempty"`
	Area         Area   `json:"area"`
	Due          Date   `json:"due,omitempty"`
	Contact      string `json:"contact,omitempty"`
	Indicator    string `json:"indicator,omitempty"`
	Target       string `json:"target,omitempty"`
}
