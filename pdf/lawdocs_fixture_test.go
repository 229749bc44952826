package pdf

import (
	"time"

	"samverka/model"
)

// lawDataset is a council with last year's lägesbild and plan
// (fastställd, its measures followed up) and this year's lägesbild with
// figure tables, one of them the police's and internal, a problem with
// konsekvenser, annan information (one item under sekretess) and a draft
// plan.
func lawDataset() *model.Dataset {
	at := time.Date(2026, 1, 20, 10, 0, 0, 0, time.UTC)
	meta := func(id string) model.Meta { return model.Meta{ID: id, Rev: 1, Created: at, Modified: at} }
	ds := model.NewDataset(&model.Council{Meta: meta("council"), Name: "Brottsförebyggande rådet Skärholmen"})
	ds.Add(&model.Part{Meta: meta("part-sdf"), Name: "Skärholmens stadsdelsförvaltning", Kind: model.PartDistrict})
	ds.Add(&model.Part{Meta: meta("part-lpo"), Name: "Lokalpolisområde Skärholmen", Kind: model.PartPolice})
	ds.Add(&model.Situation{Meta: meta("sit-2025"), Title: "Lägesbild Skärholmen 2025", Date: "2025-01-15", Area: "Skärholmen"})
	ds.Add(&model.Situation{Meta: meta("sit-2026"), Title: "Lägesbild Skärholmen 2026", Date: "2026-01-15",
		From: "2025-01-01", To: "2025-12-31", Area: "Skärholmen",
		Summary:  "Otryggheten kring torget har minskat men skadegörelsen på skolorna har ökat.",
		Analysis: "Skadegörelsen samvarierar med att fritidsgården har stängt kvällstid.",
		Tables: []model.FigureTable{
			{Title: "Anmälda brott per år", Source: "Polisen, öppen statistik", Unit: "antal", Columns: []string{"2023", "2024", "2025"},
				Rows: []model.FigureRow{
					{Label: "Skadegörelse", Values: []*float64{model.Fig(1234), model.Fig(1180), model.Fig(1302)}},
					{Label: "Rån", Values: []*float64{model.Fig(88), nil, model.Fig(61)}},
				}},
			{Title: "Trygghet utomhus sent en kväll", Source: "Stockholms stads trygghetsmätning", Unit: "procent trygga",
				Columns: []string{"Skärholmen", "Bredäng", "Sätra"},
				Rows: []model.FigureRow{
					{Label: "Trygga", Sex: model.SexFemale, Values: []*float64{model.Fig(48.5), model.Fig(52), model.Fig(60.25)}},
					{Label: "Trygga", Sex: model.SexMale, Values: []*float64{model.Fig(71.3), model.Fig(70), model.Fig(77)}},
				}},
			{Title: "Polisens underrättelser om öppen narkotikahandel", Source: "Polisen LPO Skärholmen", Unit: "platser",
				Columns: []string{"2024", "2025"}, Marking: model.Marking{Class: model.ClassInternal},
				Rows: []model.FigureRow{{Label: "Hemligtorget", Values: []*float64{model.Fig(7), model.Fig(9)}}}},
		},
		Items: []model.InfoItem{
			{Title: "Ombyggnad av Skärholmens centrum", Text: "Torget byggs om 2026–2027.", Source: "Exploateringskontoret"},
			{Title: "Hemligt-item om gängkonflikt", Text: "Uppgifter från polisens underrättelseenhet.",
				Marking: model.Marking{Class: model.ClassSecret, Provision: "OSL 18 kap. 1 §"}},
		},
		SourcesUsed:    []string{"Polisens öppna statistik", "Trygghetsmätningen 2025"},
		SourcesLeftOut: []string{"Stockholmsenkäten: ny mätning först 2026"},
		Limitations:    "Få svar i Sätra.",
	})
	ds.Add(&model.Problem{Meta: meta("prob-torg"), SituationID: "sit-2025", Title: "Otrygghet vid torget", Rank: 1})
	ds.Add(&model.Cause{Meta: meta("cause-ljus"), ProblemID: "prob-torg", Number: 1, Description: "Dålig belysning"})
	ds.Add(&model.Commitment{Meta: meta("com-ljus"), Title: "Byt belysning på torget", PartID: "part-sdf", CauseID: "cause-ljus",
		Area: model.AreaCollaboration, Start: "2025-02-01", Due: "2025-06-30", Status: model.StatusDone})
	ds.Add(&model.FollowUp{Meta: meta("fu-ljus"), CommitmentID: "com-ljus", Date: "2025-06-12", Status: model.StatusDone,
		Light: model.LightGreen, Comment: "Ny belysning på plats"})
	ds.Add(&model.Problem{Meta: meta("prob-skola"), SituationID: "sit-2026", Title: "Skadegörelse på skolorna", Rank: 1,
		What: "Krossade fönster och klotter", Where: "Skolorna i Bredäng", When: "Kvällar och helger", Affected: "Elever och personal",
		Consequences: "Skolorna lägger pengar på reparationer i stället för undervisning, och eleverna känner sig otrygga."})
	ds.Add(&model.Problem{Meta: meta("prob-hemlig"), SituationID: "sit-2026", Title: "Hemligt-problem narkotikahandel", Rank: 2,
		Marking: model.Marking{Class: model.ClassInternal}})
	ds.Add(&model.Cause{Meta: meta("cause-kvall"), ProblemID: "prob-skola", Number: 1, Description: "Få vuxna ute kvällstid"})
	ds.Add(&model.Cause{Meta: meta("cause-fritid"), ProblemID: "prob-skola", ParentID: "cause-kvall", Number: 1, Description: "Fritidsgården stängd"})
	ds.Add(&model.Commitment{Meta: meta("com-fritid"), Title: "Öppna fritidsgården fredagar", PartID: "part-sdf", CauseID: "cause-fritid",
		Area: model.AreaSchool, Start: "2026-02-01", Due: "2026-12-31",
		Goal: model.Goal{Indicator: "Anmäld skadegörelse på skolorna", Baseline: "42", Target: "30"}})
	last := &model.ActionPlan{Meta: meta("plan-2025"), SituationID: "sit-2025", Title: "Åtgärdsplan 2025", From: "2025-01-01", To: "2025-12-31"}
	if err := last.Adopt(model.PlanDecision{By: "Stadsdelsnämnden i Skärholmen", Date: "2025-02-20", Paragraph: "§ 12",
		Diarienummer: "SDN 2025/41"}, model.BuildPlanFor(ds, "sit-2025", "2025-02-20"), at); err != nil {
		panic(err)
	}
	ds.Add(last)
	ds.Add(&model.ActionPlan{Meta: meta("plan-2026"), SituationID: "sit-2026", Title: "Åtgärdsplan 2026", From: "2026-01-01", To: "2026-12-31"})
	return ds
}
