package demo

import (
	"cmp"
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"time"

	"samverka/model"
)

// yearStream is the random stream of the council's year. The year is made
// last, from a stream of its own, so that it leaves every other record as
// it was before the year was added.
const yearStream = 0x7965_6172_2d77_6865

// dialogueSpec is one dialogue of the example council: how many days
// before today it was held, and what it found.
type dialogueSpec struct {
	daysAgo       int
	kind          model.DialogueKind
	title, place  string
	partKinds     []model.PartKind
	organisations []string
	people        [2]int
	findings      []findingSpec
}

// findingSpec is a finding; problem indexes problemCatalog (-1: none) and
// promise the medborgarlöfte's promises (-1: none).
type findingSpec struct {
	text, place      string
	problem, promise int
}

var dialogueCatalog = []dialogueSpec{
	{290, model.DialogueCitizens, "Medborgardialog inför medborgarlöftet", "Skärholmstorget",
		[]model.PartKind{model.PartDistrict, model.PartPolice}, []string{"Hyresgästföreningen Skärholmen", "Skärholmens församling"}, [2]int{60, 90},
		[]findingSpec{
			{"Boende vill se polisen oftare vid tunnelbanan fredag och lördag kväll.", "Skärholmens tunnelbanestation", 2, 1},
			{"Unga saknar en plats att vara på kvällstid under skolloven.", "Sätra", 1, 2},
			{"Många vet inte vad rådet gör och vill få veta hur det går.", "Skärholmstorget", -1, 3},
		}},
	{250, model.DialogueWalk, "Trygghetsvandring i Vårberg", "Vårbergs centrum",
		[]model.PartKind{model.PartDistrict, model.PartPolice, model.PartHousing}, []string{"Hyresgästföreningen Vårberg"}, [2]int{15, 30},
		[]findingSpec{
			{"Trasig belysning gör gångvägen mörk och otrygg kvällstid.", "Gångvägen mellan Vårbergs centrum och tunnelbanan", 2, 0},
			{"Höga buskar skymmer sikten vid lekplatsen.", "Lekplatsen vid Vårbergsvägen", -1, 0},
			{"Klotter och nedskräpning vid cykelgaraget.", "Cykelgaraget vid Vårbergs tunnelbanestation", -1, -1},
		}},
	{130, model.DialogueStaff, "Medarbetardialog med skolor och fritid", "Skärholmens stadsdelsförvaltning",
		[]model.PartKind{model.PartDistrict, model.PartSchool}, nil, [2]int{25, 40},
		[]findingSpec{
			{"Personalen ser att yngre elever tillfrågas om att springa ärenden åt äldre ungdomar.", "Sätra skola och närområdet", 1, -1},
			{"Fritidsgården stänger tidigare än behovet under loven.", "Fritidsgården i Sätra", 1, 2},
		}},
	{95, model.DialogueWalk, "Trygghetsvandring i Sätra", "Sätra torg",
		[]model.PartKind{model.PartDistrict, model.PartPolice, model.PartHousing}, []string{"Sätra IK"}, [2]int{12, 25},
		[]findingSpec{
			{"Narkotikaförsäljning vid gångtunneln på eftermiddagarna.", "Gångtunneln mot Bredäng", 0, -1},
			{"Den nya belysningen på torget upplevs som en klar förbättring.", "Sätra torg", -1, 0},
		}},
	{60, model.DialogueSurvey, "Trygghetsenkät till boende", "Skärholmens stadsdelsområde",
		[]model.PartKind{model.PartDistrict}, nil, [2]int{380, 460},
		[]findingSpec{
			{"Var tredje svarande undviker tunnelbanan efter klockan 21.", "Tunnelbanestationerna", 2, 1},
			{"Otryggheten är störst bland kvinnor över 65 år.", "Hela stadsdelsområdet", 2, -1},
		}},
}

// promiseWords find the commitments that carry out each of the
// medborgarlöfte's promises (see promises), by words of their titles.
var promiseWords = [][]string{
	{"trygghetsvandring", "belysning"},
	{"utsättningar", "kontroller", "närvaro"},
	{"fritidsgård", "lov"},
	{"möte", "information"},
}

