package storage

import (
	"crypto/rand"
	"crypto/sha256"
	"encoding/base32"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime/debug"
	"strings"

	bolt "go.etcd.io/bbolt"
	"golang.org/x/crypto/argon2"
	"golang.org/x/crypto/chacha20poly1305"

	"samverka/model"
)

// A protected file (see Protect) keeps every record's JSON sealed with
// XChaCha20-Poly1305 under a random 256-bit data key:
//
//	value = valueMagic, codecSealed, CRC-32C, flags, links (as codecLinked),
//	        24-byte random nonce, ciphertext of the JSON and its 16-byte tag
//
// The additional data of the seal is the record's kind, a zero byte, its
// key, a zero byte and the head (flags and links), so that a sealed record
// moved to another id, kind or head fails to open. The nonce is drawn
// afresh for every write; with 192-bit nonces random ones never collide
// in practice. The CRC-32C covers what follows it, as for codecLinked, so
// that open, check and the indexes work without the key. Ids, kinds,
// dates and statuses in index keys stay in clear: they say nothing about
// the council or its people.
//
// The data key itself is kept in the meta bucket under metaProtection, as
// JSON (protection): sealed with XChaCha20-Poly1305 under a key derived
// from the passphrase with Argon2id (salt and parameters beside it), and
// optionally once more under a key derived from a recovery key with
// SHA-256 (a recovery key is 160 random bits: no key stretching needed).
// Changing the passphrase seals the data key anew; removing it opens
// every record and writes it in clear.
const metaProtection = "protection"

// Argon2id parameters for new passphrases: about half a second on a
// five-year-old laptop. Tests lower them.
var (
	kdfTime    uint32 = 3
	kdfMemory  uint32 = 64 << 10 // KiB
	kdfThreads uint8  = 4
)

// protection is how a file's data key is kept.
type protection struct {
	KDF      string `json:"kdf"` // "argon2id"
	Salt     []byte `json:"salt"`
	Time     uint32 `json:"time"`
	Memory   uint32 `json:"memory"` // KiB
	Threads  uint8  `json:"threads"`
	Key      []byte `json:"key"`                // nonce and sealed data key
	Recovery []byte `json:"recovery,omitempty"` // the same under the recovery key
	RSalt    []byte `json:"recoverySalt,omitempty"`
}

// Error codes of protected files.
const (
	// CodeWrongPassphrase: the passphrase (or recovery key) does not open
	// the file. Nothing was changed.
	CodeWrongPassphrase = "file.wrongPassphrase"
	// CodeNotProtected: the file has no passphrase to change or remove.
	CodeNotProtected = "file.notProtected"
	// CodeAlreadyProtected: the file has a passphrase already.
	CodeAlreadyProtected = "file.alreadyProtected"
)

func newSealer(key []byte) (*sealer, error) {
	aead, err := chacha20poly1305.NewX(key)
	if err != nil {
		return nil, err
	}
	return &sealer{aead: aead}, nil
}

// setSealer records db's sealer; nil forgets it.
func setSealer(db *bolt.DB, s *sealer) {
	if s == nil {
		sealers.Delete(db)
		return
	}
	sealers.Store(db, s)
}

// passphraseKey derives the key that seals the data key.
func (p *protection) passphraseKey(passphrase string) []byte {
	return argon2.IDKey([]byte(passphrase), p.Salt, p.Time, p.Memory, p.Threads, chacha20poly1305.KeySize)
}

// recoveryKeyOf derives the key that seals the data key from a recovery
// key as printed.
func (p *protection) recoveryKeyOf(recovery string) ([]byte, bool) {
	raw, ok := parseRecoveryKey(recovery)
	if !ok {
		return nil, false
	}
	h := sha256.New()
	h.Write(p.RSalt)
	h.Write(raw)
	return h.Sum(nil), true
}

// wrapAD binds a sealed data key to its purpose.
var wrapAD = []byte("samverka data key")

// wrap seals the data key under k.
func wrap(k, dataKey []byte) []byte {
	s, err := newSealer(k)
	if err != nil {
		panic(err)
	}
	return s.seal(wrapAD, dataKey)
}

// unwrap opens a sealed data key under k.
func unwrap(k, sealed []byte) ([]byte, bool) {
	s, err := newSealer(k)
	if err != nil {
		return nil, false
	}
	key, err := s.open(wrapAD, sealed)
	return key, err == nil
}

// newProtection makes a fresh data key kept under passphrase, and returns
// both.
func newProtection(passphrase string) (*protection, []byte) {
	p := &protection{KDF: "argon2id", Salt: randomBytes(16), Time: kdfTime, Memory: kdfMemory, Threads: kdfThreads}
	dataKey := randomBytes(chacha20poly1305.KeySize)
	p.Key = wrap(p.passphraseKey(passphrase), dataKey)
	return p, dataKey
}

