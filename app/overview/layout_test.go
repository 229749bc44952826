package overview

import (
	"path/filepath"
	"testing"

	"samverka/app/internal/sessiontest"
	"samverka/model"
	"samverka/storage"

	"fyne.io/fyne/v2"
)

// TestOverviewSectionsDoNotOverlap is issue 19's Översikt of a new
// council: "Per part" (now "Per aktör") was drawn over the priority-area rows. The sections
// must lie one below the other at 1280×800 and 1024×700, for a council
// with nothing yet and for the example council; and 0 overdue is not red.
func TestOverviewSectionsDoNotOverlap(t *testing.T) {
	for _, size := range []fyne.Size{{Width: 1280, Height: 800}, {Width: 1024, Height: 700}} {
		for _, council := range []string{"new", "example"} {
			t.Run(council, func(t *testing.T) {
				h := sessiontest.New(t)
				h.Win.Resize(size)
				if council == "new" {
					path := filepath.Join(h.Dir, "Rådet i Testby.samverka")
					d, err := storage.Create(path, &model.Council{Name: "Rådet i Testby"}, h.StorageOptions("Setup", "SETUP-PC"))
					if err != nil {
						t.Fatal(err)
					}
					if err := d.Close(); err != nil {
						t.Fatal(err)
					}
					h.OpenFile(path)
				} else {
					h.OpenFile(h.DemoFile())
				}
				o := overviewOf(h)
				o.Refresh()
				// The program draws the screen before the charts come in
				// from the background: lay it out empty, then fill it.
				o.charts.areas.RemoveAll()
				o.charts.parts.RemoveAll()
				h.Win.Resize(size.AddWidthHeight(1, 1))
				h.Win.Resize(size)
				o.charts.refresh()
				d := fyne.CurrentApp().Driver()
				areas, parts := o.charts.areas, o.charts.partsBox
				if len(areas.Objects) == 0 {
					t.Fatal("no priority-area rows")
				}
				last := areas.Objects[len(areas.Objects)-1]
				bottom := d.AbsolutePositionForObject(last).Y + last.Size().Height
				if top := d.AbsolutePositionForObject(parts).Y; top < bottom {
					t.Fatalf("at %v the parts' section starts at %.0f, above the area rows' end %.0f", size, top, bottom)
				}
				if o.overdue.Text == "0" && o.overdue.Importance != 0 {
					t.Fatalf("0 overdue is shown with importance %v", o.overdue.Importance)
				}
			})
		}
	}
}
