package storage

import (
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
