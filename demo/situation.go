package demo

import (
	"fmt"
	"slices"

	"samverka/model"
)

// problemSpec is a problem a lägesbild in the district can find, with its
// likely causes; a cause may have sub-causes.
type problemSpec struct {
	title, what, where, when, affected string
	areas                              []model.Area
	causes                             []causeSpec
}

type causeSpec struct {
	text string
	subs []string
}

// Problems of the catalogue every lägesbild holds.
const (
	recruitmentProblem = 1
	violenceProblem    = 4
)

// smallPictures are the small council's lägesbilder, most pressing
// problem first.
var smallPictures = [][]int{{0, 1, 2, 4, 5, 7}, {1, 0, 2, 5, 4, 3}}

var problemCatalog = []problemSpec{
	{
		"Öppen narkotikaförsäljning i centrummiljön",
		"Återkommande försäljning av narkotika, främst cannabis, i och kring centrum och tunnelbaneuppgångarna.",
		"Skärholmens centrum, Skärholmstorget och gångtunneln mot Bredäng",
		"Eftermiddag och kväll, särskilt fredagar och lördagar",
		"Boende, butiksanställda och unga som passerar; unga som utnyttjas som langare",
		[]model.Area{model.AreaCivilSociety, model.AreaCollaboration},
		[]causeSpec{
			{"Platser med dålig belysning och skymd sikt", []string{"Trasig belysning lagas långsamt", "Buskage och skärmtak skymmer sikten från torget"}},
			{"Låg vuxennärvaro kvällstid", nil},
			{"Efterfrågan från köpare utanför stadsdelen", nil},
			{"Bristande samordning mellan fastighetsägare, centrum och polis", nil},
		},
	},
	{
		"Rekrytering av barn och unga till kriminella nätverk",
		"Barn och unga, ibland redan från tolv års ålder, används som springpojkar, langare och för att förvara vapen och narkotika.",
		"Bredäng, Sätra och Vårberg; kontakter tas också via sociala medier",
		"Året runt, med en ökning under skollov",
		"Barn och unga 12–17 år och deras familjer",
		[]model.Area{model.AreaCollaboration, model.AreaSchool},
		[]causeSpec{
			{"Hög skolfrånvaro och svag anknytning till skolan", []string{"Ökande frånvaro upptäcks sent", "Få vuxna i skolan som eleverna har förtroende för"}},
			{"Brist på meningsfull fritid för äldre barn", []string{"Fritidsgårdarna har korta öppettider under lov"}},
			{"Föräldrar känner inte igen tecknen på rekrytering", nil},
			{"Ekonomisk utsatthet och snabba pengar som lockbete", nil},
		},
	},
	{
		"Otrygghet kvällstid vid tunnelbanestationerna",
		"Boende, särskilt kvinnor och äldre, undviker att gå till och från tunnelbanan efter mörkrets inbrott.",
		"Vårbergs, Sätra och Bredängs tunnelbanestationer med gångvägarna dit",
		"Kvällar, främst under vinterhalvåret",
		"Boende och pendlare, i synnerhet kvinnor och äldre",
		[]model.Area{model.AreaCivilSociety, model.AreaViolence},
		[]causeSpec{
			{"Mörka och ödsliga gångstråk", []string{"Belysningen på gångvägarna är gles", "Tomma lokaler i de stationsnära bottenvåningarna"}},
			{"Grupper som uppehåller sig vid entréerna", nil},
			{"Lite personal i kollektivtrafiken kvällstid", nil},
		},
	},
	{
		"Skadegörelse och anlagda bränder i skolmiljöer",
		"Skadegörelse, klotter och anlagda bränder i och kring skolor och förskolor, främst under helger.",
		"Skolgårdar i Sätra och Vårberg",
		"Helger och skollov, kvällstid",
		"Elever, personal och närboende",
		[]model.Area{model.AreaSchool},
		[]causeSpec{
			{"Skolgårdarna saknar vuxennärvaro efter skoltid", nil},
			{"Sen sanering gör att klotter drar till sig mer klotter", nil},
			{"Brännbart material och avfall förvaras öppet", nil},
		},
	},
	{
		"Våld i nära relationer och hedersrelaterat våld och förtryck",
		"Anmälningarna om våld i nära relationer har ökat, och personal i skola och socialtjänst möter fler unga som lever med hedersrelaterade begränsningar.",
		"Hela stadsdelen",
		"Året runt, med en ökning kring storhelger och sommarlov",
		"Kvinnor, barn och unga, även hbtqi-personer",
		[]model.Area{model.AreaViolence},
		[]causeSpec{
			{"Personalen saknar kunskap om att upptäcka och fråga om våld", []string{"Rutinerna för att fråga om våld används inte"}},
			{"Normer om manlighet och kontroll", nil},
			{"De utsatta vet inte var de kan få stöd", nil},
		},
	},
	{
		"Hög skolfrånvaro och avbrutna gymnasiestudier",
		"Andelen elever med hög frånvaro i högstadiet är högre än stadens genomsnitt, och fler avbryter gymnasiet under första året.",
		"Högstadieskolorna och gymnasiet i stadsdelen",
		"Läsåret, med en topp under vårterminen",
		"Elever i årskurs 7–9 och i gymnasiets första år",
		[]model.Area{model.AreaSchool},
		[]causeSpec{
			{"Sen och splittrad uppföljning av frånvaron", nil},
			{"Otrygghet på väg till och från skolan", nil},
			{"Otillräckligt stöd i övergången till gymnasiet", nil},
		},
	},
	{
		"Inbrott i källarförråd, garage och cykelrum",
		"Återkommande inbrott och skadegörelse i källarförråd, garage och cykelrum i flerbostadshus.",
		"Vårby gård och Vårberg",
		"Nätter, året runt",
		"Boende i hyresrätter och bostadsrätter",
		[]model.Area{model.AreaCivilSociety},
		[]causeSpec{
			{"Dåliga lås och dörrar som inte går igen", nil},
			{"Ingen vet vilka som har nycklar och taggar", nil},
			{"Få grannar som känner varandra och reagerar", nil},
		},
	},
	{
		"Ordningsstörningar och ungdomsgrupper i centrum",
		"Grupper av unga stör ordningen, hotar butikspersonal och rånar ibland andra unga.",
		"Skärholmens centrum och köpcentrumets entréer",
		"Eftermiddagar efter skoltid och fredagskvällar",
		"Butiksanställda, besökare och andra unga",
		[]model.Area{model.AreaCivilSociety, model.AreaCollaboration},
		[]causeSpec{
			{"Få samlingsplatser för unga som är öppna på kvällen", nil},
			{"Oklara regler och olika bemötande från väktare och personal", nil},
			{"Svag kontakt mellan centrum, fältassistenter och polis", nil},
		},
	},
	{
		"Langning av alkohol och narkotika till unga",
		"Unga svarar i Stockholmsenkäten att det är lätt att få tag på alkohol och cannabis i stadsdelen.",
		"Hela stadsdelen, särskilt kring centrum",
		"Helger, skolavslutningar och valborg",
		"Unga under 18 år",
		[]model.Area{model.AreaCivilSociety, model.AreaSchool},
		[]causeSpec{
			{"Vuxna som köper ut till unga", nil},
			{"Bristande tillsyn av försäljningsställen", nil},
			{"Föräldrar underskattar hur lätt det är att få tag på", nil},
		},
	},
	{
		"Våld och hot i offentlig miljö bland unga vuxna",
		"Misshandel och hot mellan unga vuxna i offentlig miljö, ibland med kniv.",
		"Kring tunnelbanan i Bredäng och Skärholmen",
		"Helgnätter",
		"Unga vuxna 18–25 år",
		[]model.Area{model.AreaViolence, model.AreaCollaboration},
		[]causeSpec{
			{"Konflikter som trappas upp i sociala medier", nil},
			{"Alkohol och narkotika", nil},
			{"Få vägar ut för den som vill lämna en kriminell livsstil", nil},
		},
	},
}

