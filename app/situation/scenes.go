package situation

import (
	"fmt"
	"path/filepath"
	"strconv"

	"github.com/xuri/excelize/v2"

	"samverka/model"
)

// The screenshot scenes of the Lägesbild screen: the newest lägesbild's
// kartläggning with its charts, a table being typed, and the import of a
// workbook with its preview.
const (
	sceneTables = "situation-tables"
	sceneTable  = "situation-table"
	sceneImport = "situation-import"
)

// Scenes are the screenshot scenes ShowScene shows.
var Scenes = []string{sceneTables, sceneTable, sceneImport}

// ShowScene sets the screen up for the screenshot name.
func (s *Situations) ShowScene(name string) {
	if len(s.shown) == 0 {
		return
	}
	s.list.Select(0)
	e := s.editor
	e.tabs.Select(e.tablesTab)
	switch name {
	case sceneTable:
		if len(e.before.Tables) > 0 {
			e.tables.onEdit(0)
		}
	case sceneImport:
		// The scene works on a copy of the council in a folder of its
		// own, so the workbook is written beside it.
		path := filepath.Join(filepath.Dir(s.ui.Doc.Store.Path()), "Trygghetsmätning 2025.xlsx")
		if err := sceneWorkbook(path); err != nil {
			s.ui.ShowError(err)
			return
		}
		if err := e.tables.openImport(path); err != nil {
			s.ui.ShowError(err)
			return
		}
		d := e.tables.imports
		d.sheet.SetSelected("Per område")
		d.rng.SetText("A3:E9")
		d.source.SetText("Stockholms stads trygghetsmätning")
		d.unit.SetText("procent som känner sig trygga")
	}
}

// sceneWorkbook writes the workbook the import scene imports: the city's
// trygghetsmätning by area and kön under a title line, the district's name
// merged over its two rows.
func sceneWorkbook(path string) error {
	f := excelize.NewFile()
	defer f.Close()
	const sheet = "Per område"
	if err := f.SetSheetName("Sheet1", "Om mätningen"); err != nil {
		return err
	}
	if _, err := f.NewSheet(sheet); err != nil {
		return err
	}
	if err := f.SetCellValue(sheet, "A1", "Andel som känner sig trygga utomhus sent en kväll i sitt område"); err != nil {
		return err
	}
	rows := [][]any{
		{"Område", "Kön", "2021", "2023", "2025"},
		{"Skärholmen", "Kvinnor", 48.5, 51.0, 55.2},
		{"", "Män", 71.3, 70.8, 74.9},
		{"Vårberg", "Kvinnor", 44.1, 46.0, 49.3},
		{"", "Män", 68.0, 69.4, 70.2},
		{"Bredäng", "Kvinnor", 50.2, 49.7, 53.8},
		{"", "Män", 73.5, 72.1, 75.0},
	}
	for i, r := range rows {
		cell, _ := excelize.CoordinatesToCellName(1, 3+i)
		if err := f.SetSheetRow(sheet, cell, &r); err != nil {
			return err
		}
	}
	for i := 0; i < 3; i++ {
		if err := f.MergeCell(sheet, fmt.Sprintf("A%d", 4+2*i), fmt.Sprintf("A%d", 5+2*i)); err != nil {
			return err
		}
	}
	return f.SaveAs(path)
}

// scenePlanAdopt is the Åtgärdsplan screen's screenshot: the newest
// draft with the fastställ dialog filled in.
const scenePlanAdopt = "plan-adopt"

// scenePlanAdopted shows the newest fastställd plan, read-only.
const scenePlanAdopted = "plan-adopted"

// PlanScenes are the screenshot scenes of the Åtgärdsplan screen.
var PlanScenes = []string{scenePlanAdopt, scenePlanAdopted}

// ShowScene sets the plan screen up for the screenshot name, once the
// draft is built (so that the dialog counts its gaps).
func (p *Plan) ShowScene(name string) {
	if name == scenePlanAdopted {
		for _, pl := range p.rec.plans {
			if pl.State == model.PlanAdopted {
				p.rec.chooser.SetID(pl.ID)
				return
			}
		}
		return
	}
	if name != scenePlanAdopt {
		return
	}
	p.ui.WorkOnDataset(func(*model.Dataset) {}, func() {
		r := p.rec
		if pl := r.current(); pl == nil || pl.State.Locked() {
			return
		}
		r.onAdopt()
		d := r.dialog
		d.by.SetText("Stadsdelsnämnden i Skärholmen")
		d.paragraph.SetText("§ 14")
		d.dnr.SetText("SDN " + strconv.Itoa(p.ui.Today().Year()) + "/87")
	})
}
