package app

import (
	"path/filepath"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"samverka/model"
	"samverka/storage"
)

// showOpenError explains why path did not open and offers the ways
// forward: a locked file can be opened read-only or anyway, unsaved
// changes from a crash can be restored or thrown away.
func (u *UI) showOpenError(path string, opt storage.Options, err error) {
	retry := func(change func(*storage.Options)) func() {
		return func() {
			o := opt
			change(&o)
			u.open(path, o)
		}
	}
	switch model.CodeOf(err) {
	case model.CodeLocked:
		msg := errorText(err)
		if note := storage.LockedBy(err); note != nil {
			msg = tr("dialog.locked.message", formatArgs(map[string]any{"User": note.User, "Host": note.Host, "Since": note.Since}))
		}
		u.choose("dialog.locked.title", msg,
			option{key: "button.cancel"},
			option{key: "dialog.locked.anyway", action: retry(func(o *storage.Options) { o.IgnoreLock = true })},
			option{key: "dialog.locked.readOnly", action: retry(func(o *storage.Options) { o.ReadOnly = true }), primary: true})
	case model.CodeRecovery:
		u.choose("dialog.recovery.title", errorText(err),
			option{key: "button.cancel"},
			option{key: "dialog.recovery.discard", action: retry(func(o *storage.Options) { o.DiscardRecovery = true })},
			option{key: "dialog.recovery.restore", action: retry(func(o *storage.Options) { o.Recover = true }), primary: true})
	case model.CodeNotFound:
		u.forgetRecent(path)
		u.choose("dialog.open.title", errorText(err), option{key: "button.ok", primary: true})
	default:
		u.choose("dialog.open.title", errorText(err), option{key: "button.ok", primary: true})
	}
}

// showKeptAs says that someone else saved the file meanwhile: nothing
// was overwritten, the user's changes went to a copy beside it. It offers
// to merge the two (see onMergeWithDisk), to keep both (the changes keep
// going to the copy this session) or to open the other person's version.
func (u *UI) showKeptAs(keptAs string) {
	original := u.doc.store.Path()
	msg := tr("share.changed.message", map[string]any{"KeptAs": filepath.Base(keptAs), "Folder": filepath.Dir(keptAs)})
	u.choose("dialog.changed.title", msg,
		option{key: "dialog.changed.openTheirs", action: func() { u.open(original, u.opt.Storage) }},
		option{key: "share.changed.keepBoth"},
		option{key: "share.changed.merge", action: func() { onMergeWithDisk(u.Session) }, primary: true})
}

// showAbout shows the version, the data file and where backups are.
func (u *UI) showAbout() {
	version := u.opt.Version
	if version == "" {
		version = "dev"
	}
	file := tr("about.noFile")
	if u.doc != nil {
		file = u.doc.store.Path()
	}
	text := tr("about.text", map[string]any{"Version": version, "File": file, "Backups": u.backupFolder()})
	label := widget.NewLabel(text)
	label.Wrapping = fyne.TextWrapWord
	d := dialog.NewCustom(tr("about.title"), tr("button.close"), container.NewVBox(label), u.win)
	d.Resize(fyne.NewSize(560, d.MinSize().Height))
	d.Show()
}
