package model

import (
	"cmp"
	"crypto/sha256"
	"encoding/json"
	"reflect"
	"strconv"
	"strings"
	"time"
)

// MaxPrior is how many replaced versions a record remembers in Meta.Prior.
// A record edited more often than this on one side between two merges is
// treated as changed on both sides: its other version is kept as a
// conflict, so nothing is lost, only asked about.
const MaxPrior = 8

// Lineage names the versions a record replaced, newest first, at most
// MaxPrior: the version of revision Rev-1 first, then Rev-2 and so on. A
// version is named by its modification time in Unix milliseconds, base 36,
// separated by spaces; with the revision that identifies it, since Touch
// stamps every write. Samverka writes it; nobody types it.
type Lineage string

// push returns l with the version last modified at t put first.
func (l Lineage) push(t time.Time) Lineage {
	name := priorName(t)
	if l == "" {
		return Lineage(name)
	}
	list := strings.Split(string(l), " ")
	if len(list) >= MaxPrior {
		list = list[:MaxPrior-1]
	}
	return Lineage(name + " " + strings.Join(list, " "))
}

func priorName(t time.Time) string {
	if t.IsZero() {
		return "0"
	}
	return strconv.FormatInt(t.UnixMilli(), 36)
}

// Times returns the modification times l names, newest first.
func (l Lineage) Times() []time.Time {
	if l == "" {
		return nil
	}
	var out []time.Time
	for _, s := range strings.Split(string(l), " ") {
		ms, err := strconv.ParseInt(s, 36, 64)
		if err != nil || s == "0" {
			out = append(out, time.Time{})
			continue
		}
		out = append(out, time.UnixMilli(ms).UTC())
	}
	return out
}

// sameVersion reports whether a and b are the same version of a record:
// same id, revision, time, author and deletion. Content is not compared:
// Touch stamps every write with a new revision and time, so two different
// contents under one stamp would take the same person writing the same
// record in the same millisecond on two computers.
func sameVersion(a, b *Meta) bool {
	return a.ID == b.ID && a.Rev == b.Rev && a.Modified.Equal(b.Modified) &&
		a.ModifiedBy == b.ModifiedBy && a.Deleted == b.Deleted
}

// identical reports whether a and b are equal in every field. The kinds
// most records are of compare as plain values, which is fast.
func identical(a, b Record) bool {
	switch x := a.(type) {
	case *FollowUp:
		y, ok := b.(*FollowUp)
		return ok && sameFollowUp(x, y)
	case *Commitment:
		y, ok := b.(*Commitment)
		return ok && sameCommitment(x, y)
	case *Representative:
		y, ok := b.(*Representative)
		return ok && *x == *y
	case *Part:
		y, ok := b.(*Part)
		return ok && *x == *y
	case *Cause:
		y, ok := b.(*Cause)
		return ok && *x == *y
	case *Method:
		y, ok := b.(*Method)
		return ok && *x == *y
	case *Council:
		y, ok := b.(*Council)
		return ok && *x == *y
	}
	return reflect.DeepEqual(a, b)
}

// descends reports whether version x was made from version y by edits on
// one side: y is one of the versions x's Prior remembers.
func descends(x, y *Meta) bool {
	d := x.Rev - y.Rev
	if d < 1 || d > MaxPrior {
		return false
	}
	name := priorName(y.Modified)
	prior := string(x.Prior)
	for i := 1; ; i++ {
		head, rest, more := strings.Cut(prior, " ")
		if i == d {
			return head == name
		}
		if !more {
			return false
		}
		prior = rest
	}
}

// finality ranks a record's lifecycle state: a version of a higher rank is
// never replaced by one of a lower rank. A sealed agreement outranks one
// out for signing, which outranks a draft; approved minutes outrank draft
// minutes; a resolved conflict outranks an open one.
func finality(r Record) int {
	switch v := r.(type) {
	case *Agreement:
		switch v.State {
		case StateForSigning:
			return 1
		case StateSigned:
			return 2
		case StateSuperseded:
			return 3
		}
	case *Meeting:
		if v.State == StateApproved {
			return 1
		}
	case *ActionPlan:
		switch v.State {
		case PlanAdopted:
			return 1
		case PlanSuperseded:
			return 2
		}
	case *Conflict:
		if v.Resolved {
			return 1
		}
	}
	return 0
}

// newer compares two concurrent versions: the more final, then the later
// modified, then the higher revision, then the author's name, then the
// content, so that the answer never depends on which side is which.
func newer(a, b Record) int {
	ma, mb := a.RecordMeta(), b.RecordMeta()
	if c := cmp.Compare(finality(a), finality(b)); c != 0 {
		return c
	}
	if c := ma.Modified.Compare(mb.Modified); c != 0 {
		return c
	}
	if c := cmp.Compare(ma.Rev, mb.Rev); c != 0 {
		return c
	}
	if c := cmp.Compare(ma.ModifiedBy, mb.ModifiedBy); c != 0 {
		return c
	}
	return strings.Compare(versionHash(a), versionHash(b))
}

// versionHash is the SHA-256 of a record's JSON, meta data included.
func versionHash(r Record) string {
	data, err := json.Marshal(r)
	if err != nil {
		return ""
	}
	sum := sha256.Sum256(data)
	return string(sum[:])
}

// sameContent reports whether a and b say the same thing, whoever wrote
// them when: equal JSON once the meta data other than Deleted is left out.
func sameContent(a, b Record) bool {
	ca, errA := contentJSON(a)
	cb, errB := contentJSON(b)
	return errA == nil && errB == nil && string(ca) == string(cb)
}

func contentJSON(r Record) ([]byte, error) {
	data, err := json.Marshal(r)
	if err != nil {
		return nil, err
	}
	var m map[string]json.RawMessage
	if err := json.Unmarshal(data, &m); err != nil {
		return nil, err
	}
	for _, k := range []string{"id", "rev", "created", "modified", "modifiedBy", "prior"} {
		delete(m, k)
	}
	return json.Marshal(m)
}
