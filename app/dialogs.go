package app

import (
	"errors"
	"log"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"samverka/model"
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
func (u *Session) choose(titleKey, message string, options ...option) *confirmation {
	c := &confirmation{message: widget.NewLabel(message)}
	c.message.Wrapping = fyne.TextWrapWord
	c.dialog = dialog.NewCustomWithoutButtons(tr(titleKey), c.message, u.win)
	objs := make([]fyne.CanvasObject, len(options))
	for i, o := range options {
		b := widget.NewButton(tr(o.key), func() {
			c.dialog.Hide()
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
func (u *Session) confirm(titleKey, message, yesKey string, yes func()) *confirmation {
	return u.choose(titleKey, message,
		option{key: "button.cancel"},
		option{key: yesKey, action: yes, primary: true})
}

// showError tells the user about err and what to do.
func (u *Session) showError(err error) {
	u.choose("dialog.error.title", errorText(err), option{key: "button.ok", primary: true})
}

// showInfo shows a plain message.
func (u *Session) showInfo(titleKey, message string) {
	u.choose(titleKey, message, option{key: "button.ok", primary: true})
}
