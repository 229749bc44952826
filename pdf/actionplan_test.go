package pdf

import (
	"strings"
	"testing"
)

func TestActionPlanPDFAdoptedIsADecision(t *testing.T) {
	ds := lawDataset()
	in, ok := ActionPlanInputFrom(ds, "", "2026-01-20")
	if !ok || in.Plan.ID != "plan-2025" {
		t.Fatalf("the default plan is not the fastställd one: %+v", in.Plan)
	}
	b, _, err := ActionPlan(in)
	if err != nil {
		t.Fatal(err)
	}
	doc := readBack(t, b)
	text := flat(doc.text())
	for _, want := range []string{"Åtgärdsplan 2025",
		"Fastställd av Stadsdelsnämnden i Skärholmen den 2025-02-20 § 12, dnr SDN 2025/41.",
		"Problem 1: Otrygghet vid torget", "Byt belysning på torget", "Kontrollsumma " + in.Plan.Fingerprint[:4],
		"Dnr SDN 2025/41"} {
		if !strings.Contains(text, want) {
			t.Errorf("the fastställd plan lacks %q", want)
		}
	}
	for _, not := range []string{"Röd tråd", "Utkast", "UTKAST", "saknas", "Brister"} {
		if strings.Contains(text, not) {
			t.Errorf("the fastställd plan says %q", not)
		}
	}
	// Changing the records after the decision does not change the print.
	ds.Commitments[0].Title = "Något helt annat"
	again, _, _ := ActionPlan(in)
	if string(again) != string(b) {
		t.Error("the fastställd print follows the live records")
	}
}

func TestActionPlanPDFDraft(t *testing.T) {
	ds := lawDataset()
	in, ok := ActionPlanInputFrom(ds, "plan-2026", "2026-01-20")
	if !ok {
		t.Fatal("no draft")
	}
	b, _, err := ActionPlan(in)
	if err != nil {
		t.Fatal(err)
	}
	doc := readBack(t, b)
	text := flat(doc.text())
	for _, want := range []string{"Åtgärdsplan 2026", "Utkast", "Öppna fritidsgården fredagar", "Utgångsvärde: 42",
		"Målvärde: 30", "Röd tråd saknas (1)", "Hemligt-problem narkotikahandel"} {
		if !strings.Contains(text, want) {
			t.Errorf("the draft lacks %q", want)
		}
	}
	for i, p := range doc.pages {
		if !strings.Contains(p, "UTKAST") {
			t.Errorf("page %d of the draft is not marked", i+1)
		}
	}
	for _, other := range []string{"Otrygghet vid torget", "Byt belysning", "Fastställd av"} {
		if strings.Contains(text, other) {
			t.Errorf("the draft of 2026 shows %q", other)
		}
	}
}
