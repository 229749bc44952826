package app

import (
	"log"
	"os"
	"path/filepath"
	"time"

	"samverka/model"
	"samverka/storage"
)

// Screens of sharing that Screenshot can show. The first two change the
// open file: they merge a diverged copy made for the picture.
const (
	screenShareMerge     = "merge"     // the summary after merging a diverged copy
	screenShareConflicts = "conflicts" // that merge's conflict under review
	screenShareImport    = "import"    // a CSV import with rejected rows
	// The first steps of exporting and importing.
	screenShareExport       = "export"
	screenShareImportChoice = "import-choice"
)

// showShareNamed shows one of the sharing screens above for a screenshot.
func (u *UI) showShareNamed(name string) {
	switch name {
	case screenShareExport:
		onExportLists(u.Session)
		return
	case screenShareImportChoice:
		onImportCSV(u.Session)
		return
	}
	dir, err := os.MkdirTemp("", "samverka-shot-")
	if err != nil {
		log.Printf("screenshot: %v", err)
		return
	}
	switch name {
	case screenShareMerge, screenShareConflicts:
		other, err := u.divergedCopy(dir)
		if err != nil {
			log.Printf("screenshot: %v", err)
			return
		}
		sum, err := u.Doc.Store.MergeFrom(other)
		m := afterMerge(u.Session, "Rådet – Bertils kopia.samverka", sum, err)
		if name == screenShareConflicts && m != nil {
			m.onReview()
		}
	case screenShareImport:
		path := filepath.Join(dir, "nya parter.csv")
		csv := "Namn;Typ av organisation;Organisationsnummer;Undertecknande part\r\n" +
			"Nattvandrarna i Bredäng;Förening/civilsamhälle;;Nej\r\n" +
			"Fastighetsbolaget Vårby;Bostadsbolag;802412-3451;Ja\r\n" +
			"Bredängs bibliotek;Bibliotek;;Nej\r\n" +
			";Skola;;Nej\r\n" +
			"Sätra IP;Övrig;;Kanske\r\n"
		if err := os.WriteFile(path, []byte("\ufeff"+csv), 0o644); err != nil {
			log.Printf("screenshot: %v", err)
			return
		}
		importCSV(u.Session, model.KindPart, path)
	}
}

// divergedCopy writes a copy of the open file into dir and changes both
// as two people would between meetings: Bertil, in the copy, retitles a
// commitment and sets its target and adds a part; Anna, in the open file,
// retitles the same commitment later. It returns the copy's path.
func (u *UI) divergedCopy(dir string) (string, error) {
	path := filepath.Join(dir, "Rådet – Bertils kopia.samverka")
	if err := u.Doc.Store.SaveCopyAs(path); err != nil {
		return "", err
	}
	rows := u.Doc.View.Rows
	if len(rows) == 0 {
		return path, nil
	}
	id := rows[0].C.ID
	opt := storage.Options{User: "Bertil Nilsson", Host: "BERTIL-PC", CacheDir: filepath.Join(dir, "cache"),
		DataDir: filepath.Join(dir, "data"), Now: func() time.Time { return time.Now().Add(-time.Hour) }}
	d, err := storage.Open(path, opt)
	if err != nil {
		return "", err
	}
	r, err := d.Get(model.KindCommitment, id)
	if err != nil {
		_ = d.Close()
		return "", err
	}
	theirs := r.(*model.Commitment)
	theirs.Title = "Nattvandring fredagar och lördagar kl. 21–01"
	theirs.Goal.Target = "Nattvandring varje helg, minst 4 vuxna per kväll"
	err = d.Put(theirs, &model.Part{Name: "Nattvandrarna i Bredäng", Kind: model.PartAssociation})
	if e := d.Close(); err == nil {
		err = e
	}
	if err != nil {
		return "", err
	}
	ours := *rows[0].C
	ours.Title = "Nattvandring fredagar kl. 21–24"
	return path, u.Doc.Put(&ours)
}
