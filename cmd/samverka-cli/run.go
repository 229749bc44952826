package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"
	"unicode"

	"samverka/assets"
	"samverka/exchange"
	"samverka/model"
	"samverka/storage"
)

// Exit codes.
const (
	exitOK      = 0 // done
	exitRefused = 1 // the file or input was refused, or an internal error
	exitUsage   = 2 // wrong usage
)

// command is one subcommand. Each group of commands lives in its own file
// and is listed in commands below.
type command struct {
	name string
	// run does the work; args are the command's own arguments.
	run func(c *call, args []string) int
}

// commands lists every subcommand, in the order help shows them.
var commands = slices.Concat(fileCommands, readCommands, transferCommands, documentCommands, lawCommands, shareCommands, yearCommands, integrityCommands, protectCommands)

// call is one run of the program: where output goes and which language
// messages are in.
type call struct {
	cmd            string
	stdout, stderr io.Writer
	lang           string
	secrets        secrets // where passphrases come from (see protect.go)
}

// run is the program: it runs the subcommand args[0] and returns the exit
// code. Nothing it does may panic through: a panic is reported as an
// internal error.
func run(args []string, stdout, stderr io.Writer) (code int) {
	c := &call{stdout: stdout, stderr: stderr, lang: language()}
	defer func() {
		if r := recover(); r != nil {
			code = c.fail(fmt.Errorf("panic: %v", r))
		}
	}()
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		c.line("cli.usage", "Commands", commandNames())
		if len(args) == 0 {
			return exitUsage
		}
		return exitOK
	}
	// Every command opens protected files: the passphrase is asked for
	// only when one is.
	args, c.secrets.file = takeFlag(args, "passphrase-file")
	args, c.secrets.newFile = takeFlag(args, "new-passphrase-file")
	storage.AskPassphrase = c.passphrase
	defer func() { storage.AskPassphrase = nil }()
	for _, cmd := range commands {
		if cmd.name == args[0] {
			c.cmd = cmd.name
			return cmd.run(c, args[1:])
		}
	}
	c.line("cli.unknownCommand", "Name", args[0], "Commands", commandNames())
	return exitUsage
}

func commandNames() string {
	names := make([]string, len(commands))
	for i, c := range commands {
		names[i] = c.name
	}
	return strings.Join(names, ", ")
}

// language returns "sv" when the locale asks for Swedish, else "en". The
// variables are read in the order POSIX gives them precedence.
func language() string {
	for _, v := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		if s := os.Getenv(v); s != "" {
			if strings.HasPrefix(strings.ToLower(s), "sv") {
				return "sv"
			}
			return "en"
		}
	}
	return "en"
}

// text returns the message key in the call's language, args given as key,
// value pairs.
func (c *call) text(key string, kv ...any) string {
	args := map[string]any{}
	for i := 0; i+1 < len(kv); i += 2 {
		args[fmt.Sprint(kv[i])] = kv[i+1]
	}
	return oneLine(assets.Message(c.lang, key, args))
}

// line writes the message key to stderr as one line.
func (c *call) line(key string, kv ...any) {
	fmt.Fprintln(c.stderr, c.text(key, kv...))
}

// usage prints the command's usage line and returns exitUsage.
func (c *call) usage() int {
	c.line("cli.usage."+c.cmd, "Command", c.cmd)
	return exitUsage
}

// fail reports err on one line of stderr and returns exitRefused. A
// *model.Error or model.Problems is told in the user's language; anything
// else is an internal error, told with its detail.
func (c *call) fail(err error) int {
	fmt.Fprintln(c.stderr, c.describe(err))
	return exitRefused
}

// failAt is fail with the path the error is about in front.
func (c *call) failAt(path string, err error) int {
	// A OneDrive file that could not be downloaded is not damaged.
	err = storage.CloudError(path, err)
	msg := c.describe(err)
	if model.CodeOf(err) == model.CodeRecovery {
		// The GUI asks; the CLI names the command that answers.
		msg += " " + c.text("cli.recover.hint", "Path", path)
	}
	fmt.Fprintf(c.stderr, "%s: %s\n", path, msg)
	return exitRefused
}

func (c *call) describe(err error) string {
	var rp *exchange.RecordProblem
	if errors.As(err, &rp) && len(rp.Problems) > 0 {
		return c.text("cli.badRecord", "Kind", string(rp.Kind), "ID", rp.ID, "Problem", c.problem(rp.Problems[0]))
	}
	var problems model.Problems
	if errors.As(err, &problems) && len(problems) > 0 {
		return c.problem(problems[0])
	}
	var e *model.Error
	if errors.As(err, &e) {
		if e.Code == storage.CodeExists {
			return c.text("cli.exists")
		}
		return oneLine(assets.Message(c.lang, e.Key(), e.Args))
	}
	return c.text("cli.internal", "Detail", err.Error())
}

// problem describes a field problem: the field's name, then what is wrong.
func (c *call) problem(e *model.Error) string {
	msg := oneLine(assets.Message(c.lang, e.Key(), e.Args))
	if e.Field == "" {
		return msg
	}
	return oneLine(assets.Message(c.lang, model.FieldKey(e.Field), nil)) + ": " + msg
}

// oneLine folds s onto one line and drops control and format characters:
// a name holding a terminal's escape sequence or a right-to-left override
// must not reach the terminal as one.
func oneLine(s string) string {
	s = strings.Map(func(r rune) rune {
		switch {
		case unicode.IsSpace(r):
			return ' '
		case unicode.IsControl(r), unicode.Is(unicode.Cf, r) && r != '\u00AD':
			return -1
		}
		return r
	}, s)
	return strings.Join(strings.Fields(s), " ")
}

// parse parses args with fs, letting flags come before, between or after
// the positional arguments, and returns the positional ones. A lone "--"
// ends the flags.
func parse(fs *flag.FlagSet, args []string) ([]string, error) {
	fs.SetOutput(io.Discard)
	var flags, positional []string
	for i := 0; i < len(args); i++ {
		a := args[i]
		switch {
		case a == "--":
			positional = append(positional, args[i+1:]...)
			i = len(args)
		case len(a) > 1 && a[0] == '-':
			flags = append(flags, a)
			name := strings.TrimLeft(a, "-")
			if strings.Contains(name, "=") {
				continue
			}
			f := fs.Lookup(name)
			if f == nil {
				return nil, fmt.Errorf("flag provided but not defined: %s", a)
			}
			if b, ok := f.Value.(interface{ IsBoolFlag() bool }); ok && b.IsBoolFlag() {
				continue
			}
			if i+1 < len(args) {
				i++
				flags = append(flags, args[i])
			}
		default:
			positional = append(positional, a)
		}
	}
	if err := fs.Parse(flags); err != nil {
		return nil, err
	}
	return positional, nil
}

// flags returns a flag set for the call's command.
func (c *call) flags() *flag.FlagSet {
	return flag.NewFlagSet(c.cmd, flag.ContinueOnError)
}

// args parses args with fs and checks that exactly n positional arguments
// remain. Otherwise it prints one line, the problem and the usage, and
// returns ok false: the caller returns exitUsage.
func (c *call) args(fs *flag.FlagSet, args []string, n int) (pos []string, ok bool) {
	pos, err := parse(fs, args)
	switch {
	case err != nil:
		c.line("cli.badFlag", "Error", err.Error(), "Usage", c.text("cli.usage."+c.cmd))
		return nil, false
	case len(pos) != n:
		c.usage()
		return nil, false
	}
	return pos, true
}
