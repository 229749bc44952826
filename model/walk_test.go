package model

import (
	"reflect"
	"strings"
	"time"
)

// leaf is one value field of a record type, found by walking the type, so
// that tests cover fields added later without being told about them.
type leaf struct {
	Path  string // JSON path with list positions, "parties[0].signerName"
	Type  reflect.Type
	Meta  bool  // part of the record's Meta
	steps []int // field indexes; -1 means element 0 of a list
}

// Key returns the leaf's path without list positions.
func (l leaf) Key() string { return strings.TrimPrefix(FieldKey(l.Path), "field.") }

var timeType = reflect.TypeOf(time.Time{})

// leaves returns every leaf of the record type of r. Lists are entered
// through their first element; times are leaves.
func leaves(r Record) []leaf {
	return walkType(reflect.TypeOf(r).Elem(), "", nil)
}

func walkType(t reflect.Type, prefix string, steps []int) []leaf {
	var out []leaf
	for i := range t.NumField() {
		f := t.Field(i)
		st := append(append([]int(nil), steps...), i)
		if f.Anonymous {
			sub := walkType(f.Type, prefix, st)
			if f.Type == reflect.TypeOf(Meta{}) {
				for i := range sub {
					sub[i].Meta = true
				}
			}
			out = append(out, sub...)
			continue
		}
		name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		path := prefix + name
		out = append(out, walkValue(f.Type, path, st)...)
	}
	return out
}

func walkValue(t reflect.Type, path string, steps []int) []leaf {
	switch {
	case t.Kind() == reflect.Slice:
		return walkValue(t.Elem(), path+"[0]", append(append([]int(nil), steps...), -1))
	case t.Kind() == reflect.Struct && t != timeType:
		return walkType(t, path+".", steps)
	}
	return []leaf{{Path: path, Type: t, steps: steps}}
}

// field returns the leaf's value inside r, growing lists on the way to one
// element where they are empty.
func (l leaf) field(r Record) reflect.Value {
	v := reflect.ValueOf(r).Elem()
	for _, s := range l.steps {
		if s >= 0 {
			v = v.Field(s)
			continue
		}
		if v.Len() == 0 {
			v.Set(reflect.MakeSlice(v.Type(), 1, 1))
		}
		v = v.Index(0)
	}
	return v
}

// fill sets every leaf of r to a distinct non-zero value, so that every
// list has one element and no field is empty.
func fill(r Record) {
	for i, l := range leaves(r) {
		v := l.field(r)
		switch v.Kind() {
		case reflect.String:
			v.SetString("v-" + l.Path)
		case reflect.Int:
			v.SetInt(int64(i + 1))
		case reflect.Float32, reflect.Float64:
			v.SetFloat(float64(i+1) / 100)
		case reflect.Bool:
			v.SetBool(true)
		case reflect.Struct:
			v.Set(reflect.ValueOf(time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC).Add(time.Duration(i) * time.Hour)))
		}
	}
}

// change alters the leaf's value in r to another non-zero value.
func (l leaf) change(r Record) {
	v := l.field(r)
	switch v.Kind() {
	case reflect.String:
		v.SetString(v.String() + "x")
	case reflect.Int:
		v.SetInt(v.Int() + 1)
	case reflect.Float32, reflect.Float64:
		v.SetFloat(v.Float() + 0.5)
	case reflect.Bool:
		v.SetBool(!v.Bool())
	case reflect.Struct:
		v.Set(reflect.ValueOf(v.Interface().(time.Time).Add(time.Minute)))
	default:
		panic("leaf of unexpected kind " + v.Kind().String() + " at " + l.Path)
	}
}
