package model

import (
	"strconv"
	"strings"
)

// Validation codes of figure tables.
const (
	CodeTableEmpty     = "table.empty"     // a table without columns or rows
	CodeTableShape     = "table.shape"     // a row with Args: Got values where the table has Want columns
	CodeTableColumn    = "table.column"    // a column named twice (Args: Name)
	CodeTableRow       = "table.row"       // a row named twice (Args: Name)
	CodeTableTooLarge  = "table.tooLarge"  // more than MaxTableRows rows or MaxTableColumns columns
	CodePlanDecision   = "plan.decision"   // fastställ without beslutsinstans, date, § or dnr
	CodePlanState      = "plan.state"      // a step the plan's lifecycle does not allow
	CodePlanScope      = "plan.scope"      // a row of another lägesbild (Args: Title)
	CodePlanSuperseded = "plan.superseded" // a plan already replaced by a newer one
)

// The largest figure table: statistics by area and year rarely pass a few
// dozen rows; the limit keeps a pasted sheet from swamping the document.
const (
	MaxTableRows    = 500
	MaxTableColumns = 40
)

// FigureTable is one table of figures in a lägesbild's kartläggning:
// reported crimes by type and year, trygghetsmätning results by area, school
// absence by school. Columns are usually years or areas; each row is a
// group, optionally split by kön and ålder.
type FigureTable struct {
	Title  string `json:"title"`
	Source string `json:"source,omitempty"` // "Polisen, anmälda brott (Hobit)"
	Unit   string `json:"unit,omitempty"`   // "antal", "procent", "per 1 000 invånare"
	// Columns name the value columns: "2022", "2023", "Skärholmen".
	Columns []string    `json:"columns"`
	Rows    []FigureRow `json:"rows"`
	Chart   ChartKind   `json:"chart,omitempty"`
	Note    string      `json:"note,omitempty"` // what the reader needs to read the figures right
	Marking
}

// FigureRow is one row of a figure table: its label, the optional kön and
// ålder it is split by, and one value per column; a nil value is a blank
// cell (no figure, or too few to show).
type FigureRow struct {
	Label  string     `json:"label"`
	Sex    Sex        `json:"sex,omitempty"`
	Age    string     `json:"age,omitempty"` // "16–24 år"
	Values []*float64 `json:"values"`
}

// Sex is the kön a row of figures is split by; empty when it is not split.
type Sex string

// The kön a row can be split by.
const (
	SexAll    Sex = ""
	SexFemale Sex = "kvinnor"
	SexMale   Sex = "man"
)

// Sexes lists the kön choices in the order they are offered.
var Sexes = []Sex{SexAll, SexFemale, SexMale}

// Valid reports whether s is a known choice.
func (s Sex) Valid() bool { return oneOf(s, Sexes) }

// ChartKind says how a figure table is drawn.
type ChartKind string

// The chart kinds.
const (
	// ChartAuto draws a trend when the columns are years, else bars.
	ChartAuto  ChartKind = ""
	ChartTrend ChartKind = "trend" // one line per row over the columns
	ChartBars  ChartKind = "bars"  // grouped bars, one group per row
	ChartNone  ChartKind = "none"  // the table alone
)

// ChartKinds lists the chart kinds in the order they are offered.
var ChartKinds = []ChartKind{ChartAuto, ChartTrend, ChartBars, ChartNone}

// Valid reports whether k is a known chart kind.
func (k ChartKind) Valid() bool { return oneOf(k, ChartKinds) }

// Drawn returns how t is drawn: its chart kind, with ChartAuto resolved.
func (t *FigureTable) Drawn() ChartKind {
	if t.Chart != ChartAuto {
		return t.Chart
	}
	if len(t.Columns) >= 2 && allYears(t.Columns) {
		return ChartTrend
	}
	return ChartBars
}

// allYears reports whether every column is named by a year, "2024".
func allYears(cols []string) bool {
	for _, c := range cols {
		n, err := strconv.Atoi(strings.TrimSpace(c))
		if err != nil || n < 1900 || n > 2200 {
			return false
		}
	}
	return true
}

// RowLabel returns the row's label with its kön and ålder, "Skärholmen,
// kvinnor, 16–24 år"; sexName names a kön in the reader's language.
func (r FigureRow) RowLabel(sexName func(Sex) string) string {
	parts := []string{r.Label}
	if r.Sex != SexAll {
		parts = append(parts, sexName(r.Sex))
	}
	if r.Age != "" {
		parts = append(parts, r.Age)
	}
	return strings.Join(parts, ", ")
}

// key identifies a row within its table: label, kön and ålder.
func (r FigureRow) key() string {
	return strings.ToLower(strings.TrimSpace(r.Label)) + "\x00" + string(r.Sex) + "\x00" + strings.TrimSpace(r.Age)
}

// check validates the table found at prefix ("tables[1]."): its shape, and
// that no column or row is named twice.
func (t *FigureTable) check(c *checker, prefix string) {
	t.Marking.check(c, prefix)
	c.choice(prefix+"chart", t.Chart != ChartAuto, t.Chart.Valid(), false)
	if len(t.Columns) == 0 || len(t.Rows) == 0 {
		c.add(prefix+"rows", CodeTableEmpty)
		return
	}
	if len(t.Rows) > MaxTableRows || len(t.Columns) > MaxTableColumns {
		c.add(prefix+"rows", CodeTableTooLarge, "Rows", MaxTableRows, "Columns", MaxTableColumns)
		return
	}
	cols := map[string]bool{}
	for i, name := range t.Columns {
		k := strings.ToLower(strings.TrimSpace(name))
		if k == "" {
			c.add(index(prefix+"columns", i), CodeRequired)
		} else if cols[k] {
			c.add(index(prefix+"columns", i), CodeTableColumn, "Name", name)
		}
		cols[k] = true
	}
	rows := map[string]bool{}
	for i, r := range t.Rows {
		f := index(prefix+"rows", i) + "."
		c.choice(f+"sex", r.Sex != SexAll, r.Sex.Valid(), false)
		if len(r.Values) != len(t.Columns) {
			c.add(f+"values", CodeTableShape, "Want", len(t.Columns), "Got", len(r.Values))
		}
		if k := r.key(); strings.TrimSpace(r.Label) != "" && rows[k] {
			c.add(f+"label", CodeTableRow, "Name", r.RowLabel(func(s Sex) string { return string(s) }))
		} else {
			rows[k] = true
		}
	}
}

// texts adds the table's free texts at prefix.
func (t *FigureTable) texts(tx *texts, prefix string) {
	tx.need(prefix+"title", t.Title, MaxName)
	tx.add(prefix+"source", t.Source, MaxText)
	tx.add(prefix+"unit", t.Unit, MaxName)
	tx.add(prefix+"note", t.Note, MaxText)
	for i, c := range t.Columns {
		tx.add(index(prefix+"columns", i), c, MaxName)
	}
	for i, r := range t.Rows {
		f := index(prefix+"rows", i) + "."
		tx.need(f+"label", r.Label, MaxName)
		tx.add(f+"age", r.Age, MaxName)
	}
	t.Marking.texts(tx, prefix)
}

// Fig returns a pointer to v, for building rows of figures.
func Fig(v float64) *float64 { return &v }
