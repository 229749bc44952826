package storage

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"

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

// digestOf decodes an index entry; ok is false when it is not one this
// schema writes.
func digestOf(k, v []byte) (dg model.FollowUpDigest, deleted, ok bool) {
	key := bytes.Split(k, []byte{0})
	val := strings.Split(string(v), "\x00")
	if len(key) != 4 || len(val) != 4 {
		return dg, false, false
	}
	dg = model.FollowUpDigest{
		ID:           string(key[3]),
		CommitmentID: string(key[0]),
		Date:         model.Date(key[1]),
		Status:       model.Status(val[0]),
		Light:        model.Light(val[1]),
		MeetingID:    val[2],
	}
	return dg, val[3] != "", true
}

// indexEntry is a follow-up index key and value waiting to be written.
type indexEntry struct{ key, value []byte }
