// Package storage keeps a council's data file as a document: it checks a
// file before bbolt sees it, works on a private copy, saves atomically back,
// notes who has the file open, keeps backups and migrates old files. It is
// the only package that imports bbolt.
//
// The files it keeps for a document D (absolute path with links followed,
// hashed to K):
//
//	D                                     the document; only ever replaced by a rename
//	.<name>.samverka-lock                 beside D: who has it open (LockNote, JSON),
//	                                      created exclusively (see acquireLock)
//	.<name>.samverka-lock-<random>        beside D: a note being written or taken over
//	.<name>.samverka-tmp-<pid>-<random>   beside D: a save in progress by process pid
//	<name> (kopia från <user> <time>).samverka  beside D: the user's version when D changed on disk
//	<name> (räddad <date>).samverka       beside D: what Salvage rescued (SalvageName)
//	CacheDir/work/K.db                    the working copy bbolt runs on
//	CacheDir/work/K.json                  its session state: dirty since when, D's fingerprint
//	CacheDir/work/K-<pid>-<random>.db     an "open anyway" session's working copy
//	CacheDir/work/K-ro-<pid>-<random>.db  a read-only session's working copy
//	DataDir/backups/K/<time>.samverka     the newest 20 backups, index.json names D
//	TempDir/samverka-check-*.db           Check's and Salvage's private copies,
//	TempDir/samverka-salvage-*.db         removed when they return
//
// Inside, the file has a "meta" bucket (format, schema version, council
// id, program version), one bucket per model.Kind holding each record as
// JSON under its id behind a short head (deleted or not, and what it
// belongs to) and sealed with a checksum of kind, id, head and JSON (see
// sealLinked), an index of follow-ups by commitment and a record index by
// agreement, meeting and commitment with counts per kind (see
// bucketRecordIndex), whose entries carry checksums of their own. Every
// open verifies all of them (verifyTx) and rebuilds a record index that
// disagrees with the heads. A command that prints a few records reads
// them by need through the indexes, from the document itself and without
// bbolt (Reader). A roll-up of several councils' files is marked in its
// meta bucket (see Rollup).
//
// # Protected files
//
// A file may be protected with a passphrase (Create with
// Options.Passphrase, Rekey). The meta bucket then holds "protection", a
// JSON object in clear: the key derivation ("argon2id"), its 16-byte
// random salt and parameters (time, memory in KiB, threads; new files get
// 3, 64 MiB, 4: about half a second on a five-year-old laptop), and the
// file's 256-bit random data key sealed with XChaCha20-Poly1305 under the
// 32-byte key Argon2id derives from the passphrase (24-byte random nonce,
// additional data "samverka data key"). When a recovery key is made (20
// random bytes, printed in base32 as eight groups of four), the data key
// is sealed a second time under SHA-256 of a second salt and the recovery
// key; either opens the file.
//
// Every record's value is then valueMagic, codecSealed, the CRC-32C, the
// head in clear (deleted flag and links: record ids) and the JSON sealed
// with XChaCha20-Poly1305 under the data key, with a fresh random 24-byte
// nonce per write and additional data kind, 0, id, 0, head, so that a
// sealed record cannot be moved to another id, kind or head. Ids, kinds,
// dates and statuses in index keys stay in clear; they name no one. The
// council's name, every text, name, e-mail and phone number are only in
// sealed JSON. The working copy, crash-recovery data, backups and Check's
// temporary copies are copies of the file, so they hold only sealed
// records. A wrong passphrase is CodeWrongPassphrase before anything is
// read or written. Rekey writes a new file (a new data key, a new salt)
// instead of changing pages in place, so no free page keeps a record
// readable under the old key or in clear; a file that gets its first
// passphrase loses its readable backups. Merge and roll-up open each file
// with Options.Passphrase; a roll-up of protected files is protected with
// it.
package storage

import (
	"time"

	"samverka/model"
)

// Options tune how a document is opened. The zero value is right for the
// program; tests set the folders and the clock.
type Options struct {
	User     string           // who is working; default: the OS user's name
	Host     string           // this computer's name; default os.Hostname
	CacheDir string           // working copies; default os.UserCacheDir()/Samverka
	DataDir  string           // backups; default os.UserConfigDir()/Samverka
	Now      func() time.Time // clock; default time.Now
	Timeout  time.Duration    // bbolt open timeout; default 2 s
	ReadOnly bool             // open without lock note and never save
	// IgnoreLock opens a document another person has open ("open anyway").
	IgnoreLock bool
	// Recover takes back the unsaved changes a crashed session left in the
	// working copy; without it Open refuses with CodeRecovery.
	Recover bool
	// DiscardRecovery throws away such unsaved changes.
	DiscardRecovery bool
	// Passphrase opens a protected file (see Rekey); a recovery key
	// opens it too. Create with a passphrase makes a protected file.
	Passphrase string
}

// LockNote says who has a document open.
type LockNote struct {
	User  string    `json:"user"`
	Host  string    `json:"host"`
	PID   int       `json:"pid"`
	Since time.Time `json:"since"`
	// Stale marks a note that is probably left over: from another computer
	// and older than StaleAfter. It is still shown; the user decides.
	Stale bool `json:"-"`
}

// StaleAfter is the age after which another computer's lock note is marked
// stale.
const StaleAfter = 12 * time.Hour

// CodeExists refuses to create a document over an existing file.
const CodeExists = "file.exists"

// CodeRollup refuses to change, or to merge, a roll-up of several
// councils' files (see Rollup): it is only read.
const CodeRollup = "file.rollup"

// Backup is one backup copy of a document.
type Backup struct {
	Path string
	Time time.Time
	Size int64
}

// Stats counts a file's records per kind, tombstones excluded.
type Stats struct {
	Council string
	Counts  map[model.Kind]int
	Total   int
	// Rollup is set for a roll-up of several councils' files; Councils
	// then names them, in name order.
	Rollup   bool
	Councils []string
}

// SaveResult says what Save did.
type SaveResult struct {
	// KeptAs is set when the document had changed on disk: the user's
	// version was saved beside it under this path and the document was left
	// as the other person saved it.
	KeptAs string
	Saved  time.Time
}
