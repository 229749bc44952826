//go:build !darwin

package main

// listenForOpenFiles returns nothing to listen to: Windows and Linux pass a
// double-clicked file on the command line, to a new Samverka each time.
func listenForOpenFiles() <-chan string { return nil }