// yearTitles are the proposed deadlines' titles, as the Swedish
// translation gives them (the demo is Swedish and imports no assets).
var yearTitles = map[string]string{
	"annualReport":    "Verksamhetsberättelse till nämnden",
	"ownSituation":    "Egna lägesbilder: kommunen och lokalpolisområdet (Brå steg 1)",
	"jointSituation":  "Gemensam lägesbild, prioritering och orsaksanalys (Brå steg 2)",
	"citizenDialogue": "Medborgardialog inför medborgarlöftet",
	"springWalk":      "Trygghetsvandring (vår)",
	"tertial1":        "Tertialrapport 1 till nämnden",
	"staffDialogue":   "Medarbetardialog",
	"tertial2":        "Tertialrapport 2 till nämnden",
	"autumnWalk":      "Trygghetsvandring (höst)",
	"plan":            "Åtgärdsplan för nästa år, med verksamhetsplanen (Brå steg 3)",
	"boardMatter":     "Ärende till nämnden: åtgärdsplanen fastställs",
	"promise":         "Medborgarlöfte för nästa år",
	"agreementNew":    "Teckna samverkansöverenskommelse (Brå steg 3)",
	"agreementRenew":  "Förnya överenskommelsen:",
}

// year makes the council's year: its dialogues with their findings, the
// medborgarlöfte's links to them and to the commitments that carry it
// out, and the årshjul, met up to today except for one deadline, with
// something due within a month.
func (g *generator) year(seed int64) {
	g.rng = rand.New(rand.NewPCG(uint64(seed), yearStream))
	promiseIDs := make([]string, len(promiseWords))
	for i := range promiseIDs {
		promiseIDs[i] = g.id()
	}
	g.dialogues(promiseIDs)
	g.linkPromises(promiseIDs)
	g.deadlines()
}

// dialogues makes the dialogues of the past year.
func (g *generator) dialogues(promiseIDs []string) {
	latest := g.pictures[len(g.pictures)-1]
	for _, spec := range dialogueCatalog {
		day := g.today.AddDays(-spec.daysAgo - g.between(0, 6))
		for !dialogueDay(day) {
			day = day.AddDays(-1)
		}
		d := &model.Dialogue{
			Meta:  g.meta(day, 2, min(day.AddDays(g.between(1, 5)), g.today)),
			Title: spec.title, Kind: spec.kind, Date: day, Place: spec.place,
			Organisations: spec.organisations, People: g.between(spec.people[0], spec.people[1]),
		}
		for _, k := range spec.partKinds {
			if list := g.partsByKind[k]; len(list) > 0 {
				d.PartIDs = append(d.PartIDs, list[0].ID)
			}
		}
		for _, f := range spec.findings {
			fd := model.Finding{ID: g.id(), Text: f.text, Place: f.place}
			for _, p := range latest.problems {
				if p.spec == f.problem {
					fd.ProblemID = p.rec.ID
				}
			}
			if f.promise >= 0 {
				fd.PromiseID = promiseIDs[f.promise]
			}
			d.Findings = append(d.Findings, fd)
		}
		g.ds.Dialogues = append(g.ds.Dialogues, d)
	}
	g.ds.Dialogues = slices.Clip(g.ds.Dialogues)
}

// dialogueDay reports whether a dialogue could be held on d: a weekday
// outside July.
func dialogueDay(d model.Date) bool {
	t := d.Time()
	return t.Weekday() != time.Saturday && t.Weekday() != time.Sunday && t.Month() != time.July
}

// linkPromises gives the medborgarlöfte's promises their ids, the findings
// they answer and the commitments that carry them out, in every version,
// and fixes the fingerprints of the versions already frozen (and their
// signatures) to the linked content.
func (g *generator) linkPromises(promiseIDs []string) {
	followed := map[string]int{}
	for _, f := range g.ds.FollowUps {
		followed[f.CommitmentID]++
	}
	carriers := map[int][]string{}
	for _, a := range g.ds.Agreements {
		if len(a.Promises) == 0 {
			continue
		}
		for i := range a.Promises {
			p := &a.Promises[i]
			p.ID = promiseIDs[i]
			p.FindingIDs = nil
			for _, df := range model.PromiseFindings(*p, g.ds.Dialogues) {
				p.FindingIDs = append(p.FindingIDs, df.Finding.ID)
			}
			if carriers[i] == nil {
				carriers[i] = g.carriers(p.PartIDs, promiseWords[i], followed)
			}
			p.CommitmentIDs = slices.Clone(carriers[i])
		}
		if a.Fingerprint == "" {
			continue
		}
		old := a.Fingerprint
		a.Fingerprint = model.AgreementFingerprint(a)
		for _, s := range g.ds.Signatures {
			if s.AgreementID == a.ID && s.Fingerprint == old {
				s.Fingerprint = a.Fingerprint
			}
		}
	}
}

