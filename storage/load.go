package storage

import (
	"errors"
	"os"

	"samverka/model"
)

// Load returns every record of the data file at path, tombstones
// included, each kind in id order. The file is opened read-only, so it is
// never changed and no lock note is left.
func Load(path string, opt Options) (*model.Dataset, error) {
	opt.ReadOnly = true
	d, err := Open(path, opt)
	if err != nil {
		return nil, err
	}
	ds, err := d.Load()
	if cerr := d.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return nil, err
	}
	return ds, nil
}

// CreateFrom creates a data file at path, which must not exist, holding
// ds: its council and its records as they are, meta data included, so
// that an export and a file made from it hold the same. It returns the
// document open; Close writes it. When ds is refused nothing is left at
// path. ds itself is not changed.
func CreateFrom(path string, ds *model.Dataset, opt Options) (*Document, error) {
	if ds == nil || ds.Council == nil {
		return nil, errors.New("storage: CreateFrom without a council")
	}
	council := *ds.Council // Create gives its council an id and times
	d, err := Create(path, &council, opt)
	if err != nil {
		return nil, err
	}
	if err := d.Import(ds); err != nil {
		_ = d.Discard()
		_ = os.Remove(d.path)
		return nil, err
	}
	return d, nil
}
