package situation

import (
	"errors"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"samverka/app/internal/session"
	"samverka/app/internal/sessiontest"
	"samverka/model"
)

// TestAdoptPlan acts as the chair after the stadsdelsnämnd's meeting: the
// Åtgärdsplan screen shows the draft of the newest lägesbild with its
// gaps; the fastställ dialog refuses an incomplete decision; fastställd,
// the plan's editor is read-only, storage refuses any change, the screen
// shows the rows as decided, and the printed plan carries the decision
// line and no gap warnings, as does its Word document.
func TestAdoptPlan(t *testing.T) {
	opened := sessiontest.Viewer(t)
	h := sessiontest.New(t)
	path := h.DemoFile()
	h.OpenFile(path)
	pl := planOf(h)
	pl.Refresh()
	r := pl.rec
	draft := r.current()
	if draft == nil || draft.State != model.PlanDraft {
		t.Fatalf("the screen opens on %+v, want the newest draft", draft)
	}
	if r.title.Disabled() || r.adopt.Disabled() || r.title.Text != draft.Title {
		t.Fatalf("the draft's editor: title %q disabled %v, fastställ disabled %v", r.title.Text, r.title.Disabled(), r.adopt.Disabled())
	}
	for _, g := range pl.plan.Groups {
		if g.Problem != nil && g.Problem.SituationID != draft.SituationID {
			t.Fatalf("the draft shows %q of another lägesbild", g.Problem.Title)
		}
	}

	// The draft's period is checked where it is typed.
	r.to.SetText("2020-01-01")
	test.Tap(r.save)
	if !strings.HasPrefix(r.state.Text, session.Tr("lawgui.plan.to")+": ") || r.state.Importance != widget.DangerImportance {
		t.Errorf("a period that ends before it starts: %q", r.state.Text)
	}
	r.to.SetText(string(draft.To))

	test.Tap(r.adopt)
	d := r.dialog
	if d == nil {
		t.Fatal("no fastställ dialog")
	}
	d.by.SetText("")
	d.date.SetText("2026-02-30")
	test.Tap(d.confirm)
	if got := d.form.Problem("decision.by"); got != session.Tr("error.required") {
		t.Errorf("no beslutsinstans: %q", got)
	}
	if got := d.form.Problem("decision.date"); got != session.Tr("error.date.invalid") {
		t.Errorf("a date that is none: %q", got)
	}
	if r.current().State != model.PlanDraft {
		t.Fatal("an incomplete decision fastställde the plan")
	}
	test.Type(d.by, "Stadsdelsnämnden i Skärholmen")
	d.date.SetText("2026-01-20")
	test.Type(d.paragraph, "§ 7")
	test.Type(d.dnr, "SDN 2026/12")
	test.Tap(d.confirm)
	if r.dialog != nil {
		t.Fatalf("the dialog stayed open: %q", d.form.General.Text)
	}

	adopted := r.current()
	if adopted == nil || adopted.ID != draft.ID || adopted.State != model.PlanAdopted || adopted.Fingerprint == "" || len(adopted.Entries) == 0 {
		t.Fatalf("after fastställ the screen shows %+v", adopted)
	}
	if !r.title.Disabled() || !r.from.Disabled() || !r.save.Disabled() || !r.adopt.Disabled() {
		t.Error("the fastställd plan's editor can still be used")
	}
	decision := "Fastställd av Stadsdelsnämnden i Skärholmen den 2026-01-20 § 7, dnr SDN 2026/12."
	if !strings.Contains(r.state.Text, decision) {
		t.Errorf("state line %q lacks %q", r.state.Text, decision)
	}
	changed := *adopted
	changed.Title = "Ändrad i efterhand"
	var e *model.Error
	if err := h.S.Doc.Put(&changed); !errors.As(err, &e) || e.Code != model.CodeLockedRecord {
		t.Fatalf("storage let a fastställd plan change: %v", err)
	}
	if pl.warnings.Content.Visible() {
		t.Error("a fastställd plan still shows where the röd tråd is missing")
	}
	bands := 0
	for _, l := range pl.lines {
		if l.band != "" {
			bands++
		} else if l.texts == nil {
			t.Fatal("a fastställd plan shows a row of the records as they stand")
		}
	}
	if bands == 0 {
		t.Fatal("the fastställd plan shows no problems")
	}

	test.Tap(pl.print)
	want := filepath.Join(filepath.Dir(path), session.PDFFileName(adopted.Title, 0))
	if len(*opened) != 1 || (*opened)[0] != want {
		t.Fatalf("viewer handed %q, want %s", *opened, want)
	}
	text := strings.Join(strings.Fields(sessiontest.PDFText(t, want)), " ")
	if !strings.Contains(text, decision) || strings.Contains(text, "Röd tråd saknas") || strings.Contains(text, "UTKAST") {
		t.Errorf("the fastställd plan's PDF lacks the decision or shows gaps:\n%.2000s", text)
	}
	test.Tap(pl.word)
	word := strings.TrimSuffix(want, ".pdf") + ".docx"
	if len(*opened) != 2 || (*opened)[1] != word {
		t.Fatalf("viewer handed %q, want %s", *opened, word)
	}
	if body := docxText(t, word); !strings.Contains(body, decision) || strings.Contains(body, "Röd tråd saknas") {
		t.Error("the Word plan lacks the decision or shows gaps")
	}

	// The next period gets a new plan, a draft again.
	test.Tap(r.add)
	np := r.newPlan
	if np == nil {
		t.Fatal("no new-plan dialog")
	}
	if np.situation.ID() != draft.SituationID {
		t.Errorf("the new plan is proposed for %q, want the newest lägesbild", np.situation.ID())
	}
	test.Tap(np.dialog.Save)
	next := r.current()
	if next == nil || next.ID == adopted.ID || next.State != model.PlanDraft || r.title.Disabled() || r.adopt.Disabled() {
		t.Fatalf("after Ny plan the screen shows %+v", next)
	}

	// Reopened, the plan is in the file as fastställd.
	h.Reopen(path)
	for _, p := range h.Stored(path).Plans {
		if p.ID == adopted.ID && (p.State != model.PlanAdopted || p.Decision.Diarienummer != "SDN 2026/12" || p.Fingerprint != adopted.Fingerprint) {
			t.Errorf("stored plan %+v", p)
		}
	}
}
