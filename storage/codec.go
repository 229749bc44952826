package storage

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"hash/crc32"
	"slices"
	"strings"

	"samverka/model"
)

// A stored record is valueMagic, the codec, the CRC-32C of the record's
// kind, key and everything after the checksum, and then the record. The
// checksum covers the key and the kind (its bucket's name), so that a
// flipped bit anywhere in what a record is read as, or a record moved
// under another id or into another bucket, is found: CRC-32C finds every
// error of up to 32 neighbouring bits and any other but one in four
// billion. JSON never starts with valueMagic, so a file of schema 2, whose
// values were bare JSON, cannot be mistaken for this form.
//
// Schema 3 stored the JSON right after the checksum (codecJSON). Schema 4
// (codecLinked) puts a short head before it: a flags byte (flagDeleted),
// the number of links and each link as its tag, the length of the parent's
// id (one byte) and the id. A link names the record a record belongs to
// (see recordLinks); the record index is built from the heads alone, so
// that open can check it, and a rebuild can redo it, without decoding a
// record's JSON. Decoding checks that the head says what the JSON says.
const (
	valueMagic    = 0xFE
	codecJSON     = 0x01
	codecLinked   = 0x02
	valueHeader   = 6
	indexChecksum = 4 // the CRC-32C at the end of an index value
	flagDeleted   = 0x01
	maxLinks      = 8
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

// seal returns the stored form of schema 3 of a record's JSON under kind
// and key; migrations write it on their way to the current form.
func seal(kind model.Kind, key, data []byte) []byte {
	out := make([]byte, valueHeader, valueHeader+len(data))
	out[0], out[1] = valueMagic, codecJSON
	binary.LittleEndian.PutUint32(out[2:], recordSum(kind, key, data))
	return append(out, data...)
}

// link names the record another belongs to: the agreement of a signature
// or printout, the commitment and the meeting of a follow-up.
type link struct {
	tag    byte
	parent string
}

// The links' tags, which are also the record index's key prefixes.
const (
	linkAgreement  = 'a'
	linkMeeting    = 'm'
	linkCommitment = 'c'
)

// recordLinks returns what r belongs to, in a fixed order.
func recordLinks(r model.Record) []link {
	switch r := r.(type) {
	case *model.Signature:
		if r.AgreementID != "" {
			return []link{{linkAgreement, r.AgreementID}}
		}
	case *model.Printout:
		if r.AgreementID != "" {
			return []link{{linkAgreement, r.AgreementID}}
		}
	case *model.FollowUp:
		var out []link
		if r.CommitmentID != "" {
			out = append(out, link{linkCommitment, r.CommitmentID})
		}
		if r.MeetingID != "" {
			out = append(out, link{linkMeeting, r.MeetingID})
		}
		return out
	}
	return nil
}

// countOnly reports whether links with tag are only counted in the
// record index: a commitment's follow-ups have their own index (see
// followUpKey), which the count checks.
func countOnly(tag byte) bool { return tag == linkCommitment }

// head is what a stored record of codecLinked says before its JSON.
type head struct {
	deleted bool
	links   []link
}

// headOf returns the head r is stored with.
func headOf(r model.Record) head {
	return head{deleted: r.RecordMeta().Deleted, links: recordLinks(r)}
}

// equal reports whether two heads say the same.
func (h head) equal(o head) bool {
	return h.deleted == o.deleted && slices.Equal(h.links, o.links)
}

// sealLinked returns the stored form of a record's JSON with its head;
// with a sealer the JSON is sealed (codecSealed, see crypt.go).
func sealLinked(sl *sealer, kind model.Kind, key []byte, h head, data []byte) ([]byte, error) {
	if len(h.links) > maxLinks {
		return nil, fmt.Errorf("%s %q: %d links", kind, key, len(h.links))
	}
	out := make([]byte, valueHeader, valueHeader+2+len(data)+32*len(h.links)+40)
	out[0], out[1] = valueMagic, codecLinked
	flags := byte(0)
	if h.deleted {
		flags |= flagDeleted
	}
	out = append(out, flags, byte(len(h.links)))
	for _, l := range h.links {
		if len(l.parent) > 255 || l.parent == "" || strings.IndexByte(l.parent, 0) >= 0 {
			return nil, fmt.Errorf("%s %q: link to %q", kind, key, l.parent)
		}
		out = append(out, l.tag, byte(len(l.parent)))
		out = append(out, l.parent...)
	}
	if sl != nil {
		out[1] = codecSealed
		out = append(out, sl.seal(aad(kind, key, out[valueHeader:]), data)...)
	} else {
		out = append(out, data...)
	}
	binary.LittleEndian.PutUint32(out[2:], recordSum(kind, key, out[valueHeader:]))
	return out, nil
}

// unsealed is a stored record checked against its checksum.
type unsealed struct {
	data   []byte // the JSON, or for codecSealed its nonce and ciphertext
	linked bool   // stored with a head (codecLinked or codecSealed)
	sealed bool   // codecSealed
	head   head
	raw    []byte // the head as stored
}

// openValue checks a stored record against its checksum and splits it
// into head and JSON. It accepts the form of schema 3 too, which
// migrations read; verifyTx refuses it in a file of schema 4.
func openValue(kind model.Kind, key, v []byte) (unsealed, error) {
	if len(v) < valueHeader || v[0] != valueMagic || (v[1] != codecJSON && v[1] != codecLinked && v[1] != codecSealed) {
		return unsealed{}, damaged(fmt.Errorf("%s %q: not a sealed record", kind, key))
	}
	rest := v[valueHeader:]
	if binary.LittleEndian.Uint32(v[2:]) != recordSum(kind, key, rest) {
		return unsealed{}, damaged(fmt.Errorf("%s %q: checksum mismatch", kind, key))
	}
	if v[1] == codecJSON {
		return unsealed{data: rest}, nil
	}
	bad := damaged(fmt.Errorf("%s %q: bad record head", kind, key))
	if len(rest) < 2 || rest[0]&^flagDeleted != 0 || rest[1] > maxLinks {
		return unsealed{}, bad
	}
	u := unsealed{linked: true, sealed: v[1] == codecSealed, head: head{deleted: rest[0]&flagDeleted != 0}}
	n := int(rest[1])
	at := 2
	for range n {
		if len(rest) < at+2 || int(rest[at+1]) > len(rest)-at-2 || rest[at+1] == 0 {
			return unsealed{}, bad
		}
		u.head.links = append(u.head.links, link{rest[at], string(rest[at+2 : at+2+int(rest[at+1])])})
		at += 2 + int(rest[at+1])
	}
	u.raw, u.data = rest[:at], rest[at:]
	return u, nil
}

// plain returns a record's JSON, opening it with sl when it is sealed.
func (u unsealed) plain(sl *sealer, kind model.Kind, key []byte) ([]byte, error) {
	if !u.sealed {
		return u.data, nil
	}
	if sl == nil {
		return nil, model.Errorf(CodeNeedPassphrase)
	}
	data, err := sl.open(aad(kind, key, u.raw), u.data)
	if err != nil {
		return nil, damaged(fmt.Errorf("%s %q: %w", kind, key, err))
	}
	return data, nil
}

// unseal checks a stored record against its checksum and returns its JSON.
func unseal(sl *sealer, kind model.Kind, key, v []byte) ([]byte, error) {
	u, err := openValue(kind, key, v)
	if err != nil {
		return nil, err
	}
	return u.plain(sl, kind, key)
}

// encode returns a record's stored form.
func encode(sl *sealer, r model.Record) ([]byte, error) {
	data, err := json.Marshal(r)
	if err != nil {
		return nil, err
	}
	return sealLinked(sl, r.RecordKind(), []byte(r.RecordMeta().ID), headOf(r), data)
}

// decode returns the record of kind stored under key as v, after checking
// its checksum, that it names itself by its key and that its head says
// what it does. It copies what it needs, so v may be bbolt memory.
func decode(sl *sealer, kind model.Kind, key, v []byte) (model.Record, error) {
	u, err := openValue(kind, key, v)
	if err != nil {
		return nil, err
	}
	data, err := u.plain(sl, kind, key)
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
	if u.linked && !u.head.equal(headOf(r)) {
		return nil, damaged(fmt.Errorf("%s %q: its head disagrees with the record", kind, key))
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
