package pdf

import (
	"fmt"
	"strings"
	"testing"

	"samverka/model"
)

// TestPromiseNamesItsSigningParties: the medborgarlöfte listed every
// party, medverkande aktörer too, by organisation alone ("Stockholms stad"
// twice), and gave the medverkande aktörer empty signature places marked
// "Ännu inte undertecknat". It names the signing parties with the unit
// they act through, and only they have a place to sign.
func TestPromiseNamesItsSigningParties(t *testing.T) {
	in := testPromise(4, false)
	a := in.Agreement
	a.Parties[0].Organisation, a.Parties[0].Through = "Stockholms stad", "Skärholmens stadsdelsnämnd"
	a.Parties[3].Role = model.PartyContributing
	contributing := in.Parts[3].Name
	all := strings.Join(raw(t, readBack(t, mustPromise(t, in))), " ")
	if !strings.Contains(all, "Parter Stockholms stad genom Skärholmens stadsdelsnämnd, "+in.Parts[1].Name+", "+in.Parts[2].Name+" Medborgarlöftet") {
		t.Errorf("the parties are not the signing ones by their units:\n%s", all)
	}
	signers := all[strings.Index(all, "Undertecknat av"):]
	if strings.Contains(signers, contributing) {
		t.Errorf("the medverkande %s has a place to sign:\n%s", contributing, signers)
	}
	if !strings.Contains(signers, "Stockholms stad genom Skärholmens stadsdelsnämnd") {
		t.Errorf("a signer's party is not named by its unit:\n%s", signers)
	}
}

// TestVerificationNamesThePartyByItsUnit: the verification page's table
// of signers named a party by its organisation alone, so two nämnder of
// Stockholms stad read alike.
func TestVerificationNamesThePartyByItsUnit(t *testing.T) {
	in := testAgreement(4, 3, false)
	in.Agreement.Parties[0].Organisation, in.Agreement.Parties[0].Through = "Stockholms stad", "Skärholmens stadsdelsnämnd"
	in.Agreement.Parties[1].Organisation, in.Agreement.Parties[1].Through = "Stockholms stad", "utbildningsnämnden"
	b, _ := mustAgreement(t, in)
	all := strings.Join(raw(t, readBack(t, b)), " ")
	table := all[strings.LastIndex(all, "Part Undertecknare Underskriftssätt Tidpunkt"):]
	for _, want := range []string{"Stockholms stad genom Skärholmens stadsdelsnämnd", "Stockholms stad genom utbildningsnämnden"} {
		if !strings.Contains(table, want) {
			t.Errorf("the signers' table lacks %q:\n%s", want, table)
		}
	}
}

// TestAgreementCoverRunsOverIntoTheText: a cover whose medverkande aktörer
// ran over onto a second page was followed by a page break, leaving that
// page nearly blank; the text goes on under them.
func TestAgreementCoverRunsOverIntoTheText(t *testing.T) {
	in := testAgreement(4, 3, false)
	for i := range 30 {
		p := &model.Part{Meta: meta(fmt.Sprintf("contributing-%02d", i)), Name: fmt.Sprintf("Förening nummer %d i Skärholmen", i+1), Kind: model.PartAssociation}
		in.Parts = append(in.Parts, p)
		in.Agreement.Parties = append(in.Agreement.Parties, model.Party{PartID: p.ID, Role: model.PartyContributing})
	}
	b, _ := mustAgreement(t, in)
	doc := readBack(t, b)
	last := doc.onPage("Förening nummer 30 i Skärholmen")
	if last < 2 {
		t.Fatalf("the cover did not run over (the last aktör is on page %d)", last)
	}
	// A draft goes on with what to mend before it is locked.
	if text := doc.pages[last-1]; !strings.Contains(text, "Att åtgärda") {
		t.Errorf("page %d, where the cover ends, does not go on with the text:\n%s", last, text)
	}
}

// TestAttendanceGroupContinuesOnTheNextPage: an aktör whose
// representatives ran over a page break went on at the next page's top
// without its name, as if they were the previous group's.
func TestAttendanceGroupContinuesOnTheNextPage(t *testing.T) {
	in := testMeeting(0, false)
	part := in.Parts[0]
	for i := range 60 {
		in.Representatives = append(in.Representatives, &model.Representative{Meta: meta(fmt.Sprintf("extra-%02d", i)),
			PartID: part.ID, Name: fmt.Sprintf("Person %d", i+1), Title: "Samordnare", Role: model.RoleDeputy, ValidFrom: "2025-01-01"})
	}
	doc := readBack(t, mustMake(t, AttendanceList, in))
	if len(doc.pages) < 2 {
		t.Fatal("the list fits on one page")
	}
	if !strings.Contains(squash(doc.pages[1]), part.Name+" (forts.)") {
		t.Errorf("page 2 does not say whose representatives go on:\n%s", doc.pages[1])
	}
}
