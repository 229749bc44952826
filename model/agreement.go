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
	// Clauses are the standard clauses a kommunjurist expects (syfte,
	// organisation, sekretess …), beside Brå's sections; see DefaultClauses.
	Clauses []Clause `json:"clauses,omitempty"`
	// Frame names the frame agreement this local agreement falls under.
	Frame Reference `json:"frame,omitzero"`
	// Replaces names the version this one replaces by title, period and
	// signing date, as printed; ReplacesFrom is the day the replacement
	// takes effect when the two periods overlap.
	Replaces     Reference `json:"replaces,omitzero"`
	ReplacesFrom Date      `json:"replacesFrom,omitempty"`
	// CommitmentIDs are the council's commitments the agreement includes.
	CommitmentIDs []string `json:"commitmentIds,omitempty"`
	// Included is a copy of the included commitments' content taken when
	// the agreement is frozen; the signed text never follows later edits.
	Included []IncludedCommitment `json:"included,omitempty"`
	Annexes  []Annex              `json:"annexes,omitempty"`
	// FollowUpPlan is the uppföljningsplan annex as it stood when the
	// agreement was frozen (see TakeFollowUpPlan).
	FollowUpPlan FollowUpPlan `json:"followUpPlan,omitzero"`
	Promises     []Promise    `json:"promises,omitempty"` // medborgarlöfte
	// Version counts from 1; PreviousID names the version it was copied
	// from, SupersededBy the version that replaced it.
	Version      int      `json:"version"`
	PreviousID   string   `json:"previousId,omitempty"`
	SupersededBy string   `json:"supersededBy,omitempty"`
	State        DocState `json:"state"`
	// Encoding is the version of the canonical encoding the fingerprint
	// was taken with (see AgreementFingerprint); 0 in files from before
	// versions were counted, which means 1 once frozen.
	Encoding    int       `json:"encoding,omitempty"`
	Fingerprint string    `json:"fingerprint,omitempty"` // fixed when frozen
	FrozenAt    time.Time `json:"frozenAt,omitzero"`
	SealedAt    time.Time `json:"sealedAt,omitzero"`
}

// RecordKind implements Record.
func (*Agreement) RecordKind() Kind { return KindAgreement }

// Label returns the agreement's title and version.
func (a *Agreement) Label() string { return a.Title }

// Party is one party of an agreement: an aktör as a signing party, with
// who signs for it, or as a medverkande aktör without a signature line.
type Party struct {
	PartID string `json:"partId"`
	// Organisation is the legal person ("Stockholms stad"), Through the
	// unit it acts through ("Skärholmens stadsdelsnämnd") and OrgNumber its
	// organisationsnummer, copied from the aktör when the agreement is
	// frozen so that the signed text never changes.
	Organisation string `json:"organisation,omitempty"`
	Through      string `json:"through,omitempty"`
	OrgNumber    string `json:"orgNumber,omitempty"`
	// CaseNumber is the party's own diarienummer for the agreement.
	CaseNumber  string    `json:"caseNumber,omitempty"`
	Role        PartyRole `json:"role,omitempty"`
	SignatoryID string    `json:"signatoryId,omitempty"` // a representative
	SignerName  string    `json:"signerName"`
	SignerTitle string    `json:"signerTitle,omitempty"`
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
	AnnexSchedule      AnnexKind = "tidsplan"         // made from the commitments
	AnnexFollowUpPlan  AnnexKind = "uppfoljningsplan" // made from the meetings
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
	SubArea      string `json:"subArea,omitempty"` // the seed's 4.1.1–4.4.6
	// Contributors name the medverkande aktörer of a shared commitment;
	// Part is the one ansvarig.
	Contributors []string `json:"contributors,omitempty"`
}

// PartyRole says whether a party signs an agreement or takes part in it.
type PartyRole string

// The roles of a party. The empty role is a signing party, as every party
// of an agreement was before medverkande aktörer existed.
const (
	PartySigning      PartyRole = ""
	PartyContributing PartyRole = "medverkande"
)

// Signs reports whether the party signs the agreement.
func (p Party) Signs() bool { return p.Role != PartyContributing }

// SigningParties returns the parties of a that sign it, in order.
func (a *Agreement) SigningParties() []Party {
	var out []Party
	for _, p := range a.Parties {
		if p.Signs() {
			out = append(out, p)
		}
	}
	return out
}

// Reference names another agreement as a reader knows it: by title,
// period and the date it was signed. ID links to the record when the file
// holds it; it is not printed and not part of the signed content.
type Reference struct {
	ID     string `json:"id,omitempty"`
	Title  string `json:"title,omitempty"`
	From   Date   `json:"from,omitempty"`
	To     Date   `json:"to,omitempty"`
	Signed Date   `json:"signed,omitempty"`
}

// IsZero reports whether the reference names nothing.
func (r Reference) IsZero() bool { return r == Reference{} }
