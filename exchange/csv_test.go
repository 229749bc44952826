package exchange

import (
	"bytes"
	"encoding/json"
	"slices"
	"strings"
	"testing"

	"samverka/model"
)

func writeCSV(t *testing.T, k model.Kind, ds *model.Dataset, lang string) string {
	t.Helper()
	var b bytes.Buffer
	if err := WriteCSV(&b, k, ds, lang); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

func readCSV(t *testing.T, k model.Kind, text string, ds *model.Dataset) *Import {
	t.Helper()
	im, err := ReadCSV(strings.NewReader(text), k, ds)
	if err != nil {
		t.Fatal(err)
	}
	return im
}

func TestCSVIsWhatExcelOpens(t *testing.T) {
	ds := council(t)
	got := writeCSV(t, model.KindRepresentative, ds, "sv")
	want := "\ufeffId;Part;Part-id;Namn;Titel;E-post;Telefon;Roll i rådet;Får teckna;Gäller från;Gäller till\r\n"
	if !strings.HasPrefix(got, want) {
		t.Fatalf("starts %q, want %q", got[:min(len(got), len(want)+20)], want)
	}
	lines := strings.Split(strings.TrimSuffix(got, "\r\n"), "\r\n")
	if len(lines) != 1+len(ds.Representatives) {
		t.Fatalf("%d lines:\n%s", len(lines), got)
	}
	// By the part's name, then by the person's.
	for i, name := range []string{"Ayşe Yılmaz", "Nguyễn Thị Hương", "Łukasz Wiśniewski", "Åsa Öberg"} {
		if !strings.Contains(lines[i+1], ";"+name+";") {
			t.Errorf("line %d is %q, want %s", i+2, lines[i+1], name)
		}
	}
	if !strings.Contains(got, ";2026-01-01;") || !strings.Contains(got, ";Ordförande;Ja;") {
		t.Errorf("dates or choices not as written:\n%s", got)
	}
	// A phone number starting with + would be a formula in Excel.
	if !strings.Contains(got, ";'+46 10 567 00 00;") {
		t.Errorf("phone number not protected:\n%s", got)
	}
	en := writeCSV(t, model.KindPart, ds, "en")
	if !strings.HasPrefix(en, "\ufeffId;Name;Type of organisation;Organisation number;Signing party;Address;Notes\r\n") {
		t.Errorf("English header: %q", strings.SplitN(en, "\r\n", 2)[0])
	}
	if strings.Contains(en, "Nedlagd") {
		t.Error("a deleted part was exported")
	}
	if !strings.Contains(en, "\"Träffas på tisdagar\r\nI Bredängs träff\"") {
		t.Errorf("a note with a line break is not quoted:\n%s", en)
	}
}

func TestCSVRoundTrip(t *testing.T) {
	for _, k := range Lists {
		for _, lang := range []string{"sv", "en"} {
			t.Run(string(k)+"/"+lang, func(t *testing.T) {
				ds := council(t)
				text := writeCSV(t, k, ds, lang)
				im := readCSV(t, k, text, ds)
				live := exportedCount(ds, k)
				if len(im.Rejected) > 0 || im.Unchanged != live || len(im.Records) != 0 || len(im.Ignored) > 0 {
					t.Fatalf("reading back: %d unchanged of %d, %d records, rejected %v, ignored %v", im.Unchanged, live, len(im.Records), im.Rejected, im.Ignored)
				}

				// Into another council's file, without ids: every row is new
				// and says what it said.
				fresh := council(t)
				switch k {
				case model.KindPart:
					fresh.Parts = nil
				case model.KindRepresentative:
					fresh.Representatives = nil
				case model.KindCommitment:
					fresh.Commitments = nil
				}
				if k != model.KindPart {
					fresh.Parts, fresh.Representatives, fresh.Methods = ds.Parts, ds.Representatives, ds.Methods
				}
				im = readCSV(t, k, withoutIDs(text), fresh)
				if len(im.Rejected) > 0 || im.New != live {
					t.Fatalf("into a new file: %d new of %d, rejected %v", im.New, live, im.Rejected)
				}
				want := map[string]bool{}
				for _, r := range liveOf(ds, k) {
					want[content(t, r)] = true
				}
				for _, r := range im.Records {
					if r.RecordMeta().ID != "" {
						t.Errorf("new record has id %s", r.RecordMeta().ID)
					}
					if !want[content(t, r)] {
						t.Errorf("read back %s, not one of the exported", content(t, r))
					}
				}
			})
		}
	}
}

// withoutIDs empties the id column (the first) of a CSV text.
func withoutIDs(text string) string {
	lines := strings.Split(text, "\r\n")
	for i := 1; i < len(lines); i++ {
		if _, rest, ok := strings.Cut(lines[i], ";"); ok && !strings.HasPrefix(lines[i], "\"") {
			lines[i] = ";" + rest
		}
	}
	return strings.Join(lines, "\r\n")
}

func liveOf(ds *model.Dataset, k model.Kind) []model.Record {
	var out []model.Record
	ds.Each(func(r model.Record) {
		if r.RecordKind() == k && !r.RecordMeta().Deleted {
			out = append(out, r)
		}
	})
	return out
}

func exportedCount(ds *model.Dataset, k model.Kind) int { return len(liveOf(ds, k)) }

// content returns r's JSON without its meta data, and without the status
// of a commitment, which follows its follow-ups and is not imported.
func content(t *testing.T, r model.Record) string {
	t.Helper()
	c := clone(r)
	*c.RecordMeta() = model.Meta{}
	if c, ok := c.(*model.Commitment); ok {
		c.Status = ""
	}
	data, err := json.Marshal(c)
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

func TestCSVUpdatesAndAdds(t *testing.T) {
	ds := council(t)
	text := writeCSV(t, model.KindRepresentative, ds, "sv")
	text = strings.Replace(text, "Kommunpolis", "Områdespolis", 1)
	text += ";Föreningen Ümran & Öberg;;Zoë Lindqvist;Sekreterare i föreningen;zoe@example.se;;Sekreterare;nej;2026-03-01;\r\n"
	im := readCSV(t, model.KindRepresentative, text, ds)
	if len(im.Rejected) > 0 || im.Updated != 1 || im.New != 1 || im.Unchanged != 3 {
		t.Fatalf("updated %d, new %d, unchanged %d, rejected %v", im.Updated, im.New, im.Unchanged, im.Rejected)
	}
	upd, add := im.Records[0].(*model.Representative), im.Records[1].(*model.Representative)
	orig := ds.Representatives[1]
	if upd.ID != orig.ID || upd.Title != "Områdespolis" || upd.Rev != orig.Rev || upd.Name != "Łukasz Wiśniewski" {
		t.Errorf("updated %+v", upd)
	}
	if orig.Title != "Kommunpolis" {
		t.Error("import changed the dataset it read against")
	}
	if add.ID != "" || add.PartID != ds.Parts[2].ID || add.Role != model.RoleSecretary || add.MaySign || add.ValidFrom != "2026-03-01" {
		t.Errorf("added %+v", add)
	}
}

func TestCSVRejectsRowsWithReasons(t *testing.T) {
	ds := council(t)
	parts := "Namn;Typ av organisation;Organisationsnummer;Undertecknande part\r\n" +
		"Bostadsbolaget Svenska Bostäder;Bostadsbolag/fastighetsägare;556043-6924;Ja\r\n" + // fine, line 2
		"Bredängs IF;forening;556043-6921;nej\r\n" + // wrong check digit, line 3
		";skola;;\r\n" + // no name, line 4
		"Sätra skola;skolan;;kanske\r\n" // not a kind, not yes or no, line 5
	im := readCSV(t, model.KindPart, parts, ds)
	assertRejected(t, im, []RowError{
		{Line: 3, Column: "Organisationsnummer", Field: "orgNumber", Err: &model.Error{Code: model.CodeOrgNrLuhn}},
		{Line: 4, Column: "Namn", Field: "name", Err: &model.Error{Code: model.CodeRequired}},
		{Line: 5, Column: "Typ av organisation", Field: "kind", Err: &model.Error{Code: CodeChoice}},
		{Line: 5, Column: "Undertecknande part", Field: "signing", Err: &model.Error{Code: CodeYesNo}},
	})
	if im.New != 1 || len(im.Records) != 1 || im.Records[0].(*model.Part).Name != "Bostadsbolaget Svenska Bostäder" {
		t.Errorf("the good row: %d new, %v", im.New, im.Records)
	}
	if got := im.Summary("sv"); got != "Nya rader: 1. Ändrade: 0. Oförändrade: 0. Avvisade: 3." {
		t.Errorf("summary %q", got)
	}

	people := "Part;Namn;E-post;Gäller från;Gäller till\r\n" +
		"Polisen i Rinkeby;Per Ström;;;\r\n" + // unknown part, line 2
		"Lokalpolisområde Skärholmen;Per Ström;per@;2026-13-01;\r\n" + // bad e-mail, bad date, line 3
		"Lokalpolisområde Skärholmen;Per Ström;;2026-05-01;2026-04-01\r\n" // to before from, line 4
	im = readCSV(t, model.KindRepresentative, people, ds)
	assertRejected(t, im, []RowError{
		{Line: 2, Column: "Part", Field: "partId", Err: &model.Error{Code: CodeUnknownPart}},
		{Line: 3, Column: "Gäller från", Field: "validFrom", Err: &model.Error{Code: model.CodeDateInvalid}},
		{Line: 3, Column: "E-post", Field: "email", Err: &model.Error{Code: model.CodeEmail}},
		{Line: 4, Column: "Gäller till", Field: "validTo", Err: &model.Error{Code: model.CodeDateOrder}},
	})
	if len(im.Records) != 0 {
		t.Errorf("records from rejected rows: %v", im.Records)
	}

	msg := im.Rejected[0].Message("sv")
	if !strings.HasPrefix(msg, "Rad 2, Part: ") || !strings.Contains(msg, "Polisen i Rinkeby") {
		t.Errorf("message %q", msg)
	}
	if msg := im.Rejected[0].Message("en"); !strings.HasPrefix(msg, "Line 2, Part: There is no part") {
		t.Errorf("message %q", msg)
	}
}

func assertRejected(t *testing.T, im *Import, want []RowError) {
	t.Helper()
	if len(im.Rejected) != len(want) {
		t.Fatalf("rejected %v, want %v", im.Rejected, want)
	}
	for i, w := range want {
		g := im.Rejected[i]
		if g.Line != w.Line || g.Column != w.Column || g.Field != w.Field || g.Err.Code != w.Err.Code {
			t.Errorf("rejected[%d] = %v, want %v", i, g, w)
		}
	}
}

func TestCSVCommitmentReferences(t *testing.T) {
	ds := council(t)
	head := "Id;Åtgärd;Part;Part-id;Kontaktperson;Metod;Prioriterat område\r\n"
	im := readCSV(t, model.KindCommitment, head+
		";Läxhjälp;Föreningen ümran & öberg;;nguyễn thị hương;Läxhjälp;2\r\n"+
		";Läxhjälp;Föreningen Ümran & Öberg;;Åsa Öberg;;2\r\n"+ // contact of another part
		";Läxhjälp;;"+ds.Parts[1].ID+";;Fotbollskvällar i Sätra;Våldsprevention med jämställdhetsperspektiv\r\n"+
		";Läxhjälp;;;;Trolleri;5\r\n"+ // no part, unknown method, no such area
		";Läxhjälp;;okänt-id;;;1\r\n", ds)
	assertRejected(t, im, []RowError{
		{Line: 3, Column: "Kontaktperson", Field: "contactId", Err: &model.Error{Code: CodeUnknownPerson}},
		{Line: 5, Column: "Prioriterat område", Field: "area", Err: &model.Error{Code: CodeChoice}},
		{Line: 5, Column: "Metod", Field: "methodId", Err: &model.Error{Code: CodeUnknownMethod}},
		{Line: 5, Column: "Part", Field: "partId", Err: &model.Error{Code: model.CodeRequired}},
		{Line: 6, Column: "Part-id", Field: "partId", Err: &model.Error{Code: CodeUnknownPart}},
	})
	c := im.Records[0].(*model.Commitment)
	if c.PartID != ds.Parts[2].ID || c.ContactID != ds.Representatives[3].ID || c.MethodID != "builtin-method-laxhjalp" || c.Area != model.AreaSchool || c.Status != model.StatusPlanned {
		t.Errorf("first row read as %+v", c)
	}
	c = im.Records[1].(*model.Commitment)
	if c.PartID != ds.Parts[1].ID || c.MethodID != ds.Methods[0].ID || c.Area != model.AreaViolence {
		t.Errorf("third row read as %+v", c)
	}
}

func TestCSVFormulaCellsRoundTrip(t *testing.T) {
	ds := council(t)
	ds.Parts[0].Name = "=HYPERLINK(\"http://example.com\";\"klicka\")"
	ds.Parts[1].Notes = "@SUM(A1:A2)"
	text := writeCSV(t, model.KindPart, ds, "sv")
	for _, want := range []string{"\"'=HYPERLINK(\"\"http://example.com\"\";\"\"klicka\"\")\"", ";'@SUM(A1:A2)\r\n"} {
		if !strings.Contains(text, want) {
			t.Errorf("missing %s in\n%s", want, text)
		}
	}
	im := readCSV(t, model.KindPart, text, ds)
	if im.Unchanged != 3 || len(im.Rejected) > 0 {
		t.Errorf("read back: %d unchanged, rejected %v", im.Unchanged, im.Rejected)
	}
	// The commitment "-10 % anmälda brott" starts with a minus.
	text = writeCSV(t, model.KindCommitment, ds, "sv")
	if !strings.Contains(text, ";'-10 % anmälda brott;") {
		t.Errorf("minus not protected:\n%s", text)
	}
	if im := readCSV(t, model.KindCommitment, text, ds); im.Unchanged != 3 {
		t.Errorf("commitments read back: %+v", im)
	}
}

func TestCSVReadsWhatExcelSaves(t *testing.T) {
	ds := council(t)
	t.Run("Windows encoding", func(t *testing.T) {
		// "Åsa Öberg" in Windows-1252, as Excel's plain CSV saves it.
		text := "Part;Namn\r\nSk\xe4rholmens stadsdelsf\xf6rvaltning;\xc5sa \xd6berg 2\r\n"
		im := readCSV(t, model.KindRepresentative, text, ds)
		if len(im.Records) != 1 || im.Records[0].(*model.Representative).Name != "Åsa Öberg 2" {
			t.Fatalf("read %+v, rejected %v", im.Records, im.Rejected)
		}
	})
	t.Run("commas, English header, other order, extra column", func(t *testing.T) {
		text := "Comment,Name,Id\n\"Checked, ok\",Åsa Öberg-Lind," + ds.Representatives[0].ID + "\n"
		im := readCSV(t, model.KindRepresentative, text, ds)
		if len(im.Rejected) > 0 || im.Updated != 1 || im.Records[0].(*model.Representative).Name != "Åsa Öberg-Lind" {
			t.Fatalf("%+v", im)
		}
		if len(im.Ignored) != 1 || im.Ignored[0] != "Comment" {
			t.Errorf("ignored %v", im.Ignored)
		}
		want := "New rows: 0. Changed: 1. Unchanged: 0. Rejected: 0. These columns are not recognised and were not read: Comment"
		if got := im.Summary("en"); got != want {
			t.Errorf("summary %q", got)
		}
	})
	t.Run("a broken line does not stop the rest", func(t *testing.T) {
		text := "Namn;Typ av organisation\r\nBredängs \"IF;Förening/civilsamhälle\r\nSätra IK;Förening/civilsamhälle\r\n"
		im := readCSV(t, model.KindPart, text, ds)
		if len(im.Rejected) != 1 || im.Rejected[0].Line != 2 || im.Rejected[0].Err.Code != CodeUnreadable || im.New != 1 {
			t.Fatalf("%+v", im)
		}
	})
	t.Run("empty lines are skipped", func(t *testing.T) {
		im := readCSV(t, model.KindPart, "Namn;Typ av organisation\r\n;\r\n\r\nSätra IK;förening\r\n", ds)
		if len(im.Rejected) != 0 || im.New != 1 {
			t.Fatalf("%+v", im)
		}
	})
}

func TestCSVRefusesOtherFiles(t *testing.T) {
	ds := council(t)
	for name, tc := range map[string]struct{ text, code string }{
		"no known column": {"Datum;Belopp\r\n2026-01-01;100\r\n", CodeHeader},
		"column twice":    {"Namn;Name\r\nA;B\r\n", CodeColumnTwice},
		"empty":           {"", CodeFile},
	} {
		t.Run(name, func(t *testing.T) {
			_, err := ReadCSV(strings.NewReader(tc.text), model.KindPart, ds)
			if model.CodeOf(err) != tc.code {
				t.Fatalf("got %v, want %s", err, tc.code)
			}
		})
	}
}

func TestCSVRejectsUnknownAndRepeatedIDs(t *testing.T) {
	ds := council(t)
	id := ds.Parts[0].ID
	text := "Id;Namn\r\n" + id + ";A\r\n" + id + ";B\r\nfinns-inte;C\r\n" + ds.Parts[3].ID + ";D\r\n"
	im := readCSV(t, model.KindPart, text, ds)
	assertRejected(t, im, []RowError{
		{Line: 3, Column: "Id", Field: "id", Err: &model.Error{Code: CodeDuplicateID}},
		{Line: 4, Column: "Id", Field: "id", Err: &model.Error{Code: CodeUnknownID}},
		{Line: 5, Column: "Id", Field: "id", Err: &model.Error{Code: CodeUnknownID}},
	})
	if im.Rejected[0].Err.Args["Line"] != 2 {
		t.Errorf("args %v", im.Rejected[0].Err.Args)
	}
}

func TestParseList(t *testing.T) {
	for in, want := range map[string]model.Kind{
		"parts": model.KindPart, "Parter": model.KindPart, "representanter": model.KindRepresentative,
		"Commitments": model.KindCommitment, "ÅTAGANDEN": model.KindCommitment,
	} {
		if got, ok := ParseList(in); !ok || got != want {
			t.Errorf("ParseList(%q) = %q, %v", in, got, ok)
		}
	}
	if _, ok := ParseList("meetings"); ok {
		t.Error("meetings is not an exchanged list")
	}
	if got := FileName(model.KindCommitment, "sv"); got != "åtaganden.csv" {
		t.Errorf("file name %q", got)
	}
}

func TestCollateSortsTheSwedishWay(t *testing.T) {
	names := []string{"Örby IF", "Älvsjö AIK", "Zinkensdamm", "Åkeshov", "Éric Sjöberg", "ekbacken", "Łukasz", "Lund", "Ängby"}
	slices.SortFunc(names, func(a, b string) int { return strings.Compare(collate(a), collate(b)) })
	want := []string{"ekbacken", "Éric Sjöberg", "Łukasz", "Lund", "Zinkensdamm", "Åkeshov", "Älvsjö AIK", "Ängby", "Örby IF"}
	if !slices.Equal(names, want) {
		t.Errorf("sorted %q", names)
	}
}