var sourcesUsed = []string{
	"Polisens anmälningsstatistik för lokalpolisområdet",
	"Stockholms stads trygghetsmätning",
	"Stockholmsenkäten, elever i årskurs 9 och gymnasiets år 2",
	"Fältassistenternas iakttagelser och veckorapporter",
	"Bostadsbolagens felanmälningar om skadegörelse och klotter",
	"Skolornas frånvarostatistik",
	"Trygghetsvandringar med boende",
	"Socialtjänstens orosanmälningar, sammanställda på gruppnivå",
	"Kollektivtrafikens störningsrapporter",
}

var sourcesLeftOut = []string{
	"Regionens uppgifter om våldsskador: finns inte på stadsdelsnivå",
	"Butikernas egna incidentrapporter: lämnades inte in i tid",
	"Räddningstjänstens statistik över anlagda bränder: kom efter sammanställningen",
	"Föreningarnas närvarolistor: inte jämförbara mellan åren",
}

// picture is a lägesbild with its problems, each with its causes.
type picture struct {
	rec      *model.Situation
	problems []*problemEntry
}

type problemEntry struct {
	rec    *model.Problem
	spec   int            // index into problemCatalog
	causes []*model.Cause // top-level causes by number-1
	subs   map[int][]*model.Cause
}

