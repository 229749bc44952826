package model

import (
	"reflect"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Codes of the problems CheckDataset finds; each names the record (Args
// Kind, ID) and, for a reference, the field and what it names.
const (
	CodeNullRecord   = "dataset.null"       // an empty place in a list of records (Args: Kind)
	CodeDuplicateID  = "dataset.duplicate"  // two records of a kind with one id
	CodeBadID        = "dataset.badId"      // an id too long, not UTF-8 or with control characters
	CodeBadMeta      = "dataset.badMeta"    // a negative revision, or a meta text too long
	CodeUnknownRef   = "dataset.unknownRef" // Args: Field, Target: a record that is not there
	CodeCauseCycle   = "dataset.causeCycle" // causes that are each other's parents
	MaxID            = 100                  // bytes: a UUID is 36
	maxMetaText      = MaxName
	maxPriorVersions = 10000
)

// refKinds maps the JSON names of reference fields to the kind of record
// they name. Ids of parts of a record (agenda items, findings, goals) and
// references outside the file (the method catalogue) are not listed.
var refKinds = map[string]Kind{
	"partId": KindPart, "partIds": KindPart,
	"representativeId": KindRepresentative, "contactId": KindRepresentative,
	"signatoryId": KindRepresentative, "chairId": KindRepresentative,
	"secretaryId": KindRepresentative, "adjusterIds": KindRepresentative,
	"substituteFor": KindRepresentative,
	"commitmentId":  KindCommitment, "commitmentIds": KindCommitment,
	"meetingId": KindMeeting, "problemId": KindProblem, "causeId": KindCause,
	"situationId": KindSituation, "agreementId": KindAgreement,
	"previousId": KindAgreement, "correctsId": KindFollowUp,
}

// CheckDataset checks a whole dataset as an import must before anything
// is written: no empty places in its lists, ids unique per kind, short,
// valid UTF-8 without control characters, revisions not negative, meta
// texts bounded, every reference naming a record of the dataset (a
// tombstone counts), and no cycle among causes. It returns every problem
// found, not just the first.
func CheckDataset(ds *Dataset) Problems {
	p, ids := checkIDs(ds)
	ds.Each(func(r Record) {
		if isNilRecord(r) || !ValidID(r.RecordMeta().ID) {
			return
		}
		walkRefs(reflect.ValueOf(r).Elem(), "", func(field, target string, kind Kind) {
			if target != "" && !ids[kind][target] {
				p = append(p, Errorf(CodeUnknownRef, "Kind", string(r.RecordKind()), "ID", r.RecordMeta().ID,
					"Field", field, "Target", shown(target)))
			}
		})
	})
	return append(p, causeCycles(ds.Causes)...)
}

// CheckIDs is the part of CheckDataset that a partial dataset, such as
// the records a merge writes, must pass too: no empty places, valid and
// unique ids, sound meta data.
func CheckIDs(ds *Dataset) Problems {
	p, _ := checkIDs(ds)
	return p
}

func checkIDs(ds *Dataset) (Problems, map[Kind]map[string]bool) {
	var p Problems
	ids := map[Kind]map[string]bool{}
	ds.Each(func(r Record) {
		kind := r.RecordKind()
		if isNilRecord(r) {
			p = append(p, Errorf(CodeNullRecord, "Kind", string(kind)))
			return
		}
		m := r.RecordMeta()
		if !ValidID(m.ID) {
			p = append(p, Errorf(CodeBadID, "Kind", string(kind), "ID", shown(m.ID)))
			return
		}
		if ids[kind] == nil {
			ids[kind] = map[string]bool{}
		}
		if ids[kind][m.ID] {
			p = append(p, Errorf(CodeDuplicateID, "Kind", string(kind), "ID", m.ID))
		}
		ids[kind][m.ID] = true
		if m.Rev < 0 || len(m.ModifiedBy) > maxMetaText || len(m.CouncilID) > MaxID || len(m.Prior) > maxPriorVersions {
			p = append(p, Errorf(CodeBadMeta, "Kind", string(kind), "ID", m.ID))
		}
	})
	return p, ids
}

// ValidID reports whether id may name a record: at most MaxID bytes of
// valid UTF-8 without control characters. Empty is allowed: an import
// gives such a record an id.
func ValidID(id string) bool {
	if len(id) > MaxID || !utf8.ValidString(id) {
		return false
	}
	return strings.IndexFunc(id, func(r rune) bool { return unicode.IsControl(r) || unicode.Is(unicode.Cf, r) }) < 0
}

// shown shortens an id for a message.
func shown(id string) string {
	if len(id) > 40 || !utf8.ValidString(id) {
		return strings.ToValidUTF8(id[:min(len(id), 40)], "?") + "…"
	}
	return id
}

// walkRefs calls fn for every reference field in v, by its JSON path.
func walkRefs(v reflect.Value, path string, fn func(field, target string, kind Kind)) {
	switch v.Kind() {
	case reflect.Pointer, reflect.Interface:
		if !v.IsNil() {
			walkRefs(v.Elem(), path, fn)
		}
	case reflect.Struct:
		t := v.Type()
		for i := range t.NumField() {
			f := t.Field(i)
			if !f.IsExported() || f.Type == reflect.TypeOf(Meta{}) {
				continue
			}
			name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
			child := path
			if !f.Anonymous {
				if name == "" || name == "-" {
					name = f.Name
				}
				child = joinPath(path, name)
			}
			if kind, ok := refKinds[name]; ok && !f.Anonymous {
				switch f.Type.Kind() {
				case reflect.String:
					fn(child, v.Field(i).String(), kind)
					continue
				case reflect.Slice:
					if f.Type.Elem().Kind() == reflect.String {
						for j := range v.Field(i).Len() {
							fn(child, v.Field(i).Index(j).String(), kind)
						}
						continue
					}
				}
			}
			walkRefs(v.Field(i), child, fn)
		}
	case reflect.Slice, reflect.Array:
		for i := range v.Len() {
			walkRefs(v.Index(i), path, fn)
		}
	}
}

func joinPath(path, name string) string {
	if path == "" {
		return name
	}
	return path + "." + name
}

// causeCycles finds causes whose parents lead back to themselves.
func causeCycles(causes []*Cause) Problems {
	parent := map[string]string{}
	for _, c := range causes {
		if c != nil {
			parent[c.ID] = c.ParentID
		}
	}
	var p Problems
	for _, c := range causes {
		if c == nil {
			continue
		}
		seen := map[string]bool{c.ID: true}
		for at := parent[c.ID]; at != ""; at = parent[at] {
			if seen[at] {
				if at == c.ID {
					p = append(p, Errorf(CodeCauseCycle, "Kind", string(KindCause), "ID", c.ID))
				}
				break
			}
			seen[at] = true
		}
	}
	return p
}

// isNilRecord reports whether r is nil or a nil pointer, as a JSON null in
// a list of records decodes.
func isNilRecord(r Record) bool {
	if r == nil {
		return true
	}
	v := reflect.ValueOf(r)
	return v.Kind() == reflect.Pointer && v.IsNil()
}
