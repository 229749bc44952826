package app

import (
	"fmt"
	"path/filepath"
	"strings"
	"time"

	"samverka/model"
	"samverka/storage"

	"samverka/app/internal/session"
)

// offerSalvage says a file is damaged and offers the way out: rescue
// every record that still verifies into a new file beside it
// (storage.Salvage, as samverka-cli salvage does). The damaged file is
// never changed.
func (u *UI) offerSalvage(path string, opt storage.Options, err error) {
	u.Choose("dialog.open.title", session.ErrorText(err)+"\n\n"+session.Tr("dialog.damaged.offer"),
		session.Option{Key: "button.cancel"},
		session.Option{Key: "dialog.damaged.salvage", Action: func() { u.onSalvage(path, opt) }, Primary: true})
}

// onSalvage rescues what verifies in the file at path, says what was
// rescued and lost, and offers to open the new file.
func (u *UI) onSalvage(path string, opt storage.Options) {
	out := storage.SalvageName(path, time.Now())
	var rep storage.SalvageReport
	var err error
	u.Background(func() { rep, err = storage.Salvage(path, out, opt) }, func() {
		if err != nil {
			u.ShowError(err)
			return
		}
		msg := session.Tr("dialog.salvaged.message", map[string]any{
			"N": rep.Total, "Lost": len(rep.Lost), "File": filepath.Base(out), "Folder": filepath.Dir(out)})
		if lost := lostList(rep.Lost); lost != "" {
			msg += "\n\n" + lost
		}
		if rep.Unreadable {
			msg += "\n\n" + session.Tr("dialog.salvaged.unreadable")
		}
		u.Choose("dialog.salvaged.title", msg,
			session.Option{Key: "button.close"},
			session.Option{Key: "dialog.salvaged.open", Action: func() { u.open(out, opt) }, Primary: true})
	})
}

// lostList names the first lost records, one a line.
func lostList(lost []storage.LostRecord) string {
	var lines []string
	for i, l := range lost {
		if i == 10 {
			lines = append(lines, session.Tr("dialog.salvaged.more", map[string]any{"N": len(lost) - i}))
			break
		}
		lines = append(lines, fmt.Sprintf("• %s %s", kindName(l.Kind), l.ID))
	}
	return strings.Join(lines, "\n")
}

// kindName names a kind of record as the merge summary does.
func kindName(k model.Kind) string { return session.Tr("share.kind." + string(k)) }
