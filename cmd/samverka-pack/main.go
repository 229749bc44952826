// Command samverka-pack makes what the installers and desktops need beside
// the program: the Windows icons (.ico) of the program and of its council
// files, and the file icon as PNG for Linux and macOS. The installer
// descriptions themselves are in packaging/ and read as they are.
//
//	samverka-pack icons OUTDIR
//	samverka-pack version FyneApp.toml COMMIT-COUNT
package main

import (
	"fmt"
	"os"
)

func main() {
	if err := run(os.Args[1:]); err != nil {
		fmt.Fprintln(os.Stderr, "samverka-pack:", err)
		os.Exit(1)
	}
}

func run(args []string) error {
	switch {
	case len(args) == 2 && args[0] == "icons":
		return writeIcons(args[1])
	case len(args) == 3 && args[0] == "version":
		v, err := msiVersion(args[1], args[2])
		if err != nil {
			return err
		}
		fmt.Println(v)
		return nil
	}
	return fmt.Errorf("usage: samverka-pack icons OUTDIR | version FyneApp.toml COMMIT-COUNT")
}
