package pdf

import (
	"fmt"
	"testing"

	"samverka/model"
)

// BenchmarkSituationPDF makes DESIGN.md's lägesbild: ten figure tables,
// each drawn as a chart, with the rest of the demo-like lägesbild, the
// internal version. Budget: 250 ms.
func BenchmarkSituationPDF(b *testing.B) {
	ds := lawDataset()
	in, ok := SituationInputFrom(ds, "sit-2026")
	if !ok {
		b.Fatal("no lägesbild")
	}
	s := *in.Situation
	s.Tables = nil
	for i := range 10 {
		t := model.FigureTable{Title: fmt.Sprintf("Tabell med siffror %d", i+1), Source: "Polisen", Unit: "antal",
			Columns: []string{"2019", "2020", "2021", "2022", "2023", "2024"}}
		if i%2 == 1 {
			t.Columns = []string{"Skärholmen", "Bredäng", "Sätra", "Vårberg", "Vårby gård", "Hela området"}
		}
		for r := range 6 {
			row := model.FigureRow{Label: fmt.Sprintf("Rad %d", r+1)}
			for c := range t.Columns {
				row.Values = append(row.Values, model.Fig(float64(100+37*r+11*c+i)))
			}
			t.Rows = append(t.Rows, row)
		}
		s.Tables = append(s.Tables, t)
	}
	in.Situation = &s
	b.ReportAllocs()
	for b.Loop() {
		if _, _, err := Situation(in); err != nil {
			b.Fatal(err)
		}
	}
}
