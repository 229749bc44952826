package storage

import (
	"bytes"
	"encoding/binary"
	"errors"
	"io"
	"os"
	"path/filepath"
	"runtime/debug"
	"slices"
	"strconv"
	"time"

	bolt "go.etcd.io/bbolt"

	"samverka/model"
)

// SalvageReport says what Salvage rescued from a damaged file and what it
// could not.
type SalvageReport struct {
	Council string
	Rescued map[model.Kind]int
	Total   int
	// Lost names the records whose stored bytes no longer verify. Older
	// is set when an older version of the record was found intact and
	// rescued in its place.
	Lost []LostRecord
	// Unreadable is set when the file's page structure was too damaged to
	// walk: records were then found by reading every page, and which ones
	// are missing cannot be told.
	Unreadable bool
}

// LostRecord is a record Salvage could not rescue as it was last saved.
type LostRecord struct {
	Kind  model.Kind
	ID    string
	Older bool
}

// Salvage writes a new document at out holding every record of the file
// at path that still verifies, and reports what was lost. It reads every
// page of the file itself, so that it works where bbolt would crash, and
// never changes path. Where the page structure can still be walked, only
// records the file still holds are rescued (a version left in free space
// does not come back), and a damaged one is replaced by its newest intact
// older version, if any.
func Salvage(path, out string, opt Options) (SalvageReport, error) {
	rep := SalvageReport{Rescued: map[model.Kind]int{}}
	abs, err := resolve(path)
	if err != nil {
		return rep, err
	}
	f, info, err := openRegular(abs, MaxDocumentSize)
	if err != nil {
		return rep, err
	}
	data, err := io.ReadAll(io.LimitReader(f, info.Size()))
	f.Close()
	if err != nil {
		return rep, fileError(err)
	}
	found := scanRecords(data)
	live, councilID, lost, err := liveKeys(abs)
	rep.Unreadable = err != nil
	var council *model.Council
	ds := model.NewDataset(nil)
	for key, r := range found {
		if !rep.Unreadable && !live[key] {
			continue // a version in free space, no longer in the file
		}
		if c, ok := r.(*model.Council); ok {
			if council == nil || c.ID == councilID || (council.ID != councilID && c.Modified.After(council.Modified)) {
				council = c
			}
			continue
		}
		ds.Add(r)
		rep.Rescued[r.RecordKind()]++
		rep.Total++
	}
	for _, l := range lost {
		_, older := found[salvageKey{l.Kind, l.ID}]
		rep.Lost = append(rep.Lost, LostRecord{Kind: l.Kind, ID: l.ID, Older: older})
	}
	slices.SortFunc(rep.Lost, func(a, b LostRecord) int {
		return cmpOr(a.Kind, b.Kind, a.ID, b.ID)
	})
	if council == nil {
		return rep, damaged(errors.New("salvage: no intact council record"))
	}
	rep.Council = council.Name
	rep.Rescued[model.KindCouncil] = 1
	rep.Total++
	d, err := Create(out, council, opt)
	if err != nil {
		return rep, err
	}
	if err := d.Import(ds); err != nil {
		d.Discard()
		os.Remove(d.Path())
		return rep, err
	}
	if err := d.Close(); err != nil {
		d.Discard()
		return rep, err
	}
	return rep, nil
}

func cmpOr(ak, bk model.Kind, a, b string) int {
	if c := bytes.Compare([]byte(ak), []byte(bk)); c != 0 {
		return c
	}
	return bytes.Compare([]byte(a), []byte(b))
}

// salvageKey names a record in the file.
type salvageKey struct {
	kind model.Kind
	id   string
}