// addRecovery keeps dataKey under a new recovery key as well, and returns
// the recovery key as it is printed.
func (p *protection) addRecovery(dataKey []byte) string {
	raw := randomBytes(20)
	p.RSalt = randomBytes(16)
	text := formatRecoveryKey(raw)
	k, _ := p.recoveryKeyOf(text)
	p.Recovery = wrap(k, dataKey)
	return text
}

// AskPassphrase, when set, is asked for the passphrase of a protected file
// opened without one (Options.Passphrase): the program's terminal prompt
// or dialog.
var AskPassphrase func() (string, error)

// unlock returns the data key that passphrase, or a recovery key, opens.
func (p *protection) unlock(passphrase string) ([]byte, error) {
	if p.KDF != "argon2id" || p.Time == 0 || p.Memory == 0 || p.Threads == 0 || p.Time > 100 || p.Memory > 4<<20 {
		return nil, damaged(fmt.Errorf("protection: kdf %q t=%d m=%d p=%d", p.KDF, p.Time, p.Memory, p.Threads))
	}
	if passphrase == "" && AskPassphrase != nil {
		var err error
		if passphrase, err = AskPassphrase(); err != nil {
			return nil, err
		}
	}
	if passphrase == "" {
		return nil, model.Errorf(CodeNeedPassphrase)
	}
	if key, ok := unwrap(p.passphraseKey(passphrase), p.Key); ok {
		return key, nil
	}
	if p.Recovery != nil {
		if k, ok := p.recoveryKeyOf(passphrase); ok {
			if key, ok := unwrap(k, p.Recovery); ok {
				return key, nil
			}
		}
	}
	return nil, model.Errorf(CodeWrongPassphrase)
}

// parseProtection reads the meta bucket's protection entry; nil when the
// file has none.
func parseProtection(v []byte) (*protection, error) {
	if v == nil {
		return nil, nil
	}
	var p protection
	if err := json.Unmarshal(v, &p); err != nil {
		return nil, damaged(fmt.Errorf("protection: %w", err))
	}
	return &p, nil
}

func randomBytes(n int) []byte {
	b := make([]byte, n)
	if _, err := rand.Read(b); err != nil {
		panic(err)
	}
	return b
}

// recoveryEncoding writes recovery keys in letters and digits that are
// hard to misread.
var recoveryEncoding = base32.StdEncoding.WithPadding(base32.NoPadding)

// formatRecoveryKey writes raw as groups of four characters.
func formatRecoveryKey(raw []byte) string {
	s := recoveryEncoding.EncodeToString(raw)
	var groups []string
	for len(s) > 4 {
		groups, s = append(groups, s[:4]), s[4:]
	}
	return strings.Join(append(groups, s), "-")
}

// parseRecoveryKey reads a recovery key as the user types it.
func parseRecoveryKey(s string) ([]byte, bool) {
	s = strings.ToUpper(strings.NewReplacer("-", "", " ", "", "\t", "").Replace(s))
	raw, err := recoveryEncoding.DecodeString(s)
	return raw, err == nil && len(raw) == 20
}

// unlockTx reads the file's protection and, when it has one, opens its
// data key with passphrase and records the sealer for tx's database.
func unlockTx(tx *bolt.Tx, passphrase string) error {
	p, err := parseProtection(tx.Bucket([]byte(bucketMeta)).Get([]byte(metaProtection)))
	if err != nil || p == nil {
		setSealer(tx.DB(), nil)
		return err
	}
	key, err := p.unlock(passphrase)
	if err != nil {
		return err
	}
	s, err := newSealer(key)
	if err != nil {
		return damaged(err)
	}
	setSealer(tx.DB(), s)
	return nil
}

// HasPassphrase reports whether the document is protected.
func (d *Document) HasPassphrase() bool { return d.sealer() != nil }

// protectTx gives the file of tx a new data key under passphrase and a
// recovery key, records the sealer, and returns the recovery key. The
// records must be written afterwards, sealed.
func protectTx(tx *bolt.Tx, passphrase string) (string, error) {
	p, key := newProtection(passphrase)
	recovery := p.addRecovery(key)
	data, err := json.Marshal(p)
	if err != nil {
		return "", err
	}
	if err := tx.Bucket([]byte(bucketMeta)).Put([]byte(metaProtection), data); err != nil {
		return "", err
	}
	s, err := newSealer(key)
	if err != nil {
		return "", err
	}
	setSealer(tx.DB(), s)
	return recovery, nil
}

// RecoveryKey returns the recovery key made when this session gave the
// document its passphrase (Create with a passphrase), to be printed and
// kept apart from the file: it opens the file as the passphrase does.
// Nothing else keeps it.
func (d *Document) RecoveryKey() string {
	d.mu.Lock()
	defer d.mu.Unlock()
	return d.recovery
}