// carriers returns up to two commitments of the parts that carry out a
// promise: followed-up ones whose titles have one of words first.
func (g *generator) carriers(partIDs, words []string, followed map[string]int) []string {
	var list []*model.Commitment
	for _, id := range partIDs {
		for _, c := range g.byPart[id] {
			if !c.Deleted && followed[c.ID] > 0 {
				list = append(list, c)
			}
		}
	}
	matches := func(c *model.Commitment) int {
		t := strings.ToLower(c.Title)
		for _, w := range words {
			if strings.Contains(t, w) {
				return 0
			}
		}
		return 1
	}
	slices.SortStableFunc(list, func(a, b *model.Commitment) int {
		return cmp.Or(matches(a)-matches(b), cmp.Compare(followed[b.ID], followed[a.ID]), cmp.Compare(a.ID, b.ID))
	})
	var out []string
	for _, c := range list[:min(2, len(list))] {
		out = append(out, c.ID)
	}
	return out
}

// deadlines makes the årshjul as a chair would have accepted the proposal
// at the start of last year, with each occurrence before today met (and
// linked to the record it produced) except the latest, which is late, and
// a one-off matter for the nämnd due within a month.
func (g *generator) deadlines() {
	title := func(key string, kv ...any) string {
		t := yearTitles[strings.TrimPrefix(key, "year.proposal.")]
		if len(kv) == 2 {
			t += " " + kv[1].(string)
		}
		return t
	}
	list := model.ProposeYear(g.today.Year()-1, g.ds.Parts, g.ds.Agreements, title)
	list = append(list, &model.Deadline{
		Title: "Ärende till nämnden: svar på remiss om trygghetsskapande åtgärder", Kind: model.DeadlineBoardMatter,
		Due: g.today.AddDays(g.between(7, 21)), PartID: g.ds.Parts[0].ID,
		Notes: "Rådets synpunkter samlas in vid nästa rådsmöte.",
	})
	start := model.Date(fmt.Sprintf("%d-01-08", g.today.Year()-1))
	var late *model.Occurrence
	for _, d := range list {
		d.Meta = g.meta(min(start, d.Due.AddDays(-30)), 1, "")
		for _, o := range d.Occurrences("", g.today.AddDays(-1)) {
			if late == nil || o.Due > late.Due {
				late = &o
			}
		}
	}
	for _, d := range list {
		past := d.Occurrences("", g.today.AddDays(-1))
		for _, o := range past {
			if o.Deadline == late.Deadline && o.Due == late.Due {
				continue
			}
			kind, id := g.produced(d.Kind, o.Due)
			d.Complete(o.Due, o.Due.AddDays(-g.between(0, 6)), kind, id)
		}
		if len(d.Completions) > 0 {
			g.revise(&d.Meta, 1+len(d.Completions), min(d.Completions[len(d.Completions)-1].Done, g.today))
		}
		g.ds.Deadlines = append(g.ds.Deadlines, d)
	}
}

// produced returns the record that met a deadline of kind due on due: the
// lägesbild, dialogue or agreement made closest to it, within four months.
func (g *generator) produced(kind model.DeadlineKind, due model.Date) (model.Kind, string) {
	best, bestDays := "", 121
	consider := func(id string, d model.Date) {
		days := int(d.Time().Sub(due.Time()).Hours() / 24)
		days = max(days, -days)
		if days < bestDays {
			best, bestDays = id, days
		}
	}
	switch kind.Produces() {
	case model.KindSituation:
		for _, s := range g.ds.Situations {
			consider(s.ID, s.Date)
		}
	case model.KindDialogue:
		for _, d := range g.ds.Dialogues {
			consider(d.ID, d.Date)
		}
	case model.KindAgreement:
		for _, a := range g.ds.Agreements {
			if (kind == model.DeadlinePromise) == (len(a.Promises) > 0) {
				consider(a.ID, model.DateOf(a.Created))
			}
		}
	}
	if best == "" {
		return "", ""
	}
	return kind.Produces(), best
}
