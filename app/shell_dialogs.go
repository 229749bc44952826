package app

import (
	"path/filepath"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"samverka/model"
	"samverka/storage"

	"samverka/app/internal/session"

	"samverka/app/sharing"
)

// showOpenError explains why path did not open and offers the ways
// forward: a locked file can be opened read-only or anyway, unsaved
// changes from a crash can be restored or thrown away.
func (u *UI) showOpenError(path string, opt storage.Options, err error) {
	// A OneDrive file that could not be downloaded is not damaged.
	err = storage.CloudError(path, err)
	retry := func(change func(*storage.Options)) func() {
		return func() {
			o := opt
			change(&o)
			u.open(path, o)
		}
	}
	switch model.CodeOf(err) {
	case model.CodeLocked:
		msg := session.ErrorText(err)
		if note := storage.LockedBy(err); note != nil {
			msg = session.Tr("dialog.locked.message", session.FormatArgs(map[string]any{"User": note.User, "Host": note.Host, "Since": note.Since}))
		}
		u.Choose("dialog.locked.title", msg,
			session.Option{Key: "button.cancel"},
			session.Option{Key: "dialog.locked.anyway", Action: retry(func(o *storage.Options) { o.IgnoreLock = true })},
			session.Option{Key: "dialog.locked.readOnly", Action: retry(func(o *storage.Options) { o.ReadOnly = true }), Primary: true})
	case model.CodeRecovery:
		u.Choose("dialog.recovery.title", session.ErrorText(err),
			session.Option{Key: "button.cancel"},
			session.Option{Key: "dialog.recovery.discard", Action: retry(func(o *storage.Options) { o.DiscardRecovery = true })},
			session.Option{Key: "dialog.recovery.restore", Action: retry(func(o *storage.Options) { o.Recover = true }), Primary: true})
	case model.CodeDamaged:
		u.offerSalvage(path, opt, err)
	case model.CodeNotFound:
		u.forgetRecent(path)
		u.Choose("dialog.open.title", session.ErrorText(err), session.Option{Key: "button.ok", Primary: true})
	default:
		u.Choose("dialog.open.title", session.ErrorText(err), session.Option{Key: "button.ok", Primary: true})
	}
}

// showKeptAs says that someone else saved the file meanwhile: nothing
// was overwritten, the user's changes went to a copy beside it. It offers
// to merge the two (see onMergeWithDisk), to keep both (the changes keep
// going to the copy this session) or to open the other person's version.
func (u *UI) showKeptAs(keptAs string) {
	original := u.Doc.Store.Path()
	msg := session.Tr("share.changed.message", map[string]any{"KeptAs": filepath.Base(keptAs), "Folder": filepath.Dir(keptAs)})
	u.Choose("dialog.changed.title", msg,
		session.Option{Key: "dialog.changed.openTheirs", Action: func() { u.open(original, u.Opt.Storage) }},
		session.Option{Key: "share.changed.keepBoth"},
		session.Option{Key: "share.changed.merge", Action: func() { sharing.OnMergeWithDisk(u.Session) }, Primary: true})
}

// showAbout shows the version, the data file and where backups are.
func (u *UI) showAbout() {
	version := u.Opt.Version
	if version == "" {
		version = "dev"
	}
	file := session.Tr("about.noFile")
	if u.Doc != nil {
		file = u.Doc.Store.Path()
	}
	text := session.Tr("about.text", map[string]any{"Version": version, "File": file, "Backups": u.BackupFolder()})
	label := widget.NewLabel(text)
	label.Wrapping = fyne.TextWrapWord
	d := dialog.NewCustom(session.Tr("about.title"), session.Tr("button.close"), container.NewVBox(label), u.Win)
	d.Resize(fyne.NewSize(560, d.MinSize().Height))
	d.Show()
}
