package model

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

// Error is Samverka's one error type for problems a user can understand and
// act on: an invalid field, a refused file, a locked document. Code is a
// stable translation key (without the "error." prefix); Field names the
// record field (its JSON name) when the problem is one field; Args fill the
// translated message's placeholders ({{.Max}} and so on).
//
// Anything that is not an *Error is an internal error: it is logged with its
// detail and shown to the user only as "internal error".
type Error struct {
	Code  string
	Field string
	Args  map[string]any
	// Err is the underlying cause, kept for the log; never shown.
	Err error
}

// Error returns an English description for logs and tests.
func (e *Error) Error() string {
	var b strings.Builder
	if e.Field != "" {
		b.WriteString(e.Field)
		b.WriteString(": ")
	}
	b.WriteString(e.Code)
	if len(e.Args) > 0 {
		keys := make([]string, 0, len(e.Args))
		for k := range e.Args {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		b.WriteString(" (")
		for i, k := range keys {
			if i > 0 {
				b.WriteString(", ")
			}
			fmt.Fprintf(&b, "%s=%v", k, e.Args[k])
		}
		b.WriteString(")")
	}
	if e.Err != nil {
		b.WriteString(": ")
		b.WriteString(e.Err.Error())
	}
	return b.String()
}

// Unwrap returns the underlying cause.
func (e *Error) Unwrap() error { return e.Err }

// Key returns the translation key of the message.
func (e *Error) Key() string { return "error." + e.Code }

// Is matches another *Error with the same code, so errors.Is(err,
// &Error{Code: CodeLocked}) works.
func (e *Error) Is(target error) bool {
	t, ok := target.(*Error)
	return ok && t.Code == e.Code && (t.Field == "" || t.Field == e.Field)
}

// Errorf returns an *Error for code with args given as key, value pairs.
func Errorf(code string, kv ...any) *Error {
	e := &Error{Code: code}
	for i := 0; i+1 < len(kv); i += 2 {
		if e.Args == nil {
			e.Args = map[string]any{}
		}
		e.Args[fmt.Sprint(kv[i])] = kv[i+1]
	}
	return e
}

// FieldErr returns an *Error about field with code and args.
func FieldErr(field, code string, kv ...any) *Error {
	e := Errorf(code, kv...)
	e.Field = field
	return e
}

// CodeOf returns the code of err's *Error, or "" for an internal error.
func CodeOf(err error) string {
	var e *Error
	if errors.As(err, &e) {
		return e.Code
	}
	return ""
}

// Problems is a list of field errors found by validation. It is an error
// itself when not empty.
type Problems []*Error

// Error joins the problems' descriptions.
func (p Problems) Error() string {
	s := make([]string, len(p))
	for i, e := range p {
		s[i] = e.Error()
	}
	return strings.Join(s, "; ")
}

// Err returns p as an error, or nil when there are no problems.
func (p Problems) Err() error {
	if len(p) == 0 {
		return nil
	}
	return p
}

// For returns the first problem with field, or nil.
func (p Problems) For(field string) *Error {
	for _, e := range p {
		if e.Field == field {
			return e
		}
	}
	return nil
}

// Error codes used across packages. Field validation codes live beside the
// validation rules.
const (
	CodeInternal       = "internal"
	CodeNotSamverka    = "file.notSamverka"   // not a Samverka file (foreign, random bytes)
	CodeEmpty          = "file.empty"         // zero bytes
	CodeDamaged        = "file.damaged"       // a Samverka/bbolt file that is truncated or corrupt
	CodeNewer          = "file.newer"         // made by a newer Samverka (Args: Version)
	CodeNotFound       = "file.notFound"      // no such file
	CodeLocked         = "file.locked"        // open elsewhere (Args: User, Host, Since)
	CodeChangedOnDisk  = "file.changed"       // changed by someone else (Args: KeptAs)
	CodeDiskFull       = "file.diskFull"      // no space left
	CodePermission     = "file.permission"    // may not read or write
	CodeReadOnly       = "file.readOnly"      // document opened read-only
	CodeRecordNotFound = "record.notFound"    // no such record
	CodeLockedRecord   = "record.locked"      // a frozen agreement or approved minutes
	CodeOtherCouncil   = "merge.otherCouncil" // merging two different councils
	CodeRecovery       = "file.recovery"      // unsaved changes from a crash exist (Args: Time)
)

// ProblemsIn returns the field problems err holds: a Problems list, or a
// single *Error about a field as a list of one. It reports false for any
// other error, which belongs in a dialog rather than beside a field.
func ProblemsIn(err error) (Problems, bool) {
	var problems Problems
	if errors.As(err, &problems) {
		return problems, true
	}
	var single *Error
	if errors.As(err, &single) && single.Field != "" {
		return Problems{single}, true
	}
	return nil, false
}
