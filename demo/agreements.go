package demo

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"samverka/model"
)

// chain is a series of versions of one agreement: every version but the
// last was signed and then replaced by the next; the last ends in state
// last.
type chain struct {
	title    func(from, to model.Date) string
	parties  []*model.Part // of the last version; earlier ones lack grow of them
	grow     int
	versions int
	last     model.DocState
	promises bool // a medborgarlöfte, which runs one calendar year
	size     int  // included commitments of the last version; 0: a few
	// signing is how many of the parties, from the first, sign; the rest
	// are medverkande aktörer. Less than 2 means Brå's two.
	signing int
}

// agreements makes the scale's agreements, in every lifecycle state.
func (g *generator) agreements() {
	g.byPart = map[string][]*model.Commitment{}
	for _, c := range g.ds.Commitments {
		g.byPart[c.PartID] = append(g.byPart[c.PartID], c)
	}
	for _, ch := range g.chains() {
		g.versions(ch)
	}
}

// chains plans the agreements: the council's main agreement, its
// medborgarlöfte, the school agreement and, in the big council, one
// agreement per further signing party until the scale's count is reached.
func (g *generator) chains() []chain {
	byName := func(names ...string) []*model.Part {
		var out []*model.Part
		for _, n := range names {
			for _, p := range g.ds.Parts {
				if p.Name == n {
					out = append(out, p)
				}
			}
		}
		return out
	}
	district, police := g.ds.Parts[0], g.ds.Parts[1]
	period := func(prefix string) func(from, to model.Date) string {
		return func(from, to model.Date) string {
			if from.Year() == to.Year() {
				return fmt.Sprintf("%s %d", prefix, from.Year())
			}
			return fmt.Sprintf("%s %d–%d", prefix, from.Year(), to.Year())
		}
	}
	main := chain{
		title: period("Samverkansöverenskommelse om brottsförebyggande och trygghetsskapande arbete i Skärholmen"),
		parties: byName("Skärholmens stadsdelsförvaltning", "Lokalpolisområde Skärholmen", "Utbildningsförvaltningen",
			"Svenska Bostäder", "Familjebostäder", "Stena Fastigheter", "Skärholmens gymnasium",
			"Skärholmen Centrum (Unibail-Rodamco-Westfield)"),
		grow: 3, versions: 2, last: model.StateSigned, signing: 3,
	}
	promise := chain{
		title: func(from, _ model.Date) string {
			return fmt.Sprintf("Medborgarlöfte för Skärholmen %d", from.Year())
		},
		parties: []*model.Part{district, police}, versions: 1, last: model.StateForSigning, promises: true,
	}
	school := chain{
		title: period("Överenskommelse om samverkan mellan förskola, skola och socialtjänst i Skärholmen"),
		parties: byName("Skärholmens stadsdelsförvaltning", "Utbildningsförvaltningen", "Region Stockholm – BUP Skärholmen",
			"Bredängsskolan", "Skärholmens gymnasium"),
		versions: 1, last: model.StateDraft,
	}
	if g.scale != Stockholm {
		return []chain{main, promise, school}
	}
	// The benchmark's agreement: ten parties, two hundred commitments.
	var signing []*model.Part
	for _, p := range g.ds.Parts {
		if p.Signing && !slices.Contains(main.parties, p) {
			signing = append(signing, p)
		}
	}
	main.parties = append(main.parties, signing[:10-len(main.parties)]...)
	main.versions, main.size = 4, 200
	promise.versions = 5
	school.versions = 3
	out := []chain{main, promise, school}
	total := main.versions + promise.versions + school.versions
	lasts := []model.DocState{model.StateSigned, model.StateSigned, model.StateForSigning, model.StateDraft}
	topics := []string{"Samverkansöverenskommelse om trygghet och brottsförebyggande arbete med", "Överenskommelse om gemensamma insatser med", "Tilläggsöverenskommelse om lovverksamhet och trygghet med"}
	for i := 0; total < g.size.agreements; i++ {
		p := signing[i%len(signing)]
		topic := topics[i/len(signing)%len(topics)]
		parties := []*model.Part{district, police, p}
		if g.chance(0.4) {
			if q := pick(g, signing); !slices.Contains(parties, q) {
				parties = append(parties, q)
			}
		}
		n := min(g.between(1, 4), g.size.agreements-total)
		out = append(out, chain{
			title:   period(topic + " " + p.Name),
			parties: parties, versions: n, last: lasts[i%len(lasts)], signing: 3,
		})
		total += n
	}
	return out
}

