package app

import (
	"errors"
	"log"
	"os"
	"path/filepath"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"samverka/model"
	"samverka/storage"
)

// errorText returns what a person should read about err, in their
// language. Errors that are not *model.Error are internal: they are logged
// with their detail and shown only as "internal error".
func errorText(err error) string {
	var problems model.Problems
	if errors.As(err, &problems) {
		texts := make([]string, len(problems))
		for i, p := range problems {
			texts[i] = errorText(p)
		}
		return strings.Join(texts, "\n")
	}
	var e *model.Error
	if errors.As(err, &e) {
		return tr(e.Key(), formatArgs(e.Args))
	}
	log.Printf("internal error: %v", err)
	return tr("error." + model.CodeInternal)
}

// formatArgs writes the times among args the way the user reads them.
func formatArgs(args map[string]any) map[string]any {
	out := make(map[string]any, len(args))
	now := time.Now()
	for k, v := range args {
		if t, ok := v.(time.Time); ok {
			t = t.Local()
			if model.DateOf(t) == model.DateOf(now) {
				v = t.Format("15:04")
			} else {
				v = t.Format("2006-01-02 15:04")
			}
		}
		out[k] = v
	}
	return out
}

// option is one way forward offered by a dialog.
type option struct {
	key    string // the button's translation key
	action func()
	// primary marks the suggested way.
	primary bool
}

// confirmation is a dialog with a message and one button per option.
type confirmation struct {
	dialog  *dialog.CustomDialog
	message *widget.Label
	buttons []*widget.Button
}

// choose shows a dialog that offers options; every button closes it.
func (u *UI) choose(titleKey, message string, options ...option) *confirmation {
	c := &confirmation{message: widget.NewLabel(message)}
	c.message.Wrapping = fyne.TextWrapWord
	c.dialog = dialog.NewCustomWithoutButtons(tr(titleKey), c.message, u.win)
	objs := make([]fyne.CanvasObject, len(options))
	for i, o := range options {
		b := widget.NewButton(tr(o.key), func() {
			c.dialog.Hide()
			if u.pending == c {
				u.pending = nil
			}
			if o.action != nil {
				o.action()
			}
		})
		if o.primary {
			b.Importance = widget.HighImportance
		}
		c.buttons = append(c.buttons, b)
		objs[i] = b
	}
	c.dialog.SetButtons(objs)
	c.dialog.Resize(fyne.NewSize(520, c.dialog.MinSize().Height))
	u.pending = c
	c.dialog.Show()
	return c
}

// button returns the confirmation's button with the text of key.
func (c *confirmation) button(key string) *widget.Button {
	for _, b := range c.buttons {
		if b.Text == tr(key) {
			return b
		}
	}
	return nil
}

// confirm asks before a step that changes data; yes runs it.
func (u *UI) confirm(titleKey, message, yesKey string, yes func()) *confirmation {
	return u.choose(titleKey, message,
		option{key: "button.cancel"},
		option{key: yesKey, action: yes, primary: true})
}

// showError tells the user about err and what to do.
func (u *UI) showError(err error) {
	u.choose("dialog.error.title", errorText(err), option{key: "button.ok", primary: true})
}

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
		option{key: "share.changed.merge", action: func() { u.onMergeWithDisk() }, primary: true})
}

// showInfo shows a plain message.
func (u *UI) showInfo(titleKey, message string) {
	u.choose(titleKey, message, option{key: "button.ok", primary: true})
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

// backupFolder returns where backups of the open file are kept.
func (u *UI) backupFolder() string {
	if u.doc != nil {
		if list, err := u.doc.store.Backups(); err == nil && len(list) > 0 {
			return filepath.Dir(list[0].Path)
		}
	}
	dir := u.opt.Storage.DataDir
	if dir == "" {
		base, err := os.UserConfigDir()
		if err != nil {
			return "?"
		}
		dir = filepath.Join(base, "Samverka")
	}
	return filepath.Join(dir, "backups")
}