// Rekey sets, changes or removes the passphrase of the document at path,
// which opt (with its current passphrase, if any) opens: with newPassphrase
// "" the file is written in clear, otherwise every record is sealed under
// a new data key kept under newPassphrase and a new recovery key, which is
// returned. The file is written afresh, so that no page of it holds what
// the old key, or no key, could read; a new backup is taken first. When a
// file gets its first passphrase its earlier backups, which are readable,
// are removed.
func Rekey(path string, opt Options, newPassphrase string) (recovery string, err error) {
	d, err := Open(path, opt)
	if err != nil {
		return "", err
	}
	defer d.Discard()
	if err := d.writable(); err != nil {
		return "", err
	}
	wasProtected := d.HasPassphrase()
	if !wasProtected && newPassphrase == "" {
		return "", model.Errorf(CodeNotProtected)
	}
	fresh := d.work + "-rekey-" + randomSuffix()
	defer os.Remove(fresh)
	if recovery, err = d.writeRekeyed(fresh, newPassphrase); err != nil {
		return "", err
	}
	if _, err := writeAtomic(d.path, func(w io.Writer) error {
		f, err := os.Open(fresh)
		if err != nil {
			return err
		}
		defer f.Close()
		_, err = io.Copy(w, f)
		return err
	}, nil); err != nil {
		return "", err
	}
	if !wasProtected {
		if err := replaceBackups(d.backups, d.path, d.opt); err != nil {
			return recovery, err
		}
	}
	return recovery, nil
}

// replaceBackups removes a document's backups, which are readable without
// its new passphrase, and backs up the document as it is now.
func replaceBackups(dir, doc string, opt Options) error {
	list, err := listBackups(dir)
	if err != nil {
		return err
	}
	for _, b := range list {
		if err := os.Remove(b.Path); err != nil {
			return fileError(err)
		}
	}
	if err := os.Remove(filepath.Join(dir, "index.json")); err != nil && !errors.Is(err, fs.ErrNotExist) {
		return fileError(err)
	}
	backup, err := newBackupPath(dir, opt.Now())
	if err != nil {
		return err
	}
	fp, err := copyOut(doc, true, backup)
	if err != nil {
		return err
	}
	return finishBackup(dir, doc, backup, fp.SHA256)
}

// writeRekeyed writes the document, every record opened with its sealer
// and sealed anew under newPassphrase (or in clear), to a new file fresh.
func (d *Document) writeRekeyed(fresh, newPassphrase string) (recovery string, err error) {
	db, err := openBolt(fresh, d.opt.Timeout)
	if err != nil {
		return "", err
	}
	defer func() {
		setSealer(db, nil)
		if cerr := db.Close(); err == nil {
			err = cerr
		}
	}()
	old := d.sealer()
	err = d.view(func(src *bolt.Tx) error {
		return db.Update(func(tx *bolt.Tx) error {
			if err := createBuckets(tx); err != nil {
				return err
			}
			var sl *sealer
			if newPassphrase != "" {
				var err error
				if recovery, err = protectTx(tx, newPassphrase); err != nil {
					return err
				}
				sl = sealerOf(tx)
			}
			return src.ForEach(func(name []byte, b *bolt.Bucket) error {
				out := tx.Bucket(name)
				if out == nil {
					return damaged(fmt.Errorf("bucket %q", name))
				}
				out.FillPercent = 0.9
				kind := model.Kind(name)
				records := model.NewRecord(kind) != nil
				return b.ForEach(func(k, v []byte) error {
					switch {
					case string(name) == bucketMeta && string(k) == metaProtection:
						return nil
					case !records:
						return out.Put(k, v)
					}
					u, err := openValue(kind, k, v)
					if err != nil {
						return err
					}
					data, err := u.plain(old, kind, k)
					if err != nil {
						return err
					}
					sealed, err := sealLinked(sl, kind, k, u.head, data)
					if err != nil {
						return err
					}
					return out.Put(k, sealed)
				})
			})
		})
	})
	return recovery, err
}

// IsProtected reports whether the file at path has a passphrase, without
// asking for it.
func IsProtected(path string) (ok bool, err error) {
	hdr, err := checkHeader(path)
	if err != nil {
		return false, err
	}
	f, _, err := openRegular(path, MaxDocumentSize)
	if err != nil {
		return false, err
	}
	defer f.Close()
	defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
	defer guard(&err)
	pf := &pageFile{f: f, hwm: hdr.meta.pgid, root: hdr.meta.root}
	meta, found, err := pf.bucket(bucketMeta)
	if err != nil || !found {
		return false, err
	}
	_, _, found, err = pf.get(meta, []byte(metaProtection))
	return found, err
}
