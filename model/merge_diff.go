package model

import (
	"encoding/json"
	"maps"
	"slices"
	"strconv"
)

// Difference is one field in which a conflict's set-aside version differs
// from the record as it is now, for the review of a conflict. Field is the
// JSON path as validation names fields ("parties[1].signerName"), so
// FieldKey gives its translation; values are as stored, empty when unset.
type Difference struct {
	Field    string
	Current  string
	SetAside string
}

// Differences lists the fields in which the set-aside version differs from
// current, in field order. Meta data other than deletion is left out.
func (c *Conflict) Differences(current Record) ([]Difference, error) {
	lost, err := c.Lost()
	if err != nil {
		return nil, err
	}
	a, err := flatten(current)
	if err != nil {
		return nil, err
	}
	b, err := flatten(lost)
	if err != nil {
		return nil, err
	}
	keys := slices.Sorted(maps.Keys(a))
	for k := range b {
		if _, ok := a[k]; !ok {
			keys = append(keys, k)
		}
	}
	slices.Sort(keys)
	var out []Difference
	for _, k := range keys {
		if a[k] != b[k] {
			out = append(out, Difference{Field: k, Current: a[k], SetAside: b[k]})
		}
	}
	return out, nil
}

// metaFields are the JSON names of Meta's fields that a review leaves out.
var metaFields = map[string]bool{"id": true, "rev": true, "created": true, "modified": true, "modifiedBy": true, "prior": true}

// flatten returns r's JSON as field path → value. A list of lists (the
// strokes of a signature) is one value.
func flatten(r Record) (map[string]string, error) {
	data, err := json.Marshal(r)
	if err != nil {
		return nil, err
	}
	var v map[string]any
	if err := json.Unmarshal(data, &v); err != nil {
		return nil, err
	}
	out := map[string]string{}
	for k, x := range v {
		if !metaFields[k] {
			flattenInto(out, k, x)
		}
	}
	return out, nil
}

func flattenInto(out map[string]string, path string, v any) {
	switch x := v.(type) {
	case map[string]any:
		for k, y := range x {
			flattenInto(out, path+"."+k, y)
		}
	case []any:
		if len(x) > 0 {
			if _, nested := x[0].([]any); nested {
				data, _ := json.Marshal(x)
				out[path] = string(data)
				return
			}
		}
		for i, y := range x {
			flattenInto(out, index(path, i), y)
		}
	case string:
		if x != "" {
			out[path] = x
		}
	case nil:
	case bool:
		if x {
			out[path] = "true"
		}
	case float64:
		if x != 0 {
			out[path] = strconv.FormatFloat(x, 'f', -1, 64)
		}
	}
}
