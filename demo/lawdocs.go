package demo

import (
	"fmt"
	"math"
	"strconv"
	"time"

	"samverka/model"
)

// consequences are the konsekvenser of each problem of problemCatalog, by
// index: what the problem costs those affected, the area and trust.
var consequences = []string{
	"Boende och butiksanställda undviker centrum kvällstid, butiker flyttar och unga dras in i försäljningen.",
	"Barn dras in i grov brottslighet, skadas eller skadar andra; familjer och skolor tappar kontakten med dem.",
	"Boende, särskilt kvinnor och äldre, avstår från kvällsaktiviteter och blir isolerade.",
	"Skolorna lägger pengar på reparationer i stället för undervisning, och elever och personal känner sig otrygga.",
	"Våldet skadar de utsatta och de barn som bevittnar det; många söker inte hjälp.",
	"Elever lämnar skolan utan behörighet och blir lättare att rekrytera till kriminalitet.",
	"Boende drabbas av stölder och otrygghet i sina hus, och förråd och cykelrum står oanvända.",
	"Butiker och besökare upplever otrygghet, och ungdomarna själva hamnar i konflikter med vakter och polis.",
	"Unga debuterar tidigt med alkohol och narkotika, vilket ökar risken för missbruk och brott.",
	"Unga vuxna skadas, och fler undviker de platser där våldet sker.",
}

// lawDocs gives every lägesbild its figure tables (one of them the
// police's, internal), its annan information, its analysis and each
// problem's konsekvenser; every lägesbild but the newest gets an
// åtgärdsplan fastställd by the stadsdelsnämnd some weeks after it, the
// newest a draft plan.
func (g *generator) lawDocs() {
	for i, pic := range g.pictures {
		s := pic.rec
		year := s.Date.Year()
		s.Tables = []model.FigureTable{g.crimeTable(year), g.safetyTable(year), g.absenceTable(year), g.policeTable(year)}
		s.Items = lawItems(year)
		s.Analysis = "Kartläggningen visar att skadegörelsen och narkotikabrotten ligger kvar på en hög nivå, medan tryggheten kvällstid " +
			"är lägre bland kvinnor än bland män i alla delområden. Skolfrånvaron har ökat, vilket hänger samman med rekryteringen " +
			"av unga: de som tidigt lämnar skolan blir lättare att locka. Rådet bedömer därför att insatser i skolan och på " +
			"fritiden ska prioriteras före fler kameror och vakter."
		for _, e := range pic.problems {
			if e.spec < len(consequences) {
				e.rec.Consequences = consequences[e.spec]
			}
		}
		// The plan runs for a year from the month after its decision.
		decided := s.Date.AddDays(35)
		from := model.Date(decided.Time().AddDate(0, 1, 1-decided.Time().Day()).Format(model.DateLayout))
		to := model.Date(from.Time().AddDate(1, 0, -1).Format(model.DateLayout))
		title := fmt.Sprintf("Åtgärdsplan %d/%02d", from.Year(), to.Year()%100)
		adopt := i < len(g.pictures)-1 && decided < g.today
		p := &model.ActionPlan{SituationID: s.ID, Title: title, From: from, To: to}
		if !adopt {
			p.Meta = g.meta(s.Date.AddDays(10), 1, "")
		} else {
			p.Meta = g.meta(s.Date.AddDays(10), 2, decided)
			dec := model.PlanDecision{By: "Stadsdelsnämnden i Skärholmen", Date: decided,
				Paragraph: "§ " + strconv.Itoa(10+g.between(0, 20)), Diarienummer: fmt.Sprintf("SDN %d/%d", year, 100+g.between(0, 800))}
			if err := p.Adopt(dec, model.BuildPlanFor(g.knownBy(decided), s.ID, decided), g.at(decided)); err != nil {
				panic("demo: " + err.Error())
			}
		}
		g.ds.Plans = append(g.ds.Plans, p)
	}
}

// knownBy returns the records as the council knew them on day d: the
// commitments created by then.
func (g *generator) knownBy(d model.Date) *model.Dataset {
	ds := *g.ds
	ds.Commitments = nil
	end := d.Time().Add(24 * time.Hour)
	for _, c := range g.ds.Commitments {
		if c.Created.Before(end) {
			ds.Commitments = append(ds.Commitments, c)
		}
	}
	return &ds
}

// years returns the three years before year, as columns.
func years(year int) []string {
	return []string{strconv.Itoa(year - 3), strconv.Itoa(year - 2), strconv.Itoa(year - 1)}
}

