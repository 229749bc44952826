//go:build !windows && !darwin

package session

// NativeDialogs is false on Linux and the BSDs: the dialog library would
// pull in GTK, so Fyne's own dialog is used there.
const NativeDialogs = false

func nativeOpen(*Session, string, Filter, string, func(string))         {}
func nativeSave(*Session, string, Filter, string, string, func(string)) {}
func nativeFolder(*Session, string, string, func(string))               {}