// versions makes the versions of ch, oldest first: each is drafted, frozen,
// signed by every party and replaced by the next; the last stops at
// ch.last.
func (g *generator) versions(ch chain) {
	// The latest version is recent: out for signing or a draft now, or
	// signed within the last year so that it is in force. The earlier ones
	// go back from it at a steady pace, the first no earlier than shortly
	// before the council's first meeting.
	start := g.firstMeeting().AddDays(-45)
	latest := g.today.AddDays(-g.between(10, 30))
	if ch.last == model.StateSigned {
		latest = g.today.AddDays(-g.between(60, 330))
	}
	step := 0
	if ch.versions > 1 {
		step = min(600, int(latest.Time().Sub(start.Time()).Hours()/24)/(ch.versions-1))
	}
	var prev *model.Agreement
	for v := range ch.versions {
		state := model.StateSigned
		if v == ch.versions-1 {
			state = ch.last
		}
		freeze := latest.AddDays(-step * (ch.versions - 1 - v))
		if v < ch.versions-1 {
			freeze = freeze.AddDays(g.between(0, 20))
		}
		drafted := freeze.AddDays(-g.between(14, 40))
		if prev != nil {
			drafted = max(drafted, model.DateOf(prev.SealedAt).AddDays(1))
			freeze = max(freeze, drafted.AddDays(7))
		}
		freeze = workday(freeze)
		from := firstOfNextMonth(freeze)
		to := model.Date(fmt.Sprintf("%d-12-31", from.Year()+g.between(0, 1)))
		if to.Time().Sub(from.Time()).Hours() < 24*300 {
			to = model.Date(fmt.Sprintf("%d-12-31", from.Year()+1))
		}
		if ch.promises {
			to = model.Date(fmt.Sprintf("%d-12-31", from.Year()))
		}
		if v == ch.versions-1 && to < g.today {
			to = model.Date(fmt.Sprintf("%d-12-31", g.today.Year()))
		}
		parties := ch.parties
		if v < ch.versions-1 {
			parties = parties[:len(parties)-ch.grow]
		}
		size := g.between(5, 40)
		if len(ch.parties) == 2 {
			size = g.between(3, 8)
		}
		if v == ch.versions-1 && ch.size > 0 {
			size = ch.size
		}
		included := g.includable(parties, from, to, size, v == ch.versions-1 && ch.size > 0)
		a := &model.Agreement{
			Title:    ch.title(from, to),
			From:     from,
			To:       to,
			Sections: g.sections(g.pictureOn(freeze), included),
			Annexes:  annexes(g.pictureOn(freeze), from, to, ch.promises),
			Version:  v + 1,
			State:    model.StateDraft,
		}
		g.dress(a, ch, parties, prev)
		for _, c := range included {
			a.CommitmentIDs = append(a.CommitmentIDs, c.ID)
		}
		if ch.promises {
			a.Promises = g.promises(g.ds.Parts[0], g.ds.Parts[1])
		}
		a.Meta = g.meta(drafted, 1, "")
		if prev != nil {
			a.PreviousID = prev.ID
			prev.Supersede(a.ID)
			g.revise(&prev.Meta, prev.Meta.Rev+1, drafted)
		}
		g.ds.Agreements = append(g.ds.Agreements, a)
		prev = a
		if state == model.StateDraft {
			g.revise(&a.Meta, 3, g.today.AddDays(-g.between(0, 4)))
			continue
		}
		for _, c := range included {
			a.Included = append(a.Included, g.include(c))
		}
		a.TakeFollowUpPlan(g.ds.Meetings, g.followUpsBy(freeze), freeze)
		a.Freeze(g.at(freeze))
		last := g.sign(a, freeze, state == model.StateSigned)
		rev := 4
		if state == model.StateSigned {
			a.Seal(g.at(last))
			rev++
		}
		g.revise(&a.Meta, rev, last)
	}
}