// trend returns three yearly figures from about base, drifting by up to
// drift a year, rounded to step.
func (g *generator) trend(base, drift, step float64) []*float64 {
	out := make([]*float64, 3)
	v := base
	for i := range out {
		v += (g.rng.Float64()*2 - 1) * drift
		out[i] = model.Fig(math.Round(v/step) * step)
	}
	return out
}

func (g *generator) crimeTable(year int) model.FigureTable {
	t := model.FigureTable{Title: "Anmälda brott i Skärholmens stadsdelsområde", Source: "Polisen, öppen statistik över anmälda brott",
		Unit: "antal anmälda brott", Columns: years(year), Chart: model.ChartTrend}
	for _, r := range []struct {
		label string
		base  float64
	}{{"Skadegörelse", 1250}, {"Misshandel", 420}, {"Narkotikabrott", 610}, {"Rån", 95}, {"Inbrott i bostad", 180}} {
		t.Rows = append(t.Rows, model.FigureRow{Label: r.label, Values: g.trend(r.base, r.base/10, 1)})
	}
	return t
}

func (g *generator) safetyTable(year int) model.FigureTable {
	t := model.FigureTable{Title: "Känner sig trygga utomhus sent en kväll", Source: fmt.Sprintf("Stockholms stads trygghetsmätning %d", year-1),
		Unit: "procent av de svarande", Columns: []string{"Skärholmen", "Bredäng", "Sätra", "Vårberg"}, Chart: model.ChartBars,
		Note: "Svarande 16–84 år. Skillnader under fem procentenheter ligger inom felmarginalen."}
	for _, r := range []struct {
		sex  model.Sex
		base float64
	}{{model.SexFemale, 52}, {model.SexMale, 74}} {
		row := model.FigureRow{Label: "Trygga", Sex: r.sex, Age: "16–84 år"}
		for range t.Columns {
			row.Values = append(row.Values, model.Fig(math.Round((r.base+g.rng.Float64()*12-6)*10)/10))
		}
		t.Rows = append(t.Rows, row)
	}
	return t
}

// absenceTable is the school absence table the council imports from the
// utbildningsförvaltning's workbook each year.
func (g *generator) absenceTable(year int) model.FigureTable {
	t := model.FigureTable{Title: "Ogiltig frånvaro i årskurs 7–9", Source: "Utbildningsförvaltningen, importerad från Excel (frånvaro.xlsx, blad Frånvaro, B3:E7)",
		Unit: "procent av undervisningstiden", Columns: years(year)}
	for _, school := range []string{"Bredängsskolan", "Sätraskolan", "Vårbergsskolan", "Skärholmsskolan"} {
		t.Rows = append(t.Rows, model.FigureRow{Label: school, Values: g.trend(6.5, 1.2, 0.1)})
	}
	return t
}

func (g *generator) policeTable(year int) model.FigureTable {
	t := model.FigureTable{Title: "Platser med återkommande narkotikaförsäljning (polisens bedömning)", Source: "Lokalpolisområde Skärholmen",
		Unit: "antal platser", Columns: years(year), Marking: model.Marking{Class: model.ClassInternal},
		Note: "Polisens underlag; lämnas inte ut utanför rådet."}
	for _, area := range []string{"Skärholmens centrum", "Bredäng", "Vårberg"} {
		t.Rows = append(t.Rows, model.FigureRow{Label: area, Values: g.trend(4, 1.5, 1)})
	}
	return t
}

// lawItems are the annan information of a lägesbild made in year.
func lawItems(year int) []model.InfoItem {
	return []model.InfoItem{
		{Title: "Ombyggnad av Skärholmens centrum", Source: "Exploateringskontoret",
			Text: fmt.Sprintf("Torget och gångtunneln mot Bredäng byggs om %d–%d; under tiden blir gångvägarna smalare och mörkare.", year, year+1)},
		{Title: "Trygghetsvandring i Vårberg", Source: "Rådets trygghetsvandring i september",
			Text: "Deltagarna pekade ut gångvägen mellan tunnelbanan och Vårbergsskolan som mörk, och buskaget vid lekplatsen som skymmande."},
		{Title: "Polisens bedömning av konflikter mellan grupperingar", Source: "Lokalpolisområde Skärholmen",
			Text:    "Polisen bedömer att konflikten mellan två grupperingar i området kan blossa upp under våren.",
			Marking: model.Marking{Class: model.ClassSecret, Provision: "OSL 18 kap. 1 §"}},
	}
}
