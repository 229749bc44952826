package pdf

import (
	"strings"
	"testing"
)

// flat folds the spaces pdftotext and the number format put in text
// into single spaces, so that phrases can be searched for.
func flat(s string) string { return squash(strings.ReplaceAll(s, "\u00a0", " ")) }

func TestSituationPDF(t *testing.T) {
	ds := lawDataset()
	in, ok := SituationInputFrom(ds, "sit-2026")
	if !ok {
		t.Fatal("no lägesbild")
	}
	b, _, err := Situation(in)
	if err != nil {
		t.Fatal(err)
	}
	doc := readBack(t, b)
	text := flat(doc.text())
	for _, want := range []string{
		"Lägesbild Skärholmen 2026", "Sammanfattning", "Kartläggning", "Problem och konsekvenser", "Annan information",
		"Analys", "Källor och begränsningar", "Källor som använts", "Källor som inte använts", "Begränsningar",
		"Tabell 1. Anmälda brott per år", "1 234", "1 302", "48,5", "60,25", "Trygga, kvinnor",
		"Konsekvenser", "Skolorna lägger pengar på reparationer", "Ombyggnad av Skärholmens centrum",
		"1.1 Fritidsgården stängd", "Vad förra periodens åtgärder uppnådde",
		"Åtgärdsplan 2025, fastställd av Stadsdelsnämnden i Skärholmen den 2025-02-20 § 12, dnr SDN 2025/41",
		"Byt belysning på torget", "Ny belysning på plats",
		"Polisens underrättelser om öppen narkotikahandel (Intern)", "Hemligt-item om gängkonflikt (Ej offentlig, OSL 18 kap. 1 §)",
		"Hemligt-problem narkotikahandel",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("the internal version lacks %q", want)
		}
	}
	// The class markings page by page: TestSituationClassMarkings.

	in.Public = true
	b, _, err = Situation(in)
	if err != nil {
		t.Fatal(err)
	}
	pub := readBack(t, b)
	text = flat(pub.text())
	for _, want := range []string{"Offentlig version", "Kartläggning", "Anmälda brott per år", "1 234", "Ombyggnad av Skärholmens centrum", "Skadegörelse på skolorna"} {
		if !strings.Contains(text, want) {
			t.Errorf("the public version lacks %q", want)
		}
	}
	for _, secret := range []string{"Intern", "Hemligt", "underrättelse", "OSL", "narkotikahandel"} {
		if strings.Contains(text, secret) {
			t.Errorf("the public version holds %q", secret)
		}
	}
}
