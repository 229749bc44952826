package storage

import (
	"crypto/cipher"
	"crypto/rand"
	"errors"
	"sync"

	bolt "go.etcd.io/bbolt"

	"samverka/model"
)

// codecSealed is the stored form of a record of a protected file: its
// JSON sealed (see crypt.go).
const codecSealed = 0x03

// CodeNeedPassphrase: the file is protected and no passphrase was given.
const CodeNeedPassphrase = "file.needPassphrase"

// sealer seals and opens record JSON under a file's data key; a nil
// sealer is a file without protection.
type sealer struct {
	aead cipher.AEAD
}

// aad is the additional data a record is sealed with.
func aad(kind model.Kind, key, head []byte) []byte {
	out := make([]byte, 0, len(kind)+len(key)+len(head)+2)
	out = append(append(out, kind...), 0)
	out = append(append(out, key...), 0)
	return append(out, head...)
}

// seal returns nonce and ciphertext of data.
func (s *sealer) seal(ad, data []byte) []byte {
	nonce := make([]byte, s.aead.NonceSize(), s.aead.NonceSize()+len(data)+s.aead.Overhead())
	if _, err := rand.Read(nonce); err != nil {
		panic(err) // crypto/rand never fails on supported systems
	}
	return s.aead.Seal(nonce, nonce, data, ad)
}

// open returns the plaintext of nonce and ciphertext.
func (s *sealer) open(ad, sealed []byte) ([]byte, error) {
	if len(sealed) < s.aead.NonceSize()+s.aead.Overhead() {
		return nil, errors.New("sealed value too short")
	}
	n := s.aead.NonceSize()
	return s.aead.Open(nil, sealed[:n], sealed[n:], ad)
}

// sealers holds the sealer of each open database of a protected file, so
// that code holding a transaction finds it.
var sealers sync.Map // *bolt.DB → *sealer

// sealerOf returns the sealer of tx's database, nil for a file without
// protection.
func sealerOf(tx *bolt.Tx) *sealer {
	v, _ := sealers.Load(tx.DB())
	s, _ := v.(*sealer)
	return s
}

// sealer returns the document's sealer, nil when it has no passphrase.
func (d *Document) sealer() *sealer {
	d.dbMu.RLock()
	defer d.dbMu.RUnlock()
	if d.db == nil {
		return nil
	}
	v, _ := sealers.Load(d.db)
	s, _ := v.(*sealer)
	return s
}
