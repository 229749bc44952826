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
