package session

import (
	"errors"
	"log"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"samverka/assets"
	"samverka/model"
)

// ErrorText returns what a person should read about err, in their
// language. Errors that are not *model.Error are internal: they are logged
// with their detail and shown only as "internal error".
func ErrorText(err error) string {
	var problems model.Problems
	if errors.As(err, &problems) {
		texts := make([]string, len(problems))
		for i, p := range problems {
			texts[i] = ErrorText(p)
		}
		return strings.Join(texts, "\n")
	}
	var e *model.Error
	if errors.As(err, &e) {
		return Tr(e.Key(), FormatArgs(e.Args))
	}
	log.Printf("internal error: %v", err)
	return Tr("error." + model.CodeInternal)
}

// FormatArgs writes the times among args the way the user reads them, and
// a kind of record as the user names a list of them (assets.RecordsArgs).
func FormatArgs(args map[string]any) map[string]any {
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
	return assets.RecordsArgs(out, func(key string) (string, bool) {
		s := Tr(key)
		return s, s != key
	})
}

// Option is one way forward offered by a dialog.
type Option struct {
	Key    string // the button's translation key
	Action func()
	// Primary marks the suggested way.
	Primary bool
}

// confirmation is a dialog with a message and one button per option.
type confirmation struct {
	dialog  *dialog.CustomDialog
	message *widget.Label
}

// Choose shows a dialog that offers options; every button closes it.
func (u *Session) Choose(titleKey, message string, options ...Option) *confirmation {
	c := &confirmation{message: widget.NewLabel(message)}
	c.message.Wrapping = fyne.TextWrapWord
	c.dialog = dialog.NewCustomWithoutButtons(Tr(titleKey), c.message, u.Win)
	objs := make([]fyne.CanvasObject, len(options))
	for i, o := range options {
		b := widget.NewButton(Tr(o.Key), func() {
			c.dialog.Hide()
			if o.Action != nil {
				o.Action()
			}
		})
		if o.Primary {
			b.Importance = widget.HighImportance
		}
		objs[i] = b
	}
	c.dialog.SetButtons(objs)
	c.dialog.Resize(fyne.NewSize(520, c.dialog.MinSize().Height))
	c.dialog.Show()
	return c
}

// Confirm asks before a step that changes data; yes runs it.
func (u *Session) Confirm(titleKey, message, yesKey string, yes func()) *confirmation {
	return u.Choose(titleKey, message,
		Option{Key: "button.cancel"},
		Option{Key: yesKey, Action: yes, Primary: true})
}

// ShowError tells the user about err and what to do.
func (u *Session) ShowError(err error) {
	u.Choose("dialog.error.title", ErrorText(err), Option{Key: "button.ok", Primary: true})
}

// ShowInfo shows a plain message.
func (u *Session) ShowInfo(titleKey, message string) {
	u.Choose(titleKey, message, Option{Key: "button.ok", Primary: true})
}
