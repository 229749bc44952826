package sharing

import (
	"log"
	"os"
	"path/filepath"
	"time"

	"samverka/model"
	"samverka/storage"

	"samverka/app/internal/session"
)

// Scenes of sharing for screenshots (samverka --screen NAME). The first two
// change the open file, which the program opens as a copy for a scene:
// they merge a diverged copy made for the picture.
const (
	screenShareMerge     = "merge"     // the summary after merging a diverged copy
	screenShareConflicts = "conflicts" // that merge's conflict under review
	screenShareImport    = "import"    // a CSV import with rejected rows
	// The first steps of exporting and importing.
	screenShareExport       = "export"
	screenShareImportChoice = "import-choice"
)

// ShowScene shows the sharing scene name and reports whether it is one.
func ShowScene(u *session.Session, name string) bool {
	switch name {
	case screenShareExport:
		OnExportLists(u)
		return true
	case screenShareImportChoice:
		OnImportCSV(u)
		return true
	case screenShareMerge, screenShareConflicts, screenShareImport:
	default:
		return false
	}
	dir, err := os.MkdirTemp("", "samverka-shot-")
	if err != nil {
		log.Printf("screenshot: %v", err)
		return true
	}
	switch name {
	case screenShareMerge, screenShareConflicts:
		other, err := divergedCopy(u, dir)
		if err != nil {
			log.Printf("screenshot: %v", err)
			return true
		}
		sum, err := u.Doc.Store.MergeFrom(other)
		m := AfterMerge(u, "Rådet – Bertils kopia.samverka", sum, err)
		if name == screenShareConflicts && m != nil {
			m.OnReview()
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
			return true
		}
		ImportCSV(u, model.KindPart, path)
	}
	return true
}

// divergedCopy writes a copy of the open file into dir and changes both
// as two people would between meetings: Bertil, in the copy, retitles a
// commitment and sets its target and adds a part; Anna, in the open file,
// retitles the same commitment later. It returns the copy's path.
func divergedCopy(u *session.Session, dir string) (string, error) {
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
