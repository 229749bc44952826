package sharing

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"
	"github.com/xuri/excelize/v2"

	"samverka/model"

	"samverka/app/internal/session"
	"samverka/app/internal/sessiontest"
)

// sharePartNames returns the names of the live parts of ds.
func sharePartNames(ds *model.Dataset) map[string]bool {
	names := map[string]bool{}
	for _, p := range ds.Parts {
		if !p.Deleted {
			names[p.Name] = true
		}
	}
	return names
}

// TestShareImportCSV imports parts: a file with a bad row shows the row's
// line and reason and imports nothing; the corrected file imports.
func TestShareImportCSV(t *testing.T) {
	h := sessiontest.New(t)
	path := h.DemoFile()
	before := len(h.Stored(path).Parts)
	h.OpenFile(path)

	bad := filepath.Join(h.Dir, "nya parter.csv")
	header := "Namn;Typ av organisation;Organisationsnummer;Undertecknande part\r\n"
	good1 := "Nattvandrarna i Bredäng;Förening/civilsamhälle;;Nej\r\n"
	good2 := "Bredängs bibliotek;Fackförvaltning;;Nej\r\n"
	if err := os.WriteFile(bad, []byte(header+good1+"Fel & Co;Näringsliv;802412-3451;Nej\r\n"+good2), 0o644); err != nil {
		t.Fatal(err)
	}
	choice := OnImportCSV(h.S)
	if choice == nil || choice.kind() != model.KindPart {
		t.Fatalf("the import starts with %v, want parts chosen", choice)
	}
	choice.lists.SetSelected("Representanter")
	if choice.kind() != model.KindRepresentative {
		t.Errorf("choosing Representanter gives %q", choice.kind())
	}
	choice.dialog.Hide()

	r := ImportCSV(h.S, model.KindPart, bad)
	if r == nil {
		t.Fatalf("no import review: %v", h.Dialog())
	}
	if len(r.messages) != 1 || !strings.HasPrefix(r.messages[0], "Rad 3, Organisationsnummer: ") {
		t.Errorf("rejected rows = %q, want line 3's organisationsnummer", r.messages)
	}
	if shown := r.rejected.String(); !strings.Contains(shown, "Rad 3") {
		t.Errorf("the dialog shows %q", shown)
	}
	if !strings.Contains(r.summary.Text, "Inget har importerats") || !strings.Contains(r.summary.Text, "nya parter.csv") {
		t.Errorf("summary = %q", r.summary.Text)
	}
	if r.confirm.Visible() {
		t.Fatal("Importera is offered although a row was rejected")
	}
	r.onConfirm() // even a forced confirm writes nothing
	if h.S.Doc.Store.Dirty() {
		t.Error("a rejected import changed the file")
	}
	r.dialog.Hide()

	goodFile := filepath.Join(h.Dir, "rättade parter.csv")
	if err := os.WriteFile(goodFile, []byte(header+good1+good2), 0o644); err != nil {
		t.Fatal(err)
	}
	r = ImportCSV(h.S, model.KindPart, goodFile)
	if r == nil || len(r.messages) != 0 || !r.confirm.Visible() {
		t.Fatalf("the good file: review %v", r)
	}
	if !strings.Contains(r.summary.Text, "Nya rader: 2") {
		t.Errorf("summary = %q, want two new rows", r.summary.Text)
	}
	test.Tap(r.confirm)
	if h.S.Doc.View.Parts == nil || !sharePartNames(viewDataset(h.S.Doc.View))["Bredängs bibliotek"] {
		t.Error("the parts screen lacks the imported part")
	}
	h.Reopen(path)
	ds := h.Stored(path)
	names := sharePartNames(ds)
	if len(ds.Parts) != before+2 || !names["Nattvandrarna i Bredäng"] || !names["Bredängs bibliotek"] || names["Fel & Co"] {
		t.Errorf("the file holds %d parts (%d before): %v", len(ds.Parts), before, names)
	}
}

// viewDataset returns the view's parts as a dataset, for sharePartNames.
func viewDataset(v *session.View) *model.Dataset {
	ds := model.NewDataset(v.Council)
	for _, p := range v.Parts {
		ds.Add(p)
	}
	return ds
}

