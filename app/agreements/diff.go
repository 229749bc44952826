package agreements

import (
	"fmt"
	"strings"

	"samverka/model"

	"samverka/app/internal/session"
)

// diffLine is one line of a comparison: kept (' '), added ('+') or
// removed ('-').
type diffLine struct {
	op   byte
	text string
}

// sectionDiff is the comparison of one section of two versions.
type sectionDiff struct {
	title   string
	lines   []diffLine
	changed bool
}

// lineDiff compares two texts line by line (a longest common subsequence)
// and returns b's lines and a's removed ones in reading order, removals
// before the additions that replace them.
func lineDiff(a, b []string) []diffLine {
	n, m := len(a), len(b)
	// lcs[i][j] is the length of the longest common subsequence of a[i:]
	// and b[j:].
	lcs := make([][]int, n+1)
	for i := range lcs {
		lcs[i] = make([]int, m+1)
	}
	for i := n - 1; i >= 0; i-- {
		for j := m - 1; j >= 0; j-- {
			if a[i] == b[j] {
				lcs[i][j] = lcs[i+1][j+1] + 1
			} else {
				lcs[i][j] = max(lcs[i+1][j], lcs[i][j+1])
			}
		}
	}
	var out []diffLine
	i, j := 0, 0
	for i < n || j < m {
		switch {
		case i < n && j < m && a[i] == b[j]:
			out = append(out, diffLine{' ', a[i]})
			i, j = i+1, j+1
		case j == m || (i < n && lcs[i+1][j] >= lcs[i][j+1]):
			out = append(out, diffLine{'-', a[i]})
			i++
		default:
			out = append(out, diffLine{'+', b[j]})
			j++
		}
	}
	return out
}

// diffAgreements compares two versions section by section: title, period,
// parties, each of Brå's sections, the included commitments, annexes and
// the medborgarlöfte. v names the commitments of a draft.
func diffAgreements(a, b *model.Agreement, v *session.View) []sectionDiff {
	type section struct {
		key   string
		lines func(*model.Agreement) []string
	}
	text := func(get func(*model.Sections) *string) func(*model.Agreement) []string {
		return func(x *model.Agreement) []string {
			s := x.Sections
			return paragraphs(*get(&s))
		}
	}
	sections := []section{
		{"field.title", func(x *model.Agreement) []string { return nonEmpty(x.Title) }},
		{"agreement.period", func(x *model.Agreement) []string { return nonEmpty(period(x)) }},
		{"agreement.parties", partyLines},
	}
	for _, s := range braSections {
		sections = append(sections, section{model.FieldKey(s.name), text(s.get)})
	}
	sections = append(sections,
		section{"agreement.commitments", func(x *model.Agreement) []string { return commitmentLines(x, v) }},
		section{"agreement.annexes", annexLines},
		section{"agreement.promises", promiseLines},
	)
	var out []sectionDiff
	for _, s := range sections {
		d := sectionDiff{title: session.Tr(s.key), lines: lineDiff(s.lines(a), s.lines(b))}
		for _, l := range d.lines {
			if l.op != ' ' {
				d.changed = true
			}
		}
		out = append(out, d)
	}
	return out
}

func nonEmpty(s string) []string {
	if strings.TrimSpace(s) == "" {
		return nil
	}
	return []string{s}
}

func period(a *model.Agreement) string {
	if a.From == "" && a.To == "" {
		return ""
	}
	return string(a.From) + " – " + string(a.To)
}

// paragraphs splits a section's text into its non-empty lines.
func paragraphs(s string) []string {
	var out []string
	for _, l := range strings.Split(s, "\n") {
		if l = strings.TrimSpace(l); l != "" {
			out = append(out, l)
		}
	}
	return out
}

func partyLines(a *model.Agreement) []string {
	var out []string
	for _, p := range a.Parties {
		line := p.Organisation + " — " + p.SignerName
		if p.SignerTitle != "" {
			line += ", " + p.SignerTitle
		}
		out = append(out, line)
	}
	return out
}

// commitmentLines names the included commitments: the frozen copies, or
// for a draft the council's commitments as they are now.
func commitmentLines(a *model.Agreement, v *session.View) []string {
	var out []string
	if len(a.Included) > 0 || a.State.Locked() {
		for _, x := range a.Included {
			out = append(out, x.Title+" — "+x.Part)
		}
		return out
	}
	for _, id := range a.CommitmentIDs {
		if row := v.Commitments[id]; row != nil {
			out = append(out, row.C.Title+" — "+v.PartName(row.C.PartID))
		}
	}
	return out
}

func annexLines(a *model.Agreement) []string {
	var out []string
	for _, x := range a.Annexes {
		line := x.Title
		if x.Description != "" {
			line += " — " + x.Description
		}
		out = append(out, line)
	}
	return out
}

func promiseLines(a *model.Agreement) []string {
	var out []string
	for i, p := range a.Promises {
		line := fmt.Sprintf("%d. %s", i+1, p.Text)
		if p.Quantity != "" {
			line += " (" + p.Quantity + ")"
		}
		out = append(out, line)
	}
	return out
}
