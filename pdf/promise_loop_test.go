package pdf

import (
	"strings"
	"testing"

	"samverka/model"
)

// testPromiseLoop returns testPromise's löfte with its first promise
// answering a trygghetsvandring's finding and carried out by a commitment
// followed up three times, the last after the report's date.
func testPromiseLoop() PromiseInput {
	in := testPromise(2, false)
	walk := &model.Dialogue{Meta: meta("dialogue-1"), Title: "Trygghetsvandring i Vårberg", Kind: model.DialogueWalk,
		Date: "2026-04-14", Place: "Vårbergs centrum", People: 23, Findings: []model.Finding{
			{ID: "f-1", Text: "Trasig belysning gör gångvägen mörk kvällstid.", Place: "Gångvägen mot tunnelbanan"},
			{ID: "f-2", Text: "Ingen vuxen närvaro vid torget på fredagar.", Place: "Vårbergstorget", PromiseID: "lofte-1"},
			{ID: "f-3", Text: "Klotter vid cykelgaraget.", Place: "Cykelgaraget"},
		}}
	p := &in.Agreement.Promises[0]
	p.ID, p.FindingIDs, p.CommitmentIDs = "lofte-1", []string{"f-1"}, []string{"com-light", "com-gone"}
	light := &model.Commitment{Meta: meta("com-light"), Title: "Ny belysning längs gångvägen i Vårberg", PartID: "part-00",
		Area: model.AreaCollaboration}
	in.Dialogues = []*model.Dialogue{walk}
	in.Commitments = []*model.Commitment{light}
	in.FollowUps = []*model.FollowUp{
		{Meta: meta("fu-1"), CommitmentID: "com-light", Date: "2026-05-20", Status: model.StatusOngoing, Light: model.LightYellow,
			Comment: "Upphandlingen av armaturer är klar."},
		{Meta: meta("fu-2"), CommitmentID: "com-light", Date: "2026-09-16", Status: model.StatusDone, Light: model.LightGreen,
			Comment: "Belysningen är uppsatt längs hela gångvägen."},
		{Meta: meta("fu-3"), CommitmentID: "com-light", Date: "2027-01-10", Status: model.StatusDone, Comment: "Efter rapportdagen."},
	}
	in.Until = "2026-12-31"
	return in
}

func TestPromiseFollowedUp(t *testing.T) {
	in := testPromiseLoop()
	doc := readBack(t, mustPromise(t, in))
	doc.checkPageNumbers(t)
	containsRaw(t, doc,
		"Svarar på Gångvägen mot tunnelbanan: Trasig belysning gör gångvägen mörk kvällstid. (trygghetsvandring 2026-04-14)",
		"Vårbergstorget: Ingen vuxen närvaro vid torget på fredagar. (trygghetsvandring 2026-04-14)",
		"Så följde vi upp",
		"Löfte 1: Vi ökar närvaron av vuxna i centrum fredagar och lördagar.",
		"Datum Åtagande Status Kommentar",
		"Upphandlingen av armaturer är klar.",
		"2026-09-16", "Klar", "Belysningen är uppsatt längs hela gångvägen.",
		"Ny belysning längs gångvägen i Vårberg",
		"Löfte 2: Vi håller fritidsgården i Sätra öppen",
		"Inget åtagande är ännu kopplat till löftet.",
		"Uppföljningen redovisas till och med 2026-12-31.",
	)
	text := squash(doc.text())
	for _, not := range []string{"Klotter vid cykelgaraget", "Efter rapportdagen"} {
		if strings.Contains(text, not) {
			t.Errorf("the löfte prints %q", not)
		}
	}
	// The follow-up part comes after the promises and the signers.
	if doc.onPage("Så följde vi upp") < doc.onPage("Vi lovar") {
		t.Error("Så följde vi upp comes before the promises")
	}
	if i, j := strings.Index(text, "Upphandlingen"), strings.Index(text, "Belysningen är uppsatt"); i < 0 || j < i {
		t.Error("follow-ups are not oldest first")
	}
	sameTwice(t, func() []byte { return mustPromise(t, testPromiseLoop()) })
}

func TestPromiseWithoutLinksHasNoFollowUpPart(t *testing.T) {
	doc := readBack(t, mustPromise(t, testPromise(2, false)))
	if text := squash(doc.text()); strings.Contains(text, "Så följde vi upp") || strings.Contains(text, "Svarar på") {
		t.Error("a löfte without links prints the follow-up part")
	}
}

func TestPromiseFollowedUpInEnglish(t *testing.T) {
	in := testPromiseLoop()
	in.Lang = "en"
	containsRaw(t, readBack(t, mustPromise(t, in)), "How we followed up", "Answers", "(safety walk 2026-04-14)", "Promise 1:")
}