// scanRecords reads every leaf page of a bbolt file, live or free, inline
// buckets too, and returns each record that verifies, the newest version
// of each.
func scanRecords(data []byte) map[salvageKey]model.Record {
	found := map[salvageKey]model.Record{}
	keep := func(kind model.Kind, k, v []byte) {
		r, err := decode(nil, kind, k, v)
		if err != nil {
			return
		}
		key := salvageKey{kind, string(k)}
		if old, ok := found[key]; ok && newer(old.RecordMeta(), r.RecordMeta()) {
			return
		}
		found[key] = r
	}
	var leaf func(page []byte, depth int)
	leaf = func(page []byte, depth int) {
		le := binary.LittleEndian
		if depth > maxTreeDepth || len(page) < pageHeaderSize || le.Uint16(page[8:]) != leafPageFlag {
			return
		}
		count := int(le.Uint16(page[10:]))
		for i := range count {
			at := pageHeaderSize + i*elementSize
			if at+elementSize > len(page) {
				return
			}
			e := page[at : at+elementSize]
			flags, pos := le.Uint32(e), uint64(le.Uint32(e[4:]))
			ksize, vsize := uint64(le.Uint32(e[8:])), uint64(le.Uint32(e[12:]))
			start := uint64(at) + pos
			if start+ksize+vsize > uint64(len(page)) || ksize == 0 {
				continue
			}
			k, v := page[start:start+ksize], page[start+ksize:start+ksize+vsize]
			if flags&bucketLeafFlag != 0 {
				if len(v) > bucketHeaderSize && le.Uint64(v) == 0 {
					leaf(v[bucketHeaderSize:], depth+1)
				}
				continue
			}
			if len(v) < valueHeader || v[0] != valueMagic {
				continue
			}
			for _, kind := range model.Kinds {
				if _, err := unseal(nil, kind, k, v); err == nil {
					keep(kind, k, v)
					break
				}
			}
		}
	}
	for off := 2 * pageSize; off+pageSize <= len(data); off += pageSize {
		overflow := int(binary.LittleEndian.Uint32(data[off+12:]))
		end := min(off+(overflow+1)*pageSize, len(data))
		leaf(data[off:end], 0)
	}
	return found
}

// newer reports whether a is a later version than b.
func newer(a, b *model.Meta) bool {
	if a.Rev != b.Rev {
		return a.Rev > b.Rev
	}
	return a.Modified.After(b.Modified)
}

// liveKeys walks the file's page structure, when it is sound, on a
// private copy: the records it holds, its council's id and the records
// whose bytes no longer verify.
func liveKeys(abs string) (live map[salvageKey]bool, councilID string, lost []LostRecord, err error) {
	tmp, err := os.CreateTemp("", "samverka-salvage-*.db")
	if err != nil {
		return nil, "", nil, fileError(err)
	}
	tmp.Close()
	defer os.Remove(tmp.Name())
	if _, err := copyOut(abs, false, tmp.Name()); err != nil {
		return nil, "", nil, err
	}
	if _, err := checkFile(tmp.Name()); err != nil {
		return nil, "", nil, err
	}
	db, err := openBolt(tmp.Name(), 2*time.Second)
	if err != nil {
		return nil, "", nil, err
	}
	defer db.Close()
	live = map[salvageKey]bool{}
	err = viewGuarded(db, func(tx *bolt.Tx) error {
		if b := tx.Bucket([]byte(bucketMeta)); b != nil {
			councilID = string(b.Get([]byte(metaCouncil)))
		}
		for _, kind := range model.Kinds {
			b := tx.Bucket([]byte(kind))
			if b == nil {
				continue
			}
			b.ForEach(func(k, v []byte) error {
				key := salvageKey{kind, string(k)}
				live[key] = true
				if _, err := decode(nil, kind, k, v); err != nil {
					id := string(k)
					if !model.ValidID(id) {
						id = filepath.Base(string(bytes.ToValidUTF8(k, []byte("?"))))
					}
					lost = append(lost, LostRecord{Kind: kind, ID: id})
				}
				return nil
			})
		}
		return nil
	})
	return live, councilID, lost, err
}

// viewGuarded runs fn in a read transaction of db, turning a bbolt panic
// or memory fault into CodeDamaged.
func viewGuarded(db *bolt.DB, fn func(*bolt.Tx) error) (err error) {
	defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
	defer guard(&err)
	return db.View(fn)
}

// SalvageName returns a free name beside the damaged file at path for
// what Salvage rescues: "<name> (räddad <YYYY-MM-DD>).samverka".
func SalvageName(path string, now time.Time) string {
	base := filepath.Join(filepath.Dir(path), stem(path)+" (räddad "+now.Format("2006-01-02")+")")
	name := base + ".samverka"
	for i := 2; ; i++ {
		if _, err := os.Lstat(name); os.IsNotExist(err) {
			return name
		}
		name = base + " " + strconv.Itoa(i) + ".samverka"
	}
}
