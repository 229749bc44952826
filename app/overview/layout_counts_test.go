package overview

import (
	"fmt"
	"path/filepath"
	"testing"

	"fyne.io/fyne/v2"

	"samverka/model"
	"samverka/storage"

	"samverka/app/internal/sessiontest"
)

// councilWith makes a council of n aktörer, each with one commitment
// followed up once, and opens it.
func councilWith(t *testing.T, h *sessiontest.Harness, n int) {
	t.Helper()
	path := filepath.Join(h.Dir, fmt.Sprintf("Rådet %d.samverka", n))
	d, err := storage.Create(path, &model.Council{Name: "Rådet i Testby"}, h.StorageOptions("Setup", "SETUP-PC"))
	if err != nil {
		t.Fatal(err)
	}
	if err := d.Close(); err != nil {
		t.Fatal(err)
	}
	h.OpenFile(path)
	for i := 0; i < n; i++ {
		p := &model.Part{Meta: model.Meta{ID: model.NewID()}, Name: fmt.Sprintf("Aktör nummer %d med ett ganska långt namn", i+1), Kind: model.PartAssociation}
		c := &model.Commitment{Meta: model.Meta{ID: model.NewID()}, Title: fmt.Sprintf("Åtagande %d", i+1), PartID: p.ID,
			Area: model.Areas[i%len(model.Areas)], Status: model.StatusOngoing,
			Start: "2025-09-01", Due: model.Date(fmt.Sprintf("2026-%02d-28", 1+i%12))}
		f := &model.FollowUp{Meta: model.Meta{ID: model.NewID()}, CommitmentID: c.ID, Date: "2025-12-01", Light: model.LightGreen, Status: model.StatusOngoing}
		for _, r := range []model.Record{p, c, f} {
			if err := h.S.Doc.Put(r); err != nil {
				t.Fatalf("%T: %v", r, err)
			}
		}
	}
}

// TestOverviewLayoutAtCounts is issue 19's eleventh case at 0, 1 and 100
// records: at 1280×800 and 1024×700 the Översikt's sections lie one
// below the other and within the screen's width, however many aktörer
// and commitments there are.
func TestOverviewLayoutAtCounts(t *testing.T) {
	for _, n := range []int{0, 1, 100} {
		for _, size := range []fyne.Size{{Width: 1280, Height: 800}, {Width: 1024, Height: 700}} {
			t.Run(fmt.Sprintf("%d-%vx%v", n, size.Width, size.Height), func(t *testing.T) {
				h := sessiontest.New(t)
				h.Win.Resize(size)
				councilWith(t, h, n)
				o := overviewOf(h)
				o.Refresh()
				h.Win.Resize(size.AddWidthHeight(1, 1))
				h.Win.Resize(size)
				d := fyne.CurrentApp().Driver()
				areas, parts := o.charts.areas, o.charts.partsBox
				if len(areas.Objects) == 0 {
					t.Fatal("no priority-area rows")
				}
				last := areas.Objects[len(areas.Objects)-1]
				bottom := d.AbsolutePositionForObject(last).Y + last.Size().Height
				if top := d.AbsolutePositionForObject(parts).Y; top < bottom {
					t.Fatalf("the aktörer's section starts at %.0f, above the area rows' end %.0f", top, bottom)
				}
				if right := d.AbsolutePositionForObject(parts).X + parts.Size().Width; right > size.Width {
					t.Fatalf("the aktörer's section reaches %.0f, beyond the window's %.0f", right, size.Width)
				}
				if want := fmt.Sprint(n); n > 0 && len(o.charts.parts.Objects) == 0 {
					t.Fatalf("no rows for %s aktörer", want)
				}
			})
		}
	}
}