// TestShareImportNotCSV refuses a file that is no list, through the error
// dialog.
func TestShareImportNotCSV(t *testing.T) {
	h := sessiontest.New(t)
	path := h.DemoFile()
	h.OpenFile(path)
	junk := filepath.Join(h.Dir, "anteckningar.csv")
	if err := os.WriteFile(junk, []byte("hej hopp\r\nrad två\r\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if r := ImportCSV(h.S, model.KindPart, junk); r != nil {
		t.Fatal("a file without known columns was offered for import")
	}
	if h.Dialog() == nil || !strings.Contains(h.Dialog().Message(), "Parter") {
		t.Errorf("refusal = %v", h.Dialog())
	}
}

// TestShareExport writes the four lists, the follow-ups with their
// utfall among them, as CSV with a byte order mark and Swedish headers,
// and the workbook.
func TestShareExport(t *testing.T) {
	h := sessiontest.New(t)
	path := h.DemoFile()
	h.OpenFile(path)
	dir := filepath.Join(h.Dir, "listor")
	if err := sessiontest.OsMkdir(dir); err != nil {
		t.Fatal(err)
	}
	exportCSV(h.S, dir)
	for _, name := range []string{"parter.csv", "representanter.csv", "åtaganden.csv"} {
		data, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		if !strings.HasPrefix(string(data), "\ufeffId;") {
			t.Errorf("%s starts %q, want the BOM and the Swedish header", name, string(data[:min(len(data), 20)]))
		}
	}
	parts, _ := os.ReadFile(filepath.Join(dir, "parter.csv"))
	if !strings.Contains(string(parts), "Namn;Typ av organisation") {
		t.Errorf("parter.csv header: %q", strings.SplitN(string(parts), "\n", 2)[0])
	}
	if h.Dialog() == nil || !strings.Contains(h.Dialog().Message(), dir) {
		t.Errorf("the export did not say where: %v", h.Dialog())
	}
	h.Confirm("button.ok")
	entries, _ := os.ReadDir(dir)
	if len(entries) != 4 {
		t.Errorf("the folder holds %d files, want the four lists", len(entries))
	}

	// The uppföljningslista: a line a live follow-up, with its utfall,
	// counted here from the file.
	followUps, err := os.ReadFile(filepath.Join(dir, "uppföljningar.csv"))
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimRight(string(followUps), "\r\n"), "\n")
	if !strings.Contains(lines[0], ";Utfall;") || !strings.Contains(lines[0], "Åtgärd") {
		t.Errorf("uppföljningar.csv header: %q", lines[0])
	}
	ds := h.Stored(path)
	live, measured := 0, 0
	for _, f := range ds.FollowUps {
		if !f.Deleted {
			live++
			if f.Outcome.Taken() {
				measured++
			}
		}
	}
	if len(lines)-1 != live || measured == 0 {
		t.Errorf("uppföljningar.csv has %d rows, the file %d live follow-ups (%d with utfall)", len(lines)-1, live, measured)
	}
	col := slices.Index(strings.Split(lines[0], ";"), "Utfall")
	withValue := 0
	for _, l := range lines[1:] {
		if cells := strings.Split(l, ";"); col >= 0 && col < len(cells) && cells[col] != "" {
			withValue++
		}
	}
	if withValue != measured {
		t.Errorf("%d rows with an utfall, the file holds %d", withValue, measured)
	}

	// In English the lists have English names and headers.
	h.App.Preferences().SetString(session.PreferenceLanguage, "en")
	if err := session.SetupLanguage(h.App.Preferences()); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		h.App.Preferences().SetString(session.PreferenceLanguage, "sv")
		_ = session.SetupLanguage(h.App.Preferences())
	})
	english := filepath.Join(h.Dir, "lists")
	if err := sessiontest.OsMkdir(english); err != nil {
		t.Fatal(err)
	}
	exportCSV(h.S, english)
	if data, err := os.ReadFile(filepath.Join(english, "parts.csv")); err != nil || !strings.HasPrefix(string(data), "\ufeffId;Name;") {
		t.Errorf("parts.csv in English: %v %q", err, string(data[:min(len(data), 20)]))
	}
	h.Confirm("button.ok")

	book := filepath.Join(h.Dir, listsFileName(h.S))
	exportXLSX(h.S, book)
	data, err := os.ReadFile(book)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(string(data), "PK") || !strings.HasSuffix(book, "Exempel lists.xlsx") {
		t.Errorf("%s is no workbook", book)
	}
	wb, err := excelize.OpenFile(book)
	if err != nil {
		t.Fatal(err)
	}
	defer wb.Close()
	if sheets := wb.GetSheetList(); !slices.Contains(sheets, "Follow-ups") || len(sheets) != 4 {
		t.Errorf("the workbook's sheets %q lack the follow-ups", sheets)
	}
}
