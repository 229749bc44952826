package storage

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"hash/crc32"

	"samverka/model"
)

// A stored record is valueMagic, the codec (codecJSON), the CRC-32C of
// the record's kind, key and JSON, and the JSON. The checksum covers the
// key and the kind (its bucket's name), so that a flipped bit anywhere in
// what a record is read as, or a record moved under another id or into
// another bucket, is found: CRC-32C finds every error of up to 32
// neighbouring bits and any other but one in four billion. JSON never
// starts with valueMagic, so a file of schema 2, whose values were bare
// JSON, cannot be mistaken for this form.
const (
	valueMagic    = 0xFE
	codecJSON     = 0x01
	valueHeader   = 6
	indexChecksum = 4 // the CRC-32C at the end of a follow-up index value
)

var castagnoli = crc32.MakeTable(crc32.Castagnoli)

// recordSum is the checksum of a record stored under kind and key.
func recordSum(kind model.Kind, key, data []byte) uint32 {
	crc := crc32.Update(0, castagnoli, []byte(kind))
	crc = crc32.Update(crc, castagnoli, zero)
	crc = crc32.Update(crc, castagnoli, key)
	crc = crc32.Update(crc, castagnoli, zero)
	return crc32.Update(crc, castagnoli, data)
}

// zero separates the parts a checksum covers.
var zero = []byte{0}

// seal returns the stored form of a record's JSON under kind and key.
func seal(kind model.Kind, key, data []byte) []byte {
	out := make([]byte, valueHeader, valueHeader+len(data))
	out[0], out[1] = valueMagic, codecJSON
	binary.LittleEndian.PutUint32(out[2:], recordSum(kind, key, data))
	return append(out, data...)
}

// unseal checks a stored record against its checksum and returns its JSON.
func unseal(kind model.Kind, key, v []byte) ([]byte, error) {
	if len(v) < valueHeader || v[0] != valueMagic || v[1] != codecJSON {
		return nil, damaged(fmt.Errorf("%s %q: not a sealed record", kind, key))
	}
	data := v[valueHeader:]
	if binary.LittleEndian.Uint32(v[2:]) != recordSum(kind, key, data) {
		return nil, damaged(fmt.Errorf("%s %q: checksum mismatch", kind, key))
	}
	return data, nil
}

// encode returns a record's stored form.
func encode(r model.Record) ([]byte, error) {
	data, err := json.Marshal(r)
	if err != nil {
		return nil, err
	}
	return seal(r.RecordKind(), []byte(r.RecordMeta().ID), data), nil
}

// decode returns the record of kind stored under key as v, after checking
// its checksum and that it names itself by its key. It copies what it
// needs, so v may be bbolt memory.
func decode(kind model.Kind, key, v []byte) (model.Record, error) {
	data, err := unseal(kind, key, v)
	if err != nil {
		return nil, err
	}
	r, err := decodeJSON(kind, data)
	if err != nil {
		return nil, err
	}
	if id := r.RecordMeta().ID; id != string(key) {
		return nil, damaged(fmt.Errorf("%s %q holds record %q", kind, key, id))
	}
	return r, nil
}

// decodeJSON returns the record of kind whose JSON is data: the form of
// schema 2 and older, which migrations read.
func decodeJSON(kind model.Kind, data []byte) (model.Record, error) {
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
//
// The value ends in the CRC-32C of key and value (see indexSum).
func followUpValue(f *model.FollowUp) []byte {
	deleted := ""
	if f.Deleted {
		deleted = "d"
	}
	v := []byte(string(f.Status) + "\x00" + string(f.Light) + "\x00" + f.MeetingID + "\x00" + deleted)
	return binary.LittleEndian.AppendUint32(v, indexSum(followUpKey(f), v))
}

// indexSum is the checksum of a follow-up index entry.
func indexSum(key, v []byte) uint32 {
	crc := crc32.Update(0, castagnoli, key)
	crc = crc32.Update(crc, castagnoli, zero)
	return crc32.Update(crc, castagnoli, v)
}

// checkIndexEntry checks an index entry against its checksum and returns
// the value without it.
func checkIndexEntry(k, v []byte) ([]byte, bool) {
	if len(v) < indexChecksum {
		return nil, false
	}
	body := v[:len(v)-indexChecksum]
	return body, binary.LittleEndian.Uint32(v[len(body):]) == indexSum(k, body)
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
	v, ok = checkIndexEntry(k, v)
	if !ok {
		return dg, false, false
	}
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