// sign has the parties sign a, beginning the day after it was frozen:
// every party when all is set, otherwise some but not all. It returns the
// day of the last signature.
func (g *generator) sign(a *model.Agreement, frozen model.Date, all bool) model.Date {
	signing := a.SigningParties()
	n := len(signing)
	if !all {
		n = g.between(1, n-1)
	}
	day := frozen
	for _, p := range signing[:n] {
		day = min(workday(day.AddDays(g.between(1, 5))), g.today)
		s := &model.Signature{
			AgreementID:  a.ID,
			PartID:       p.PartID,
			SignerName:   p.SignerName,
			SignerTitle:  p.SignerTitle,
			Organisation: p.Organisation,
			Place:        pick(g, []string{"Skärholmen", "Stockholm"}),
			Date:         day,
			Method:       model.SignDrawn,
			Fingerprint:  a.Fingerprint,
		}
		if g.chance(0.25) {
			s.Method = model.SignPaper
		} else {
			s.Strokes = g.strokes(min(3, len(strings.Fields(p.SignerName))))
		}
		s.Meta = g.meta(day, 1, "")
		s.SignedAt = s.Meta.Created
		g.ds.Signatures = append(g.ds.Signatures, s)
	}
	return day
}

// includable chooses up to n commitments of parties that fall due within
// the agreement's period from–to (or run without a due date) and have
// started or start within it, each goal once, so that the agreement names
// no commitment due outside its period and no goal twice. Only an
// agreement that must have n (the benchmark's, exact) is topped up with
// others of the parties' commitments when there are too few.
func (g *generator) includable(parties []*model.Part, from, to model.Date, n int, exact bool) []*model.Commitment {
	var current, older []*model.Commitment
	for _, p := range parties {
		for _, c := range g.byPart[p.ID] {
			switch {
			case c.Start > to:
			case c.Due == "" || c.Due >= from && c.Due <= to:
				current = append(current, c)
			default:
				older = append(older, c)
			}
		}
	}
	g.rng.Shuffle(len(current), func(i, j int) { current[i], current[j] = current[j], current[i] })
	g.rng.Shuffle(len(older), func(i, j int) { older[i], older[j] = older[j], older[i] })
	var out []*model.Commitment
	goals := map[model.Goal]bool{}
	for _, c := range current {
		key := model.Goal{Indicator: c.Goal.Indicator, Target: c.Goal.Target}
		if len(out) == n || !exact && key.Indicator != "" && goals[key] {
			continue
		}
		goals[key] = true
		out = append(out, c)
	}
	if exact {
		out = append(out, older[:min(n-len(out), len(older))]...)
	}
	slices.SortStableFunc(out, func(a, b *model.Commitment) int { return strings.Compare(string(a.Start), string(b.Start)) })
	return out
}

// include returns the frozen copy of c an agreement keeps.
func (g *generator) include(c *model.Commitment) model.IncludedCommitment {
	x := model.IncludedCommitment{
		CommitmentID: c.ID,
		Part:         g.partByID[c.PartID].Name,
		Title:        c.Title,
		Description:  c.Description,
		Area:         c.Area,
		Due:          c.Due,
		Indicator:    c.Goal.Indicator,
		Target:       c.Goal.Target,
	}
	if r := g.repByID[c.ContactID]; r != nil {
		x.Contact = r.Name
	}
	return x
}

// workday returns d, or the next weekday outside the Christmas and New
// Year holidays.
func workday(d model.Date) model.Date {
	for {
		t := d.Time()
		holiday := t.Month() == time.December && t.Day() >= 24 || t.Month() == time.January && t.Day() <= 6
		if t.Weekday() != time.Saturday && t.Weekday() != time.Sunday && !holiday {
			return d
		}
		d = d.AddDays(1)
	}
}

func firstOfNextMonth(d model.Date) model.Date {
	t := d.Time()
	return model.DateOf(t.AddDate(0, 1, 1-t.Day()))
}

// followUpsBy returns the follow-ups recorded by day d: what an agreement
// frozen that day could know of.
func (g *generator) followUpsBy(d model.Date) []*model.FollowUp {
	var out []*model.FollowUp
	for _, f := range g.ds.FollowUps {
		if f.Date <= d {
			out = append(out, f)
		}
	}
	return out
}
