//go:build !windows

package main

import (
	"os"
	"os/exec"
)

// isTerminal reports whether f is a terminal.
func isTerminal(f *os.File) bool {
	info, err := f.Stat()
	return err == nil && info.Mode()&os.ModeCharDevice != 0
}

// noEcho turns the terminal's echo off and returns what turns it on.
func noEcho(f *os.File) func() {
	stty := func(arg string) {
		cmd := exec.Command("stty", arg)
		cmd.Stdin = f
		_ = cmd.Run()
	}
	stty("-echo")
	return func() { stty("echo") }
}