// situations makes one lägesbild a year, the first shortly before the
// first meeting, each ranking a handful of the catalogue's problems.
func (g *generator) situations() {
	first := g.firstMeeting()
	for k := range g.size.situations {
		date := first.AddDays(-60 + 365*k)
		if date >= g.today {
			break
		}
		year := date.Year()
		s := &model.Situation{
			Meta:    g.meta(date, 2, date.AddDays(g.between(5, 20))),
			Title:   fmt.Sprintf("Lägesbild Skärholmen %d", year),
			Date:    date,
			From:    date.AddDays(-365),
			To:      date.AddDays(-1),
			Area:    "Skärholmens stadsdelsområde: Skärholmen, Bredäng, Sätra och Vårberg, samt Vårby gård i samverkan med Huddinge",
			Summary: "Lägesbilden sammanställdes av stadsdelsförvaltningen och lokalpolisområdet tillsammans med skolorna och bostadsbolagen. Den samlade bedömningen är att otryggheten kvällstid och rekryteringen av unga är de allvarligaste problemen, medan inbrotten i flerbostadshus har minskat.",
			Limitations: "Flera källor redovisas för hela stadsdelsområdet och kan inte brytas ned på enskilda delområden. " +
				"Mörkertalet för våld i nära relationer är stort.",
		}
		s.SourcesUsed = g.some(sourcesUsed, 5, 7)
		s.SourcesLeftOut = g.some(sourcesLeftOut, 2, 3)
		g.ds.Situations = append(g.ds.Situations, s)
		pic := &picture{rec: s}
		chosen := g.rng.Perm(len(problemCatalog))[:g.size.problems]
		if g.scale == Small {
			chosen = slices.Clone(smallPictures[k%len(smallPictures)])
		}
		// Every picture has the strategy's core problem, recruitment,
		// and violence in close relationships (priority area 3).
		for i, must := range []int{recruitmentProblem, violenceProblem} {
			if !slices.Contains(chosen, must) {
				chosen[len(chosen)-1-i] = must
			}
		}
		for rank, spec := range chosen {
			pic.problems = append(pic.problems, g.problem(s, spec, rank+1))
		}
		g.pictures = append(g.pictures, pic)
	}
}

func (g *generator) problem(s *model.Situation, spec, rank int) *problemEntry {
	ps := problemCatalog[spec]
	p := &model.Problem{
		Meta:        g.meta(s.Date, 1, ""),
		SituationID: s.ID,
		Title:       ps.title,
		What:        ps.what,
		Where:       ps.where,
		When:        ps.when,
		Affected:    ps.affected,
		Rank:        rank,
		Areas:       ps.areas,
	}
	g.ds.Problems = append(g.ds.Problems, p)
	e := &problemEntry{rec: p, spec: spec, subs: map[int][]*model.Cause{}}
	for i, cs := range ps.causes {
		c := &model.Cause{Meta: g.meta(s.Date, 1, ""), ProblemID: p.ID, Number: i + 1, Description: cs.text}
		g.ds.Causes = append(g.ds.Causes, c)
		e.causes = append(e.causes, c)
		for j, sub := range cs.subs {
			sc := &model.Cause{Meta: g.meta(s.Date, 1, ""), ProblemID: p.ID, ParentID: c.ID, Number: j + 1, Description: sub}
			g.ds.Causes = append(g.ds.Causes, sc)
			e.subs[i] = append(e.subs[i], sc)
		}
	}
	return e
}

// pictureOn returns the lägesbild in force on day d: the latest one made
// by then, or the first.
func (g *generator) pictureOn(d model.Date) *picture {
	p := g.pictures[0]
	for _, x := range g.pictures {
		if x.rec.Date <= d {
			p = x
		}
	}
	return p
}

// some returns between lo and hi of list's elements, in list order.
func (g *generator) some(list []string, lo, hi int) []string {
	n := min(g.between(lo, hi), len(list))
	idx := g.rng.Perm(len(list))[:n]
	var out []string
	for i, s := range list {
		for _, j := range idx {
			if i == j {
				out = append(out, s)
			}
		}
	}
	return out
}
