package main

import (
	"crypto/sha256"
	"encoding/hex"

	"samverka/model"
	"samverka/storage"
)

// recordPrintout notes in the data file the SHA-256 of a printout of a
// signed agreement, so that verify still knows it after an upgrade of
// Samverka changes how PDFs come out. A file that cannot be written now
// (open elsewhere, write-protected) costs only a warning: the printout is
// written all the same. known are printouts already read from the file:
// one of them with the same SHA-256 spares opening the file to write.
func (c *call) recordPrintout(path string, a *model.Agreement, data []byte, known []*model.Printout) {
	if a == nil || a.State != model.StateSigned {
		return
	}
	sum := sha256.Sum256(data)
	p := &model.Printout{AgreementID: a.ID, Version: a.Version, SHA256: hex.EncodeToString(sum[:]), Program: version}
	for _, k := range known {
		if k.SHA256 == p.SHA256 && !k.Deleted {
			return
		}
	}
	d, err := storage.Open(path, storage.Options{})
	if err != nil {
		c.line("cli.printout.notRecorded", "Reason", c.describe(err))
		return
	}
	recs, err := d.List(model.KindPrintout)
	for _, r := range recs {
		if r.(*model.Printout).SHA256 == p.SHA256 {
			d.Discard()
			return
		}
	}
	if err == nil {
		err = d.Put(p)
	}
	if err != nil {
		d.Discard()
	} else {
		err = commit(d)
	}
	if err != nil {
		c.line("cli.printout.notRecorded", "Reason", c.describe(err))
	}
}
