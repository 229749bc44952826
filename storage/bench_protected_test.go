package storage

import (
	"fmt"
	"testing"

	"samverka/model"
)

// protectedStockholm is stockholmDocument protected with a passphrase.
// The tests' Argon2id parameters are small: the benchmarks measure what
// protection costs after the key derivation, as DESIGN.md's budget says.
func protectedStockholm(b *testing.B) (string, Options) {
	b.Helper()
	path, opt := stockholmDocument(b)
	if _, err := Rekey(path, opt, "benchmark"); err != nil {
		b.Fatal(err)
	}
	opt.Passphrase = "benchmark"
	return path, opt
}

func BenchmarkOpenProtected(b *testing.B) {
	path, opt := protectedStockholm(b)
	b.SetBytes(fileSize(b, path))
	b.ResetTimer()
	for range b.N {
		d, err := Open(path, opt)
		if err != nil {
			b.Fatal(err)
		}
		b.StopTimer()
		if err := d.Close(); err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
	}
}

func BenchmarkSaveProtected(b *testing.B) {
	path, opt := protectedStockholm(b)
	b.SetBytes(fileSize(b, path))
	d, err := Open(path, opt)
	if err != nil {
		b.Fatal(err)
	}
	defer d.Close()
	b.ResetTimer()
	for i := range b.N {
		b.StopTimer()
		if err := d.Put(&model.Part{Name: fmt.Sprintf("Ny part %d", i), Kind: model.PartOther}); err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		if res, err := d.Save(); err != nil || res.KeptAs != "" {
			b.Fatal(res, err)
		}
	}
}
