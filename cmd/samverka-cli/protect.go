package main

import (
	"bufio"
	"cmp"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"samverka/model"
	"samverka/storage"
)

// protectCommands set, change and remove a data file's passphrase.
var protectCommands = []command{
	{name: "protect", run: runProtect},
	{name: "unprotect", run: runUnprotect},
	{name: "passphrase", run: runPassphrase},
}

// Where a passphrase comes from: the environment, a file named with
// --passphrase-file, or the terminal, asked without echo.
const (
	envPassphrase    = "SAMVERKA_PASSPHRASE"
	envNewPassphrase = "SAMVERKA_NEW_PASSPHRASE"
)

// secrets are the passphrase files of one run, taken out of its
// arguments (see takeFlag).
type secrets struct {
	file, newFile string
	asked         string // the passphrase asked on the terminal, once
}

// takeFlag removes --name F or --name=F from args and returns F.
func takeFlag(args []string, name string) ([]string, string) {
	var out []string
	value := ""
	for i := 0; i < len(args); i++ {
		a := args[i]
		switch {
		case a == "--":
			return append(out, args[i:]...), value
		case a == "--"+name || a == "-"+name:
			if i+1 < len(args) {
				value = args[i+1]
				i++
			}
		case strings.HasPrefix(a, "--"+name+"="):
			value = strings.TrimPrefix(a, "--"+name+"=")
		default:
			out = append(out, a)
		}
	}
	return out, value
}

// passphrase returns the current passphrase: SAMVERKA_PASSPHRASE, the
// --passphrase-file, or asked on the terminal.
func (c *call) passphrase() (string, error) {
	if p := os.Getenv(envPassphrase); p != "" {
		return p, nil
	}
	if c.secrets.file != "" {
		return readPassphraseFile(c.secrets.file)
	}
	if c.secrets.asked != "" {
		return c.secrets.asked, nil
	}
	p, err := c.ask("cli.passphrase.ask")
	c.secrets.asked = p
	return p, err
}

// newPassphrase returns the passphrase a file is to get: for a file that
// has none, where the current one comes from; for a change,
// SAMVERKA_NEW_PASSPHRASE or --new-passphrase-file. Asked on the
// terminal, it is asked twice.
func (c *call) newPassphrase(change bool) (string, error) {
	env, file := envPassphrase, c.secrets.file
	if change {
		env, file = envNewPassphrase, c.secrets.newFile
	}
	if p := os.Getenv(env); p != "" {
		return p, nil
	}
	if file != "" {
		return readPassphraseFile(file)
	}
	p, err := c.ask("cli.passphrase.new")
	if err != nil {
		return "", err
	}
	again, err := c.ask("cli.passphrase.again")
	if err != nil {
		return "", err
	}
	if again != p {
		return "", model.Errorf("cli.passphraseMismatch")
	}
	return p, nil
}

// readPassphraseFile reads a passphrase file's first line.
func readPassphraseFile(path string) (string, error) {
	data, err := readLimited(path, nil, 4096)
	if err != nil {
		return "", err
	}
	line, _, _ := strings.Cut(string(data), "\n")
	return strings.TrimRight(line, "\r"), nil
}

// ask asks for a passphrase on the terminal without echo; without a
// terminal it refuses.
func (c *call) ask(prompt string) (string, error) {
	if !isTerminal(os.Stdin) {
		return "", model.Errorf(storage.CodeNeedPassphrase)
	}
	fmt.Fprint(c.stderr, c.text(prompt)+" ")
	restore := noEcho(os.Stdin)
	line, err := bufio.NewReader(os.Stdin).ReadString('\n')
	restore()
	fmt.Fprintln(c.stderr)
	if err != nil && !errors.Is(err, io.EOF) {
		return "", err
	}
	return strings.TrimRight(line, "\r\n"), nil
}

// tellRecovery prints the recovery key and that a forgotten passphrase
// cannot be recovered.
func (c *call) tellRecovery(recovery string) {
	c.line("cli.passphrase.noRecovery")
	if recovery != "" {
		c.line("cli.passphrase.recoveryKey")
		fmt.Fprintln(c.stdout, recovery)
	}
}

// runProtect: protect FILE gives a file its first passphrase.
func runProtect(c *call, args []string) int {
	pos, ok := c.args(c.flags(), args, 1)
	if !ok {
		return exitUsage
	}
	if protected, err := storage.IsProtected(pos[0]); err != nil || protected {
		return c.failAt(pos[0], cmp.Or(err, error(model.Errorf(storage.CodeAlreadyProtected))))
	}
	pass, err := c.newPassphrase(false)
	if err != nil {
		return c.failAt(pos[0], err)
	}
	recovery, err := storage.Rekey(pos[0], storage.Options{}, pass)
	if err != nil {
		return c.failAt(pos[0], err)
	}
	c.line("cli.protected", "Path", pos[0])
	c.tellRecovery(recovery)
	return exitOK
}

// runUnprotect: unprotect FILE removes the passphrase.
func runUnprotect(c *call, args []string) int {
	pos, ok := c.args(c.flags(), args, 1)
	if !ok {
		return exitUsage
	}
	pass, err := c.passphrase()
	if err != nil {
		return c.failAt(pos[0], err)
	}
	if _, err := storage.Rekey(pos[0], storage.Options{Passphrase: pass}, ""); err != nil {
		return c.failAt(pos[0], err)
	}
	c.line("cli.unprotected", "Path", pos[0])
	return exitOK
}

// runPassphrase: passphrase FILE changes the passphrase.
func runPassphrase(c *call, args []string) int {
	pos, ok := c.args(c.flags(), args, 1)
	if !ok {
		return exitUsage
	}
	pass, err := c.passphrase()
	if err != nil {
		return c.failAt(pos[0], err)
	}
	// The current passphrase is checked before a new one is asked for.
	if r, err := storage.OpenReader(pos[0], pass); err != nil {
		return c.failAt(pos[0], err)
	} else {
		r.Close()
	}
	next, err := c.newPassphrase(true)
	if err != nil {
		return c.failAt(pos[0], err)
	}
	if next == "" {
		return c.usage()
	}
	recovery, err := storage.Rekey(pos[0], storage.Options{Passphrase: pass}, next)
	if err != nil {
		return c.failAt(pos[0], err)
	}
	c.line("cli.passphraseChanged", "Path", pos[0])
	c.tellRecovery(recovery)
	return exitOK
}
