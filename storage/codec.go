package storage

import (
	"bytes"
	"encoding/json"
	"fmt"

	"samverka/model"
)

// encode returns a record's stored form.
func encode(r model.Record) ([]byte, error) { return json.Marshal(r) }

// decode returns the record of kind stored as data. It copies what it
// needs, so data may be bbolt memory.
func decode(kind model.Kind, data []byte) (model.Record, error) {
	r := model.NewRecord(kind)
	if r == nil {
		return nil, fmt.Errorf("unknown record kind %q", kind)
	}
	if err := json.Unmarshal(data, r); err != nil {
		return nil, damaged(fmt.Errorf("%s record: %w", kind, err))
	}
	return r, nil
}

// followUpPrefix is the index prefix of a commitment's follow-ups.
func followUpPrefix(commitmentID string) []byte {
	return []byte(commitmentID + "\x00")
}

// followUpKey is a follow-up's index key: its commitment, date, creation
// time and id, so a prefix scan returns the history oldest first.
func followUpKey(f *model.FollowUp) []byte {
	created := fmt.Sprintf("%020d", max(f.Created.UnixMilli(), 0))
	return []byte(f.CommitmentID + "\x00" + string(f.Date) + "\x00" + created + "\x00" + f.ID)
}

// followUpValue is a follow-up's index value: its status, light, meeting
// and whether it is deleted, so that FollowUpDigests reads only the index.
func followUpValue(f *model.FollowUp) []byte {
	deleted := ""
	if f.Deleted {
		deleted = "d"
	}
	return []byte(string(f.Status) + "\x00" + string(f.Light) + "\x00" + f.MeetingID + "\x00" + deleted)
}

// digestReader decodes index entries. Fifty thousand digests are the
// Stockholm file's whole follow-up history, so it shares the strings that
// repeat (commitment, meeting, date, status, light) rather than allocating
// them per entry.
type digestReader struct {
	strs       map[string]string
	commitment string
}

// intern returns b as a string, the same one each time.
func (r *digestReader) intern(b []byte) string {
	if s, ok := r.strs[string(b)]; ok {
		return s
	}
	if r.strs == nil {
		r.strs = map[string]string{}
	}
	s := string(b)
	r.strs[s] = s
	return s
}

// read decodes an index entry; ok is false when it is not one this schema
// writes.
func (r *digestReader) read(k, v []byte) (dg model.FollowUpDigest, deleted, ok bool) {
	sep := []byte{0}
	commitment, rest, ok1 := bytes.Cut(k, sep)
	date, rest, ok2 := bytes.Cut(rest, sep)
	_, id, ok3 := bytes.Cut(rest, sep)
	status, rest, ok4 := bytes.Cut(v, sep)
	light, rest, ok5 := bytes.Cut(rest, sep)
	meeting, gone, ok6 := bytes.Cut(rest, sep)
	if !ok1 || !ok2 || !ok3 || !ok4 || !ok5 || !ok6 || bytes.IndexByte(id, 0) >= 0 || bytes.IndexByte(gone, 0) >= 0 {
		return dg, false, false
	}
	// The index is in commitment order, so one commitment's entries follow
	// each other.
	if r.commitment != string(commitment) {
		r.commitment = string(commitment)
	}
	dg = model.FollowUpDigest{
		ID:           string(id),
		CommitmentID: r.commitment,
		Date:         model.Date(r.intern(date)),
		Status:       model.Status(r.intern(status)),
		Light:        model.Light(r.intern(light)),
		MeetingID:    r.intern(meeting),
	}
	return dg, len(gone) != 0, true
}

// indexEntry is a follow-up index key and value waiting to be written.
type indexEntry struct{ key, value []byte }
