package pdf

import "testing"

// BenchmarkAgreementPDF makes DESIGN.md's agreement: ten parties, 200
// commitments, signed. Budget: 250 ms.
func BenchmarkAgreementPDF(b *testing.B) {
	in := testAgreement(10, 200, true)
	b.ReportAllocs()
	for b.Loop() {
		if _, _, err := Agreement(in); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkMinutesPDF makes DESIGN.md's minutes: a meeting with 40
// follow-ups, approved. Budget: 150 ms.
func BenchmarkMinutesPDF(b *testing.B) {
	in := testMeeting(40, true)
	b.ReportAllocs()
	for b.Loop() {
		if _, _, err := Minutes(in); err != nil {
			b.Fatal(err)
		}
	}
}
