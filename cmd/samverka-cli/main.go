// Command samverka-cli works on Samverka data files without a window: it
// makes new and demo files, checks them, shows what they hold, exports and
// imports them (JSON, CSV, XLSX), prints documents as PDF and verifies
// printed ones, merges diverged copies and rolls several councils up into
// one read-only file. It builds without cgo.
//
// Exit codes: 0 done, 1 the file or input was refused, 2 wrong usage.
// Messages go to standard error, one line each, in Swedish when the locale
// (LC_ALL, LC_MESSAGES or LANG) is Swedish and in English otherwise.
package main

import (
	"os"

	"samverka/storage"
)

func main() {
	// The files this program creates or migrates record its version.
	storage.ProgramVersion = version
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}
