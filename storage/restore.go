package storage

import (
	"errors"
	"os"
)

// Backups returns the document's backups, newest first.
func (d *Document) Backups() ([]Backup, error) {
	return listBackups(d.backups)
}

// RestoreBackup replaces the working copy's content with backup b, after
// taking a backup of the current state. The document becomes dirty; the
// next save writes the restored state.
func (d *Document) RestoreBackup(b Backup) error {
	if err := d.writable(); err != nil {
		return err
	}
	if _, err := checkHeader(b.Path); err != nil {
		return err
	}
	// Copy the backup first: taking the new backup may roll it out.
	incoming := d.work + ".restore"
	defer os.Remove(incoming)
	if _, err := copyOut(b.Path, false, incoming); err != nil {
		return err
	}
	hdr, err := checkFile(incoming)
	if err != nil {
		return err
	}
	db, err := openBolt(incoming, d.opt.Timeout)
	if err != nil {
		return err
	}
	_, _, err = setup(db, hdr.suspicious, d.opt.Passphrase)
	setSealer(db, nil)
	db.Close()
	if err != nil {
		return err
	}

	current, err := newBackupPath(d.backups, d.opt.Now())
	if err != nil {
		return err
	}
	fp, err := writeAtomic(current, d.writeTo(nil), nil)
	if err != nil {
		return err
	}
	if err := finishBackup(d.backups, d.path, current, fp.SHA256); err != nil {
		return err
	}

	if err := d.beginChange(); err != nil {
		return err
	}
	err = d.swap(incoming, current)
	d.mu.Lock()
	d.inflight--
	if err == nil {
		d.gen++
	}
	callbacks := append([]func(){}, d.onChange...)
	d.mu.Unlock()
	if err != nil {
		return err
	}
	for _, fn := range callbacks {
		fn()
	}
	return nil
}

// swap replaces the working copy with the file incoming, already checked,
// and reopens it. On failure it puts back the state saved in backup.
func (d *Document) swap(incoming, backup string) error {
	d.dbMu.Lock()
	defer d.dbMu.Unlock()
	if d.db == nil {
		return errClosed
	}
	setSealer(d.db, nil)
	if err := d.db.Close(); err != nil {
		return err
	}
	d.db = nil
	err := os.Rename(incoming, d.work)
	if err == nil {
		if err = d.reopen(); err == nil {
			return nil
		}
	}
	if _, cerr := copyOut(backup, true, d.work); cerr != nil {
		return errors.Join(fileError(err), cerr)
	}
	if rerr := d.reopen(); rerr != nil {
		return errors.Join(fileError(err), rerr)
	}
	return fileError(err)
}

// reopen opens the working copy with bbolt and reads its council; dbMu is
// held.
func (d *Document) reopen() error {
	db, err := openBolt(d.work, d.opt.Timeout)
	if err != nil {
		return err
	}
	council, _, err := setup(db, false, d.opt.Passphrase)
	if err != nil {
		db.Close()
		return err
	}
	d.db = db
	d.setCouncil(council)
	return nil
}
